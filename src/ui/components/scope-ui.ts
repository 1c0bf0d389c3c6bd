/**
 * The sections a campaign-scoped assessment walks: those with a question in scope that the answers so far leave
 * visible (a section with nothing to ask is not listed, so it can never block "all sections done").
 * Without a scope, every section.
 */
import type { Answers } from '../../domain/conditions.ts';
import { SECTIONS, visibleQuestions, type QuestionScope } from '../../domain/questions/bank.ts';

export function sectionsInScope(scope: QuestionScope | undefined, answers: Answers): typeof SECTIONS {
  if (!scope) return SECTIONS;
  const visible = visibleQuestions(answers, scope);
  return SECTIONS.filter((s) => visible.some((q) => q.section === s.id));
}
