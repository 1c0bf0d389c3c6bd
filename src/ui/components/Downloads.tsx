import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import { fingerprint, type AssessmentFile } from '../../domain/persistence/assessment-file.ts';
import type { ReportModel } from '../../domain/report/report-model.ts';
import type { MessageKey, Translate } from '../../i18n/translate.ts';
import type { Unprintable } from '../../pdf/unprintable.ts';
import { useJumpTo } from './Staged.tsx';
import { focusAfterRender } from '../focus.ts';

type Kind = 'pdf' | 'a4' | 'a3' | 'docx' | 'json';
const LABELS: Record<Kind, MessageKey> = {
  pdf: 'downloads.pdf',
  a4: 'downloads.signA4',
  a3: 'downloads.signA3',
  docx: 'downloads.docx',
  json: 'downloads.json',
};

/** What each file is called in a sentence ("Ready: the report PDF"), not the button's instruction. */
const NOUNS: Record<Kind, MessageKey> = {
  pdf: 'downloads.noun.pdf',
  a4: 'downloads.noun.a4',
  a3: 'downloads.noun.a3',
  docx: 'downloads.noun.docx',
  json: 'downloads.noun.json',
};

interface Pending {
  readonly kind: Kind;
  readonly list: readonly Unprintable[];
  readonly resolve: (go: boolean) => void;
}

/**
 * The report as files: PDF (in the page's language), the sign as A4 and A3 PDFs, Word, and the assessment file.
 * jsPDF, docx and the fonts are imported only when a button is pressed. Before a PDF is written, characters the
 * fonts cannot print are listed (which character, in which field) and the user decides.
 */
export function Downloads({ report, file, onExportJson, locale, t }: { report: ReportModel; file: AssessmentFile; onExportJson: () => void; locale: Locale; t: Translate }) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPendingState] = useState<Pending | null>(null);
  const live = useRef<Pending | null>(null);
  const setPending = (p: Pending | null) => {
    live.current = p;
    setPendingState(p);
  };
  const pendingRef = useRef<HTMLDivElement>(null);
  // The share section is at the end of the results page, which may still be rendering.
  const jumpTo = useJumpTo();
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pending) pendingRef.current?.focus();
  }, [pending]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  // If the page goes away while a question is open, cancel it.
  useEffect(() => () => live.current?.resolve(false), []);

  const ask = (kind: Kind) => (list: readonly Unprintable[]) => new Promise<boolean>((resolve) => setPending({ kind, list, resolve }));
  const answer = (go: boolean) => {
    const kind = pending?.kind;
    pending?.resolve(go);
    setPending(null);
    // Back to the button that asked.
    if (kind) focusAfterRender(() => document.querySelector<HTMLElement>(`[data-download="${kind}"]`));
  };

  const run = async (kind: Kind) => {
    if (busy) return;
    const what = t(NOUNS[kind]);
    setError(null);
    if (kind === 'json') {
      onExportJson();
      setStatus(t('downloads.done', { what }));
      return;
    }
    setBusy(kind);
    setStatus(t('downloads.working', { what }));
    try {
      let outcome: { status: 'downloaded' | 'cancelled'; filename: string };
      if (kind === 'docx') {
        const [{ downloadReportDocx, docxFileName }, fp] = await Promise.all([import('../../docx/browser.ts'), fingerprint(file)]);
        const name = docxFileName(`${report.meta.reportId}-${locale}`);
        await downloadReportDocx(report, name, { fingerprint: fp });
        outcome = { status: 'downloaded', filename: name };
      } else {
        const pdf = await import('../../pdf/browser.ts');
        const opts = { onUnprintable: ask(kind) };
        // The PDF carries the assessment; imported again, it opens where the report was made: on the results.
        outcome = kind === 'pdf' ? await pdf.downloadReportPdf(report, { ...file, position: 'results' }, opts) : await pdf.downloadSignPdf(report, file, kind === 'a4' ? 'A4' : 'A3', opts);
      }
      setStatus(outcome.status === 'cancelled' ? t('downloads.cancelled', { what }) : t('downloads.downloaded', { what, file: outcome.filename }));
    } catch (e) {
      setStatus('');
      const message = e instanceof Error ? e.message : String(e);
      setError(t(navigator.onLine === false ? 'downloads.failedOffline' : 'downloads.failed', { what, message }));
    } finally {
      setBusy(null);
      setPending(null);
    }
  };

  const button = (kind: Kind, primary = false) => (
    <button
      type="button"
      class={`button${primary ? '' : ' button--secondary'}${busy === kind ? ' button--busy' : ''}`}
      onClick={() => void run(kind)}
      aria-disabled={busy !== null ? 'true' : undefined}
      data-download={kind}
    >
      {busy === kind ? t('downloads.busyLabel', { what: t(LABELS[kind]) }) : t(LABELS[kind])}
    </button>
  );

  return (
    <section class="downloads no-print" aria-labelledby="downloads-title">
      <h2 class="heading-m" id="downloads-title">
        {t('downloads.title')}
      </h2>
      <p class="hint">{t('downloads.intro')}</p>
      <div class="button-group downloads__group">
        {button('pdf', true)}
        {button('docx')}
        {button('json')}
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {t('results.print')}
        </button>
      </div>
      <p class="downloads__subhead">{t('downloads.signHeading')}</p>
      {report.texts.sign.paragraphs.some((p) => /〔|\[/.test(p)) ? (
        <p class="inset inset--warning" data-testid="sign-gaps">
          {t('downloads.signGaps')}
        </p>
      ) : null}
      <div class="button-group downloads__group">
        {button('a4')}
        {button('a3')}
      </div>
      {pending ? (
        // A question in the page, not a modal dialog: a region that takes the focus, where Escape cancels.
        <div
          class="notification notification--warning unprintable"
          ref={pendingRef}
          tabIndex={-1}
          role="region"
          aria-labelledby="unprintable-title"
          aria-describedby="unprintable-intro"
          data-testid="unprintable"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              answer(false);
            }
          }}
        >
          <h3 class="heading-s" id="unprintable-title">
            {pending.list.length === 1 ? t('downloads.unprintableTitleOne') : t('downloads.unprintableTitle', { n: pending.list.length })}
          </h3>
          <p id="unprintable-intro">{t('downloads.unprintableIntro')}</p>
          <ul class="list list--bullet">
            {pending.list.map((u) => (
              <li key={u.codePoint}>
                <span class="unprintable__char" lang="zh-CN">
                  {u.char}
                </span>{' '}
                <span class="hint hint--inline">{u.codePoint}</span> — {t('downloads.unprintableIn', { fields: u.fields.map((f) => `${f.label[locale]} (${f.path})`).join(t('answer.listSeparator')) })}
              </li>
            ))}
          </ul>
          <p>{t('downloads.unprintableAdvice')}</p>
          <div class="button-group">
            <button type="button" class="button" onClick={() => answer(true)}>
              {t('downloads.unprintableGo')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => answer(false)}>
              {t('downloads.unprintableCancel')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <div class="error-summary" ref={errorRef} tabIndex={-1}>
          <div role="alert">
            <h3 class="error-summary__title">{t('downloads.failedTitle')}</h3>
            <p>{error}</p>
          </div>
        </div>
      ) : null}
      <p class="downloads__status" role="status" aria-live="polite" data-testid="download-status">
        {status}
      </p>
      <p class="downloads__share">
        <a href="#share-title" onClick={(e) => jumpTo(e, 'share-title')}>
          {t('share.jump')}
        </a>
      </p>
    </section>
  );
}
