/**
 * The questionnaire as an xstate v5 machine with phases, not a state per question:
 *
 *   library ─▶ start ─▶ tasks ─▶ question (current QuestionId in context) ─▶ review ─▶ results
 *
 * Navigation (next, back, jump to a section, return after a change) is decided by the pure functions of
 * ./navigation.ts over the question bank; guards and actions here are thin wrappers. Answers to questions in
 * branches that became hidden stay in `file.answers` (kept aside, they come back if the branch re-opens) and
 * are pruned by the report, never here.
 */
import { assign, not, setup } from 'xstate';
import type { AnswerValue } from '../conditions.ts';
import { crossCheck, questionById, validateAnswer, type AnswerError } from '../questions/bank.ts';
import type { SectionId } from '../questions/schema.ts';
import {
  newAssessment,
  stableStringify,
  type ActionEdit,
  type AssessmentFile,
  type AssessmentMeta,
  type Review,
} from '../persistence/assessment-file.ts';
import {
  afterAnswer,
  backFrom,
  isReachable,
  positionFromFile,
  positionToFile,
  scopeOf,
  sectionEntry,
  withAnswer,
  type Position,
  type ReturnTo,
} from './navigation.ts';

export interface QuestionnaireContext {
  readonly file: AssessmentFile | null;
  /** The question on screen (phase `question`). */
  readonly questionId: string | null;
  /** The section whose answers are being checked (phase `review`); null = all answers. */
  readonly reviewSection: SectionId | null;
  /** Set when a question was opened from a Change link: where Continue and Back return to. */
  readonly returnTo: ReturnTo | null;
  /** Validation errors of the last submitted answer on this question page. */
  readonly errors: readonly AnswerError[];
  /** The value the user last submitted (kept on screen with the errors). */
  readonly rejected?: AnswerValue;
}

export type QuestionnaireEvent =
  | { type: 'library.show' }
  | { type: 'assessment.new' }
  | { type: 'assessment.create'; meta: AssessmentMeta; id?: string }
  | { type: 'assessment.open'; file: AssessmentFile; position?: Position }
  /** The open assessment was changed elsewhere (renamed or restored in the library): take it, stay put. */
  | { type: 'assessment.replace'; file: AssessmentFile }
  | { type: 'meta.update'; meta: AssessmentMeta }
  | { type: 'tasks.show' }
  | { type: 'section.open'; section: SectionId }
  | { type: 'answer.submit'; value: AnswerValue | undefined }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; position: Position }
  | { type: 'review.show'; section?: SectionId }
  | { type: 'review.change'; questionId: string; returnTo: ReturnTo }
  | { type: 'results.show' }
  | { type: 'action.edit'; ruleId: string; edit: ActionEdit }
  /** Lawyer mode: the review details, annotations and hand-added findings (the results page edits them). */
  | { type: 'review.edit'; patch: ReviewPatch };

export interface ReviewPatch {
  readonly review?: Review;
  readonly annotations?: AssessmentFile['annotations'];
  readonly manualFindings?: AssessmentFile['manualFindings'];
  /** The action plan, when a review edit changes it too (a deleted manual finding takes its plan entry along). */
  readonly actions?: AssessmentFile['actions'];
}

export interface QuestionnaireInput {
  /** Resume this assessment at this position (e.g. after a reload). */
  readonly file?: AssessmentFile;
  readonly position?: Position;
}

const EMPTY: Omit<QuestionnaireContext, 'file'> = { questionId: null, reviewSection: null, returnTo: null, errors: [] };

/** Save an edit: always a new `updatedAt`; a new `assessedAt` only when the answers themselves change. */
function touch(file: AssessmentFile, patch: Partial<AssessmentFile>): AssessmentFile {
  const now = new Date().toISOString();
  const answersChanged = patch.answers !== undefined && stableStringify(patch.answers) !== stableStringify(file.answers);
  return { ...file, ...patch, updatedAt: now, ...(answersChanged ? { assessedAt: now } : {}) };
}

