/**
 * Scoping an assessment to some checks (a regulator's campaign): which questions must be asked to decide them —
 * the questions tied to those checks, every question the rules of those checks read, and, transitively,
 * the routing questions that open them. The venue section is always asked.
 */
import { referencedQuestions } from './conditions.ts';
import { QUESTIONS, questionById, type QuestionScope } from './questions/bank.ts';
import type { FrId } from './questions/schema.ts';
import { RULE_READS } from './generated/rule-reads.ts';

/**
 * The rules themselves (with their texts in two languages) live in rules/; here only the generated index of
 * the questions they read, so navigation does not need to load them. (rulesInScope is in rules/scope.ts.)
 */

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
  for (const fr of checks) for (const id of RULE_READS[fr as FrId] ?? []) add(id);
  return ids;
}
