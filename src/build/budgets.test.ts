import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBudgets, returningJs } from './budgets.ts';

let dir = '';
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'budgets-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** JavaScript that does not compress: its gzip size is about its length × 3/4. */
const noise = (kb: number) => `export const x=${JSON.stringify(randomBytes(kb * 768).toString('base64'))};`;
const page = (src: string) => `<!doctype html><html><body><script type="module" src="${src}"></script></body></html>`;

describe('JavaScript budgets on the built site', () => {
  it('counts static imports, not dynamic ones, and names the page and files over budget', () => {
    const d = site({
      'guidance/hotel/index.html': page('/_astro/a.js'),
      '_astro/a.js': `import "./b.js";const later=()=>import("./c.js");`,
      '_astro/b.js': noise(6),
      '_astro/c.js': noise(200),
    });
    const { failures, pages } = checkBudgets(d);
    const p = pages.find((x) => x.page === 'guidance/hotel/index.html')!;
    expect(p.files).toEqual(['_astro/a.js', '_astro/b.js']);
    expect(p.gzip).toBeGreaterThan(4 * 1024);
    expect(p.gzip).toBeLessThan(8 * 1024);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^guidance\/hotel\/index\.html: \d+\.\d KB gzip .* over the other static pages budget of 3 KB/);
  });

  it("counts the assessment page's start-up strings and words for its own language only", () => {
    const d = site({
      'en/assessment/index.html': page('/_astro/app.js'),
      '_astro/app.js': 'export default 1;',
      '_astro/ui.en.core.abc123.js': noise(30),
      '_astro/ui.en.results.abc124.js': noise(30),
      '_astro/ui.zh-CN.core.def456.js': noise(100),
      '_astro/bank-text-en-common.aaa111.js': noise(10),
      '_astro/bank-text-en-venue.aaa112.js': noise(10),
      '_astro/bank-text-zh-CN-common.bbb111.js': noise(10),
    });
    const p = checkBudgets(d).pages.find((x) => x.page === 'en/assessment/index.html')!;
    expect(p.files).toEqual(['_astro/app.js', '_astro/bank-text-en-common.aaa111.js', '_astro/ui.en.core.abc123.js']);
  });

  it('measures a returning visit: the wizard and a question page with its words, in the page language', () => {
    const d = site({
      'en/assessment/index.html': page('/_astro/app.js'),
      '_astro/app.js': 'const w=()=>import("./Wizard.a1.js");',
      '_astro/Wizard.a1.js': `import "./xstate.b2.js";${noise(30)}`,
      '_astro/xstate.b2.js': noise(60),
      '_astro/QuestionPage.c3.js': noise(6),
      '_astro/Results.d4.js': noise(50),
      '_astro/bank-text-en-common.e5.js': noise(1),
      '_astro/bank-text-en-storage.e6.js': noise(3),
      '_astro/bank-text-en-venue.e7.js': noise(1),
      '_astro/bank-text-zh-CN-storage.e8.js': noise(9),
    });
    const [r] = returningJs(d);
    expect(r!.files).toEqual(['_astro/QuestionPage.c3.js', '_astro/Wizard.a1.js', '_astro/app.js', '_astro/bank-text-en-common.e5.js', '_astro/bank-text-en-storage.e6.js', '_astro/xstate.b2.js']);
    const { failures } = checkBudgets(d);
    expect(failures).toEqual([expect.stringMatching(/^en\/assessment\/index\.html: \d+\.\d KB gzip of JavaScript for a returning visit, over the assessment page, returning visit budget of 73 KB/)]);
  });

  it('refuses a page that loads the PDF or Word library before one is asked for', () => {
    const d = site({ 'index.html': page('/_astro/jspdf.es.min.js'), '_astro/jspdf.es.min.js': 'export {}' });
    expect(checkBudgets(d).failures).toEqual(['index.html: loads _astro/jspdf.es.min.js before a PDF or Word file is asked for']);
  });
});
