/**
 * Three-way merge of two versions of one assessment that were edited apart (two browser windows, a stale copy):
 * `base` is the version both started from, `mine` the version being saved here, `theirs` the one found stored.
 *
 * The rule, for every piece the user edits (an answer, a name field, an action-plan row, a lawyer's note…):
 * changed on one side only → that side; changed on both to the same value → that value; changed on both to
 * different values → a conflict, which the merged file leaves at `mine` until someone chooses. Keyed collections
 * are merged key by key, and an edited row is merged field by field before it is called a conflict, so two people
 * editing different fields of one action never collide. Nothing either side changed is ever dropped silently.
 *
 * Pure: no storage, no DOM. The browser store (src/ui/storage) decides when to merge and what to write.
 */
import type { AnswerValue } from '../conditions.ts';
import type { Campaign } from './campaign.ts';
import {
  parseAssessment,
  stableStringify,
  type ActionEdit,
  type Annotation,
  type AssessmentFile,
  type AssessmentMeta,
  type ManualFinding,
  type Review,
} from './assessment-file.ts';

/** Which version a conflict is settled with. `base` is for the store's bookkeeping, not offered to users. */
export type Side = 'base' | 'mine' | 'theirs';

interface ConflictOf<K extends string, V> {
  readonly kind: K;
  /** Stable across merges of the same pair of edits, so a choice made on screen survives a re-merge. */
  readonly key: string;
  readonly base: V | undefined;
  readonly mine: V | undefined;
  readonly theirs: V | undefined;
}

export type MetaField = 'name' | 'organisation' | 'venueName' | 'preset';
export type ReviewField = keyof Review;

export type Conflict =
  | (ConflictOf<'answer', AnswerValue> & { readonly questionId: string })
  | (ConflictOf<'meta', string> & { readonly field: MetaField })
  | (ConflictOf<'review', string> & { readonly field: ReviewField })
  | (ConflictOf<'action', ActionEdit> & { readonly ruleId: string })
  | (ConflictOf<'annotation', Annotation> & { readonly ruleId: string })
  | (ConflictOf<'manualFinding', ManualFinding> & { readonly findingId: string })
  | ConflictOf<'campaign', Campaign>
  /** The versions combine into something that is not a valid file (e.g. over 100 hand-added findings): pick one. */
  | ConflictOf<'file', AssessmentFile>;

export interface MergeResult {
  /** The combined file; every conflict is left at `mine`. Always a valid file. */
  readonly merged: AssessmentFile;
  readonly conflicts: readonly Conflict[];
}

const REVIEW_FIELDS: readonly ReviewField[] = ['client', 'matter', 'reviewer'];
/** What an action row reads as before anyone edited it (the results page shows these defaults). */
const ACTION_DEFAULT: ActionEdit = { owner: '', due: '', status: 'open' };

/** Deep equality as the file is saved (key order and undefined members do not count). */
export function sameValue(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

type Picked<T> = { readonly value: T | undefined } | null;

/** The three-way rule for one value; null = changed on both sides to different values. */
function pick3<T>(base: T | undefined, mine: T | undefined, theirs: T | undefined): Picked<T> {
  if (sameValue(mine, theirs)) return { value: mine };
  if (sameValue(theirs, base)) return { value: mine };
  if (sameValue(mine, base)) return { value: theirs };
  return null;
}

/** A row edited on both sides: merged field by field; null when a field (or the row's existence) conflicts. */
function mergeFields<T extends object>(base: T | undefined, mine: T | undefined, theirs: T | undefined, fields: readonly (keyof T)[], fallback?: T): T | null {
  if (mine === undefined || theirs === undefined) return null; // deleted on one side, edited on the other
  const from = base ?? fallback;
  const out: Partial<T> = {};
  for (const f of fields) {
    const p = pick3(from?.[f], mine[f], theirs[f]);
    if (!p) return null;
    if (p.value !== undefined) out[f] = p.value;
  }
  return out as T;
}

/** Key by key; `both` settles a key changed on both sides (null = conflict). Keys keep theirs' order, then mine's new ones. */
function mergeRecord<V>(
  base: Readonly<Record<string, V>>,
  mine: Readonly<Record<string, V>>,
  theirs: Readonly<Record<string, V>>,
  both: (b: V | undefined, m: V | undefined, t: V | undefined) => V | null,
  onConflict: (key: string, b: V | undefined, m: V | undefined, t: V | undefined) => void,
): Record<string, V> {
  if (sameValue(mine, base)) return { ...theirs };
  if (sameValue(theirs, base) || sameValue(mine, theirs)) return { ...mine };
  const out: Record<string, V> = {};
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])];
  for (const k of keys) {
    const b = base[k];
    const m = mine[k];
    const t = theirs[k];
    const p = pick3(b, m, t);
    let value: V | undefined;
    if (p) value = p.value;
    else {
      const settled = both(b, m, t);
      if (settled !== null) value = settled;
      else {
        onConflict(k, b, m, t);
        value = m; // left at mine until chosen
      }
    }
    if (value !== undefined) out[k] = value;
  }
  return out;
}

