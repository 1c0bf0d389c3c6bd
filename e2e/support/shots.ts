/**
 * Screenshots for a visual check (not a test): task list, a question page, the review and the results, in both
 * languages, at 1280 px and 375 px wide. Written to /tmp/shots (outside the repository).
 * Run with the preview server up: npx tsx e2e/support/shots.ts
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { newAssessment, type AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';
import { scenarioById } from '../../src/domain/scenarios/index.ts';

const OUT = process.env.SHOTS_DIR ?? '/tmp/shots';
const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
mkdirSync(OUT, { recursive: true });

const s = scenarioById('shanghai-putuo-supermarket')!;
const file: AssessmentFile = { ...newAssessment(s.meta, new Date('2026-03-02T09:00:00Z'), 'shots-supermarket'), answers: s.answers };
const partial: AssessmentFile = {
  ...newAssessment(s.meta, new Date('2026-03-02T09:00:00Z'), 'shots-partial'),
  answers: Object.fromEntries(Object.entries(s.answers).filter(([k]) => k.startsWith('venue.') || k.startsWith('purpose.') || k.startsWith('alternatives.'))),
};

const pages = [
  { name: 'tasks', id: partial.id, hash: '#/tasks' },
  { name: 'question-multi', id: partial.id, hash: '#/q/basis.lawful-basis' },
  { name: 'question-group', id: partial.id, hash: '#/q/venue.devices' },
  { name: 'review', id: file.id, hash: '#/review/venue' },
  { name: 'results', id: file.id, hash: '#/results' },
  { name: 'library', id: '', hash: '#/assessments' },
  { name: 'start', id: '', hash: '#/start' },
];

const browser = await chromium.launch({ ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}), args: ['--no-sandbox'] });
for (const width of [1280, 375]) {
  for (const locale of ['zh-CN', 'en'] as const) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale });
    const page = await ctx.newPage();
    await page.goto(`${BASE}/`);
    await page.evaluate(
      ([a, b]) => {
        localStorage.setItem(`face-pia:v1:file:${a.id}`, JSON.stringify(a));
        localStorage.setItem(`face-pia:v1:file:${b.id}`, JSON.stringify(b));
      },
      [file, partial] as const,
    );
    for (const p of pages) {
      const path = `${BASE}${locale === 'en' ? '/en' : ''}/assessment/${p.hash}${p.id ? `?a=${p.id}` : ''}`;
      await page.goto(path);
      await page.waitForSelector('[data-page-heading]');
      if (p.name === 'question-multi') await page.locator('details summary').first().click();
      await page.screenshot({ path: `${OUT}/${p.name}-${locale}-${width}.png`, fullPage: p.name !== 'results' });
      if (p.name === 'results') {
        // The full report is very long: also keep close-ups of its parts.
        for (const [part, sel] of [['finding', '.finding'], ['matrix', '.risk-matrix'], ['action', '.action-plan__item'], ['text', '.generated-text'], ['counts', '.counts']] as const) {
          await page.locator(sel).first().screenshot({ path: `${OUT}/results-${part}-${locale}-${width}.png` });
        }
      }
    }
    await ctx.close();
  }
}
await browser.close();
console.log(`screenshots written to ${OUT}`);
