/**
 * The store's compare-before-write, with two "windows": two separate instances of the store module (each window
 * has its own memory of what its copy is based on) sharing one fake localStorage, as two tabs share the real one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '../../domain/conditions.ts';
import { parseAssessmentText, type AssessmentFile } from '../../domain/persistence/assessment-file.ts';
import { exampleFiles } from '../../domain/persistence/examples.ts';

type Store = typeof import('./assessment-store.ts');

/** localStorage in memory; `refuse` makes writes of matching keys fail as a full browser storage does. */
class MemoryStorage {
  readonly map = new Map<string, string>();
  refuse: (key: string) => boolean = () => false;
  writes = 0;
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.refuse(k)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (k.startsWith('face-pia:v1:file:') && !k.endsWith(':probe')) this.writes++;
    this.map.set(k, String(v));
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
  clear(): void {
    this.map.clear();
  }
}

const ID = 'two-tabs-test-1';
const KEY = `face-pia:v1:file:${ID}`;
const seed: AssessmentFile = { ...exampleFiles()[0]!.file, id: ID, position: 'tasks' };
let storage: MemoryStorage;

async function openWindow(): Promise<Store> {
  vi.resetModules();
  return import('./assessment-store.ts');
}

/** What a window's questionnaire does when it opens the stored assessment. */
function open(store: Store): AssessmentFile {
  const f = store.loadAssessment(ID);
  if (!f) throw new Error('not stored');
  store.noteOpened(f);
  return f;
}

let clock = Date.parse('2026-12-01T10:00:00.000Z');
function answer(f: AssessmentFile, qid: string, v: AnswerValue | undefined): AssessmentFile {
  const { [qid]: _drop, ...rest } = f.answers;
  clock += 1000;
  return { ...f, answers: v === undefined ? rest : { ...f.answers, [qid]: v }, updatedAt: new Date(clock).toISOString() };
}

function stored(): AssessmentFile {
  const text = storage.getItem(KEY);
  if (text === null) throw new Error('nothing stored');
  const r = parseAssessmentText(text);
  if (!r.ok) throw new Error('stored file is invalid');
  return r.value;
}

function committed(o: ReturnType<Store['commitAssessment']>) {
  if (o.kind !== 'committed') throw new Error(`expected a commit, got ${o.kind}`);
  return o;
}

