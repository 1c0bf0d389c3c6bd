/**
 * Reading the assessment back out of a Face PIA report PDF. The report embeds the assessment file as an
 * uncompressed PDF attachment (an /EmbeddedFile stream named assessment.json, described with the SHA-256
 * fingerprint), so this pure function needs no PDF library and no inflate: it finds that stream, reads exactly
 * /Length bytes and parses them like any imported file.
 */
import { t, type Localized } from '../locale.ts';
import { parseAssessmentText, type ParseResult } from './assessment-file.ts';

export const PDF_ATTACHMENT_NAME = 'assessment.json';

const NOT_PDF = t('这不是 PDF 文件。', 'This is not a PDF file.');
const NO_ASSESSMENT = t(
  '这个 PDF 中没有内嵌的评估文件。只有本工具生成的评估报告 PDF 才能导入；也可以导入评估 JSON 文件。',
  'This PDF carries no assessment. Only report PDFs made by this tool can be imported; you can also import the assessment JSON file.',
);
const RECOMPRESSED = t(
  '这个 PDF 中的评估文件已被其他程序重新压缩或加密，无法读取。请导入原始报告 PDF 或评估 JSON 文件。',
  'The assessment inside this PDF was recompressed or encrypted by another program and cannot be read. Import the original report PDF or the assessment JSON file.',
);
const damaged = (detail: string | Localized): Localized => {
  const d = typeof detail === 'string' ? t(detail, detail) : detail;
  return t(`这个 PDF 中内嵌的评估文件已损坏（${d['zh-CN']}）。请导入原始报告 PDF 或评估 JSON 文件。`, `The assessment inside this PDF is damaged (${d.en}). Import the original report PDF or the assessment JSON file.`);
};

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  return s;
}

/** The embedded stream's bytes and the fingerprint recorded beside it, or an error. */
export function findEmbeddedAssessment(bytes: Uint8Array): { ok: true; json: Uint8Array; fingerprint?: string } | { ok: false; error: Localized } {
  const text = latin1(bytes.subarray(0, Math.min(bytes.length, 1024)));
  if (!text.includes('%PDF-')) return { ok: false, error: NOT_PDF };
  const all = latin1(bytes);
  const re = /\/Type\s*\/EmbeddedFile\b/g;
  let m: RegExpExecArray | null;
  let sawCompressed = false;
  let lastError: Localized | undefined;
  while ((m = re.exec(all))) {
    const objStart = all.lastIndexOf(' obj', m.index);
    const streamAt = all.indexOf('stream', m.index);
    if (objStart < 0 || streamAt < 0) continue;
    const dict = all.slice(objStart, streamAt);
    if (!/\/Subtype\s*\/application#2Fjson/.test(dict)) continue;
    if (/\/Filter\b/.test(dict) || /\/Encrypt\b/.test(all)) {
      sawCompressed = true;
      continue;
    }
    const len = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    if (!len) {
      lastError = damaged('/Length');
      continue;
    }
    let start = streamAt + 'stream'.length;
    if (all[start] === '\r') start++;
    if (all[start] === '\n') start++;
    const n = Number(len[1]);
    if (start + n > bytes.length) {
      lastError = damaged(`${n} > ${bytes.length - start} bytes`);
      continue;
    }
    if (!/^\s*endstream/.test(all.slice(start + n, start + n + 20))) {
      lastError = damaged('endstream');
      continue;
    }
    const fp = /SHA-256 ([0-9a-f]{64})/.exec(all.slice(Math.max(0, m.index - 4000), Math.min(all.length, start + n + 4000)));
    return { ok: true, json: bytes.subarray(start, start + n), ...(fp ? { fingerprint: fp[1]! } : {}) };
  }
  if (lastError) return { ok: false, error: lastError };
  return { ok: false, error: sawCompressed ? RECOMPRESSED : NO_ASSESSMENT };
}

/** Import a report PDF: the assessment it carries, validated and migrated exactly like an imported JSON file. */
export function extractAssessmentFromPdf(bytes: Uint8Array): ParseResult {
  const found = findEmbeddedAssessment(bytes);
  if (!found.ok) return { ok: false, errors: [found.error] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(found.json);
  } catch {
    return { ok: false, errors: [damaged('UTF-8')] };
  }
  const parsed = parseAssessmentText(text);
  if (parsed.ok) return parsed;
  return { ok: false, errors: parsed.errors.map((e) => damaged(e)) };
}

/** The fingerprint the PDF records for its embedded assessment (the one printed on every page), if any. */
export function recordedFingerprint(bytes: Uint8Array): string | undefined {
  const found = findEmbeddedAssessment(bytes);
  return found.ok ? found.fingerprint : undefined;
}
