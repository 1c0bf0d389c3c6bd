/**
 * Browser storage of assessments. Every call is guarded: localStorage can be missing (private mode, disabled
 * storage) or full, and the app must keep working from memory and say so.
 *
 * Layout: `face-pia:v1:file:<id>` holds one assessment file (JSON); `face-pia:v1:last` the id last worked on.
 *
 * Two windows can have the same assessment open. Writes are therefore compare-before-write: the store remembers
 * which stored version this window's copy is based on (its basis), re-reads the record before writing, and when
 * another window wrote in between it merges the two three ways (src/domain/persistence/merge.ts) instead of
 * overwriting. Edits both windows made differently are never written over the other's: they come back as
 * conflicts for the user to settle.
 */
import {
  parseAssessment,
  parseAssessmentText,
  serialiseAssessment,
  type AssessmentFile,
} from '../../domain/persistence/assessment-file.ts';
import { mergeAssessments, resolveConflicts, sameContent, sameValue, type Conflict } from '../../domain/persistence/merge.ts';
import { FILE_PREFIX as PREFIX, LAST_KEY as LAST, workingLocalStorage } from './keys.ts';

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };
/** A save reports the version actually written, which includes another window's changes when it had some. */
export type SavedFile = { ok: true; file: AssessmentFile } | { ok: false; reason: 'unavailable' | 'full' };

/**
 * File objects that are exactly a stored version (read from storage, or written to it by this window). A copy
 * opened from one of them is based on that version: object identity is what links the two, since the
 * questionnaire keeps the opened object as is until the user changes something.
 */
const storedVersions = new WeakSet<AssessmentFile>();
/** Per assessment id: the stored version this window's copy in memory is based on — the base of the next merge. */
const basis = new Map<string, AssessmentFile>();
/** Per assessment id: the object last noted as opened, so that noting the same object again does not rewind the basis. */
const lastOpened = new Map<string, AssessmentFile>();

function remember(file: AssessmentFile): AssessmentFile {
  storedVersions.add(file);
  return file;
}

const storage = workingLocalStorage;

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)
  );
}

export function storageAvailable(): boolean {
  return storage() !== null;
}

function write(s: Storage, file: AssessmentFile): SaveResult {
  try {
    s.setItem(PREFIX + file.id, JSON.stringify(file));
    remember(file);
    s.setItem(LAST, file.id);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: isQuotaError(e) ? 'full' : 'unavailable' };
  }
}

/** The stored version of an assessment, parsed; undefined when there is none or it cannot be read. */
function readStored(s: Storage, id: string): AssessmentFile | undefined {
  const text = s.getItem(PREFIX + id);
  if (text === null) return undefined;
  const parsed = parseAssessmentText(text);
  return parsed.ok ? remember(parsed.value) : undefined;
}

/**
 * Save a file the user acted on outside the questionnaire (a link opened, the library's rename, duplicate,
 * import, undo). `from` is the version the change was made to: when another window has written since, its
 * changes are kept and the user's action is applied on top (the action is explicit, so it wins where both differ).
 */
export function saveAssessment(file: AssessmentFile, from?: AssessmentFile): SavedFile {
  const s = storage();
  if (!s) return { ok: false, reason: 'unavailable' };
  let out = file;
  try {
    const theirs = from ? readStored(s, file.id) : undefined;
    if (from && theirs && from.id === file.id && !sameValue(theirs, from)) {
      const m = mergeAssessments(from, file, theirs);
      out = m.conflicts.some((c) => c.kind === 'file') ? file : m.merged;
    }
  } catch {
    /* unreadable: write the user's version, as before */
  }
  const r = write(s, out);
  return r.ok ? { ok: true, file: out } : r;
}

/**
 * Note that the questionnaire now holds `file`. When it is a stored version (read or written here), this
 * window's copy is based on it from now on. Any other object (an edited copy) leaves the basis as it is.
 */
export function noteOpened(file: AssessmentFile | null | undefined): void {
  if (!file || !storedVersions.has(file) || lastOpened.get(file.id) === file) return;
  lastOpened.set(file.id, file);
  basis.set(file.id, file);
}

/** The choices a user made for conflicts, by conflict key. */
export type Choices = ReadonlyMap<string, 'mine' | 'theirs'>;

export type CommitOutcome =
  | { readonly kind: 'unavailable' }
  | {
      readonly kind: 'committed';
      /** How the write went; null when storage already held exactly this. */
      readonly write: SaveResult | null;
      /** The version to show instead of the one given, when another window's changes came in. */
      readonly show?: AssessmentFile;
      /** Another window's changes: none, theirs alone (nothing here to combine), or combined with this window's. */
      readonly incoming: 'none' | 'theirs' | 'combined';
      /** Edits the two windows made differently and the user has not chosen for: not written, left as mine on screen. */
      readonly conflicts: readonly Conflict[];
    };

function atPosition(file: AssessmentFile, position: string | undefined): AssessmentFile {
  const { position: _p, ...rest } = file;
  return position === undefined ? rest : { ...rest, position };
}

/** The merge base when this window has no basis for a stored record: nothing in common, so any difference is a conflict. */
function emptyBase(mine: AssessmentFile): AssessmentFile {
  const { position: _p, review: _r, campaign: _c, ...rest } = mine;
  return { ...rest, meta: { name: '', organisation: '', venueName: '' }, answers: {}, actions: {}, annotations: {}, manualFindings: [] };
}

