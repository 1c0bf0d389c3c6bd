/** The three-way merge of two windows' versions of one assessment: examples first, then properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../conditions.ts';
import { parseAssessment, type ActionEdit, type Annotation, type AssessmentFile, type ManualFinding } from './assessment-file.ts';
import { exampleFiles } from './examples.ts';
import { mergeAssessments, resolveConflicts, sameContent, type Conflict } from './merge.ts';

const examples = exampleFiles().map((e) => e.file);
const base: AssessmentFile = { ...examples[0]!, id: 'merge-test-1', position: 'tasks' };
const later = (f: AssessmentFile, patch: Partial<AssessmentFile>, at = '2026-12-01T10:00:00.000Z'): AssessmentFile => ({ ...f, ...patch, updatedAt: at });
const withAnswer = (f: AssessmentFile, qid: string, v: AnswerValue | undefined): AssessmentFile => {
  const { [qid]: _drop, ...rest } = f.answers;
  return later(f, { answers: v === undefined ? rest : { ...f.answers, [qid]: v } });
};
const keys = (cs: readonly Conflict[]) => cs.map((c) => c.key).sort();
const finding = (id: string, title: string): ManualFinding => ({ id, severity: 'nc', title, note: '', cites: ['pipl.28'] });

describe('mergeAssessments: examples', () => {
  it('answers changed on different questions are both kept', () => {
    const mine = withAnswer(base, 'purpose.statement', 'Mine: members only');
    const theirs = withAnswer(base, 'venue.status', base.answers['venue.status'] === 'live' ? 'planned' : 'live');
    const r = mergeAssessments(base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.answers['purpose.statement']).toBe('Mine: members only');
    expect(r.merged.answers['venue.status']).toBe(theirs.answers['venue.status']);
    expect(parseAssessment(r.merged).ok).toBe(true);
  });

  it('the same change on both sides is not a conflict', () => {
    const mine = withAnswer(base, 'purpose.statement', 'Same');
    const theirs = later(withAnswer(base, 'purpose.statement', 'Same'), {}, '2026-12-02T10:00:00.000Z');
    const r = mergeAssessments(base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.answers['purpose.statement']).toBe('Same');
    expect(r.merged.updatedAt).toBe('2026-12-02T10:00:00.000Z'); // the later of the two
  });

  it('different changes to one answer are a conflict with all three values; the merge keeps mine until chosen', () => {
    const mine = withAnswer(base, 'purpose.statement', 'Mine');
    const theirs = withAnswer(base, 'purpose.statement', 'Theirs');
    const r = mergeAssessments(base, mine, theirs);
    expect(r.conflicts).toEqual([
      { kind: 'answer', key: 'answer:purpose.statement', questionId: 'purpose.statement', base: base.answers['purpose.statement'], mine: 'Mine', theirs: 'Theirs' },
    ]);
    expect(r.merged.answers['purpose.statement']).toBe('Mine');
    expect(resolveConflicts(r.merged, r.conflicts, () => 'theirs').answers['purpose.statement']).toBe('Theirs');
  });

  it('a deletion on one side wins over no change, and conflicts with a change', () => {
    const deleted = withAnswer(base, 'purpose.statement', undefined);
    expect(mergeAssessments(base, deleted, base).merged.answers['purpose.statement']).toBeUndefined();
    const r = mergeAssessments(base, deleted, withAnswer(base, 'purpose.statement', 'Changed'));
    expect(keys(r.conflicts)).toEqual(['answer:purpose.statement']);
    expect(resolveConflicts(r.merged, r.conflicts, () => 'mine').answers['purpose.statement']).toBeUndefined();
  });

  it('meta and lawyer review are merged field by field', () => {
    const review = { client: 'C', matter: 'M', reviewer: 'R' };
    const b = { ...base, review };
    const mine = later(b, { meta: { ...b.meta, name: 'Renamed here' }, review: { ...review, client: 'Client here' } });
    const theirs = later(b, { meta: { ...b.meta, venueName: 'Venue there' }, review: { ...review, reviewer: 'Reviewer there' } });
    const r = mergeAssessments(b, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.meta).toMatchObject({ name: 'Renamed here', venueName: 'Venue there', organisation: b.meta.organisation });
    expect(r.merged.review).toEqual({ client: 'Client here', matter: 'M', reviewer: 'Reviewer there' });
    const clash = mergeAssessments(b, later(b, { meta: { ...b.meta, name: 'A' } }), later(b, { meta: { ...b.meta, name: 'B' } }));
    expect(clash.conflicts).toMatchObject([{ kind: 'meta', field: 'name', mine: 'A', theirs: 'B' }]);
  });

  it('an action-plan row edited in different fields is merged; the same field edited differently conflicts', () => {
    const row: ActionEdit = { owner: '', due: '', status: 'open' };
    const mine = later(base, { actions: { 'basis.no-basis': { ...row, owner: 'Wang' } } });
    const theirs = later(base, { actions: { 'basis.no-basis': { ...row, status: 'done' } } });
    const r = mergeAssessments(base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.actions['basis.no-basis']).toEqual({ owner: 'Wang', due: '', status: 'done' });
    const clash = mergeAssessments(base, mine, later(base, { actions: { 'basis.no-basis': { ...row, owner: 'Li' } } }));
    expect(clash.conflicts).toMatchObject([{ kind: 'action', ruleId: 'basis.no-basis', mine: { owner: 'Wang' }, theirs: { owner: 'Li' } }]);
  });

  it('lawyer annotations are merged by rule; differing verdicts conflict', () => {
    const a = (verdict: Annotation['verdict'], note = ''): Annotation => ({ verdict, note });
    const mine = later(base, { annotations: { 'basis.a': a('agree'), 'basis.b': a('disagree', 'x') } });
    const theirs = later(base, { annotations: { 'basis.a': a('agree'), 'basis.c': a('more-facts') } });
    expect(mergeAssessments(base, mine, theirs)).toMatchObject({ conflicts: [], merged: { annotations: { 'basis.a': a('agree'), 'basis.b': a('disagree', 'x'), 'basis.c': a('more-facts') } } });
    const clash = mergeAssessments(base, mine, later(base, { annotations: { 'basis.b': a('agree', 'x') } }));
    expect(keys(clash.conflicts)).toEqual(['annotation:basis.b']);
  });

  it('hand-added findings: two windows adding "the next one" keep both, under different ids', () => {
    const b = { ...base, manualFindings: [finding('manual-1', 'Old')] };
    const mine = later(b, { manualFindings: [...b.manualFindings, finding('manual-2', 'Added here')] });
    const theirs = later(b, { manualFindings: [...b.manualFindings, finding('manual-2', 'Added there')] });
    const r = mergeAssessments(b, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.manualFindings.map((f) => [f.id, f.title])).toEqual([
      ['manual-1', 'Old'],
      ['manual-2', 'Added there'],
      ['manual-3', 'Added here'],
    ]);
    expect(parseAssessment(r.merged).ok).toBe(true);
    const edited = mergeAssessments(b, later(b, { manualFindings: [finding('manual-1', 'Edited here')] }), later(b, { manualFindings: [] }));
    expect(keys(edited.conflicts)).toEqual(['manualFinding:manual-1']); // edited here, deleted there
  });

  it('where the user was is this window’s business, never a conflict', () => {
    const r = mergeAssessments(base, later(base, { position: 'review' }), later(base, { position: 'results' }));
    expect(r.conflicts).toEqual([]);
    expect(r.merged.position).toBe('review');
  });

  it('a combination that breaks a file-wide limit is one whole-file conflict, and the merge stays valid', () => {
    const many = (from: number, n: number) => Array.from({ length: n }, (_, i) => finding(`manual-${from + i}`, `F${from + i}`));
    const b = { ...base, manualFindings: many(1, 60) };
    const mine = later(b, { manualFindings: [...b.manualFindings, ...many(61, 30)] });
    const theirs = later(b, { manualFindings: [...b.manualFindings, ...many(200, 30)] });
    const r = mergeAssessments(b, mine, theirs);
    expect(keys(r.conflicts)).toEqual(['file']);
    expect(r.merged).toBe(mine);
    expect(resolveConflicts(r.merged, r.conflicts, () => 'theirs')).toBe(theirs);
  });

  it('refuses to merge two different assessments', () => {
    expect(() => mergeAssessments(base, base, { ...base, id: 'another-one' })).toThrow(/different assessments/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties. Versions are made from the base by random edits drawn from small pools of valid values, so that
// both sides often touch the same things (the interesting cases) and every version is a valid file.

const QIDS = [...new Set(examples.flatMap((f) => Object.keys(f.answers)))];
const valuesOf = (qid: string) => examples.map((f) => f.answers[qid]).filter((v): v is AnswerValue => v !== undefined);
const RULES = ['basis.no-basis', 'notice.missing', 'data.retention'];
const FINDINGS = [finding('manual-1', 'One'), finding('manual-2', 'Two'), { ...finding('manual-1', 'One, edited'), severity: 'red' as const }];

// Mostly a handful of questions, so that both sides often change the same one; sometimes any question.
const answerEdit = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...QIDS.slice(0, 5)) }, { weight: 1, arbitrary: fc.constantFrom(...QIDS) }).chain((qid) => fc.tuple(fc.constant(qid), fc.option(fc.constantFrom(...valuesOf(qid)), { nil: undefined })));
const version = (from: AssessmentFile) =>
  fc
    .record({
      answers: fc.array(answerEdit, { maxLength: 6 }),
      name: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
      actions: fc.array(fc.tuple(fc.constantFrom(...RULES), fc.record({ owner: fc.constantFrom('', 'Wang', 'Li'), due: fc.constantFrom('', '2027-01-31'), status: fc.constantFrom('open', 'in-progress', 'done') })), { maxLength: 3 }),
      annotations: fc.array(fc.tuple(fc.constantFrom(...RULES), fc.record({ verdict: fc.constantFrom('agree', 'disagree', 'more-facts'), note: fc.constantFrom('', 'n') })), { maxLength: 3 }),
      findings: fc.option(fc.subarray(FINDINGS.slice(0, 2)), { nil: undefined }),
      editFinding: fc.boolean(),
      review: fc.option(fc.record({ client: fc.constantFrom('', 'X'), matter: fc.constantFrom('', 'Y'), reviewer: fc.constantFrom('', 'Z') }), { nil: undefined }),
      position: fc.constantFrom('tasks', 'review', 'results', 'venue.type'),
      at: fc.integer({ min: 1, max: 28 }),
    })
    .map((e): AssessmentFile => {
      const answers: Record<string, AnswerValue> = { ...from.answers };
      for (const [qid, v] of e.answers) {
        if (v === undefined) delete answers[qid];
        else answers[qid] = v;
      }
      const findings = e.findings ?? from.manualFindings;
      const { review: _r, ...rest } = from;
      return {
        ...rest,
        ...(e.review ? { review: e.review } : from.review ? { review: from.review } : {}),
        updatedAt: `2026-12-${String(e.at).padStart(2, '0')}T10:00:00.000Z`,
        position: e.position,
        meta: e.name ? { ...from.meta, name: e.name } : from.meta,
        answers,
        actions: { ...from.actions, ...Object.fromEntries(e.actions) },
        annotations: { ...from.annotations, ...Object.fromEntries(e.annotations) },
        manualFindings: e.editFinding ? findings.map((f) => (f.id === 'manual-1' ? FINDINGS[2]! : f)) : [...findings],
      };
    });
const baseArb = fc.constantFrom(...examples).chain((f) => version({ ...f, id: 'merge-prop-1' }));
const triple = baseArb.chain((b) => fc.tuple(fc.constant(b), version(b), version(b)));

const swap = (c: Conflict) => ({ key: c.key, mine: c.theirs, theirs: c.mine, base: c.base });
const plain = (c: Conflict) => ({ key: c.key, mine: c.mine, theirs: c.theirs, base: c.base });

describe('mergeAssessments: properties', () => {
  it('merge(base, x, base) = x and merge(base, base, y) = y, with no conflicts', () => {
    fc.assert(
      fc.property(triple, ([b, x, y]) => {
        expect(mergeAssessments(b, x, b)).toEqual({ merged: x, conflicts: [] });
        expect(mergeAssessments(b, b, y)).toEqual({ merged: y, conflicts: [] });
        expect(mergeAssessments(b, x, x)).toEqual({ merged: x, conflicts: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('conflicts are symmetric: swapping the two sides swaps mine and theirs in the same conflicts', () => {
    fc.assert(
      fc.property(triple, ([b, x, y]) => {
        const xy = mergeAssessments(b, x, y).conflicts.map(plain);
        const yx = mergeAssessments(b, y, x).conflicts.map(swap);
        const byKey = (a: { key: string }, c: { key: string }) => a.key.localeCompare(c.key);
        expect([...xy].sort(byKey)).toEqual([...yx].sort(byKey));
      }),
      { numRuns: 300 },
    );
  });

  it('the merge is always a valid file, and settling every conflict either way gives the same as the mirrored merge', () => {
    fc.assert(
      fc.property(triple, ([b, x, y]) => {
        const xy = mergeAssessments(b, x, y);
        const yx = mergeAssessments(b, y, x);
        expect(parseAssessment(xy.merged).ok).toBe(true);
        // Hand-added findings that collide get renumbered on the "mine" side, so compare without them.
        const strip = (f: AssessmentFile): AssessmentFile => ({ ...f, manualFindings: [] });
        const theirsWins = strip(resolveConflicts(xy.merged, xy.conflicts, () => 'theirs'));
        const mineWins = strip(resolveConflicts(yx.merged, yx.conflicts, () => 'mine'));
        expect(sameContent(theirsWins, mineWins)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('nothing is lost: every answer a side changed is in the merge, unless that answer is a conflict', () => {
    fc.assert(
      fc.property(triple, ([b, x, y]) => {
        const r = mergeAssessments(b, x, y);
        const conflicted = new Set(r.conflicts.flatMap((c) => (c.kind === 'answer' ? [c.questionId] : c.kind === 'file' ? QIDS : [])));
        for (const qid of new Set([...Object.keys(b.answers), ...Object.keys(x.answers), ...Object.keys(y.answers)])) {
          if (conflicted.has(qid)) continue;
          const [bv, xv, yv, mv] = [b.answers[qid], x.answers[qid], y.answers[qid], r.merged.answers[qid]];
          if (JSON.stringify(xv) !== JSON.stringify(bv)) expect(mv).toEqual(xv);
          if (JSON.stringify(yv) !== JSON.stringify(bv)) expect(mv).toEqual(yv);
          if (JSON.stringify(xv) === JSON.stringify(bv) && JSON.stringify(yv) === JSON.stringify(bv)) expect(mv).toEqual(bv);
        }
      }),
      { numRuns: 300 },
    );
  });
});
