/** Bundled by pdf.bench.ts (esbuild) and run in headless Chromium: times the report PDF in a real browser. */
import { parseAssessmentText } from '../domain/persistence/assessment-file.ts';
import { buildReport } from '../domain/report/build-report.ts';
import { browserFontSource } from '../pdf/browser.ts';
import { FontSet, clearFontCache } from '../pdf/font/fonts.ts';
import { makeReportPdf } from '../pdf/report.ts';

async function load(name: string) {
  const r = parseAssessmentText(await (await fetch(`/examples/${name}.json`)).text());
  if (!r.ok) throw new Error(name);
  return r.value;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

(globalThis as unknown as { pdfBenchRun: (rich: string) => Promise<Record<string, number>> }).pdfBenchRun = async (rich) => {
  const jspdf = await import('jspdf');
  const source = browserFontSource('/fonts/');
  const out: Record<string, number> = {};
  for (const [key, name, runs] of [['rich', rich, 5], ['short', 'gym', 7]] as const) {
    const file = await load(name);
    const model = buildReport(file, 'zh-CN');
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      clearFontCache();
      const t0 = performance.now();
      const fonts = await FontSet.load(source);
      await makeReportPdf(model, file, { jspdf, fonts });
      const t1 = performance.now();
      await makeReportPdf(model, file, { jspdf, fonts });
      const t2 = performance.now();
      if (i > 0) {
        cold.push(t1 - t0);
        warm.push(t2 - t1);
      }
    }
    out[`${key}Cold`] = Math.round(median(cold));
    out[`${key}Warm`] = Math.round(median(warm));
  }
  return out;
};
