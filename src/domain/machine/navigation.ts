/**
 * Where the questionnaire can be, and the pure functions that decide where it goes next. The machine's guards
 * and actions are thin wrappers over these; everything here is a function of the question bank and the answers.
 */
import type { AnswerValue, Answers } from '../conditions.ts';
import { referencedQuestions } from '../conditions.ts';
import {
  type QuestionScope,
  firstQuestionOfSection,
  hasValue,
  isVisible,
  nextQuestion,
  previousQuestion,
  QUESTIONS,
  questionById,
  sectionProgress,
  SECTION_IDS,
  visibleQuestions,
} from '../questions/bank.ts';
import type { SectionId } from '../questions/schema.ts';
import { PHASES, type AssessmentFile } from '../persistence/assessment-file.ts';
import { questionScope } from '../scope.ts';

const scopeCache = new Map<string, QuestionScope | undefined>();
/**
 * The questions a file's campaign scopes it to (undefined: the whole bank). Every navigation function below takes
 * this as its optional last argument, so a campaign assessment only ever walks the questions its checks need.
 */
export function scopeOf(file: Pick<AssessmentFile, 'campaign'> | null | undefined): QuestionScope | undefined {
  const checks = file?.campaign?.checks;
  if (!checks || checks.length === 0) return undefined;
  const key = [...checks].sort().join(',');
  if (!scopeCache.has(key)) scopeCache.set(key, questionScope(checks));
  return scopeCache.get(key);
}

/** Where to go back to after a change made from the review or the results. */
export type ReturnTo = { readonly phase: 'review'; readonly section?: SectionId } | { readonly phase: 'results' };

export type Position =
  | { readonly phase: 'library' }
  | { readonly phase: 'start' }
  | { readonly phase: 'tasks' }
  | { readonly phase: 'question'; readonly questionId: string; readonly returnTo?: ReturnTo }
  | { readonly phase: 'review'; readonly section?: SectionId }
  | { readonly phase: 'results' };

export function isSectionId(s: unknown): s is SectionId {
  return typeof s === 'string' && (SECTION_IDS as readonly string[]).includes(s);
}

/** The answers with one answer replaced (an empty value removes the answer). */
export function withAnswer(answers: Answers, questionId: string, value: AnswerValue | undefined): Record<string, AnswerValue> {
  const next: Record<string, AnswerValue> = { ...answers };
  if (value === undefined || !hasValue(value)) delete next[questionId];
  else next[questionId] = value;
  return next;
}

/**
 * Where a section's link on the task list leads: the section's check-your-answers page when it is complete,
 * otherwise its first unanswered question (or its first question).
 */
export function sectionEntry(section: SectionId, answers: Answers, scope?: QuestionScope): Position {
  if (sectionProgress(section, answers, scope) === 'completed') return { phase: 'review', section };
  const qs = visibleQuestions(answers, scope).filter((q) => q.section === section);
  const first = qs.find((q) => !q.optional && !hasValue(answers[q.id])) ?? firstQuestionOfSection(section, answers, scope);
  if (!first) return { phase: 'review', section };
  return { phase: 'question', questionId: first.id };
}

/**
 * Where "Continue" leads after answering `questionId` (answers already include the new answer).
 * - Normally: the next visible question of the same section, else that section's check-your-answers page.
 * - After a change from the review or results (`returnTo`): a question the change newly opened, or an
 *   unanswered one later in the same section; otherwise straight back to where the change started.
 */
export function afterAnswer(answers: Answers, questionId: string, returnTo?: ReturnTo, scope?: QuestionScope): Position {
  const q = questionById(questionId);
  if (!q) return { phase: 'tasks' };
  if (returnTo) {
    const opened = visibleQuestions(answers, scope).find(
      (n) =>
        n.id !== questionId &&
        !n.optional &&
        !hasValue(answers[n.id]) &&
        ((n.section === q.section && isAfter(n.id, questionId)) ||
          (n.showIf !== undefined && referencedQuestions(n.showIf).includes(questionId))),
    );
    if (opened) return { phase: 'question', questionId: opened.id, returnTo };
    return returnTo;
  }
  const next = nextQuestion(answers, questionId, scope);
  if (next && next.section === q.section) return { phase: 'question', questionId: next.id };
  return { phase: 'review', section: q.section };
}

/** Where the Back link of a question page leads. */
export function backFromQuestion(answers: Answers, questionId: string, returnTo?: ReturnTo, scope?: QuestionScope): Position {
  if (returnTo) return returnTo;
  const q = questionById(questionId);
  if (!q) return { phase: 'tasks' };
  const prev = previousQuestion(answers, questionId, scope);
  if (prev && prev.section === q.section) return { phase: 'question', questionId: prev.id };
  return { phase: 'tasks' };
}

