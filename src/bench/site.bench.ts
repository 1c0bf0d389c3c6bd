/**
 * Site figures for `npm run bench`: JavaScript per page on first load (gzip) from the built dist/, and
 * Lighthouse (mobile preset, headless Chromium) on the landing, assessment, results (a share link) and law
 * pages, served from dist/ by a small gzip-compressing static server on 127.0.0.1 — as a static host would
 * serve them.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageJs, RETURNING_BUDGET, returningJs } from '../build/budgets.ts';
import { exampleFiles } from '../domain/persistence/examples.ts';
import { assessmentFragment } from '../domain/share/links.ts';
import type { Figure } from './bench.ts';
import { median } from './stats.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.txt': 'text/plain' };

export function serve(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': file.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache' };
    if (/^(text|application\/json|image\/svg|font)/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' }).end(gzipSync(readFileSync(file)));
    } else {
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((r) => server.listen(port, '127.0.0.1', () => r(server)));
}

export async function siteBench(): Promise<Figure[]> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const figures: Figure[] = [];
  const pages = pageJs(dist);
  const pick = (p: string) => pages.find((x) => x.page === p);
  for (const [name, p, target] of [
    ['JS on first load: landing /', 'index.html', 'no JS beyond visible interaction'],
    ['JS on first load: assessment /assessment/ (a first visit: the start form)', 'assessment/index.html', '≤ 50 KB gzip'],
    ['JS on first load: law index /law/', 'law/index.html', 'search only'],
    ['JS on first load: law article /law/pipl-26/', 'law/pipl-26/index.html', 'none'],
    ['JS on first load: guidance /guidance/hotel/', 'guidance/hotel/index.html', 'none'],
  ] as const) {
    const x = pick(p);
    if (x) figures.push({ name, value: x.gzip / 1024, unit: 'KB', target });
  }
  for (const r of returningJs(dist)) figures.push({ name: `JS for a returning visit: ${r.page} (wizard + a question page)`, value: r.gzip / 1024, unit: 'KB', target: `budget ${RETURNING_BUDGET.maxGzip / 1024} KB` });
  const maxStatic = Math.max(...pages.filter((x) => !x.page.includes('assessment/')).map((x) => x.gzip));
  figures.push({ name: 'JS on first load: largest static page', value: maxStatic / 1024, unit: 'KB' });

  const chromePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  if (!chromePath && !process.env.CHROME_PATH) {
    figures.push({ name: 'Lighthouse: skipped (no Chromium found; set CHROME_PATH)', value: 0, unit: '' });
    return figures;
  }
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const port = 4399;
  const server = await serve(port);
  // A browser of its own for each page: Lighthouse's storage reset did not always clear what the previous page
  // saved (the English assessment page, measured after the share link, opened that assessment's results).
  const launch = () =>
    chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  // The results page, as someone opening a share link sees it (Lighthouse starts from empty storage).
  const sample = exampleFiles().find((e) => e.name === 'scenic-area.json')!.file;
  const share = (await assessmentFragment(sample, `http://127.0.0.1:${port}/assessment/`)).url;
  // One Lighthouse run varies by ±10 points on a busy 2-core machine: each page is measured LH_RUNS times
  // (default 3) and the median reported, with the range and the machine's load average beside it.
  const runs = Math.max(1, Number(process.env.LH_RUNS ?? 3));
  try {
    for (const [label, path] of [
      ['landing', '/'],
      ['assessment', '/assessment/'],
      ['results (share link)', share.slice(`http://127.0.0.1:${port}`.length)],
      ['law index', '/law/'],
      ['law article', '/law/pipl-26/'],
      ['landing (en)', '/en/'],
      ['assessment (en)', '/en/assessment/'],
    ] as const) {
      const results: { scores: Record<string, number>; tbt: number; lcp: number; seenFcp: number }[] = [];
      const loads: number[] = [];
      const chrome = await launch();
      try {
        for (let i = 0; i < runs; i++) {
          loads.push(loadavg()[0]!);
          const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
          const lhr = result!.lhr;
          const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
          const observed = (lhr.audits['metrics']?.details as { items?: { observedFirstContentfulPaint?: number }[] } | undefined)?.items?.[0];
          results.push({
            scores,
            tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
            lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
            seenFcp: observed?.observedFirstContentfulPaint ?? NaN,
          });
        }
      } finally {
        await chrome.kill();
      }
      const of = (k: string) => results.map((r) => r.scores[k] ?? 0);
      const range = (xs: number[]) => (runs > 1 ? `, ${Math.min(...xs)}–${Math.max(...xs)}` : '');
      const perf = of('performance');
      const load = `load ${median(loads).toFixed(1)}`;
      const many = runs > 1 ? ` (median of ${runs}${range(perf)}; ${load})` : ` (${load})`;
      figures.push({ name: `Lighthouse ${label}: performance${many}`, value: median(perf), unit: '/100', target: '≥ 98' });
      figures.push({ name: `Lighthouse ${label}: total blocking time (median)`, value: median(results.map((r) => r.tbt)), unit: 'ms' });
      figures.push({ name: `Lighthouse ${label}: largest contentful paint (median)`, value: median(results.map((r) => r.lcp)) / 1000, unit: 's' });
      // Not simulated: when this browser really painted first. A freshly started headless Chromium (the first run)
      // often holds the first paint about 1.2 s, even on the landing page with no script; Lighthouse's simulation
      // charges whatever ran in that time to the first paint. The later runs, in the same browser, are not held.
      figures.push({ name: `Lighthouse ${label}: first paint as the browser observed it, first run (fresh browser)`, value: (results[0]?.seenFcp ?? NaN) / 1000, unit: 's' });
      figures.push({ name: `Lighthouse ${label}: first paint as the browser observed it (median)`, value: median(results.map((r) => r.seenFcp)) / 1000, unit: 's' });
      figures.push({ name: `Lighthouse ${label}: accessibility${range(of('accessibility'))}`, value: median(of('accessibility')), unit: '/100', target: '100' });
      figures.push({ name: `Lighthouse ${label}: best practices${range(of('best-practices'))}`, value: median(of('best-practices')), unit: '/100', target: '100' });
      figures.push({ name: `Lighthouse ${label}: SEO${range(of('seo'))}`, value: median(of('seo')), unit: '/100', target: '≥ 95' });
    }
    figures.push(...(await resultsRendering(share, process.env.CHROME_PATH ?? chromePath!, runs)));
  } finally {
    server.close();
  }
  return figures;
}

/**
 * What Lighthouse's simulated score cannot show: how long a phone takes to put the whole results page on screen
 * from a share link, and how much of that time the page cannot respond. Measured in the browser itself (4× CPU
 * slowdown, a phone-sized window, Long Tasks API), to the moment the last stage has rendered.
 */
async function resultsRendering(url: string, executablePath: string, runs: number): Promise<Figure[]> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath });
  const rows: { done: number; longTasks: number; blocking: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(
        `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`,
      );
      await page.goto(url);
      await page.waitForSelector('.results[data-rendered=all]', { timeout: 60_000 });
      rows.push(
        (await page.evaluate(`(() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
          const tasks = window.__longTasks;
          return {
            done: performance.now(),
            longTasks: tasks.reduce((a, [, d]) => a + d, 0),
            blocking: tasks.filter(([s]) => s >= fcp).reduce((a, [, d]) => a + Math.max(0, d - 50), 0),
          };
        })()`)) as (typeof rows)[number],
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const m = (k: keyof (typeof rows)[number]) => median(rows.map((r) => r[k]));
  const label = `results (share link), phone at 4× CPU slowdown, median of ${runs}`;
  return [
    { name: `${label}: whole page rendered after`, value: m('done') / 1000, unit: 's' },
    { name: `${label}: long tasks, total`, value: m('longTasks'), unit: 'ms' },
    { name: `${label}: blocking time after first paint`, value: m('blocking'), unit: 'ms' },
  ];
}
