/** Helpers for the PDF tests: assessment files from the scenario fixtures, and text read back with pdfjs-dist. */
import { FORMAT, SCHEMA_VERSION, type AssessmentFile } from '../domain/persistence/assessment-file.ts';
import { BANK_VERSION } from '../domain/questions/bank.ts';
import { scenarioById } from '../domain/scenarios/index.ts';

export const REAL_CASES = ['hangzhou-safari-park', 'huzhou-scenic-area', 'chongqing-fuling-cableway', 'shanghai-putuo-supermarket', 'tianjin-property', 'guangzhou-spoofing'] as const;

export function scenarioFile(id: string, patch: Partial<AssessmentFile> = {}): AssessmentFile {
  const s = scenarioById(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    bankVersion: BANK_VERSION,
    id: `case-${id}`.slice(0, 64),
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-21T10:30:00.000Z',
    assessedAt: '2026-11-21T10:30:00.000Z',
    meta: s.meta,
    answers: s.answers,
    actions: {},
    annotations: {},
    manualFindings: [],
    position: 'results',
    ...patch,
  };
}

/** The text of every page, one string per page, lines joined with "\n". */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    let cur = '';
    const lines: string[] = [];
    for (const it of content.items) {
      if (!('str' in it)) continue;
      cur += it.str;
      if (it.hasEOL) {
        lines.push(cur);
        cur = '';
      }
    }
    if (cur) lines.push(cur);
    pages.push(lines.join('\n'));
  }
  await task.destroy();
  return pages;
}

/** For comparing text across line breaks: drop all white space. */
export const squash = (s: string) => s.replace(/\s+/g, '');
