/**
 * A regulator builds a checklist link; a business opens it in a fresh browser, answers the scoped assessment
 * through the UI, downloads the report PDF (which names the campaign, read back with pdfjs-dist) and imports
 * that PDF again: the same assessment comes back as a copy. Plus axe and validation on the checklist builder.
 */
import { expect, test } from '../support/test.ts';
import { canonicalJson, type AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';
import { sampleAnswer } from '../../src/domain/machine/sample-answers.ts';
import { buildReport } from '../../src/domain/report/build-report.ts';
import { questionScope } from '../../src/domain/scope.ts';
import { scenarioById } from '../../src/domain/scenarios/index.ts';
import { pdfPages, squash } from '../../src/pdf/test-support.ts';
import { answerCurrent, Axe, currentPhase, currentQuestion, gotoHydrated, text, waitHydrated } from '../support/app.ts';
import { downloadBytes, storedFiles } from '../support/files.ts';

const supermarket = scenarioById('shanghai-putuo-supermarket')!;
const CHECKS = ['FR-04', 'FR-05', 'FR-08', 'FR-21'];
// A deadline 90 days ahead: the builder refuses one already past, whenever the test runs.
const DEADLINE = new Date(Date.now() + 90 * 86_400_000);
const CAMPAIGN = {
  authority: '上海市普陀区网信办',
  name: '2026年商超人脸识别专项检查',
  reference: '普网信〔2026〕12号',
  contact: '021-5555 0100',
  deadline: DEADLINE.toISOString().slice(0, 10),
  instructions: '请于截止日期前完成评估，并将报告PDF发送至联系邮箱。',
};

test('a regulator builds a campaign link; a business answers it and files a PDF that names the campaign', async ({ page, browser }, testInfo) => {
  const zh = 'zh-CN' as const;
  const axe = new Axe(page);
  let link = '';

  await test.step('the regulator picks venues and checks, fills in the campaign and gets a link and a QR code', async () => {
    await gotoHydrated(page, '/checklist/');
    await expect(page.getByRole('heading', { level: 1, name: text(zh, 'checklist.title') })).toBeVisible();
    await axe.check('checklist builder');
    await page.getByTestId('make-link').click();
    const summary = page.locator('.error-summary');
    await expect(summary.getByRole('alert')).toContainText(text(zh, 'checklist.errAuthority'));
    await expect(summary).toContainText(text(zh, 'checklist.errChecks'));
    await axe.check('checklist builder with errors');
    // "Select at least one check" leads to the first check on the page (the first red line), not into the middle.
    await summary.getByRole('link', { name: text(zh, 'checklist.errChecks') }).click();
    await expect(page.locator('.check-choice input').first()).toBeFocused();
    await page.locator('#cl-venue-retail').check();
    // select all, then none, then the four checks of the campaign
    await page.getByTestId('checks-all').click();
    await expect(page.locator('.check-choice input:checked')).not.toHaveCount(0);
    await page.getByTestId('checks-none').click();
    await expect(page.locator('.check-choice input:checked')).toHaveCount(0);
    for (const id of CHECKS) await page.locator(`#cl-check-${id}`).check();
    await page.getByLabel(text(zh, 'checklist.authority')).fill(CAMPAIGN.authority);
    await page.getByLabel(text(zh, 'checklist.name')).fill(CAMPAIGN.name);
    await page.getByLabel(text(zh, 'checklist.reference')).fill(CAMPAIGN.reference);
    await page.getByLabel(text(zh, 'checklist.contact')).fill(CAMPAIGN.contact);
    // A paste longer than the instructions hold is cut by the browser: the page says so.
    await page.getByLabel(text(zh, 'checklist.instructions')).fill('说'.repeat(1100));
    await expect(page.getByTestId('at-limit')).toContainText('已达到 1000 字的上限');
    await page.getByLabel(text(zh, 'checklist.instructions')).fill(CAMPAIGN.instructions);
    await expect(page.getByTestId('at-limit')).toHaveCount(0);
    // A deadline already past is refused, not sent to businesses.
    await page.locator('#cl-deadline').fill('2021-06-30');
    await page.getByTestId('make-link').click();
    await expect(page.locator('.error-summary')).toContainText('截止日期已经过去：请填写今天或以后的日期，或者留空');
    await page.locator('#cl-deadline').fill(CAMPAIGN.deadline);
    await page.getByTestId('make-link').click();
    await expect(page.locator('.error-summary')).toHaveCount(0);
    const result = page.getByTestId('checklist-result');
    await expect(result).toBeVisible();
    link = await page.locator('#cl-link').inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/assessment\/#c1\.[A-Za-z0-9_-]+$/);
    await expect(page.getByTestId('qr').locator('path')).toHaveAttribute('d', /^M\d+ \d+h1v1h-1z/);
    // Beside the link, what it carries; printed, the sheet has that, the link and the code, and no buttons.
    const made = page.getByTestId('made-campaign');
    for (const v of [CAMPAIGN.name, CAMPAIGN.authority, CAMPAIGN.reference]) await expect(made).toContainText(v);
    await page.emulateMedia({ media: 'print' });
    await expect(made).toBeVisible();
    await expect(page.getByTestId('qr')).toBeVisible();
    await expect(page.getByTestId('open-link')).toBeHidden();
    for (const b of await result.getByRole('button').all()) await expect(b).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await axe.check('checklist builder with the link');
  });

  const ctx = await browser.newContext();
  const biz = await ctx.newPage();
  const bizAxe = new Axe(biz, 'template');
  try {
    await test.step('a business opens the link in a fresh browser: the start form with the campaign banner', async () => {
      await biz.goto(link);
      await waitHydrated(biz);
      await expect(biz.getByRole('heading', { level: 1, name: text(zh, 'start.title') })).toBeVisible();
      const banner = biz.getByTestId('campaign-banner');
      await expect(banner).toContainText(CAMPAIGN.name);
      await expect(banner).toContainText(CAMPAIGN.authority);
      await expect(banner).toContainText(CAMPAIGN.reference);
      await expect(banner).toContainText(`${DEADLINE.getUTCFullYear()}年${DEADLINE.getUTCMonth() + 1}月${DEADLINE.getUTCDate()}日`);
      await expect(banner).toContainText(CAMPAIGN.instructions);
      // What to do and by when, said in a sentence even if the instructions said nothing of it.
      await expect(biz.getByTestId('campaign-todo')).toHaveText(`请于${DEADLINE.getUTCFullYear()}年${DEADLINE.getUTCMonth() + 1}月${DEADLINE.getUTCDate()}日前完成本评估并生成评估报告，按${CAMPAIGN.authority}的要求提交或留存备查。`);
      await expect(banner).toContainText(`${text(zh, 'campaign.venueTypes')}超市、商场`); // the colon comes from CSS
      await expect(biz.getByTestId('campaign-overdue')).toHaveCount(0);
      await expect(biz.getByTestId('app-notice')).toContainText(CAMPAIGN.name);
      // The page starts at the note about the link, above the heading, not below it.
      await expect(biz.getByTestId('app-notice')).toBeFocused();
      await expect(biz).not.toHaveURL(/#c1\./);
      await bizAxe.check('start with campaign');
      await biz.getByLabel(text(zh, 'start.name')).fill(supermarket.meta.name);
      await biz.getByLabel(text(zh, 'start.organisation')).fill(supermarket.meta.organisation);
      await biz.getByLabel(text(zh, 'start.venue')).fill(supermarket.meta.venueName);
      await biz.getByRole('button', { name: text(zh, 'start.submit') }).click();
      await expect(biz.getByRole('heading', { level: 1, name: text(zh, 'tasks.title') })).toBeVisible();
      await expect(biz.getByTestId('campaign-banner')).toContainText(CAMPAIGN.name);
      // The note about opening the link was about the start form: it goes with the first move.
      await expect(biz.getByTestId('app-notice')).toHaveCount(0);
      await bizAxe.check('tasks with campaign');
    });

    await test.step('every section of the scoped task list is answered through the UI, only scoped questions are asked', async () => {
      const scope = questionScope(CHECKS)!;
      const sections = await biz.locator('.task-list__item').count();
      expect(sections).toBeGreaterThan(0);
      for (let i = 0; i < sections; i++) {
        await biz.locator('.task-list__item a').nth(i).click();
        for (let guard = 0; guard < 40 && currentQuestion(biz); guard++) {
          expect(scope.has(currentQuestion(biz)!), `question ${currentQuestion(biz)} is in the campaign's scope`).toBe(true);
          await bizAxe.check();
          await answerCurrent(biz, supermarket.answers, zh, sampleAnswer);
        }
        expect(currentPhase(biz)).toBe('review');
        await biz.getByRole('link', { name: text(zh, 'review.backToTasks') }).click();
      }
      await expect(biz.getByTestId('progress')).toContainText(text(zh, 'tasks.progressSections', { done: sections, total: sections }));
      await biz.getByRole('link', { name: text(zh, 'tasks.checkAll') }).click();
      await biz.getByTestId('see-results').click();
      await expect(biz.getByRole('heading', { level: 1, name: text(zh, 'results.title') })).toBeVisible();
      await expect(biz.getByTestId('campaign-banner')).toContainText(CAMPAIGN.name);
      await bizAxe.check('results with campaign');
    });

    const files = await storedFiles(biz);
    const saved = Object.values(files);
    expect(saved).toHaveLength(1);
    const file = saved[0]!;
    expect(file.campaign).toMatchObject({ ...CAMPAIGN, venueTypes: ['retail'], checks: CHECKS });
    const model = buildReport(file, zh);
    expect(model.findings.length, 'the supermarket answers give findings in scope').toBeGreaterThan(0);
    let pdf: Uint8Array = new Uint8Array();

    await test.step('the report PDF names the campaign and the findings', async () => {
      const { bytes, download } = await downloadBytes(biz, () => biz.getByRole('button', { name: text(zh, 'downloads.pdf') }).click());
      pdf = bytes;
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      await download.saveAs(testInfo.outputPath('campaign-report.pdf'));
      await expect(biz.getByTestId('download-status')).toContainText(download.suggestedFilename());
      const all = squash((await pdfPages(bytes)).join('\n'));
      expect(all).toContain(squash(CAMPAIGN.name));
      expect(all).toContain(squash(CAMPAIGN.authority));
      expect(all).toContain(squash(model.findings[0]!.title));
    });

    await test.step('importing the PDF gives back the same assessment, as a copy beside the original', async () => {
      await biz.goto('/assessment/#/assessments');
      await waitHydrated(biz);
      await biz.getByLabel(text(zh, 'library.importLabel')).setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
      await biz.getByRole('button', { name: text(zh, 'library.importButton') }).click();
      await expect(biz.locator('.notice-region')).toContainText('副本');
      await expect(biz.locator('.assessment-card')).toHaveCount(2);
      // Each card says which campaign it answers, and by when.
      const [y, m, d] = CAMPAIGN.deadline.split('-').map(Number);
      await expect(biz.getByTestId('card-campaign')).toHaveText([0, 1].map(() => `专项检查：${CAMPAIGN.name}（${CAMPAIGN.authority}），截止日期 ${y}年${m}月${d}日`));
      const after = await storedFiles(biz);
      const copy = Object.values(after).find((f) => f.id !== file.id) as AssessmentFile;
      expect(copy.id).not.toBe(file.id);
      // The same assessment, under a name that tells it apart from the original in the list.
      expect(copy.meta.name).toBe(text(zh, 'library.importedCopyName', { name: file.meta.name, n: '' }));
      expect(canonicalJson({ ...copy, id: file.id, meta: file.meta })).toBe(canonicalJson(file));
      await biz.getByTestId('open-imported').click();
      await expect(biz.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(biz.getByTestId('campaign-banner')).toContainText(CAMPAIGN.name);
      // The island updates the URL hash after it renders the page.
      await expect(biz).toHaveURL(new RegExp(`a=${copy.id}`));
      // It opens where the report was made: on the results.
      await expect(biz).toHaveURL(/#\/results/);
    });
  } finally {
    await ctx.close();
  }
});

test('the checklist builder in English: validation, axe, and the blank inspection checklist PDF', async ({ page }) => {
  const en = 'en' as const;
  const axe = new Axe(page);
  await gotoHydrated(page, '/en/checklist/');
  await expect(page.getByRole('heading', { level: 1, name: 'Campaign checklist link' })).toBeVisible();
  // The citations' short names are spelled out, as on the printed checklist.
  const key = page.getByTestId('cite-abbreviations');
  await expect(key.locator('dt', { hasText: /^PIPL$/ })).toBeVisible();
  await expect(key).toContainText('Personal Information Protection Law of the People');
  await expect(key).toContainText('(中华人民共和国个人信息保护法)');
  await axe.check('checklist builder (en)');
  await page.getByTestId('make-link').click();
  const summary = page.locator('.error-summary');
  // In the page's order: the checks (step 2) come before the authority and the name (step 3).
  await expect(summary.getByRole('link')).toHaveText([/Select at least one check/, /Enter the authority/, /Enter the campaign name/]);
  await axe.check('checklist builder with errors (en)');
  await summary.getByRole('link', { name: 'Enter the authority' }).click();
  await expect(page.locator('#cl-authority')).toBeFocused();
  // Printed, the page gives a note on where the paper checklist is, not the form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.checklist-builder form')).toBeHidden();
  await expect(page.locator('.print-note')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-note')).toBeHidden();
  await page.locator('#cl-blank-venue').selectOption('hotel');
  const { bytes, download } = await downloadBytes(page, () => page.getByTestId('blank-pdf').click());
  expect(download.suggestedFilename()).toBe('face-pia-checklist-hotel-en.pdf');
  const all = squash((await pdfPages(bytes)).join('\n'));
  expect(all).toContain(squash('National identity channels')); // FR-35 applies to hotels
  await expect(page.getByRole('status').filter({ hasText: 'face-pia-checklist-hotel-en.pdf' })).toBeVisible();
  await expect(page.getByTestId('blank-scope')).toHaveText('No checks are chosen above: the checklist lists all 36.');
  // A campaign's sheet: only its checks, headed with its name, authority and reference; marked citations and a key.
  await page.locator('#cl-authority').fill('District Cyberspace Administration');
  await page.locator('#cl-name').fill('Hotel face checks 2026');
  await page.locator('#cl-reference').fill('DCA-2026-12');
  await page.locator('#cl-check-FR-04').check();
  await page.locator('#cl-check-FR-35').check();
  await expect(page.getByTestId('blank-scope')).toHaveText('The checklist lists only the 2 checks chosen above.');
  const scoped = squash((await pdfPages((await downloadBytes(page, () => page.getByTestId('blank-pdf').click())).bytes)).join('\n'));
  for (const s of ['Campaign name: Hotel face checks 2026', 'Authority: District Cyberspace Administration', 'Reference: DCA-2026-12', 'FR-04', 'FR-35', 'This sheet lists only the campaign’s 2 checks (of 36).']) expect(scoped).toContain(squash(s));
  expect(scoped).not.toContain('FR-01');
  expect(scoped).toContain(squash('FRM art. 11※')); // an article number not checked against the text
  expect(scoped).toContain(squash('FRM — Measures for the Security Management of the Application of Face Recognition Technology'));
  // What was filled in survives a reload, and a switch to Chinese, as a draft in this browser.
  await page.reload();
  await waitHydrated(page);
  await expect(page.getByTestId('draft-restored')).toContainText('Restored what you last filled in on this browser');
  await expect(page.locator('#cl-name')).toHaveValue('Hotel face checks 2026');
  await expect(page.locator('#cl-check-FR-35')).toBeChecked();
  await axe.check('checklist builder with a restored draft (en)');
  await gotoHydrated(page, '/checklist/');
  await expect(page.locator('#cl-reference')).toHaveValue('DCA-2026-12');
  await expect(page.locator('.check-choice input:checked')).toHaveCount(2);
  // Clearing the form can be undone.
  await page.getByTestId('draft-clear').click();
  await expect(page.getByTestId('draft-cleared')).toBeFocused();
  await expect(page.locator('#cl-name')).toHaveValue('');
  await expect(page.locator('.check-choice input:checked')).toHaveCount(0);
  await page.getByTestId('draft-cleared').getByRole('button').click();
  await expect(page.locator('#cl-name')).toHaveValue('Hotel face checks 2026');
  // A damaged draft is reported, not silently dropped, and is replaced only by what is typed next.
  await page.evaluate(() => localStorage.setItem('face-pia:v1:checklist-draft', '{"text":{"name":'));
  await gotoHydrated(page, '/en/checklist/');
  await expect(page.getByTestId('draft-unreadable')).toContainText('cannot be read');
  await expect(page.locator('#cl-name')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('face-pia:v1:checklist-draft'))).toBe('{"text":{"name":');
  await axe.check('checklist builder with an unreadable draft (en)');
  void en;
});

test('a campaign link past its deadline says so, and long unbroken text stays inside a phone’s screen', async ({ page }) => {
  const { campaignFragment } = await import('../../src/domain/share/links.ts');
  const long = `https://example.gov.cn/${'campaign-contact-'.repeat(5)}`;
  const fragment = await campaignFragment({ ...CAMPAIGN, contact: long, deadline: '2021-01-01', venueTypes: ['retail', 'hotel'], checks: CHECKS });
  await page.setViewportSize({ width: 375, height: 800 });
  await gotoHydrated(page, `/en/assessment/#${fragment}`);
  const banner = page.getByTestId('campaign-banner');
  await expect(banner).toContainText('Venue typesSupermarket or mall, Hotel or guesthouse');
  await expect(page.getByTestId('campaign-overdue')).toContainText('This campaign’s deadline (1 January 2021) has passed.');
  await expect(banner).toContainText(long);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await new Axe(page).check('start with an overdue campaign (en)');
  // A venue of a type the campaign does not list: the banner asks whether this assessment belongs to it.
  await page.getByLabel(text('en', 'start.name')).fill('Gym entry');
  await page.getByLabel(text('en', 'start.organisation')).fill('Org');
  await page.getByLabel(text('en', 'start.venue')).fill('Venue');
  await page.getByRole('button', { name: text('en', 'start.submit') }).click();
  await page.getByRole('link', { name: 'Venue and scope', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What kind of venue is it?');
  await expect(page.getByTestId('campaign-other-venue')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Gym or sports venue' }).check();
  await page.getByRole('button', { name: text('en', 'question.continue') }).click();
  await expect(page.getByTestId('campaign-other-venue')).toHaveText('The venue type you answered (Gym or sports venue) is not one this campaign lists: check that this assessment belongs to it, or ask 上海市普陀区网信办.');
  await page.getByTestId('back').click();
  await page.getByRole('radio', { name: 'Hotel or guesthouse' }).check();
  await page.getByRole('button', { name: text('en', 'question.continue') }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('What kind of venue is it?');
  await expect(page.getByTestId('campaign-other-venue')).toHaveCount(0);
});