/** The context fields for showing a position (the file is unchanged). */
function placeAt(p: Position): Omit<QuestionnaireContext, 'file'> {
  switch (p.phase) {
    case 'question':
      return { ...EMPTY, questionId: p.questionId, returnTo: p.returnTo ?? null };
    case 'review':
      return { ...EMPTY, reviewSection: p.section ?? null };
    default:
      return EMPTY;
  }
}

/** The position the snapshot shows (phase from the state value, details from the context). */
export function currentPosition(phase: string, ctx: QuestionnaireContext): Position {
  switch (phase) {
    case 'question':
      return ctx.questionId
        ? { phase: 'question', questionId: ctx.questionId, ...(ctx.returnTo ? { returnTo: ctx.returnTo } : {}) }
        : { phase: 'tasks' };
    case 'review':
      return ctx.reviewSection ? { phase: 'review', section: ctx.reviewSection } : { phase: 'review' };
    case 'library':
    case 'start':
    case 'tasks':
    case 'results':
      return { phase };
    default:
      return { phase: 'library' };
  }
}

const answersOf = (ctx: QuestionnaireContext) => ctx.file?.answers ?? {};

/** The answers as they would be with the submitted value. */
function submitted(ctx: QuestionnaireContext, value: AnswerValue | undefined) {
  return withAnswer(answersOf(ctx), ctx.questionId ?? '', value);
}

function nextAfterSubmit(ctx: QuestionnaireContext, value: AnswerValue | undefined): Position {
  return afterAnswer(submitted(ctx, value), ctx.questionId ?? '', ctx.returnTo ?? undefined, scopeOf(ctx.file));
}

function backTarget(phase: string, ctx: QuestionnaireContext): Position {
  return backFrom(currentPosition(phase, ctx), answersOf(ctx), scopeOf(ctx.file));
}

/** A guard per target phase, for events whose target is computed. */
const leadsTo =
  (phase: Position['phase']) =>
  (p: Position): boolean =>
    p.phase === phase;