/**
 * Compare-before-write save of this window's copy (`mine`): re-read the stored record and, when another window
 * wrote since this copy's basis, merge instead of overwriting. What is written never drops anything the other
 * window saved: conflicting edits stay as the other window saved them (this window's values stay on screen and
 * are returned as conflicts) until `choices` settle them. Everything that does not conflict is written.
 *
 * The caller must show `show` when given: the basis moves on to include the other window's changes.
 */
export function commitAssessment(mine: AssessmentFile, choices: Choices = new Map()): CommitOutcome {
  const s = storage();
  if (!s) return { kind: 'unavailable' };
  let theirs: AssessmentFile | undefined;
  try {
    theirs = readStored(s, mine.id);
  } catch {
    return { kind: 'unavailable' };
  }
  if (!theirs) {
    // Nothing readable is stored (new, deleted in another window, or damaged): writing loses nothing saved.
    const r = write(s, mine);
    if (r.ok) basis.set(mine.id, mine);
    return { kind: 'committed', write: r, incoming: 'none', conflicts: [] };
  }

  const base = basis.get(mine.id) ?? emptyBase(mine);
  if (sameValue(theirs, base) && choices.size === 0) {
    // Nobody else wrote since this copy's basis: the ordinary save, without merging (which would give `mine`).
    const r = sameValue(mine, theirs) ? null : write(s, mine);
    if (r?.ok) basis.set(mine.id, mine);
    return { kind: 'committed', write: r, incoming: 'none', conflicts: [] };
  }
  let { merged, conflicts } = mergeAssessments(base, mine, theirs);
  const plan = () => {
    const chosen = conflicts.filter((c) => choices.has(c.key));
    const open = conflicts.filter((c) => !choices.has(c.key));
    const screen = resolveConflicts(merged, chosen, (c) => choices.get(c.key) ?? 'mine');
    // Stored: everything that does not conflict, and the other window's values where it does.
    const toStore = resolveConflicts(screen, open, () => 'theirs');
    return { open, screen, toStore };
  };
  let p = plan();
  if (!parseAssessment(p.toStore).ok || !parseAssessment(p.screen).ok) {
    // Choices across pieces broke a file-wide limit: settle the whole file instead.
    conflicts = [{ kind: 'file', key: 'file', base, mine, theirs }];
    merged = mine;
    p = plan();
  }

  const r = sameValue(p.toStore, theirs) ? null : write(s, p.toStore);
  const nowStored = r?.ok ? p.toStore : theirs;
  // The next merge starts from what is stored now — except that conflicts still start from the common base, so
  // they stay conflicts (and are not mistaken for this window changing the other window's values).
  // Where the user is belongs to this window: the basis keeps this window's position, so that another window
  // moving does not make this one write its own position back in reply (two windows answering each other).
  const next = p.open.length ? resolveConflicts(nowStored, p.open, () => 'base') : nowStored;
  basis.set(mine.id, sameValue(next.position, mine.position) ? next : atPosition(next, mine.position));

  const shown = !p.open.length && sameValue(p.screen, nowStored) ? nowStored : p.screen;
  const show = sameContent(shown, mine) ? undefined : shown;
  // The caller shows `show`; noting it as opened must not move the basis set just above.
  if (show) lastOpened.set(mine.id, show);
  const incoming = sameContent(theirs, base) ? 'none' : sameContent(mine, base) ? 'theirs' : 'combined';
  return { kind: 'committed', write: r, ...(show ? { show } : {}), incoming, conflicts: p.open };
}

/** A stored assessment, validated (and migrated) like an imported file; undefined if absent or unreadable. */
export function loadAssessment(id: string): AssessmentFile | undefined {
  const s = storage();
  if (!s) return undefined;
  try {
    return readStored(s, id);
  } catch {
    return undefined;
  }
}

/** Every readable stored assessment, most recently updated first. */
export function listAssessments(): AssessmentFile[] {
  const s = storage();
  if (!s) return [];
  const out: AssessmentFile[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (!key || !key.startsWith(PREFIX)) continue;
      const file = loadAssessment(key.slice(PREFIX.length));
      if (file) out.push(file);
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function deleteAssessment(id: string): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.removeItem(PREFIX + id);
    if (s.getItem(LAST) === id) s.removeItem(LAST);
    return true;
  } catch {
    return false;
  }
}

export function lastAssessmentId(): string | undefined {
  const s = storage();
  try {
    return s?.getItem(LAST) ?? undefined;
  } catch {
    return undefined;
  }
}

export function forgetLast(): void {
  try {
    storage()?.removeItem(LAST);
  } catch {
    /* nothing to forget */
  }
}

/** Whether a storage event concerns this assessment (another tab saved it). */
export function storageKeyFor(id: string): string {
  return PREFIX + id;
}

/** Offer the assessment as a JSON file download. */
export function downloadAssessment(file: AssessmentFile): void {
  const blob = new Blob([serialiseAssessment(file)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileSlug(file.meta.name)}-${file.id.slice(0, 6)}.face-pia.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fileSlug(name: string): string {
  const s = name.trim().replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 60) || 'assessment';
}
