/**
 * Check a report PDF: npx tsx src/pdf/verify.ts REPORT.pdf [ASSESSMENT.json]
 *
 * Prints the fingerprint the PDF records (the one printed in its footer), recomputes the SHA-256 fingerprint of
 * the assessment embedded in it, and — given an assessment file — of that file too. Exits 0 when all agree,
 * 1 when they differ, 2 when the PDF carries no readable assessment.
 */
import { readFileSync } from 'node:fs';
import { fingerprint, parseAssessmentText } from '../domain/persistence/assessment-file.ts';
import { extractAssessmentFromPdf, recordedFingerprint } from '../domain/persistence/pdf-carrier.ts';

export async function verifyPdf(pdf: Uint8Array, json?: string): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const parsed = extractAssessmentFromPdf(pdf);
  if (!parsed.ok) return { code: 2, lines: parsed.errors.map((e) => `${e['zh-CN']}\n${e.en}`) };
  const recorded = recordedFingerprint(pdf);
  const embedded = await fingerprint(parsed.value);
  lines.push(`recorded in PDF   ${recorded ?? '(none)'}`);
  lines.push(`embedded file     ${embedded}`);
  let ok = recorded === embedded;
  if (json !== undefined) {
    const f = parseAssessmentText(json);
    if (!f.ok) return { code: 2, lines: [...lines, ...f.errors.map((e) => e.en)] };
    const given = await fingerprint(f.value);
    lines.push(`given file        ${given}`);
    ok = ok && given === embedded;
  }
  lines.push(ok ? 'MATCH 一致' : 'MISMATCH 不一致');
  return { code: ok ? 0 : 1, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [pdf, json] = process.argv.slice(2);
  if (!pdf) {
    console.error('Usage: npx tsx src/pdf/verify.ts REPORT.pdf [ASSESSMENT.json]');
    process.exit(2);
  }
  const r = await verifyPdf(new Uint8Array(readFileSync(pdf)), json ? readFileSync(json, 'utf8') : undefined);
  console.log(r.lines.join('\n'));
  process.exit(r.code);
}
