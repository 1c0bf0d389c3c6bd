/**
 * The results page renders its heading at once, the report a moment later and then in stages
 * (src/ui/lazy/use-report.ts, src/ui/components/Staged.tsx). Whatever the stages, the page a user ends up with
 * is the whole report, in order, without scrolling; printing, or the link down to the share section, does not
 * wait for them; and the heading keeps the focus the page gives it.
 */
import { expect, test, type Page } from '../support/test.ts';
import type { Locale } from '../../src/domain/locale.ts';
import { newAssessment, type AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';
import { buildReport } from '../../src/domain/report/build-report.ts';
import { scenarioById } from '../../src/domain/scenarios/index.ts';
import { positionToHash } from '../../src/domain/machine/navigation.ts';
import { assessmentFragment } from '../../src/domain/share/links.ts';
import { root, text, waitHydrated } from '../support/app.ts';
import { storeFiles } from '../support/files.ts';

// Many findings (two red lines), actions, obligations and an appendix: the longest sample report.
const supermarket = scenarioById('shanghai-putuo-supermarket')!;
const file: AssessmentFile = { ...newAssessment(supermarket.meta, new Date('2026-03-02T09:00:00Z'), 'staged-results'), answers: supermarket.answers };

/** The page's h2 headings, in order, as the report model and the messages say they should be. */
function expectedHeadings(locale: Locale): string[] {
  const report = buildReport(file, locale);
  const t = (k: Parameters<typeof text>[1]) => text(locale, k);
  return [
    report.conclusion.title,
    t('results.contents'),
    t('results.counts'),
    t('downloads.title'),
    t('results.findingsHeading'),
    t('results.unknownsHeading'),
    t('results.riskHeading'),
    t('results.actionsHeading'),
    t('results.obligationsHeading'),
    t('results.textsHeading'),
    t('results.sectionsHeading'),
    t('results.answersHeading'),
    t('results.appendixHeading'),
    t('results.signOffHeading'),
    t('share.title'),
  ];
}

async function shareLink(locale: Locale): Promise<string> {
  return `${root(locale)}assessment/#${(await assessmentFragment(file, 'http://x/')).fragment}`;
}

const headings = (page: Page) => page.locator('.results h2').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

/** The names of the headings in Chromium's accessibility tree — what a screen reader can list. */
async function axHeadings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: unknown }; name?: { value?: unknown }; ignored?: boolean }[] };
  await cdp.detach();
  return nodes.filter((n) => n.role?.value === 'heading' && !n.ignored).map((n) => String(n.name?.value ?? '').trim());
}

/**
 * Runs `probe` in the page at the first render of the results for which `when` holds (both are functions of the
 * results element, as source text) — in the same task as that render, before any later stage can have rendered
 * — and keeps what it returns in `window.__probe`.
 */
async function atFirstRender(page: Page, when: string, probe: string): Promise<void> {
  await page.addInitScript({
    content: `
      new MutationObserver((_, observer) => {
        const results = document.querySelector('.results');
        if (!results || !(${when})(results)) return;
        observer.disconnect();
        window.__probe = (${probe})(results);
      }).observe(document, { childList: true, subtree: true });
    `,
  });
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`a share link opens the whole report, in order, without scrolling (${locale})`, async ({ page }) => {
    const report = buildReport(file, locale);
    await page.goto(await shareLink(locale));
    await waitHydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: text(locale, 'results.title') })).toBeVisible();
    await expect(page.locator('.results')).toHaveAttribute('data-rendered', 'all');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The tab names the page (its code arrives after the wizard's first render), and the first load does not
    // move the focus.
    await expect(page).toHaveTitle(text(locale, 'app.pageTitle', { page: text(locale, 'results.title') }));
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await headings(page)).toEqual(expectedHeadings(locale));
    // A screen reader finds every section by its heading without scrolling: none is left out of the
    // accessibility tree (as `content-visibility: auto` does with sections below the screen).
    expect(await axHeadings(page)).toEqual(expect.arrayContaining(expectedHeadings(locale)));
    await expect(page.locator('.finding')).toHaveCount(report.findings.length);
    expect(await page.locator('.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual(report.findings.map((f) => f.id));
    await expect(page.locator('[data-action]')).toHaveCount(report.actions.length);
    // The assessment is dated 2 March 2026: its suggested dates, counted from then, have all gone by today.
    const suggested = report.actions.filter((a) => a.dueSuggested && a.due !== '' && a.status !== 'done');
    expect(suggested.length).toBeGreaterThan(0);
    const gone = page.getByTestId('due-suggested-past');
    await expect(gone).toHaveCount(suggested.length);
    await expect(gone.first()).toContainText(locale === 'en' ? 'has already passed (it was counted from the report’s date, 2 March 2026)' : '这个建议日期已经过去（它从本报告的日期 2026年3月2日 起算）');
    await expect(page.locator('.obligations__item')).toHaveCount(report.obligations.length);
    await expect(page.locator('.generated-text')).toHaveCount(3);
    await expect(page.locator('.appendix .provision')).toHaveCount(report.appendix.length);
    await expect(page.locator('.disclaimer')).toHaveText(report.disclaimer);
  });
}

