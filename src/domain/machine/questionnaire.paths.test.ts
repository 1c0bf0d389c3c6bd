/**
 * Path tests over the questionnaire machine with xstate/graph:
 * 1. the phase graph: every phase is reachable, no phase is a dead end, and the review can be reached from
 *    every reachable state;
 * 2. a walk over every route through the branching questions (enumerated from the bank's condition data):
 *    every route reaches the overall review.
 */
import { describe, expect, it } from 'vitest';
import { fromTransition, transition, initialTransition, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { evaluate, type Condition } from '../conditions.ts';
import {
  evalContext,
  hasValue,
  isVisible,
  pruneHidden,
  QUESTIONS,
  questionById,
  SECTIONS,
  sectionProgress,
} from '../questions/bank.ts';
import type { SectionId } from '../questions/schema.ts';
import { questionnaireMachine, type QuestionnaireEvent } from './questionnaire.machine.ts';
import { routingCandidates, routingQuestionIds, sampleAnswer } from './sample-answers.ts';

type Snap = SnapshotFrom<typeof questionnaireMachine>;
const META = { name: 'Path test', organisation: 'Org', venueName: 'Venue' };
const PHASES = ['library', 'start', 'tasks', 'question', 'review', 'results'] as const;

/** The events a user can send from a snapshot (sample payloads derived from the snapshot itself). */
function eventsFor(s: Snap): QuestionnaireEvent[] {
  const out: QuestionnaireEvent[] = [
    { type: 'library.show' },
    { type: 'assessment.new' },
    { type: 'nav.back' },
    { type: 'tasks.show' },
    { type: 'review.show' },
    { type: 'results.show' },
  ];
  if (s.value === 'start') out.push({ type: 'assessment.create', meta: META, id: 'path-test-0001' });
  if (s.value === 'tasks') out.push({ type: 'section.open', section: 'venue' }, { type: 'section.open', section: 'templates' });
  if (s.value === 'question') {
    const q = questionById(s.context.questionId!)!;
    out.push({ type: 'answer.submit', value: sampleAnswer(q) }, { type: 'answer.submit', value: undefined });
  }
  if (s.value === 'review' || s.value === 'results') {
    const answered = Object.keys(s.context.file?.answers ?? {}).find((id) => isVisible(id, s.context.file!.answers));
    const returnTo = s.value === 'results' ? ({ phase: 'results' } as const) : ({ phase: 'review' } as const);
    out.push({ type: 'review.change', questionId: answered ?? 'venue.type', returnTo });
  }
  if (s.value === 'results') out.push({ type: 'action.edit', ruleId: 'signage.missing', edit: { owner: 'A', due: '', status: 'open' } });
  return out;
}

const serializePhase = (s: Snap) =>
  `${String(s.value)}|${s.context.questionId ?? ''}|${s.context.reviewSection ?? ''}|${s.context.returnTo?.phase ?? ''}|${s.context.errors.length > 0}`;

describe('the phase graph (xstate/graph)', () => {
  const paths = getShortestPaths(questionnaireMachine, { events: eventsFor, serializeState: serializePhase });

  it('reaches every phase', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    for (const phase of PHASES) expect(reached, `phase ${phase}`).toContain(phase);
    expect(reached).not.toContain('boot');
  });

  it('has no dead end: from every reachable state some event changes the state', () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const p of paths) {
      const moves = eventsFor(p.state).filter((e) => serializePhase(transition(questionnaireMachine, p.state, e)[0]) !== serializePhase(p.state));
      expect(moves.length, `dead end at ${serializePhase(p.state)}`).toBeGreaterThan(0);
    }
  });

  it('can reach the overall review from every reachable state once an assessment exists', () => {
    for (const p of paths) {
      if (!p.state.context.file) continue;
      const toReview = getShortestPaths(questionnaireMachine, {
        events: eventsFor,
        serializeState: serializePhase,
        fromState: p.state,
        toState: (s) => s.value === 'review' && s.context.reviewSection === null,
      });
      expect(toReview.length, `no way to the review from ${serializePhase(p.state)}`).toBeGreaterThan(0);
    }
  });

  it('keeps its invariants on every simple path: no hidden question is current; results only after an assessment exists', () => {
    const simple = getSimplePaths(questionnaireMachine, {
      events: eventsFor,
      serializeState: (s) => `${String(s.value)}|${s.context.questionId ?? ''}|${s.context.reviewSection ?? ''}`,
      filterEvents: (s, e) => s.can(e),
      limit: 4000,
    });
    expect(simple.length).toBeGreaterThan(0);
    for (const path of simple) {
      for (const step of path.steps) {
        const s = step.state;
        if (s.value === 'question') expect(isVisible(s.context.questionId!, s.context.file!.answers)).toBe(true);
        if (s.value === 'results' || s.value === 'review' || s.value === 'tasks') expect(s.context.file).not.toBeNull();
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Every route through the branching questions.

const ROUTING = routingQuestionIds();
const SECTION_ORDER = SECTIONS.map((s) => s.id);

/**
 * For each question, the atomic comparisons (eq, includes, gte, …) in the `showIf` of it and every later
 * question: two states whose answers give the same truth values to these route the rest identically.
 */
function atoms(c: Condition, out: Condition[]): void {
  if (c.op === 'all' || c.op === 'any') for (const sub of c.of) atoms(sub, out);
  else if (c.op === 'not') atoms(c.c, out);
  else out.push(c);
}
const laterAtoms = new Map<string, Condition[]>();
QUESTIONS.forEach((q, i) => {
  const out: Condition[] = [];
  for (const later of QUESTIONS.slice(i)) if (later.showIf) atoms(later.showIf, out);
  laterAtoms.set(q.id, out);
});

type WalkEvent = { type: 'answer'; value: unknown };

/**
 * The "question walker": a transition logic over machine snapshots. At a question, its events are the
 * candidate answers (every routing option for a routing question, one sample answer otherwise). After a
 * section's review it opens the next unfinished section from the task list, as a user would; when all
 * sections are complete it asks for the overall review.
 */
function advance(s: Snap): Snap {
  let snap = s;
  for (let guard = 0; guard < 5 && snap.value === 'review' && snap.context.reviewSection !== null; guard++) {
    const answers = snap.context.file!.answers;
    const next = SECTION_ORDER.find((id) => sectionProgress(id, answers) !== 'completed');
    [snap] = transition(questionnaireMachine, snap, { type: 'tasks.show' });
    [snap] = next
      ? transition(questionnaireMachine, snap, { type: 'section.open', section: next as SectionId })
      : transition(questionnaireMachine, snap, { type: 'review.show' });
  }
  return snap;
}

const walker = fromTransition(
  (s: Snap, e: WalkEvent) => {
    if (s.value !== 'question') return s;
    const [next] = transition(questionnaireMachine, s, { type: 'answer.submit', value: e.value as never });
    return advance(next);
  },
  () => {
    let [s] = initialTransition(questionnaireMachine, {});
    [s] = transition(questionnaireMachine, s, { type: 'assessment.new' });
    [s] = transition(questionnaireMachine, s, { type: 'assessment.create', meta: META, id: 'route-walk-01' });
    [s] = transition(questionnaireMachine, s, { type: 'section.open', section: 'venue' });
    return s;
  },
);

/** fromTransition wraps its state in a snapshot: the machine snapshot is its `context`. */
type WalkSnap = { context: Snap };
const inner = (w: WalkSnap): Snap => w.context;

function walkEvents(w: WalkSnap): WalkEvent[] {
  const s = inner(w);
  if (s.value !== 'question') return [];
  const qid = s.context.questionId!;
  // The total across all systems may not be below the faces stored (crossCheck): answer it with that count.
  const stored = s.context.file!.answers['venue.people-stored'];
  const raw = ROUTING.includes(qid) ? routingCandidates(qid) : [sampleAnswer(questionById(qid)!)];
  const values = qid === 'venue.people-total' && typeof stored === 'number' ? raw.map((v) => (typeof v === 'number' ? Math.max(v, stored) : v)) : raw;
  return values.map((value) => ({ type: 'answer', value }));
}

/** Two walker states are the same when the same question is current and the answers that can still route agree. */
function walkKey(w: WalkSnap): string {
  const s = inner(w);
  if (s.value !== 'question') return `${String(s.value)}|${s.context.reviewSection ?? ''}`;
  const qid = s.context.questionId!;
  const ctx = evalContext(pruneHidden(s.context.file!.answers));
  const truth = laterAtoms.get(qid)!.map((a) => String(evaluate(a, ctx))[0]);
  return `question|${qid}|${truth.join('')}`;
}

describe('every route through the branching questions', () => {
  it('finds the routing questions from the bank’s conditions', () => {
    expect(ROUTING).toEqual(expect.arrayContaining(['venue.route', 'venue.children', 'venue.people-stored', 'sharing.vendor']));
    for (const id of ROUTING) expect(routingCandidates(id).length, id).toBeGreaterThan(0);
    // Every branch is opened by some candidate answer: each conditional question is visible on some route.
  });

  type Node = { state: unknown; transitions: Record<string, { state: unknown }> };
  const adjacency = getAdjacencyMap(walker, { events: walkEvents as never, serializeState: walkKey as never }) as unknown as Record<string, Node>;
  const keys = Object.keys(adjacency);

  it('reaches the overall review on every route, with no dead end', () => {
    const ends = keys.filter((k) => Object.keys(adjacency[k]!.transitions).length === 0);
    expect(ends.length).toBeGreaterThan(0);
    for (const k of ends) expect(k, 'a route stops before the review').toBe('review|');
    // Count the routes (the walk graph is acyclic: every answer moves forward).
    const memo = new Map<string, number>();
    const routes = (k: string, depth = 0): number => {
      if (depth > 400) throw new Error(`cycle at ${k}`);
      const hit = memo.get(k);
      if (hit !== undefined) return hit;
      const next = Object.values(adjacency[k]!.transitions).map((t) => walkKey(t.state as unknown as WalkSnap));
      const n = next.length === 0 ? 1 : next.reduce((sum, nk) => sum + routes(nk, depth + 1), 0);
      memo.set(k, n);
      return n;
    };
    const start = keys[0]!;
    const total = routes(start);
    expect(total).toBeGreaterThan(1000);
    console.info(`route walk: ${keys.length} distinct states, ${total.toLocaleString('en-US')} routes, all ending at the review`);
  });

  it('shows every conditional question on some route (no branch is unreachable)', () => {
    const shown = new Set<string>();
    for (const k of keys) {
      const s = inner(adjacency[k]!.state as unknown as WalkSnap);
      if (s.value === 'question') shown.add(s.context.questionId!);
    }
    for (const q of QUESTIONS) expect(shown, `${q.id} never shown`).toContain(q.id);
  });

  it('asks only visible questions, and every required visible question is answered when a route ends', () => {
    for (const k of keys) {
      const s = inner(adjacency[k]!.state as unknown as WalkSnap);
      const answers = s.context.file!.answers;
      if (s.value === 'question') {
        const q = questionById(s.context.questionId!)!;
        expect(!q.showIf || evaluate(q.showIf, evalContext(pruneHidden(answers))) === true).toBe(true);
      }
      if (k === 'review|') {
        for (const q of QUESTIONS) if (isVisible(q.id, answers) && !q.optional) expect(hasValue(answers[q.id]), q.id).toBe(true);
      }
    }
  });
});
