import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale, Localized } from '../../domain/locale.ts';
import { progress } from '../../domain/questions/bank.ts';
import { scopeOf } from '../../domain/machine/navigation.ts';
import { fitName, MAX_FILE_BYTES, megabytes, parseAssessmentText, randomId, type AssessmentFile, type ParseResult } from '../../domain/persistence/assessment-file.ts';
import { copyName } from '../../domain/persistence/copy-name.ts';
import { formatDate, formatDateTime, type Translate } from '../../i18n/core.ts';
import { PageHeading } from './PageHeading.tsx';
import { focusAfterRender } from '../focus.ts';
import { ErrorMessage } from './ErrorSummary.tsx';
import { loadBankText } from '../../domain/questions/bank-text.ts';
import { LimitNote, describedBy, limitNoteId } from './fields/LimitNote.tsx';

export interface LibraryActions {
  open: (file: AssessmentFile) => void;
  /**
   * Persist a file (new, renamed, duplicated, restored, imported); false when storage failed. `from` is the
   * listed version a change was made to, so that what another window saved since is kept.
   */
  save: (file: AssessmentFile, from?: AssessmentFile) => boolean;
  remove: (file: AssessmentFile) => void;
  exportFile: (file: AssessmentFile) => void;
}

type Notice = { text: string; undo?: AssessmentFile; open?: AssessmentFile } | null;

/** A report PDF is larger than an assessment file; refuse anything beyond this before reading it. */
const MAX_PDF_BYTES = 30_000_000;

