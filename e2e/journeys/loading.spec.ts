/**
 * What the assessment page downloads, as a visitor would notice it on a slow connection: the page's own language
 * only, and the law text, the rules and the results code only when they are wanted — each then arriving and
 * showing what it should.
 */
import { expect, test } from '../support/test.ts';
import { articleSlug, getArticle, quoteText } from '../../src/domain/law/catalogue.ts';
import { positionToHash } from '../../src/domain/machine/navigation.ts';
import { newAssessment } from '../../src/domain/persistence/assessment-file.ts';
import { scenarioById } from '../../src/domain/scenarios/index.ts';
import { Axe, gotoHydrated, text } from '../support/app.ts';

const supermarket = scenarioById('shanghai-putuo-supermarket')!;

for (const locale of ['zh-CN', 'en'] as const) {
  test(`the ${locale} assessment page loads one language, and the law text and the results only when asked`, async ({ page }) => {
    const file = { ...newAssessment(supermarket.meta, new Date('2026-03-02T09:00:00Z'), `load-${locale}`), answers: supermarket.answers };
    await page.goto('/');
    await page.evaluate((f) => localStorage.setItem(`face-pia:v1:file:${f.id}`, JSON.stringify(f)), file);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const other = locale === 'en' ? 'zh-CN' : 'en';
    const root = locale === 'en' ? '/en/' : '/';

    await gotoHydrated(page, `${root}assessment/${positionToHash({ phase: 'question', questionId: 'purpose.reason' }, file.id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(locale === 'en' ? 'Why faces' : '为什么一定要用人脸');
    expect(scripts.some((s) => new RegExp(`/ui\\.${locale}\\.`).test(s)), 'its own language').toBe(true);
    expect(scripts.filter((s) => new RegExp(`/ui\\.${other}\\.|/bank-text-${other}-|catalogue|results-view|jspdf|render-docx|NotoSans`).test(s)), 'nothing else yet').toEqual([]);
    // The question's words: the shared lists and its own section, in this language only.
    const words = () => scripts.filter((s) => s.includes('/bank-text-')).map((s) => /bank-text-([\w-]+?)\.[\w-]+\.js$/.exec(s)?.[1]);
    expect(words().slice(0, 2).sort()).toEqual([`${locale}-common`, `${locale}-purpose`]);

    await test.step('opening "why we ask" loads the law and quotes the verified article', async () => {
      await page.locator('summary', { hasText: text(locale, 'question.why') }).click();
      const para = quoteText(getArticle('pipl.28')!.article)![1]!.text;
      const provision = page.locator('.provision', { has: page.locator(`a[href$="/law/${articleSlug('pipl.28')}/"]`) });
      await expect(provision.locator('blockquote')).toContainText(para.slice(0, 20));
      // In English the short name is spelled out; Chinese names the law in full already.
      if (locale === 'en') await expect(provision.locator('.provision__instrument')).toHaveText("PIPL: Personal Information Protection Law of the People's Republic of China");
      else await expect(provision.locator('.provision__instrument')).toHaveCount(0);
      expect(scripts.some((s) => s.includes('catalogue'))).toBe(true);
      await new Axe(page).check('why we ask, open');
    });

    await test.step('"where to find the answer" loads its words when opened', async () => {
      await page.goto(`${root}assessment/${positionToHash({ phase: 'question', questionId: 'storage.retention' }, file.id)}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(locale === 'en' ? 'How long are' : '保存多久');
      expect(words()).not.toContain(`${locale}-guidance`);
      await page.locator('summary', { hasText: text(locale, 'question.findIt') }).click();
      await expect(page.getByTestId('find-it')).toContainText(locale === 'en' ? 'admin console' : '管理后台');
      expect(words()).toContain(`${locale}-guidance`);
      await new Axe(page).check('where to find the answer, open');
    });

    await test.step('the results load when they are shown', async () => {
      await page.goto(`${root}assessment/${positionToHash({ phase: 'results' }, file.id)}`);
      await expect(page.getByRole('heading', { level: 1, name: text(locale, 'results.title') })).toBeVisible();
      await expect(page.locator('[data-rule="analytics.attributes-on-public-route"]')).toBeVisible();
      expect(scripts.some((s) => s.includes('results-view'))).toBe(true);
      expect(words().filter((w) => !w?.startsWith(`${locale}-`)), 'the other language never').toEqual([]);
      expect(scripts.filter((s) => /jspdf|render-docx/.test(s)), 'PDF and Word makers wait for a download').toEqual([]);
    });
  });
}

test('a first visit shows the start form before the wizard arrives, and hands over what was typed', async ({ page }) => {
  // Hold the wizard's code back until the form has been sent, as on a slow connection.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = false;
  await page.route(/\/_astro\/Wizard\.[\w-]+\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await gotoHydrated(page, '/en/assessment/');
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'start.title') })).toBeVisible();
  await page.getByLabel(text('en', 'start.name')).fill('Riverside gate trial');
  await page.getByLabel(text('en', 'start.organisation')).fill('Riverside Parks Ltd');
  await page.getByLabel(text('en', 'start.venue')).fill('Riverside Park');
  await page.getByRole('button', { name: text('en', 'start.submit') }).click();
  await expect(page.getByTestId('loading')).toBeVisible();
  expect(asked, 'the wizard was being fetched while the visitor typed').toBe(true);
  release();
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'tasks.title') })).toBeVisible();
  await expect(page.locator('.app')).toContainText('Riverside Park');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('face-pia:v1:file:')).map((k) => JSON.parse(localStorage.getItem(k)!).meta.name));
  expect(stored).toEqual(['Riverside gate trial']);
});
