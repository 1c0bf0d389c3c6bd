/** A whole assessment answered through the UI: start form, every section from the task list, review, results. */
import { expect, type Page } from '@playwright/test';
import type { AnswerValue } from '../../src/domain/conditions.ts';
import type { Locale } from '../../src/domain/locale.ts';
import { SECTIONS } from '../../src/domain/questions/bank.ts';
import type { AssessmentMeta } from '../../src/domain/persistence/assessment-file.ts';
import { sampleAnswer } from '../../src/domain/machine/sample-answers.ts';
import { VENUE_TYPES } from '../../src/domain/questions/sections/01-venue.ts';
import { answerWithKeyboard, tabTo } from './keyboard.ts';
import { questionById } from '../../src/domain/questions/bank.ts';
import { answerCurrent, Axe, currentPhase, currentQuestion, gotoHydrated, root, sectionTitle, text, waitHydrated } from './app.ts';

export interface JourneyOptions {
  /** Called after each answered question (e.g. to reload, or to switch language). Returns the locale to go on in. */
  afterAnswer?: (qid: string, locale: Locale) => Promise<Locale | void>;
}

export async function startAssessment(page: Page, locale: Locale, meta: AssessmentMeta, axe: Axe): Promise<void> {
  await gotoHydrated(page, root(locale));
  await axe.check('landing');
  await page.getByRole('link', { name: text(locale, 'landing.start') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'start.title') })).toBeVisible();
  await axe.check('start');
  await page.getByLabel(text(locale, 'start.name')).fill(meta.name);
  await page.getByLabel(text(locale, 'start.organisation')).fill(meta.organisation);
  await page.getByLabel(text(locale, 'start.venue')).fill(meta.venueName);
  if (meta.preset) await page.getByRole('radio', { name: VENUE_TYPES.find((v) => v.code === meta.preset)!.label[locale], exact: true }).check();
  await page.getByRole('button', { name: text(locale, 'start.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'tasks.title') })).toBeVisible();
  await axe.check('tasks');
}

/** From the task list, answer every section in order, then check all answers and open the results. */
export async function answerAllSections(
  page: Page,
  startLocale: Locale,
  answers: Readonly<Record<string, AnswerValue>>,
  axe: Axe,
  options: JourneyOptions = {},
): Promise<Locale> {
  let locale = startLocale;
  for (const s of SECTIONS) {
    await page.getByRole('link', { name: sectionTitle(s.id, locale), exact: true }).click();
    for (let guard = 0; guard < 40 && currentQuestion(page); guard++) {
      await axe.check();
      const qid = await answerCurrent(page, answers, locale, sampleAnswer);
      const next = await options.afterAnswer?.(qid, locale);
      if (next) locale = next;
    }
    expect(currentPhase(page)).toBe('review');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(sectionTitle(s.id, locale));
    await axe.check();
    await page.getByRole('link', { name: text(locale, 'review.backToTasks') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text(locale, 'tasks.title') })).toBeVisible();
  }
  await expect(page.getByTestId('progress')).toContainText(text(locale, 'tasks.progressSections', { done: SECTIONS.length, total: SECTIONS.length }));
  // Every section reads "completed", those with problems say so as well, not instead.
  await expect(page.locator('.task-list__status .tag--status-completed')).toHaveCount(await page.locator('.task-list__item').count());
  await axe.check('tasks complete');
  await page.getByRole('link', { name: text(locale, 'tasks.checkAll') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'review.titleAll') })).toBeVisible();
  await axe.check('review');
  await page.getByTestId('see-results').click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'results.title') })).toBeVisible();
  await axe.check('results');
  return locale;
}

/** The finding for a rule is shown in its severity group, with its citations linking to the law library. */
export async function expectFinding(page: Page, ruleId: string, severity: 'red' | 'nc' | 'risk', locale: Locale): Promise<void> {
  const finding = page.locator(`.finding-group--${severity} [data-rule="${ruleId}"]`);
  await expect(finding).toBeVisible();
  const lawLink = finding.locator('.citation-list a').first();
  await expect(lawLink).toHaveAttribute('href', new RegExp(`^${locale === 'en' ? '/en' : ''}/law/[a-z0-9-]+/$`));
  await expect(finding.locator('.summary-list__row').first()).toBeVisible();
}

/** The whole journey in English with the keyboard only: Tab, Space, arrows, typing and Enter — no clicks. */
export async function keyboardJourney(page: Page, meta: AssessmentMeta, answers: Readonly<Record<string, AnswerValue>>, axe: Axe): Promise<void> {
  const locale: Locale = 'en';
  await gotoHydrated(page, root(locale));
  await tabTo(page, '[data-testid="start"]');
  await page.keyboard.press('Enter');
  await waitHydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'start.title') })).toBeVisible();
  for (const [id, v] of [['#start-name', meta.name], ['#start-organisation', meta.organisation], ['#start-venueName', meta.venueName]] as const) {
    await tabTo(page, id);
    await page.keyboard.insertText(v);
  }
  await tabTo(page, 'input[name="preset"]');
  const presetIndex = VENUE_TYPES.findIndex((v) => v.code === meta.preset) + 1;
  for (let i = 0; i < presetIndex; i++) await page.keyboard.press('ArrowDown');
  await tabTo(page, '[data-testid="create"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'tasks.title') })).toBeVisible();
  await axe.check('tasks');
  for (const s of SECTIONS) {
    await tabTo(page, `[data-section="${s.id}"] a`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/(q|review)\//);
    for (let guard = 0; guard < 40 && currentQuestion(page); guard++) {
      await axe.check();
      await answerWithKeyboard(page, answers, (qid) => sampleAnswer(questionById(qid)!));
    }
    expect(currentPhase(page)).toBe('review');
    await tabTo(page, '[data-testid="review-continue"]');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: text(locale, 'tasks.title') })).toBeVisible();
  }
  await tabTo(page, '[data-testid="check-all"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'review.titleAll') })).toBeVisible();
  await axe.check('review');
  await tabTo(page, '[data-testid="see-results"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'results.title') })).toBeVisible();
  await axe.check('results');
}
