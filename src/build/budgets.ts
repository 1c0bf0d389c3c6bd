/**
 * JavaScript budgets, checked on the built site (dist/). For each page: the scripts it loads on first load — its
 * module scripts and island components and renderers, with every static import they pull in — measured gzipped.
 * Run by `npm test` (after the build) and reported by `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { walk } from './files.ts';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageJs {
  readonly page: string;
  readonly files: readonly string[];
  readonly bytes: number;
  readonly gzip: number;
}

export interface Budget {
  readonly name: string;
  readonly match: (page: string) => boolean;
  readonly maxGzip: number;
}

/** Libraries that may load only on demand (a PDF or Word file asked for). */
export const ON_DEMAND = /jspdf|docx|html2canvas|purify|canvg|fflate|qrcode|render-pdf|render-docx|NotoSans/i;

export const BUDGETS: readonly Budget[] = [
  // The target is 50 KB, not met. Today the page needs 81.6–82.4 KB: xstate 12, Preact 5, the
  // two-language question bank 27, its UI strings 8.5, the wizard's components, persistence and the two-tab
  // merge ~29. This budget stops it growing back (it was 186 KB before the results, rules, law text and the
  // other language were split off); the next step is to ship the bank's text one language at a time.
  { name: 'assessment page', match: (p) => /(^|\/)assessment\/index\.html$/.test(p), maxGzip: 85 * 1024 },
  { name: 'law index (search)', match: (p) => /(^|\/)law\/index\.html$/.test(p), maxGzip: 4 * 1024 },
  { name: 'checklist builder', match: (p) => /(^|\/)checklist\/index\.html$/.test(p), maxGzip: 35 * 1024 },
  { name: 'other static pages', match: (p) => !/(^|\/)(assessment|law|checklist)\/index\.html$/.test(p), maxGzip: 3 * 1024 },
];


function scriptRefs(html: string): string[] {
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) refs.add(m[1]!);
  // Inline module scripts count too, and their static imports.
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) for (const i of staticImports(m[1]!)) refs.add(i);
  return [...refs];
}

/** Static imports only: `import x from "./a.js"`, `import "./b.js"`, `export … from "./c.js"` — not import(). */
function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) out.push(m[1]!);
  return out;
}

/**
 * Chunks a page imports dynamically but always at start-up, so they belong to its first load: the assessment
 * island loads the core UI strings of its page's language (src/i18n/parts.ts) and the question bank's words shared
 * by every page (the venue types: bank-text-<locale>-common, src/domain/questions/bank-text.ts) before it
 * shows anything.
 */
function bootChunks(distDir: string, page: string): string[] {
  if (!/(^|\/)assessment\/index\.html$/.test(page)) return [];
  const locale = page.startsWith('en/') ? 'en' : 'zh-CN';
  const dir = join(distDir, '_astro');
  if (!existsSync(dir)) return [];
  const l = locale.replace('-', '\\-');
  return walk(dir).filter((f) => new RegExp(`[\\/](ui\\.${l}\\.core|bank-text-${l}-common)\\.[\\w-]+\\.js$`).test(f));
}

/** The JavaScript files (absolute paths) a page loads on first load: its scripts with their static imports. */
export function firstLoadFiles(dist: string, htmlFile: string, base = '/'): string[] {
  const distDir = resolve(dist);
  const toFile = (url: string, from: string) => {
    if (url.startsWith(base)) return join(distDir, url.slice(base.length));
    if (url.startsWith('/')) return join(distDir, url);
    return resolve(dirname(from), url);
  };
  const page = relative(distDir, htmlFile).split(sep).join('/');
  const seen = new Set<string>();
  const queue = [...scriptRefs(readFileSync(htmlFile, 'utf8')).map((u) => toFile(u, htmlFile)), ...bootChunks(distDir, page)];
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    for (const i of staticImports(readFileSync(f, 'utf8'))) queue.push(toFile(i, f));
  }
  return [...seen];
}

export function pageJs(dist: string, base = '/'): PageJs[] {
  const distDir = resolve(dist);
  return walk(distDir)
    .filter((f) => f.endsWith('.html'))
    .map((htmlFile) => {
      const page = relative(distDir, htmlFile).split(sep).join('/');
      const seen = firstLoadFiles(distDir, htmlFile, base);
      // Inline scripts count by their own bytes.
      const html = readFileSync(htmlFile, 'utf8');
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!)).filter((b) => b.length > 0);
      const files = [...seen.map((f) => relative(distDir, f).split(sep).join('/')).sort(), ...inline.map((_, i) => `(inline script ${i + 1})`)];
      const contents = [...seen.map((f) => readFileSync(f)), ...inline];
      return { page, files, bytes: contents.reduce((n, c) => n + c.length, 0), gzip: contents.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0) };
    });
}

export function checkBudgets(distDir: string, base = '/'): { failures: string[]; pages: PageJs[] } {
  const pages = pageJs(distDir, base);
  const failures: string[] = [];
  for (const p of pages) {
    const b = BUDGETS.find((x) => x.match(p.page))!;
    if (p.gzip > b.maxGzip) failures.push(`${p.page}: ${(p.gzip / 1024).toFixed(1)} KB gzip of JavaScript on first load, over the ${b.name} budget of ${(b.maxGzip / 1024).toFixed(0)} KB (${p.files.join(', ')})`);
    const eager = p.files.filter((f) => ON_DEMAND.test(f));
    if (eager.length) failures.push(`${p.page}: loads ${eager.join(', ')} before a PDF or Word file is asked for`);
  }
  return { failures, pages };
}

if (process.argv[1] && process.argv[1].endsWith('budgets.ts')) {
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  const { failures, pages } = checkBudgets(dist, process.env.BASE ?? '/');
  const worst = [...pages].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
  for (const p of worst) console.log(`budgets: ${p.page} ${(p.gzip / 1024).toFixed(1)} KB gzip JS (${p.files.length} files)`);
  if (failures.length) {
    console.error(`budgets: ${failures.length} page(s) over budget:\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log(`budgets: all ${pages.length} pages within their JavaScript budgets`);
}