/** "Your assessments": open, rename, duplicate, delete (with undo), export and import. */
export function Library({
  items,
  startHref,
  actions,
  locale,
  t,
}: {
  items: readonly AssessmentFile[];
  startHref: string;
  actions: LibraryActions;
  locale: Locale;
  t: Translate;
}) {
  const [notice, setNotice] = useState<Notice>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [renameError, setRenameError] = useState(false);
  const [importErrors, setImportErrors] = useState<{ file: string; messages: string[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const importErrorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (importErrors) importErrorRef.current?.focus();
  }, [importErrors]);
  const name = (f: AssessmentFile) => f.meta.name || t('library.untitled');
  const now = () => new Date().toISOString();
  const say = (n: Notice) => {
    setNotice(n);
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  const rename = (f: AssessmentFile) => {
    const v = newName.trim();
    if (!v) {
      setRenameError(true);
      focusAfterRender(() => document.getElementById(renameIdOf(f.id)));
      return;
    }
    setRenameError(false);
    const next = { ...f, meta: { ...f.meta, name: fitName(v) }, updatedAt: now() };
    actions.save(next, f);
    setRenaming(null);
    say({ text: t('library.renamed', { name: next.meta.name }) });
  };
  const duplicate = (f: AssessmentFile) => {
    const named = copyName((n) => t('library.duplicateName', { name: name(f), n }), items.map((x) => x.meta.name));
    const copy: AssessmentFile = { ...f, id: randomId(), meta: { ...f.meta, name: named }, createdAt: now(), updatedAt: now() };
    actions.save(copy);
    say({ text: t('library.duplicated', { name: named }) });
  };
  const remove = (f: AssessmentFile) => {
    actions.remove(f);
    say({ text: t('library.deleted', { name: name(f) }), undo: f });
  };
  const undo = (f: AssessmentFile) => {
    actions.save(f);
    say({ text: t('library.restored', { name: name(f) }) });
  };
  const importFile = async (e: Event) => {
    e.preventDefault();
    // An earlier import's or rename's notice does not stay beside this attempt's result.
    setNotice(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setImportErrors({ file: '', messages: [t('library.importNoFile')] });
      return;
    }
    let parsed: ParseResult;
    try {
      parsed = await readImport(file);
    } catch (err) {
      setImportErrors({ file: file.name, messages: [t('library.importReadFailed', { message: err instanceof Error ? err.message : String(err) })] });
      return;
    }
    if (!parsed.ok) {
      // The messages name the questions in their own words, which load a section at a time.
      await loadBankText(locale).catch(() => undefined);
      setImportErrors({ file: file.name, messages: parsed.errors.map((m) => safeText(m, locale)) });
      return;
    }
    setImportErrors(null);
    const exists = items.some((x) => x.id === parsed.value.id);
    // A copy of one already here gets a name of its own, so the two can be told apart in the list.
    const value = exists ? { ...parsed.value, id: randomId(), meta: { ...parsed.value.meta, name: copyName((n) => t('library.importedCopyName', { name: parsed.value.meta.name, n }), items.map((x) => x.meta.name)) } } : parsed.value;
    const stored = actions.save(value);
    if (fileInput.current) fileInput.current.value = '';
    say({ text: t(exists ? 'library.importedCopy' : 'library.imported', { name: name(value) }), open: value });
    if (!stored) actions.open(value);
  };

  return (
    <div class="library">
      <PageHeading class="heading-xl">{t('library.title')}</PageHeading>
      <p class="body">{t('library.intro')}</p>
      <div class="notice-region" ref={noticeRef} tabIndex={-1} role="status">
        {notice ? (
          <div class="notification">
            <p>{notice.text}</p>
            {notice.open ? (
              <button type="button" class="button button--small" onClick={() => actions.open(notice.open!)} data-testid="open-imported">
                {t('library.openImported', { name: name(notice.open) })}
              </button>
            ) : null}
            {notice.undo ? (
              <button type="button" class="button button--secondary button--small" onClick={() => undo(notice.undo!)}>
                {t('library.undo')}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <p>
        <a class="button" href={startHref} data-testid="new-assessment">
          {t('library.new')}
        </a>
      </p>
      {items.length === 0 ? (
        <p class="body">{t('library.empty')}</p>
      ) : (
        <ul class="assessment-list" aria-label={t('library.tableCaption')}>
          {items.map((f) => {
            const p = progress(f.answers, scopeOf(f));
            const n = name(f);
            const renameId = renameIdOf(f.id);
            return (
              <li class="assessment-card" key={f.id} data-assessment={f.id}>
                <h2 class="heading-m assessment-card__name">{n}</h2>
                <p class="assessment-card__meta hint">
                  {f.meta.organisation} · {f.meta.venueName}
                  <br />
                  {t('library.col.updated')}{t('app.colon')}{formatDateTime(f.updatedAt, locale)} · {t('library.col.progress')}{t('app.colon')}{t('library.progress', p)}
                  {/* The assessment a regulator's campaign asked for, and by when. */}
                  {f.campaign ? (
                    <>
                      <br />
                      <span data-testid="card-campaign">
                        {t('library.campaign', { name: f.campaign.name, authority: f.campaign.authority })}
                        {f.campaign.deadline ? t('library.campaignDeadline', { date: formatDate(f.campaign.deadline, locale) }) : ''}
                      </span>
                    </>
                  ) : null}
                </p>
                {renaming === f.id ? (
                  <form
                    class="rename-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      rename(f);
                    }}
                  >
                    <label class="label" for={renameId}>
                      {t('library.renameLabel')}
                    </label>
                    {renameError ? <ErrorMessage id={`${renameId}-error`} text={t('library.renameEmpty')} t={t} /> : null}
                    <input
                      class={`input${renameError ? ' input--error' : ''}`}
                      id={renameId}
                      type="text"
                      aria-invalid={renameError ? 'true' : undefined}
                      aria-describedby={describedBy(!!renameError && `${renameId}-error`, limitNoteId(renameId, newName, 200))}
                      maxLength={200}
                      value={newName}
                      onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)}
                      ref={(el) => el?.focus()}
                    />
                    <LimitNote id={`${renameId}-limit`} value={newName} max={200} t={t} />
                    <div class="button-group">
                      <button type="submit" class="button button--small">
                        {t('library.renameSave')}
                      </button>
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        onClick={() => {
                          setRenaming(null);
                          focusAfterRender(() => document.querySelector<HTMLElement>(`[data-rename="${f.id}"]`));
                        }}
                      >
                        {t('library.cancel')}
                      </button>
                    </div>
                  </form>
                ) : (
                  <div class="button-group assessment-card__actions">
                    <button type="button" class="button button--small" onClick={() => actions.open(f)} aria-label={t('library.openNamed', { name: n })}>
                      {t('library.open')}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      aria-label={t('library.renameNamed', { name: n })}
                      data-rename={f.id}
                      onClick={() => {
                        setNewName(f.meta.name);
                        setRenameError(false);
                        setRenaming(f.id);
                      }}
                    >
                      {t('library.rename')}
                    </button>
                    <button type="button" class="button button--secondary button--small" onClick={() => duplicate(f)} aria-label={t('library.duplicateNamed', { name: n })}>
                      {t('library.duplicate')}
                    </button>
                    <button type="button" class="button button--secondary button--small" onClick={() => actions.exportFile(f)} aria-label={t('library.exportNamed', { name: n })}>
                      {t('library.export')}
                    </button>
                    <button type="button" class="button button--warning button--small" onClick={() => remove(f)} aria-label={t('library.deleteNamed', { name: n })}>
                      {t('library.delete')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h2 class="heading-m">{t('library.importTitle')}</h2>
      {importErrors ? (
        <div class="error-summary" tabIndex={-1} ref={importErrorRef}>
          <div role="alert">
            <h3 class="error-summary__title">{importErrors.file ? t('library.importErrorTitle', { file: importErrors.file }) : t('library.importErrorTitleNoFile')}</h3>
            <ul class="error-summary__list error-summary__list--plain" data-testid="import-errors" id="import-errors">
              {importErrors.messages.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <form class="import-form" onSubmit={importFile}>
        <div class={`form-group${importErrors ? ' form-group--error' : ''}`}>
          <label class="label" for="import-file">
            {t('library.importLabel')}
          </label>
          <div class="hint" id="import-file-hint">
            {t('library.importHint')}
          </div>
          <input
            class="file-upload"
            id="import-file"
            type="file"
            accept=".json,application/json,.pdf,application/pdf"
            ref={fileInput}
            aria-describedby={importErrors ? 'import-file-hint import-errors' : 'import-file-hint'}
            aria-invalid={importErrors ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="button button--secondary">
          {t('library.importButton')}
        </button>
      </form>
    </div>
  );
}

/**
 * Read an imported file: a report PDF (it carries the assessment) or an assessment JSON file. Size is checked
 * before reading, the kind by the first bytes (not the name), and every error is returned for the user.
 */
async function readImport(file: File): Promise<ParseResult> {
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const isPdf = new TextDecoder('latin1').decode(head).includes('%PDF-');
  const tooLarge = (max: number): ParseResult => ({
    ok: false,
    errors: [
      {
        'zh-CN': `文件过大（${megabytes(file.size)}），不能超过 ${megabytes(max)}。`,
        en: `The file is too large (${megabytes(file.size)}); the limit is ${megabytes(max)}.`,
      },
    ],
  });
  if (isPdf) {
    if (file.size > MAX_PDF_BYTES) return tooLarge(MAX_PDF_BYTES);
    const { extractAssessmentFromPdf } = await import('../../domain/persistence/pdf-carrier.ts');
    return extractAssessmentFromPdf(new Uint8Array(await file.arrayBuffer()));
  }
  if (file.size > MAX_FILE_BYTES) return tooLarge(MAX_FILE_BYTES);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      errors: [{ 'zh-CN': '这个文件不是 UTF-8 文本，也不是报告 PDF，无法作为评估文件导入。', en: 'This file is neither UTF-8 text nor a report PDF, so it cannot be imported as an assessment.' }],
    };
  }
  return parseAssessmentText(text.replace(/^\uFEFF/, ''));
}

/** A message in the user's language; if its question's words could not be loaded (offline), the other parts. */
function safeText(m: Localized, locale: Locale): string {
  try {
    return m[locale];
  } catch {
    return locale === 'zh-CN' ? '文件中有一个回答无效。' : 'An answer in the file is not valid.';
  }
}

const renameIdOf = (id: string) => `rename-${id}`;