test('printing as soon as the results appear prints the whole report, the appendix open', async ({ page }) => {
  // The first render with the report builder's code there ("Loading" gone), before the report has been built.
  await atFirstRender(
    page,
    `() => !document.querySelector('[data-testid="loading"]')`,
    `(results) => {
      const count = () => results.querySelectorAll('h2').length;
      const before = count();
      window.dispatchEvent(new Event('beforeprint'));
      return { before, after: count(), findings: results.querySelectorAll('.finding').length, appendixOpen: !!results.querySelector('details.appendix[open]') };
    }`,
  );
  await page.goto(await shareLink('en'));
  await expect(page.locator('.results')).toHaveAttribute('data-rendered', 'all');
  const probe = await page.evaluate(() => (window as unknown as { __probe: { before: number; after: number; findings: number; appendixOpen: boolean } }).__probe);
  const all = expectedHeadings('en').length;
  // That render is only the heading; beforeprint built the report and rendered all of it before returning.
  expect(probe.before).toBe(0);
  expect(probe.after).toBe(all);
  expect(probe.findings).toBe(buildReport(file, 'en').findings.length);
  expect(probe.appendixOpen).toBe(true);
});

/**
 * Clicks the in-page link `href` at the first render that has it (before its target can have rendered), then
 * checks that it rendered the target, moved focus there and left the URL hash (the position) alone.
 */
async function jumpAtFirstRender(page: Page, href: string, locale: Locale): Promise<void> {
  const link = `[...results.querySelectorAll('a')].find((a) => a.getAttribute('href') === '${href}')`;
  await atFirstRender(
    page,
    `(results) => ${link}`,
    `(results) => {
      const hash = location.hash;
      const found = !!document.getElementById('${href.slice(1)}');
      ${link}.click();
      return { found, focused: document.activeElement?.id, hashKept: location.hash === hash };
    }`,
  );
  await page.goto(await shareLink(locale));
  await expect(page.locator('.results')).toHaveAttribute('data-rendered', 'all');
  const probe = await page.evaluate(() => (window as unknown as { __probe: { found: boolean; focused: string; hashKept: boolean } }).__probe);
  expect(probe).toEqual({ found: false, focused: href.slice(1), hashKept: true });
  await expect(page.locator(href)).toBeFocused();
}

test('the link down to the share section works before the rest of the page has rendered', async ({ page }) => {
  await jumpAtFirstRender(page, '#share-title', 'zh-CN');
});

test('the contents at the top take a phone user straight to the generated texts, before the page has rendered them', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await jumpAtFirstRender(page, '#results-texts', 'en');
  await expect(page.getByRole('heading', { level: 2, name: text('en', 'results.textsHeading') })).toBeInViewport();
  // The risk tables, wider than the phone, say they scroll sideways.
  await expect(page.locator('.table-scroll__hint').first()).toBeVisible();
});

test('from the review, the results take focus on their heading and name the page, with the report rendered after', async ({ page }) => {
  await storeFiles(page, [file], file.id);
  await page.goto(`/en/assessment/${positionToHash({ phase: 'review' }, file.id)}`);
  await waitHydrated(page);
  // The review fetches the results' code; once it is there, "See the results" shows them at once.
  await page.waitForLoadState('networkidle');
  await page.getByTestId('see-results').click();
  await expect(page.locator('.results')).toHaveAttribute('data-rendered', 'all');
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'results.title') })).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(text('en', 'results.title')));
  await expect(page.getByTestId('conclusion')).toHaveClass(new RegExp(`conclusion--${buildReport(file, 'en').conclusion.code}`));
});

test('reopening a question page by its address names the page in the tab, once the page has loaded', async ({ page }) => {
  await storeFiles(page, [file], file.id);
  // A question page's code and words load after the wizard's first render.
  await page.goto(`/en/assessment/${positionToHash({ phase: 'question', questionId: 'venue.devices' }, file.id)}`);
  await waitHydrated(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toBeVisible();
  const heading = ((await h1.textContent()) ?? '').trim();
  expect(heading).not.toBe('');
  await expect(page).toHaveTitle(text('en', 'app.pageTitle', { page: heading }));
});

test('back from a law article, a lawyer is where they were in the results, not at the top', async ({ page }) => {
  await storeFiles(page, [file], file.id);
  await page.goto(`/assessment/${positionToHash({ phase: 'results' }, file.id)}`);
  await waitHydrated(page);
  await expect(page.locator('.results')).toHaveAttribute('data-rendered', 'all');
  // A citation under a finding far down the page.
  const link = page.locator('.finding').nth(8).locator('a[href*="/law/"]').first();
  await link.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(3000);
  await link.click();
  await expect(page).toHaveURL(/\/law\/[^/]+\/$/);
  await page.goBack();
  await waitHydrated(page);
  await expect(page.locator('.results')).toHaveAttribute('data-rendered', 'all');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 80);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 80);
  await expect(link).toBeInViewport();
});
