/**
 * Scoping an assessment to some checks (a regulator's campaign): which rules apply, and which questions must be
 * asked to decide them — the questions tied to those checks, every question those rules read, and, transitively,
 * the routing questions that open them. The venue section is always asked.
 */
import { referencedQuestions } from './conditions.ts';
import { QUESTIONS, questionById, type QuestionScope } from './questions/bank.ts';
import type { FrId } from './questions/schema.ts';
import { RULES } from './rules/index.ts';
import type { RuleDef } from './rules/schema.ts';

export function rulesInScope(checks: readonly string[] | undefined): readonly RuleDef[] {
  if (!checks || checks.length === 0) return RULES;
  return RULES.filter((r) => r.fr.some((f) => checks.includes(f)));
}

export function questionScope(checks: readonly string[] | undefined): QuestionScope | undefined {
  if (!checks || checks.length === 0) return undefined;
  const ids = new Set<string>();
  const add = (id: string) => {
    if (ids.has(id)) return;
    const q = questionById(id);
    if (!q) return;
    ids.add(id);
    if (q.showIf) for (const dep of referencedQuestions(q.showIf)) add(dep);
  };
  for (const q of QUESTIONS) if (q.section === 'venue' || q.fr.some((f) => checks.includes(f as FrId))) add(q.id);
  for (const r of rulesInScope(checks)) for (const id of referencedQuestions(r.when)) add(id);
  return ids;
}
