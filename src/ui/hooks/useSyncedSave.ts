/**
 * Autosave that is safe with the same assessment open in two windows (tabs).
 *
 * Every transition of the questionnaire saves at once (so a reload or a crash right after a change loses
 * nothing), through the store's compare-before-write: when another window saved in between, the two versions
 * are merged rather than one overwriting the other. The same happens when the browser reports (a `storage`
 * event) that another window saved this assessment. The merged version is shown in place — same page, and
 * what the user has typed but not submitted stays in the form, because the page is not re-mounted — and the
 * user is told. Edits both windows made differently come back as conflicts for the user to settle; until then
 * this window's values stay on screen and the other window's stay stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Actor } from 'xstate';
import { isReachable, positionToFile, scopeOf, type Position } from '../../domain/machine/navigation.ts';
import { currentPosition, type questionnaireMachine } from '../../domain/machine/questionnaire.machine.ts';
import { stableStringify, type AssessmentFile } from '../../domain/persistence/assessment-file.ts';
import type { Conflict } from '../../domain/persistence/merge.ts';
import type { Translate } from '../../i18n/core.ts';
import { commitAssessment, noteOpened, storageKeyFor, type Choices, type CommitOutcome } from '../storage/assessment-store.ts';

type QuestionnaireActor = Actor<typeof questionnaireMachine>;
type Snapshot = ReturnType<QuestionnaireActor['getSnapshot']>;
export type SaveStatus = { kind: 'ok'; at?: string } | { kind: 'unavailable' } | { kind: 'full' };

/** Phases that show the assessment: where another window's version can be shown in place. */
const SHOWING_FILE = new Set(['tasks', 'question', 'review', 'results']);

export interface SyncedSaveOptions {
  /** The file the questionnaire was started with (it copies it, adding the position): the basis of this window's copy. */
  readonly opened: AssessmentFile | undefined;
  readonly setSave: (s: SaveStatus) => void;
  readonly setNotice: (text: string) => void;
  readonly t: Translate;
}

/** The file as it is saved: with where the user is now. */
function asSaved(snap: Snapshot): { file: AssessmentFile; position: Position } | null {
  const f = snap.context.file;
  if (!f) return null;
  const position = currentPosition(String(snap.value), snap.context);
  return { file: { ...f, position: positionToFile(position) ?? f.position }, position };
}

export function useSyncedSave(actor: QuestionnaireActor, options: SyncedSaveOptions) {
  /** The open conflicts, with the assessment they belong to (another one may be opened before they are settled). */
  const [pending, setPending] = useState<{ readonly id: string; readonly conflicts: readonly Conflict[] } | null>(null);
  /** The last version saved or shown, so a transition that changes nothing saved does not write again. */
  const lastSaved = useRef('');
  const opts = useRef(options);
  opts.current = options;

  const apply = (o: CommitOutcome, id: string, at: Position, resolved: boolean) => {
    const { setSave, setNotice, t } = opts.current;
    if (o.kind === 'unavailable') {
      setSave({ kind: 'unavailable' });
      return;
    }
    // null: nothing needed writing (storage already holds this window's version), so the status stands.
    if (o.write) setSave(o.write.ok ? { kind: 'ok', at: new Date().toISOString() } : { kind: o.write.reason });
    let gone = false;
    if (o.show) {
      // Show it where the user is; it is already stored (or will be retried), so do not save it straight back.
      gone = !isReachable(at, true, o.show.answers, scopeOf(o.show));
      lastSaved.current = stableStringify({ ...o.show, position: positionToFile(at) ?? o.show.position });
      actor.send({ type: 'assessment.open', file: o.show, position: at });
    }
    setPending(o.conflicts.length ? { id, conflicts: o.conflicts } : null);
    if (o.conflicts.length) return; // the conflict notice says it all
    const goneNote = gone ? ` ${t('storage.questionGone')}` : '';
    // When the write failed, the storage warning says so; "saved" would not be true.
    if (resolved && (!o.write || o.write.ok)) setNotice(t('conflict.saved') + goneNote);
    else if (o.incoming !== 'none') setNotice(t(o.incoming === 'combined' ? 'storage.merged' : 'storage.otherTab') + goneNote);
  };

  useEffect(() => {
    noteOpened(opts.current.opened);
    const persist = (snap: Snapshot) => {
      noteOpened(snap.context.file);
      const saved = asSaved(snap);
      if (!saved) return;
      const text = stableStringify(saved.file);
      if (text === lastSaved.current) return;
      lastSaved.current = text;
      apply(commitAssessment(saved.file), saved.file.id, saved.position, false);
    };
    persist(actor.getSnapshot());
    const sub = actor.subscribe(persist);

    // Another window saved this assessment: merge its version with this one now, not at the next change.
    const onStorage = (e: StorageEvent) => {
      const snap = actor.getSnapshot();
      const f = snap.context.file;
      // A deletion is left alone (this window's next change brings the file back); so are the library and the
      // start form, where no copy is on screen — the next save from a question page merges then.
      if (!f || e.key !== storageKeyFor(f.id) || e.newValue === null || !SHOWING_FILE.has(String(snap.value))) return;
      const saved = asSaved(snap);
      if (saved) apply(commitAssessment(saved.file), saved.file.id, saved.position, false);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      sub.unsubscribe();
      window.removeEventListener('storage', onStorage);
    };
  }, [actor]);

  /** The user's choices for the conflicts: save them (merging once more, in case the other window saved again). */
  const resolve = (choices: Choices) => {
    const saved = asSaved(actor.getSnapshot());
    if (!saved) return;
    apply(commitAssessment(saved.file, choices), saved.file.id, saved.position, true);
    // The notice (and the button that had focus) is gone: start again from the page's heading.
    setTimeout(() => document.querySelector<HTMLElement>('[data-page-heading]')?.focus(), 0);
  };

  // Shown only with their assessment on screen; elsewhere (the library, another assessment) they wait, and the
  // next save of their assessment finds them again, since the store still holds their common base.
  const snap = actor.getSnapshot();
  const showing = pending && snap.context.file?.id === pending.id && SHOWING_FILE.has(String(snap.value));
  return { conflicts: showing ? pending.conflicts : null, resolve };
}
