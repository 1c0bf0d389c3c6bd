/**
 * Production qualities a user relies on without seeing them: the site works offline after one visit, it asks
 * nothing of any host but its own, every page carries the CSP, and hostile text typed into the wizard is shown
 * as text, never run.
 */
import { expect, test } from '../support/test.ts';
import { questionById } from '../../src/domain/questions/bank.ts';
import { positionToHash } from '../../src/domain/machine/navigation.ts';
import { newAssessment } from '../../src/domain/persistence/assessment-file.ts';
import { scenarioById } from '../../src/domain/scenarios/index.ts';
import { fillAnswer, gotoHydrated, text } from '../support/app.ts';

const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>"'><svg onload="window.__pwned=3">`;

test('after one visit the wizard, its results, the law pages and the PDF font work with the network off', async ({ page, context }) => {
  test.slow();
  await page.goto('/');
  // The first time, it is news (a live region); on the next page, served by the worker, it is said quietly.
  await expect(page.locator('[data-offline-news]')).toHaveText(/断网时也可以使用/, { timeout: 60_000 });
  await page.goto('/en/');
  await expect(page.locator('[data-offline-known]')).toHaveText(/works offline/);
  await expect(page.locator('[data-offline-news]')).toBeEmpty();
  await context.setOffline(true);
  for (const path of ['/law/pipl-26/', '/en/guidance/hotel/', '/methodology/', '/en/law/']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
  }
  await gotoHydrated(page, '/en/assessment/#/start');
  await expect(page.getByLabel(text('en', 'start.name'))).toBeVisible();
  // The results, whose code loads only when they are shown, open offline too.
  const s = scenarioById('shanghai-putuo-supermarket')!;
  const file = { ...newAssessment(s.meta, new Date('2026-03-02T09:00:00Z'), 'offline-results'), answers: s.answers };
  await page.evaluate((f) => localStorage.setItem(`face-pia:v1:file:${f.id}`, JSON.stringify(f)), file);
  await page.goto(`/en/assessment/${positionToHash({ phase: 'results' }, file.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'results.title') })).toBeVisible();
  await expect(page.locator('[data-rule="analytics.attributes-on-public-route"]')).toBeVisible();
  const font = await page.evaluate(async () => {
    const r = await fetch('/fonts/NotoSansSC-Regular.ttf');
    return { ok: r.ok, size: (await r.arrayBuffer()).byteLength };
  });
  expect(font.ok).toBe(true);
  expect(font.size).toBeGreaterThan(1_000_000);
  await page.goto('/');
  await expect(page.locator('[data-offline-news]')).toHaveText(/离线/);
});

test('the site requests nothing from any host but its own, and every page carries the CSP', async ({ page, baseURL }) => {
  const own = new URL(baseURL!).host;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (![own, ''].includes(u.host) && !u.protocol.startsWith('data') && !u.protocol.startsWith('blob')) foreign.push(r.url());
  });
  for (const path of ['/', '/en/', '/assessment/', '/en/assessment/', '/law/', '/law/frm-13/', '/guidance/retail/', '/en/methodology/']) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toMatch(/unsafe-eval|unsafe-inline/);
  }
  expect(foreign).toEqual([]);
});

test('hostile text in the start form and a text answer is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await gotoHydrated(page, '/assessment/#/start');
  await page.getByLabel(text('zh-CN', 'start.name')).fill(HOSTILE);
  await page.getByLabel(text('zh-CN', 'start.organisation')).fill(HOSTILE);
  await page.getByLabel(text('zh-CN', 'start.venue')).fill(HOSTILE);
  await page.getByRole('button', { name: text('zh-CN', 'start.submit') }).click();
  await page.getByRole('link', { name: '目的与必要性', exact: true }).click();
  await fillAnswer(page, questionById('purpose.statement')!, HOSTILE, 'zh-CN');
  await page.getByRole('button', { name: text('zh-CN', 'question.continue') }).click();
  await page.goto('/assessment/#/assessments');
  await expect(page.getByText(HOSTILE).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
