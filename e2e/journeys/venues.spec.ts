/**
 * The three venue journeys, in Chinese and in English, answered through the UI from the start page to the
 * results, with axe on every page: a scenic area on the public-security route, a supermarket with attribute
 * analytics (a red line), a residential community on the consent route with face-only entry (a red line).
 */
import { expect, test } from '../support/test.ts';
import type { AnswerValue } from '../../src/domain/conditions.ts';
import type { Locale } from '../../src/domain/locale.ts';
import { questionById } from '../../src/domain/questions/bank.ts';
import { scenarioById } from '../../src/domain/scenarios/index.ts';
import { Axe, currentQuestion, text, waitHydrated } from '../support/app.ts';
import { answerAllSections, expectFinding, keyboardJourney, startAssessment } from '../support/journey.ts';

const scenic = scenarioById('scenic-area-sample')!;
/** The sample scenic area, moved onto the public-security route only. */
const scenicPublic: Readonly<Record<string, AnswerValue>> = { ...scenic.answers, 'venue.route': 'public-security', 'public.police-filing': 'not-filed' };
const supermarket = scenarioById('shanghai-putuo-supermarket')!;
const residential = scenarioById('tianjin-property')!;

for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
  test.describe(`${locale}`, () => {
    test(`a scenic area on the public-security route, resumed after a reload mid-way (${locale})`, async ({ page }) => {
      const axe = new Axe(page);
      await test.step('when I start an assessment from the scenic-area preset', () => startAssessment(page, locale, scenic.meta, axe));
      let reloaded = false;
      await answerAllSections(page, locale, scenicPublic, axe, {
        afterAnswer: async (qid) => {
          if (qid !== 'purpose.statement' || reloaded) return;
          reloaded = true;
          await test.step('then I reload the page mid-way and am back on the same question', async () => {
            const before = currentQuestion(page);
            await page.reload();
            await waitHydrated(page);
            expect(currentQuestion(page)).toBe(before);
            await expect(page.getByRole('heading', { level: 1 })).toContainText(questionById(before!)!.label[locale]);
            await page.getByTestId('back').click();
            await expect(page.locator('#q-purpose-statement')).toHaveValue(String(scenicPublic['purpose.statement']));
            await page.getByRole('button', { name: text(locale, 'question.continue') }).click();
          });
        },
      });
      expect(reloaded).toBe(true);
      await test.step('then the results show the public-security findings', async () => {
        await expectFinding(page, 'public.not-filed-with-police', 'nc', locale);
        await expectFinding(page, 'notice.missing-necessity-impact', 'nc', locale);
        await expect(page.locator('.finding-group--red .finding')).toHaveCount(0);
        await expect(page.getByTestId('conclusion')).toHaveClass(/conclusion--remediate/);
        // The risk matrix is a real table with row and column headers.
        await expect(page.locator('table.risk-matrix th[scope="row"]')).toHaveCount(4);
        await expect(page.locator('table.risk-matrix thead th[scope="col"]')).toHaveCount(5);
      });
    });

    test(`a supermarket with attribute analytics: a red line that goes when the answer changes (${locale})`, async ({ page }) => {
      const axe = new Axe(page, 'template');
      await startAssessment(page, locale, supermarket.meta, axe);
      await answerAllSections(page, locale, supermarket.answers, axe);
      await test.step('then the red lines come first, with citations and the answers that triggered them', async () => {
        await expect(page.getByTestId('conclusion')).toHaveClass(/conclusion--stop/);
        await expectFinding(page, 'analytics.attributes-on-public-route', 'red', locale);
        await expectFinding(page, 'public.other-uses', 'red', locale);
        const groups = await page.locator('.finding-group').evaluateAll((els) => els.map((e) => e.className));
        expect(groups[0]).toContain('finding-group--red');
      });
      await test.step('when I edit the action plan, it is saved into the file', async () => {
        const item = page.locator('[data-action="analytics.attributes-on-public-route"]');
        await item.getByLabel(text(locale, 'results.actionCol.owner'), { exact: false }).fill('Wang Li');
        await item.locator('select').selectOption('in-progress');
        // A due date typed with the wrong year, before the report's own date, is questioned but kept.
        await item.locator('input[type="date"]').fill('2020-01-01');
        await expect(item.getByTestId('due-past')).toBeVisible();
        await item.locator('input[type="date"]').fill('2099-01-01');
        await expect(item.getByTestId('due-past')).toHaveCount(0);
        await page.reload();
        await waitHydrated(page);
        await expect(page.locator('[data-action="analytics.attributes-on-public-route"] input[type="text"]')).toHaveValue('Wang Li');
        await expect(page.locator('[data-action="analytics.attributes-on-public-route"] select')).toHaveValue('in-progress');
      });
      const q = questionById('analytics.attributes')!;
      // The "Change" link beside the analytics answer, among the answers that triggered the finding.
      const changeLink = (rule: string) => page.locator(`[data-rule="${rule}"] a[href*="/q/analytics.attributes/from/results"]`);
      await test.step('when I follow a finding’s “change” link and keep the answer, I come back to that finding', async () => {
        await changeLink('analytics.attributes-on-public-route').click();
        await expect(page.getByRole('heading', { level: 1 })).toContainText(q.label[locale]);
        await page.getByRole('button', { name: text(locale, 'question.continue') }).click();
        await expect(page.locator(':focus')).toHaveAttribute('id', 'finding-analytics.attributes-on-public-route');
      });
      await test.step('when I change the analytics answer from the finding, the red line disappears and the page says so', async () => {
        await changeLink('analytics.attributes-on-public-route').click();
        await page.getByRole('checkbox', { name: q.kind === 'multi' ? q.options.find((o) => o.code === 'none')!.label[locale] : '', exact: true }).check();
        await page.getByRole('button', { name: text(locale, 'question.continue') }).click();
        await expect(page.getByTestId('finding-resolved')).toBeFocused();
        await expect(page.getByTestId('finding-resolved')).toContainText(locale === 'zh-CN' ? '不再成立' : 'no longer applies');
        await expect(page.locator('[data-rule="analytics.attributes-on-public-route"]')).toHaveCount(0);
        await expectFinding(page, 'public.other-uses', 'red', locale);
        await axe.check(`results after a change resolved a finding (${locale})`);
      });
      await test.step('the review still leads to every answer', async () => {
        await page.getByRole('link', { name: text(locale, 'results.backToReview') }).click();
        await expect(page.getByRole('heading', { level: 1, name: text(locale, 'review.titleAll') })).toBeVisible();
        await page.locator('[data-change="analytics.attributes"]').click();
        await expect(page.getByRole('heading', { level: 1 })).toContainText(q.label[locale]);
        await page.getByRole('button', { name: text(locale, 'question.continue') }).click();
        await expect(page.getByRole('heading', { level: 1, name: text(locale, 'review.titleAll') })).toBeVisible();
        // Back on the list, at the row that was changed, not at its top.
        await expect(page.locator('[data-change="analytics.attributes"]')).toBeFocused();
        await expect(page.locator('[data-change="analytics.attributes"]')).toBeInViewport();
      });
    });

    test(`a residential community on the consent route with face-only entry${locale === 'en' ? ', with the keyboard only' : ''} (${locale})`, async ({ page }) => {
      const axe = new Axe(page, 'template');
      if (locale === 'en') {
        await keyboardJourney(page, residential.meta, residential.answers, axe);
      } else {
        await startAssessment(page, locale, residential.meta, axe);
        await answerAllSections(page, locale, residential.answers, axe);
      }
      await expect(page.getByTestId('conclusion')).toHaveClass(/conclusion--stop/);
      await expectFinding(page, 'alternatives.property-face-only', 'red', locale);
      await expectFinding(page, 'consent.not-separate', 'nc', locale);
      await test.step('then I can copy the generated sign text', async () => {
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.locator('.generated-text button').first().click();
        await expect(page.locator('.generated-text__status').first()).not.toBeEmpty();
      });
    });
  });
}