/** The three-way rule for bookkeeping values, which never conflict: `both` settles a change on both sides. */
function settle<T>(base: T | undefined, mine: T | undefined, theirs: T | undefined, both: () => T | undefined): T | undefined {
  const p = pick3(base, mine, theirs);
  return p ? p.value : both();
}

/**
 * Merge `mine` and `theirs`, both descended from `base`. All three must be the same assessment (same id).
 * Bookkeeping fields never conflict: the later `updatedAt`, the earlier `createdAt`, the newer question bank,
 * and this window's `position` (where this user is) when both moved.
 */
export function mergeAssessments(base: AssessmentFile, mine: AssessmentFile, theirs: AssessmentFile): MergeResult {
  if (mine.id !== theirs.id || base.id !== mine.id) throw new Error(`mergeAssessments: different assessments (${base.id}, ${mine.id}, ${theirs.id})`);
  const conflicts: Conflict[] = [];

  const answers = mergeRecord<AnswerValue>(
    base.answers,
    mine.answers,
    theirs.answers,
    () => null,
    (questionId, b, m, t) => conflicts.push({ kind: 'answer', key: `answer:${questionId}`, questionId, base: b, mine: m, theirs: t }),
  );

  const metaValue = (field: MetaField): string | undefined => {
    const p = pick3(base.meta[field], mine.meta[field], theirs.meta[field]);
    if (p) return p.value;
    conflicts.push({ kind: 'meta', key: `meta:${field}`, field, base: base.meta[field], mine: mine.meta[field], theirs: theirs.meta[field] });
    return mine.meta[field];
  };
  const name = metaValue('name') ?? '';
  const organisation = metaValue('organisation') ?? '';
  const venueName = metaValue('venueName') ?? '';
  const preset = metaValue('preset');
  const meta: AssessmentMeta = { name, organisation, venueName, ...(preset !== undefined ? { preset } : {}) };

  let review: Review | undefined;
  const wholeReview = pick3(base.review, mine.review, theirs.review);
  if (wholeReview) review = wholeReview.value;
  else {
    const parts: Partial<Record<ReviewField, string>> = {};
    for (const field of REVIEW_FIELDS) {
      const [b, m, t] = [base.review?.[field], mine.review?.[field], theirs.review?.[field]];
      const p = pick3(b, m, t);
      if (!p) conflicts.push({ kind: 'review', key: `review:${field}`, field, base: b, mine: m, theirs: t });
      const value = p ? p.value : m;
      if (value !== undefined) parts[field] = value;
    }
    review = reviewOf(parts);
  }

  const actions = mergeRecord<ActionEdit>(
    base.actions,
    mine.actions,
    theirs.actions,
    (b, m, t) => mergeFields(b, m, t, ['owner', 'due', 'status'], ACTION_DEFAULT),
    (ruleId, b, m, t) => conflicts.push({ kind: 'action', key: `action:${ruleId}`, ruleId, base: b, mine: m, theirs: t }),
  );

  const annotations = mergeRecord<Annotation>(
    base.annotations,
    mine.annotations,
    theirs.annotations,
    (b, m, t) => mergeFields(b, m, t, ['verdict', 'note']),
    (ruleId, b, m, t) => conflicts.push({ kind: 'annotation', key: `annotation:${ruleId}`, ruleId, base: b, mine: m, theirs: t }),
  );

  const manualFindings = mergeFindings(base.manualFindings, mine.manualFindings, theirs.manualFindings, conflicts);

  let campaign: Campaign | undefined;
  const c = pick3(base.campaign, mine.campaign, theirs.campaign);
  if (c) campaign = c.value;
  else {
    campaign = mine.campaign;
    conflicts.push({ kind: 'campaign', key: 'campaign', base: base.campaign, mine: mine.campaign, theirs: theirs.campaign });
  }

  const position = settle(base.position, mine.position, theirs.position, () => mine.position);
  const merged: AssessmentFile = {
    format: mine.format,
    schemaVersion: mine.schemaVersion,
    id: mine.id,
    bankVersion: settle(base.bankVersion, mine.bankVersion, theirs.bankVersion, () => Math.max(mine.bankVersion, theirs.bankVersion)) ?? mine.bankVersion,
    createdAt: settle(base.createdAt, mine.createdAt, theirs.createdAt, () => (Date.parse(mine.createdAt) <= Date.parse(theirs.createdAt) ? mine.createdAt : theirs.createdAt)) ?? mine.createdAt,
    updatedAt: settle(base.updatedAt, mine.updatedAt, theirs.updatedAt, () => (Date.parse(mine.updatedAt) >= Date.parse(theirs.updatedAt) ? mine.updatedAt : theirs.updatedAt)) ?? mine.updatedAt,
    assessedAt: settle(base.assessedAt, mine.assessedAt, theirs.assessedAt, () => (Date.parse(mine.assessedAt) >= Date.parse(theirs.assessedAt) ? mine.assessedAt : theirs.assessedAt)) ?? mine.assessedAt,
    meta,
    answers,
    ...(position !== undefined ? { position } : {}),
    actions,
    ...(review ? { review } : {}),
    annotations,
    manualFindings,
    ...(campaign ? { campaign } : {}),
  };

  // Every piece came from a valid file, so only limits across pieces (the number of findings) can fail here.
  const check = parseAssessment(merged);
  if (!check.ok) return { merged: mine, conflicts: [{ kind: 'file', key: 'file', base, mine, theirs }] };
  return { merged, conflicts };
}