/** Where the Back link leads from every other phase. */
export function backFrom(position: Position, answers: Answers, scope?: QuestionScope): Position {
  switch (position.phase) {
    case 'question':
      return backFromQuestion(answers, position.questionId, position.returnTo, scope);
    case 'results':
      return { phase: 'review' };
    case 'review':
    case 'start':
      return position.phase === 'start' ? { phase: 'library' } : { phase: 'tasks' };
    case 'tasks':
    case 'library':
      return { phase: 'library' };
  }
}

const bankIndex = new Map<string, number>(QUESTIONS.map((q, i) => [q.id, i]));
function isAfter(a: string, b: string): boolean {
  return (bankIndex.get(a) ?? -1) > (bankIndex.get(b) ?? -1);
}

/** Whether a position can be shown for these answers (a hidden or unknown question cannot). */
export function isReachable(position: Position, hasFile: boolean, answers: Answers, scope?: QuestionScope): boolean {
  switch (position.phase) {
    case 'library':
    case 'start':
      return true;
    case 'question':
      return hasFile && isVisible(position.questionId, answers, scope);
    default:
      return hasFile;
  }
}

/** The position as stored in the assessment file (`position`): a question id or a phase. */
export function positionToFile(p: Position): string | undefined {
  switch (p.phase) {
    case 'question':
      return p.questionId;
    case 'library':
    case 'start':
      return undefined;
    default:
      return p.phase;
  }
}

/** The saved `position` of a file back into a position (the file was validated on load). */
export function positionFromFile(saved: string | undefined, answers: Answers, scope?: QuestionScope): Position {
  if (saved === undefined || saved === 'start') return { phase: 'tasks' };
  if (PHASES.includes(saved)) return { phase: saved as 'tasks' | 'review' | 'results' };
  if (questionById(saved) && isVisible(saved, answers, scope)) return { phase: 'question', questionId: saved };
  return { phase: 'tasks' };
}

// ---------------------------------------------------------------------------------------------------------------
// Positions in the URL hash: #/tasks, #/q/venue.type, #/q/venue.type/from/review/venue, #/review, #/review/venue,
// #/results, #/start, #/assessments. The assessment id travels as a query part: #/q/venue.type?a=<id>.

export function positionToHash(p: Position, assessmentId?: string): string {
  let path: string;
  switch (p.phase) {
    case 'library':
      path = '/assessments';
      break;
    case 'start':
      path = '/start';
      break;
    case 'tasks':
      path = '/tasks';
      break;
    case 'question':
      path = `/q/${p.questionId}${p.returnTo ? `/from/${p.returnTo.phase}${p.returnTo.phase === 'review' && p.returnTo.section ? `/${p.returnTo.section}` : ''}` : ''}`;
      break;
    case 'review':
      path = p.section ? `/review/${p.section}` : '/review';
      break;
    case 'results':
      path = '/results';
      break;
  }
  const withId = assessmentId && p.phase !== 'library' && p.phase !== 'start' ? `${path}?a=${encodeURIComponent(assessmentId)}` : path;
  return `#${withId}`;
}

export function positionFromHash(hash: string): { position: Position; assessmentId?: string } | undefined {
  const raw = hash.replace(/^#/, '');
  if (!raw.startsWith('/')) return undefined;
  const [path = '', query = ''] = raw.split('?');
  const id = new URLSearchParams(query).get('a') ?? undefined;
  const parts = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  const done = (position: Position) => ({ position, ...(id ? { assessmentId: id } : {}) });
  switch (parts[0]) {
    case 'assessments':
      return parts.length === 1 ? done({ phase: 'library' }) : undefined;
    case 'start':
      return parts.length === 1 ? done({ phase: 'start' }) : undefined;
    case 'tasks':
      return parts.length === 1 ? done({ phase: 'tasks' }) : undefined;
    case 'results':
      return parts.length === 1 ? done({ phase: 'results' }) : undefined;
    case 'review':
      if (parts.length === 1) return done({ phase: 'review' });
      if (parts.length === 2 && isSectionId(parts[1])) return done({ phase: 'review', section: parts[1] });
      return undefined;
    case 'q': {
      const qid = parts[1];
      if (!qid || !questionById(qid)) return undefined;
      if (parts.length === 2) return done({ phase: 'question', questionId: qid });
      if (parts[2] !== 'from') return undefined;
      if (parts[3] === 'results' && parts.length === 4) return done({ phase: 'question', questionId: qid, returnTo: { phase: 'results' } });
      if (parts[3] === 'review' && parts.length === 4) return done({ phase: 'question', questionId: qid, returnTo: { phase: 'review' } });
      if (parts[3] === 'review' && parts.length === 5 && isSectionId(parts[4])) {
        return done({ phase: 'question', questionId: qid, returnTo: { phase: 'review', section: parts[4] } });
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

export function samePosition(a: Position, b: Position): boolean {
  return positionToHash(a) === positionToHash(b);
}
