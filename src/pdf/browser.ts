/**
 * Browser entry for the PDFs. Import this module lazily (`await import('../pdf/browser.ts')`) from the results
 * page: jsPDF and the fonts are fetched only when one of these functions is called, never before.
 *
 * Each function checks the text against the fonts first. If some characters cannot be printed, `onUnprintable`
 * (when given) is awaited with the list — show it to the user and resolve `false` to cancel; either way the
 * list is returned so it can be shown. Characters that cannot be printed appear as 〓, never silently dropped.
 */
import type { Locale } from '../domain/locale.ts';
import { loadBankText } from '../domain/questions/bank-text.ts';
import type { AssessmentFile } from '../domain/persistence/assessment-file.ts';
import type { ReportModel } from '../domain/report/report-model.ts';
import { FontSet, type FontSource } from './font/fonts.ts';
import type { FontManifest } from './font/manifest.ts';
import type { ChecklistScope } from './checklist.ts';
import type { PdfContext } from './report.ts';
import type { Unprintable } from './unprintable.ts';

export type { Unprintable } from './unprintable.ts';
export { describeUnprintable } from './unprintable.ts';

export interface DownloadOptions {
  /** Called before the download when characters cannot be printed; resolve false to cancel. */
  readonly onUnprintable?: (list: readonly Unprintable[]) => boolean | Promise<boolean>;
  readonly filename?: string;
}

export type DownloadOutcome = { readonly status: 'downloaded' | 'cancelled'; readonly unprintable: readonly Unprintable[]; readonly bytes: number; readonly filename: string };

function fontBase(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return `${base.endsWith('/') ? base : base + '/'}fonts/`;
}

export function browserFontSource(base: string = fontBase()): FontSource {
  const get = async (file: string) => {
    const res = await fetch(base + file);
    if (!res.ok) throw new Error(`Font ${file}: HTTP ${res.status}`);
    return res;
  };
  return {
    key: `url:${base}`,
    manifest: async () => (await (await get('fonts.json')).json()) as FontManifest,
    load: async (file) => new Uint8Array(await (await get(file)).arrayBuffer()),
  };
}

let context: Promise<PdfContext> | undefined;
/** jsPDF and the fonts, loaded on first use and kept for the next PDF. */
export function pdfContext(): Promise<PdfContext> {
  context ??= Promise.all([import('jspdf'), FontSet.load(browserFontSource())]).then(([jspdf, fonts]) => ({ jspdf, fonts }));
  context.catch(() => (context = undefined));
  return context;
}

function save(bytes: Uint8Array, filename: string) {
  const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function confirm(list: readonly Unprintable[], o: DownloadOptions): Promise<boolean> {
  return list.length === 0 || !o.onUnprintable || (await o.onUnprintable(list));
}

const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'face-pia';

export async function downloadReportPdf(model: ReportModel, file: AssessmentFile, o: DownloadOptions = {}): Promise<DownloadOutcome> {
  // The answers record and the unprintable-character check name questions: their words in the report's language.
  const [ctx] = await Promise.all([pdfContext(), loadBankText(model.locale)]);
  const { checkReport, makeReportPdf } = await import('./report.ts');
  const filename = o.filename ?? `${safe(model.meta.reportId)}-${model.locale}.pdf`;
  const pre = await checkReport(model, file, ctx.fonts);
  if (!(await confirm(pre, o))) return { status: 'cancelled', unprintable: pre, bytes: 0, filename };
  const r = await makeReportPdf(model, file, ctx);
  save(r.bytes, filename);
  return { status: 'downloaded', unprintable: r.unprintable, bytes: r.bytes.length, filename };
}

export async function downloadSignPdf(model: ReportModel, file: AssessmentFile, size: 'A4' | 'A3', o: DownloadOptions = {}): Promise<DownloadOutcome> {
  const [ctx] = await Promise.all([pdfContext(), loadBankText(model.locale)]);
  const { makeSignPdf, checkSign } = await import('./sign.ts');
  const filename = o.filename ?? `${safe(model.meta.venueName || model.meta.reportId)}-sign-${size}-${model.locale}.pdf`;
  const pre = await checkSign(model, file, ctx.fonts);
  if (!(await confirm(pre, o))) return { status: 'cancelled', unprintable: pre, bytes: 0, filename };
  const r = await makeSignPdf(model, file, size, ctx);
  save(r.bytes, filename);
  return { status: 'downloaded', unprintable: r.unprintable, bytes: r.bytes.length, filename };
}

export async function downloadChecklistPdf(venueType: string, locale: Locale, o: Pick<DownloadOptions, 'filename'> = {}, scope: ChecklistScope = {}): Promise<DownloadOutcome> {
  // The checklist names the venue type (the bank's 'common' words).
  const [ctx] = await Promise.all([pdfContext(), loadBankText(locale, ['common'])]);
  const { makeChecklistPdf } = await import('./checklist.ts');
  const filename = o.filename ?? `face-pia-checklist-${venueType}-${locale}.pdf`;
  const r = await makeChecklistPdf(venueType, locale, ctx, scope);
  save(r.bytes, filename);
  return { status: 'downloaded', unprintable: r.unprintable, bytes: r.bytes.length, filename };
}
