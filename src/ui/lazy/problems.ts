/**
 * Which sections of the task list have problems: the section of the latest answer that triggered each red-line
 * or non-compliance finding. It needs the rules, so it is loaded after the task list is first shown.
 */
import type { AssessmentFile } from '../../domain/persistence/assessment-file.ts';
import { QUESTIONS, questionById } from '../../domain/questions/bank.ts';
import type { SectionId } from '../../domain/questions/schema.ts';
import { evaluateRules } from '../../domain/rules/engine.ts';
import { rulesInScope } from '../../domain/rules/scope.ts';

export function problemSections(file: AssessmentFile | null): Set<SectionId> {
  const out = new Set<SectionId>();
  if (!file) return out;
  const order = new Map(QUESTIONS.map((q, i) => [q.id, i]));
  for (const f of evaluateRules(file.answers, rulesInScope(file.campaign?.checks)).findings) {
    if (f.severity === 'risk') continue;
    const last = [...f.evidence].sort((a, b) => (order.get(b.questionId) ?? 0) - (order.get(a.questionId) ?? 0))[0];
    const q = last && questionById(last.questionId);
    if (q) out.add(q.section);
  }
  return out;
}
