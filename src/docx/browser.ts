/**
 * Browser entry of the Word export. The renderer and the `docx` library are imported only when a Word file is
 * asked for, so they never weigh on the first load of the results page.
 */
import type { ReportModel } from '../domain/report/report-model.ts';
import type { RenderDocxOptions } from './render-docx.ts';

const MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A safe file name ending in .docx (no path separators or characters Windows refuses). */
export function docxFileName(name: string): string {
  const base = name.replace(/\.docx$/i, '').replace(/[\u0000-\u001F<>:"/\\|?*]+/g, '-').trim().slice(0, 120) || 'face-pia-report';
  return `${base}.docx`;
}

/** Render the report as .docx and hand it to the browser as a download. */
export async function downloadReportDocx(model: ReportModel, fileName: string, opts: RenderDocxOptions = {}): Promise<void> {
  const { renderReportDocx } = await import('./render-docx.ts');
  const bytes = await renderReportDocx(model, opts);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME });
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = docxFileName(fileName);
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Let the download start before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