function reviewOf(parts: Partial<Record<ReviewField, string>>): Review | undefined {
  if (REVIEW_FIELDS.every((f) => parts[f] === undefined)) return undefined;
  return { client: parts.client ?? '', matter: parts.matter ?? '', reviewer: parts.reviewer ?? '' };
}

/**
 * Hand-added findings, keyed by id. Two windows that each add a finding pick the same next id (manual-<n+1>)
 * for different findings: that is two additions, not a conflict, so mine is kept under a fresh id.
 */
function mergeFindings(base: readonly ManualFinding[], mine: readonly ManualFinding[], theirs: readonly ManualFinding[], conflicts: Conflict[]): ManualFinding[] {
  if (sameValue(mine, base)) return [...theirs];
  if (sameValue(theirs, base) || sameValue(mine, theirs)) return [...mine];
  const byId = (list: readonly ManualFinding[]) => new Map(list.map((f) => [f.id, f]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const out: ManualFinding[] = [];
  const renumber: ManualFinding[] = [];
  const ids = [...new Set([...theirs.map((f) => f.id), ...mine.map((f) => f.id)])];
  for (const id of ids) {
    const [bf, mf, tf] = [b.get(id), m.get(id), t.get(id)];
    const p = pick3(bf, mf, tf);
    if (p) {
      if (p.value) out.push(p.value);
      continue;
    }
    if (!bf && mf && tf) {
      out.push(tf);
      renumber.push(mf);
      continue;
    }
    const settled = mergeFields(bf, mf, tf, ['id', 'severity', 'title', 'note', 'cites']);
    if (settled) out.push(settled);
    else {
      conflicts.push({ kind: 'manualFinding', key: `manualFinding:${id}`, findingId: id, base: bf, mine: mf, theirs: tf });
      if (mf) out.push(mf);
    }
  }
  let next = Math.max(0, ...[...base, ...mine, ...theirs].map((f) => Number(f.id.slice('manual-'.length)) || 0));
  for (const f of renumber) out.push({ ...f, id: `manual-${++next}` });
  return out;
}

/**
 * The file with the given conflicts settled: `choose` names the side for each. Conflicts that are not in the
 * list keep the value the file already has. Used both for the user's choices and by the store to write
 * "everything but the conflicts" (theirs) and to remember what the conflicts started from (base).
 */
export function resolveConflicts(file: AssessmentFile, conflicts: readonly Conflict[], choose: (c: Conflict) => Side): AssessmentFile {
  let out = file;
  for (const c of conflicts) {
    const side = choose(c);
    switch (c.kind) {
      case 'file':
        return c[side] ?? file;
      case 'answer':
        out = { ...out, answers: setKey(out.answers, c.questionId, c[side]) };
        break;
      case 'meta': {
        const value = c[side];
        if (c.field === 'preset') {
          const { preset: _drop, ...rest } = out.meta;
          out = { ...out, meta: value === undefined ? rest : { ...rest, preset: value } };
        } else out = { ...out, meta: { ...out.meta, [c.field]: value ?? '' } };
        break;
      }
      case 'review': {
        const parts: Partial<Record<ReviewField, string>> = { ...out.review, [c.field]: c[side] };
        const { review: _drop, ...rest } = out;
        const review = reviewOf(parts);
        out = review ? { ...rest, review } : rest;
        break;
      }
      case 'action':
        out = { ...out, actions: setKey(out.actions, c.ruleId, c[side]) };
        break;
      case 'annotation':
        out = { ...out, annotations: setKey(out.annotations, c.ruleId, c[side]) };
        break;
      case 'manualFinding': {
        const value = c[side];
        const at = out.manualFindings.findIndex((f) => f.id === c.findingId);
        const list = [...out.manualFindings];
        if (at >= 0 && value) list[at] = value;
        else if (at >= 0) list.splice(at, 1);
        else if (value) list.push(value);
        out = { ...out, manualFindings: list };
        break;
      }
      case 'campaign': {
        const { campaign: _drop, ...rest } = out;
        const value = c[side];
        out = value ? { ...rest, campaign: value } : rest;
        break;
      }
    }
  }
  return out;
}

function setKey<V>(record: Readonly<Record<string, V>>, key: string, value: V | undefined): Record<string, V> {
  const { [key]: _drop, ...rest } = record;
  return value === undefined ? rest : { ...record, [key]: value };
}

/** Whether two versions differ in anything the user edits (not in when they were saved or where the user was). */
export function sameContent(a: AssessmentFile, b: AssessmentFile): boolean {
  const strip = ({ updatedAt: _u, position: _p, ...rest }: AssessmentFile) => rest;
  return sameValue(strip(a), strip(b));
}