beforeEach(() => {
  storage = new MemoryStorage();
  storage.setItem(KEY, JSON.stringify(seed));
  storage.writes = 0;
  vi.stubGlobal('window', { localStorage: storage });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('compare-before-write', () => {
  it('with no other window, a save simply writes', async () => {
    const a = await openWindow();
    const mine = answer(open(a), 'purpose.statement', 'Members only');
    const o = committed(a.commitAssessment(mine));
    expect(o).toMatchObject({ write: { ok: true }, incoming: 'none', conflicts: [] });
    expect(o.show).toBeUndefined();
    expect(stored().answers['purpose.statement']).toBe('Members only');
  });

  it('a save from a stale copy does not overwrite: the other window’s answer and this one’s are both kept', async () => {
    const a = await openWindow();
    const b = await openWindow();
    const a0 = open(a);
    const b0 = open(b); // B opened before A saved: its copy goes stale
    const a1 = answer(a0, 'purpose.statement', 'From A');
    committed(a.commitAssessment(a1));

    const b1 = answer(b0, 'venue.status', b0.answers['venue.status'] === 'live' ? 'planned' : 'live');
    const o = committed(b.commitAssessment(b1));
    expect(o.incoming).toBe('combined');
    expect(o.conflicts).toEqual([]);
    expect(o.write).toEqual({ ok: true });
    expect(stored().answers['purpose.statement']).toBe('From A');
    expect(stored().answers['venue.status']).toBe(b1.answers['venue.status']);
    expect(o.show?.answers).toEqual(stored().answers); // B's screen gets A's answer too

    // A, told that storage changed, takes B's version without writing anything back (no endless echo).
    storage.writes = 0;
    const fromA = committed(a.commitAssessment(a1));
    expect(fromA).toMatchObject({ incoming: 'theirs', write: null, conflicts: [] });
    expect(fromA.show?.answers).toEqual(stored().answers);
    expect(storage.writes).toBe(0);
  });

  it('windows that only move between pages do not write each other’s position back and forth', async () => {
    const a = await openWindow();
    const b = await openWindow();
    const a0 = open(a);
    const b0 = open(b);
    committed(a.commitAssessment({ ...a0, position: 'review' }));
    committed(b.commitAssessment({ ...b0, position: 'results' }));
    storage.writes = 0;
    // Each window hears of the other's write and re-checks, with its own position.
    expect(committed(a.commitAssessment({ ...a0, position: 'review' }))).toMatchObject({ write: null, incoming: 'none' });
    expect(committed(b.commitAssessment({ ...b0, position: 'results' }))).toMatchObject({ write: null, incoming: 'none' });
    expect(storage.writes).toBe(0);
  });

  it('the same answer changed differently in both: a conflict; the other window’s value stays stored until the user chooses', async () => {
    const a = await openWindow();
    const b = await openWindow();
    const a0 = open(a);
    const b0 = open(b);
    committed(a.commitAssessment(answer(answer(a0, 'purpose.statement', 'From A'), 'venue.status', 'live')));

    // B changed the same answer, and another one that A did not touch.
    const b1 = answer(answer(b0, 'purpose.statement', 'From B'), 'basis.statutory-law', 'Some law');
    const o = committed(b.commitAssessment(b1));
    expect(o.conflicts).toMatchObject([{ kind: 'answer', questionId: 'purpose.statement', mine: 'From B', theirs: 'From A' }]);
    expect(stored().answers['purpose.statement']).toBe('From A'); // not overwritten
    expect(stored().answers['basis.statutory-law']).toBe('Some law'); // what does not conflict is saved
    expect(o.show?.answers['purpose.statement']).toBe('From B'); // B's screen keeps B's work…
    expect(o.show?.answers['venue.status']).toBe('live'); // …and gets A's other change

    // Moving on in B (another save) does not settle it silently either.
    const b2 = { ...o.show!, position: 'review' };
    expect(committed(b.commitAssessment(b2)).conflicts.map((c) => c.key)).toEqual(['answer:purpose.statement']);
    expect(stored().answers['purpose.statement']).toBe('From A');

    // The user keeps B's value: now it is written, and A takes it without a conflict.
    const chosen = committed(b.commitAssessment(b2, new Map([['answer:purpose.statement', 'mine']])));
    expect(chosen.conflicts).toEqual([]);
    expect(stored().answers['purpose.statement']).toBe('From B');
    const inA = committed(a.commitAssessment(answer(answer(a0, 'purpose.statement', 'From A'), 'venue.status', 'live')));
    expect(inA).toMatchObject({ conflicts: [], incoming: 'theirs' });
    expect(inA.show?.answers['purpose.statement']).toBe('From B');
  });

  it('choosing the other window’s value keeps it and drops only this window’s conflicting value', async () => {
    const a = await openWindow();
    const b = await openWindow();
    const a0 = open(a);
    const b0 = open(b);
    committed(a.commitAssessment(answer(a0, 'purpose.statement', 'From A')));
    const b1 = answer(b0, 'purpose.statement', 'From B');
    const o = committed(b.commitAssessment(b1));
    expect(o.show).toBeUndefined(); // nothing else came in: the screen stays as it is
    const settled = committed(b.commitAssessment(b1, new Map([['answer:purpose.statement', 'theirs']])));
    expect(settled.conflicts).toEqual([]);
    expect(settled.show?.answers['purpose.statement']).toBe('From A');
    expect(stored().answers['purpose.statement']).toBe('From A');
  });

  it('when storage is full, nothing is lost: the write fails as before, and the merge happens once there is room', async () => {
    const a = await openWindow();
    const b = await openWindow();
    const a0 = open(a);
    const b0 = open(b);
    committed(a.commitAssessment(answer(a0, 'purpose.statement', 'From A')));
    storage.refuse = (k) => k === KEY;
    const b1 = answer(b0, 'basis.statutory-law', 'From B');
    const full = committed(b.commitAssessment(b1));
    expect(full.write).toEqual({ ok: false, reason: 'full' });
    expect(stored().answers['purpose.statement']).toBe('From A');
    expect(full.show?.answers).toMatchObject({ 'purpose.statement': 'From A', 'basis.statutory-law': 'From B' });

    storage.refuse = () => false;
    const later = committed(b.commitAssessment({ ...full.show!, position: 'review' }));
    expect(later.write).toEqual({ ok: true });
    expect(later.conflicts).toEqual([]);
    expect(stored().answers).toMatchObject({ 'purpose.statement': 'From A', 'basis.statutory-law': 'From B' });
  });

  it('without storage, it says so and keeps nothing of its own', async () => {
    vi.stubGlobal('window', {});
    const a = await openWindow();
    expect(a.commitAssessment(seed)).toEqual({ kind: 'unavailable' });
    expect(a.saveAssessment(seed)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('an assessment deleted in another window comes back when this window saves, rather than losing its work', async () => {
    const a = await openWindow();
    const a1 = answer(open(a), 'purpose.statement', 'Still here');
    storage.removeItem(KEY);
    expect(committed(a.commitAssessment(a1)).write).toEqual({ ok: true });
    expect(stored().answers['purpose.statement']).toBe('Still here');
  });

  it('a rename in the library, made from a stale listing, keeps the answers another window saved meanwhile', async () => {
    const lib = await openWindow();
    const other = await openWindow();
    const listed = lib.listAssessments().find((f) => f.id === ID)!;
    committed(other.commitAssessment(answer(open(other), 'purpose.statement', 'Saved elsewhere')));
    const r = lib.saveAssessment({ ...listed, meta: { ...listed.meta, name: 'New name' } }, listed);
    expect(r.ok).toBe(true);
    expect(stored().meta.name).toBe('New name');
    expect(stored().answers['purpose.statement']).toBe('Saved elsewhere');
    if (r.ok) expect(r.file.answers['purpose.statement']).toBe('Saved elsewhere');
  });
});
