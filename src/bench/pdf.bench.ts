/**
 * PDF figures for `npm run bench` (issue 4): report time cold (reading and parsing the fonts included) and
 * warm (fonts already parsed, as for a second download), the short report, sizes, and the same document through
 * jsPDF's stock TrueType path for the ratio. In Node, and in headless Chromium (Playwright, /usr/bin/chromium)
 * when it is available.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAssessmentText, type AssessmentFile } from '../domain/persistence/assessment-file.ts';
import { buildReport } from '../domain/report/build-report.ts';
import { FontSet, clearFontCache } from '../pdf/font/fonts.ts';
import { FONT_DIR, nodeFontSource } from '../pdf/node.ts';
import { makeReportPdf } from '../pdf/report.ts';

import { median } from './stats.ts';

type Figure = { name: string; value: number; unit: string; target?: string };

const root = join(import.meta.dirname, '..', '..');

function example(name: string): AssessmentFile {
  const r = parseAssessmentText(readFileSync(join(root, 'public', 'examples', `${name}.json`), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.value;
}

/** The sample (of the two the issue names) whose zh-CN report model is longest. */
export function richestSample(): string {
  const len = (n: string) => JSON.stringify(buildReport(example(n), 'zh-CN')).length;
  return ['transport-hub', 'scenic-area'].sort((a, b) => len(b) - len(a))[0]!;
}

async function timed(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

export async function pdfBench(): Promise<Figure[]> {
  const jspdf = await import('jspdf');
  const rich = richestSample();
  const richFile = example(rich);
  const shortFile = example('gym');
  const richModel = buildReport(richFile, 'zh-CN');
  const shortModel = buildReport(shortFile, 'zh-CN');
  const source = nodeFontSource();
  await FontSet.load(source); // make sure the fonts exist (built on first use)
  const figures: Figure[] = [];

  const cold = (model: typeof richModel, file: AssessmentFile) => async () => {
    clearFontCache();
    const fonts = await FontSet.load(source);
    return makeReportPdf(model, file, { jspdf, fonts });
  };
  const fonts = await FontSet.load(source);
  const warm = (model: typeof richModel, file: AssessmentFile) => () => makeReportPdf(model, file, { jspdf, fonts });

  const richPdf = await warm(richModel, richFile)();
  figures.push({ name: `pdf: full zh-CN report (${rich}), cold incl. font parsing, Node`, value: await timed(cold(richModel, richFile), 7), unit: 'ms', target: '≤ 1500' });
  figures.push({ name: `pdf: full zh-CN report (${rich}), fonts already parsed, Node`, value: await timed(warm(richModel, richFile), 7), unit: 'ms' });
  figures.push({ name: 'pdf: short zh-CN report (gym), cold incl. font parsing, Node', value: await timed(cold(shortModel, shortFile), 7), unit: 'ms', target: '≤ 400' });
  figures.push({ name: 'pdf: short zh-CN report (gym), fonts already parsed, Node', value: await timed(warm(shortModel, shortFile), 7), unit: 'ms', target: '≤ 400' });
  figures.push({ name: `pdf: full zh-CN report (${rich}) size`, value: Math.round(richPdf.bytes.length / 1024), unit: 'KB', target: '≤ 600' });
  figures.push({ name: `pdf: full zh-CN report (${rich}) pages`, value: richPdf.pages, unit: 'pages' });
  const retail = example('retail');
  const retailPdf = await warm(buildReport(retail, 'zh-CN'), retail)();
  figures.push({ name: 'pdf: largest sample zh-CN report (retail) size', value: Math.round(retailPdf.bytes.length / 1024), unit: 'KB', target: '≤ 600' });
  figures.push({ name: 'pdf: largest sample zh-CN report (retail), fonts already parsed, Node', value: await timed(warm(buildReport(retail, 'zh-CN'), retail), 5), unit: 'ms' });

  // jsPDF's stock path on the same document: the build-time subset as base64, doc.text(), jsPDF's subsetting.
  const b64 = (f: string) => Buffer.from(readFileSync(join(FONT_DIR, f))).toString('base64');
  const stockFonts = { regular: b64('NotoSansSC-Regular.ttf'), bold: b64('NotoSansSC-Bold.ttf') };
  const stock = await timed(() => makeReportPdf(richModel, richFile, { jspdf, fonts, mode: 'stock', stockFonts }), 3);
  const ours = await timed(cold(richModel, richFile), 3);
  const stockPdf = await makeReportPdf(richModel, richFile, { jspdf, fonts, mode: 'stock', stockFonts });
  figures.push({ name: `pdf: same report through jsPDF's stock TrueType path, Node`, value: stock, unit: 'ms' });
  figures.push({ name: `pdf: same report through jsPDF's stock TrueType path, size`, value: Math.round(stockPdf.bytes.length / 1024), unit: 'KB' });
  figures.push({ name: 'pdf: stock path time ÷ ours (cold)', value: Math.round((stock / ours) * 10) / 10, unit: '×' });

  const browser = await browserBench(rich).catch((e: unknown) => {
    console.warn(`pdf bench: headless Chromium skipped (${e instanceof Error ? e.message : String(e)})`);
    return [];
  });
  return [...figures, ...browser];
}

/** The same in headless Chromium: the browser bundle of the renderer, fonts fetched over a routed URL. */
export async function browserBench(rich: string): Promise<Figure[]> {
  const exe = '/usr/bin/chromium';
  if (!existsSync(exe)) throw new Error('no /usr/bin/chromium');
  const { build } = await import('esbuild');
  const entry = join(import.meta.dirname, 'pdf-browser-entry.ts');
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, platform: 'browser', define: { 'import.meta.env.BASE_URL': '"/"' }, logLevel: 'silent' });
  const code = out.outputFiles[0]!.text;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.route('http://localhost:4999/**', async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><body></body>' });
      if (path === '/bench.js') return route.fulfill({ contentType: 'text/javascript', body: code });
      if (path.startsWith('/examples/')) return route.fulfill({ contentType: 'application/json', body: readFileSync(join(root, 'public', path)) });
      if (path.startsWith('/fonts/')) return route.fulfill({ body: readFileSync(join(FONT_DIR, path.slice('/fonts/'.length))) });
      return route.fulfill({ status: 404 });
    });
    await page.goto('http://localhost:4999/');
    await page.addScriptTag({ url: 'http://localhost:4999/bench.js', type: 'module' });
    await page.waitForFunction(() => 'pdfBenchRun' in globalThis);
    const r = await page.evaluate(async (name) => (globalThis as unknown as { pdfBenchRun: (n: string) => Promise<Record<string, number>> }).pdfBenchRun(name), rich);
    return [
      { name: `pdf: full zh-CN report (${rich}), cold incl. font fetch + parsing, Chromium`, value: r.richCold!, unit: 'ms', target: '≤ 1500' },
      { name: `pdf: full zh-CN report (${rich}), fonts already parsed, Chromium`, value: r.richWarm!, unit: 'ms', target: '≤ 1500' },
      { name: 'pdf: short zh-CN report (gym), fonts already parsed, Chromium', value: r.shortWarm!, unit: 'ms', target: '≤ 400' },
      { name: 'pdf: short zh-CN report (gym), cold incl. font fetch + parsing, Chromium', value: r.shortCold!, unit: 'ms', target: '≤ 400' },
    ];
  } finally {
    await browser.close();
  }
}
