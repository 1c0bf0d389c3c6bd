/**
 * The law library, guidance and methodology pages in both languages: axe on every kind of page, every citation
 * link resolves, the search works, and the strict CSP is in every page.
 */
import { expect, test } from '../support/test.ts';
import { allArticleIds, articleSlug } from '../../src/domain/law/catalogue.ts';
import { QUESTIONS } from '../../src/domain/questions/bank.ts';
import { PRESETS } from '../../src/domain/questions/presets.ts';
import { RULES } from '../../src/domain/rules/index.ts';
import { readFileSync } from 'node:fs';
import type { AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';
import { VENUE_TYPES } from '../../src/domain/questions/sections/01-venue.ts';
import { Axe, waitHydrated } from '../support/app.ts';
import { storeFiles } from '../support/files.ts';
import { lawPaths } from '../../src/site/law-data.ts';

const roots = [
  ['zh-CN', '/'],
  ['en', '/en/'],
] as const;

for (const [locale, root] of roots) {
  test.describe(`law library (${locale})`, () => {
    // axe on every generated static page: every instrument and provision page, the guidance, the method, the
    // law index and the landing page — split in shards so the two workers share them.
    const pages = ['', 'law/', 'methodology/', 'guidance/', ...PRESETS.filter((p) => p.venueType !== 'other').map((p) => `guidance/${p.venueType}/`), ...lawPaths().map((p) => `law/${p.slug}/`)];
    const SHARDS = 3;
    for (let shard = 0; shard < SHARDS; shard++) {
      test(`every generated static page passes axe (part ${shard + 1} of ${SHARDS})`, async ({ page }) => {
        test.slow();
        const axe = new Axe(page);
        for (const p of pages.filter((_, i) => i % SHARDS === shard)) {
          await page.goto(root + p);
          await expect(page.locator('h1')).toHaveCount(1);
          await axe.check(root + p);
        }
      });
    }

    test('every citation in the questions and rules links to an existing article page', async ({ request }) => {
      const slugs = new Set([...QUESTIONS.flatMap((q) => q.why.cites), ...RULES.flatMap((r) => r.cites)].map((c) => articleSlug(c.article)));
      for (const slug of slugs) {
        const res = await request.get(`${root}law/${slug}/`);
        expect(res.status(), `${root}law/${slug}/`).toBe(200);
      }
      // And every catalogue provision has its page.
      for (const id of allArticleIds()) expect((await request.get(`${root}law/${articleSlug(id)}/`)).status(), id).toBe(200);
    });

    test('a guidance page starts an assessment with its venue type chosen, for a new visitor and a returning one', async ({ page }) => {
      const gym = VENUE_TYPES.find((v) => v.code === 'gym')!.label[locale];
      const start = locale === 'en' ? 'Start an assessment for this kind of venue' : '为这类场所开始评估';
      // A first visit: the start form alone.
      await page.goto(`${root}guidance/gym/`);
      await page.getByRole('link', { name: start }).click();
      await waitHydrated(page);
      await expect(page.getByRole('radio', { name: gym, exact: true })).toBeChecked();
      // Someone with an assessment saved already: the wizard's start page.
      await storeFiles(page, [JSON.parse(readFileSync('public/examples/hotel.json', 'utf8')) as AssessmentFile]);
      await page.goto(`${root}guidance/gym/`);
      await page.getByRole('link', { name: start }).click();
      await waitHydrated(page);
      await expect(page.getByRole('radio', { name: gym, exact: true })).toBeChecked();
      // A link naming no venue type starts with none chosen.
      await page.goto(`${root}assessment/#/start?preset=casino`);
      await page.reload();
      await waitHydrated(page);
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
      await expect(page.getByRole('radio', { name: gym, exact: true })).not.toBeChecked();
    });

    test('a verified provision is quoted; an unverified one is stated in substance only', async ({ page }) => {
      await page.goto(`${root}law/pipl-26/`);
      await expect(page.locator('blockquote')).toContainText('在公共场所安装图像采集、个人身份识别设备，应当为维护公共安全所必需');
      await page.goto(`${root}law/frm-10/`);
      await expect(page.locator('blockquote')).toHaveCount(0);
      await expect(page.locator('main')).toContainText(locale === 'en' ? 'not the official wording' : '非条文原文');
    });

    test('search finds provisions and rules, loading its index only when asked', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${root}law/`);
      expect(requests.some((u) => u.includes('search-index'))).toBe(false);
      await page.getByRole('searchbox').fill(locale === 'en' ? 'separate consent' : '单独同意');
      await page.getByRole('button', { name: locale === 'en' ? 'Search' : '搜索' }).click();
      await expect(page.getByRole('status')).toContainText(locale === 'en' ? 'results' : '找到');
      await expect(page.locator('.law-search__results a').first()).toBeVisible();
      await page.locator('.law-search__results a', { hasText: locale === 'en' ? 'PIPL art. 29' : '《个人信息保护法》第二十九条' }).first().click();
      await expect(page).toHaveURL(new RegExp(`${root}law/pipl-29/$`));
    });

    test('every page carries a strict Content-Security-Policy', async ({ page }) => {
      await page.goto(`${root}law/`);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toContain('unsafe-inline');
    });
  });
}