/** Today's date where the user is (YYYY-MM-DD), for the entry checks that compare a date with today. */
function userToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export const questionnaireMachine = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
    input: {} as QuestionnaireInput | undefined,
  },
  guards: {
    hasFile: ({ context }) => context.file !== null,
    isOpenFile: ({ context, event }) => event.type === 'assessment.replace' && context.file?.id === event.file.id,
    isAnswerValid: ({ context, event }) => {
      if (event.type !== 'answer.submit') return false;
      const q = questionById(context.questionId ?? '');
      return q !== undefined && validateAnswer(q, event.value).length === 0 && crossCheck(q, event.value, answersOf(context), userToday()).length === 0;
    },
    isNextQuestion: ({ context, event }) => event.type === 'answer.submit' && leadsTo('question')(nextAfterSubmit(context, event.value)),
    isNextReview: ({ context, event }) => event.type === 'answer.submit' && leadsTo('review')(nextAfterSubmit(context, event.value)),
    isNextResults: ({ context, event }) => event.type === 'answer.submit' && leadsTo('results')(nextAfterSubmit(context, event.value)),
    isSectionEntryQuestion: ({ context, event }) =>
      event.type === 'section.open' && context.file !== null && leadsTo('question')(sectionEntry(event.section, context.file.answers, scopeOf(context.file))),
    isSectionEntryReview: ({ context, event }) =>
      event.type === 'section.open' && context.file !== null && leadsTo('review')(sectionEntry(event.section, context.file.answers, scopeOf(context.file))),
    isChangeVisible: ({ context, event }) =>
      event.type === 'review.change' &&
      isReachable({ phase: 'question', questionId: event.questionId }, context.file !== null, answersOf(context), scopeOf(context.file)),
    isGoto: ({ context, event }, phase: Position['phase']) =>
      event.type === 'nav.goto' && event.position.phase === phase && isReachable(event.position, context.file !== null, answersOf(context), scopeOf(context.file)),
    isOpenAt: ({ event }, phase: Position['phase']) => {
      if (event.type !== 'assessment.open') return false;
      const p = event.position && isReachable(event.position, true, event.file.answers, scopeOf(event.file)) ? event.position : positionFromFile(event.file.position, event.file.answers, scopeOf(event.file));
      return p.phase === phase;
    },
    isBackTo: ({ context }, args: { from: string; to: Position['phase'] }) => backTarget(args.from, context).phase === args.to,
  },
  actions: {
    createAssessment: assign(({ event }) => {
      if (event.type !== 'assessment.create') return {};
      return { file: newAssessment(event.meta, new Date(), event.id), ...EMPTY };
    }),
    openAssessment: assign(({ event }) => {
      if (event.type !== 'assessment.open') return {};
      const p = event.position && isReachable(event.position, true, event.file.answers, scopeOf(event.file)) ? event.position : positionFromFile(event.file.position, event.file.answers, scopeOf(event.file));
      return { file: event.file, ...placeAt(p) };
    }),
    replaceFile: assign(({ event }) => (event.type === 'assessment.replace' ? { file: event.file } : {})),
    updateMeta: assign(({ context, event }) => {
      if (event.type !== 'meta.update' || !context.file) return {};
      return { file: touch(context.file, { meta: event.meta }) };
    }),
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.submit' || !context.file || !context.questionId) return {};
      return { file: touch(context.file, { answers: submitted(context, event.value) }) };
    }),
    rejectAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.submit') return {};
      const q = questionById(context.questionId ?? '');
      const errors = q ? validateAnswer(q, event.value) : [];
      return { errors: q && errors.length === 0 ? crossCheck(q, event.value, answersOf(context), userToday()) : errors, rejected: event.value };
    }),
    goToNext: assign(({ context, event }) => {
      if (event.type !== 'answer.submit') return {};
      // The answer is already recorded, so navigate over the stored answers.
      return placeAt(afterAnswer(answersOf(context), context.questionId ?? '', context.returnTo ?? undefined, scopeOf(context.file)));
    }),
    goToSectionEntry: assign(({ context, event }) => {
      if (event.type !== 'section.open' || !context.file) return {};
      return placeAt(sectionEntry(event.section, context.file.answers, scopeOf(context.file)));
    }),
    goToPosition: assign(({ event }) => (event.type === 'nav.goto' ? placeAt(event.position) : {})),
    goToReview: assign(({ event }) => (event.type === 'review.show' ? placeAt({ phase: 'review', ...(event.section ? { section: event.section } : {}) }) : {})),
    goToChange: assign(({ event }) =>
      event.type === 'review.change' ? placeAt({ phase: 'question', questionId: event.questionId, returnTo: event.returnTo }) : {},
    ),
    goBack: assign(({ context }, from: string) => placeAt(backTarget(from, context))),
    clearPlace: assign(() => EMPTY),
    editReview: assign(({ context, event }) => {
      if (event.type !== 'review.edit' || !context.file) return {};
      return { file: touch(context.file, event.patch) };
    }),
    editAction: assign(({ context, event }) => {
      if (event.type !== 'action.edit' || !context.file) return {};
      return { file: touch(context.file, { actions: { ...context.file.actions, [event.ruleId]: event.edit } }) };
    }),
  },
}).createMachine({
  id: 'questionnaire',
  context: ({ input }) => {
    if (input?.file) {
      const p = input.position && isReachable(input.position, true, input.file.answers, scopeOf(input.file)) ? input.position : positionFromFile(input.file.position, input.file.answers, scopeOf(input.file));
      // The file records the phase to resume in (boot reads it); position is not part of the fingerprint.
      const position = positionToFile(p);
      const file = position === undefined ? input.file : { ...input.file, position };
      return { file, ...placeAt(p) };
    }
    return { file: null, ...EMPTY };
  },
  initial: 'boot',
  states: {
    /** Decides the first phase from the input, at once. */
    boot: {
      always: [
        { guard: ({ context }) => context.file === null, target: 'library' },
        { guard: ({ context }) => context.questionId !== null, target: 'question' },
        { guard: ({ context }) => context.reviewSection !== null, target: 'review' },
        { guard: ({ context }) => context.file?.position === 'review', target: 'review' },
        { guard: ({ context }) => context.file?.position === 'results', target: 'results' },
        { target: 'tasks' },
      ],
    },
    library: {
      on: {
        'assessment.new': { target: 'start', actions: 'clearPlace' },
      },
    },
    start: {
      on: {
        'assessment.create': { target: 'tasks', actions: 'createAssessment' },
        'nav.back': { target: 'library', actions: 'clearPlace' },
      },
    },
    tasks: {
      on: {
        'section.open': [
          { guard: 'isSectionEntryQuestion', target: 'question', actions: 'goToSectionEntry' },
          { guard: 'isSectionEntryReview', target: 'review', actions: 'goToSectionEntry' },
        ],
        'nav.back': { target: 'library', actions: 'clearPlace' },
      },
    },
    question: {
      on: {
        'answer.submit': [
          { guard: not('isAnswerValid'), actions: 'rejectAnswer' },
          { guard: 'isNextQuestion', target: 'question', reenter: true, actions: ['recordAnswer', 'goToNext'] },
          { guard: 'isNextReview', target: 'review', actions: ['recordAnswer', 'goToNext'] },
          { guard: 'isNextResults', target: 'results', actions: ['recordAnswer', 'goToNext'] },
        ],
        'nav.back': [
          { guard: { type: 'isBackTo', params: { from: 'question', to: 'question' } }, target: 'question', reenter: true, actions: { type: 'goBack', params: 'question' } },
          { guard: { type: 'isBackTo', params: { from: 'question', to: 'review' } }, target: 'review', actions: { type: 'goBack', params: 'question' } },
          { guard: { type: 'isBackTo', params: { from: 'question', to: 'results' } }, target: 'results', actions: { type: 'goBack', params: 'question' } },
          { target: 'tasks', actions: 'clearPlace' },
        ],
      },
    },
    review: {
      on: {
        'review.change': { guard: 'isChangeVisible', target: 'question', actions: 'goToChange' },
        'results.show': { target: 'results', actions: 'clearPlace' },
        'nav.back': { target: 'tasks', actions: 'clearPlace' },
      },
    },
    results: {
      on: {
        'review.change': { guard: 'isChangeVisible', target: 'question', actions: 'goToChange' },
        'action.edit': { actions: 'editAction' },
        'review.edit': { actions: 'editReview' },
        'nav.back': { target: 'review', actions: 'clearPlace' },
      },
    },
  },
  on: {
    'library.show': { target: '.library', actions: 'clearPlace' },
    'assessment.new': { target: '.start', actions: 'clearPlace' },
    'assessment.open': [
      { guard: { type: 'isOpenAt', params: 'question' }, target: '.question', actions: 'openAssessment' },
      { guard: { type: 'isOpenAt', params: 'review' }, target: '.review', actions: 'openAssessment' },
      { guard: { type: 'isOpenAt', params: 'results' }, target: '.results', actions: 'openAssessment' },
      { target: '.tasks', actions: 'openAssessment' },
    ],
    'assessment.replace': { guard: 'isOpenFile', actions: 'replaceFile' },
    'meta.update': { guard: 'hasFile', actions: 'updateMeta' },
    'tasks.show': { guard: 'hasFile', target: '.tasks', actions: 'clearPlace' },
    'review.show': { guard: 'hasFile', target: '.review', actions: 'goToReview' },
    'results.show': { guard: 'hasFile', target: '.results', actions: 'clearPlace' },
    'nav.goto': [
      { guard: { type: 'isGoto', params: 'library' }, target: '.library', actions: 'goToPosition' },
      { guard: { type: 'isGoto', params: 'start' }, target: '.start', actions: 'goToPosition' },
      { guard: { type: 'isGoto', params: 'tasks' }, target: '.tasks', actions: 'goToPosition' },
      { guard: { type: 'isGoto', params: 'question' }, target: '.question', reenter: true, actions: 'goToPosition' },
      { guard: { type: 'isGoto', params: 'review' }, target: '.review', reenter: true, actions: 'goToPosition' },
      { guard: { type: 'isGoto', params: 'results' }, target: '.results', actions: 'goToPosition' },
    ],
  },
});
