/**
 * The same assessment open in two tabs of one browser: neither ever overwrites the other silently.
 *
 * - A tab whose copy is stale (it has not yet heard of the other tab's save, as a frozen background tab) saves
 *   a different answer: both answers are kept, on both screens; what one tab has typed but not submitted stays.
 * - Both tabs change the same answers differently: the conflict is shown (an alert naming the questions, with
 *   both values), nothing is overwritten until the user chooses, per item or for all, and the choice is saved.
 *
 * Staleness is made on purpose: a capturing `storage` listener, installed before the app's, swallows the tab's
 * storage events while `__holdStorage` is set (the browser still updates that tab's localStorage). Full storage
 * is made by refusing writes of assessment files while `__storageFull` is set.
 */
import { expect, test, type BrowserContext, type Page } from '../support/test.ts';
import type { AnswerValue } from '../../src/domain/conditions.ts';
import type { Locale } from '../../src/domain/locale.ts';
import { newAssessment, type AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';
import { optionLabel, questionById } from '../../src/domain/questions/bank.ts';
import { Axe, fillAnswer, gotoHydrated, text } from '../support/app.ts';
import { FILE_PREFIX } from '../support/files.ts';

type Flags = { __holdStorage?: boolean; __storageFull?: boolean };

function seedFile(id: string, answers: Readonly<Record<string, AnswerValue>>): AssessmentFile {
  return { ...newAssessment({ name: 'Two tabs', organisation: 'Org', venueName: 'Venue' }, new Date('2026-03-02T09:00:00Z'), id), answers };
}

/** Two tabs of one browser context on the same stored assessment, each at its own question. */
async function openTwo(context: BrowserContext, locale: Locale, file: AssessmentFile, qa: string, qb: string): Promise<[Page, Page]> {
  const tabs: Page[] = [];
  while (tabs.length < 2) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const flags = window as unknown as Flags;
      window.addEventListener(
        'storage',
        (e) => {
          if (flags.__holdStorage) e.stopImmediatePropagation();
        },
        true,
      );
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (flags.__storageFull && key.startsWith('face-pia:v1:file:') && !key.endsWith(':probe')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    tabs.push(page);
  }
  const [a, b] = tabs as [Page, Page];
  await a.goto('/');
  await a.evaluate(([k, v]) => localStorage.setItem(k, v), [FILE_PREFIX + file.id, JSON.stringify(file)] as const);
  const root = locale === 'en' ? '/en/assessment/' : '/assessment/';
  await gotoHydrated(a, `${root}#/q/${qa}?a=${file.id}`);
  await gotoHydrated(b, `${root}#/q/${qb}?a=${file.id}`);
  return [a, b];
}

const setFlag = (page: Page, flag: keyof Flags, on: boolean) => page.evaluate(([f, v]) => ((window as unknown as Flags)[f] = v), [flag, on] as const);

async function storedAnswers(page: Page, id: string): Promise<Record<string, AnswerValue>> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), FILE_PREFIX + id);
  return raw ? (JSON.parse(raw) as AssessmentFile).answers : {};
}

async function answer(page: Page, qid: string, value: AnswerValue, locale: Locale): Promise<void> {
  await fillAnswer(page, questionById(qid)!, value, locale);
  const before = page.url();
  await page.getByRole('button', { name: text(locale, 'question.continue'), exact: true }).click();
  await expect(page).not.toHaveURL(before);
}

/** Go to the check-your-answers page the way a link would (changing the hash). */
async function reviewAll(page: Page, id: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/review?a=${id}`);
  await expect(page).toHaveURL(/#\/review\?/);
}

test('a stale tab’s answer is combined with the other tab’s, and unsubmitted input survives (zh-CN)', async ({ context }) => {
  const zh: Locale = 'zh-CN';
  const file = seedFile('two-tabs-merge-1', {});
  const [a, b] = await openTwo(context, zh, file, 'venue.type', 'purpose.statement');
  await setFlag(b, '__holdStorage', true);

  await test.step('tab A answers question 1; tab B has not heard of it', async () => {
    await answer(a, 'venue.type', 'gym', zh);
    await expect.poll(() => storedAnswers(b, file.id)).toMatchObject({ 'venue.type': 'gym' });
    // A starts on the next question but does not submit it yet.
    await a.getByRole('radio', { name: optionLabel('venue.status', 'live')[zh], exact: true }).check();
  });

  await test.step('tab B, stale, answers question 2: both answers are kept and B is told', async () => {
    await answer(b, 'purpose.statement', '核验会员本人入场', zh);
    await expect(b.getByTestId('app-notice')).toHaveText(text(zh, 'storage.merged'));
    expect(await storedAnswers(b, file.id)).toEqual({ 'venue.type': 'gym', 'purpose.statement': '核验会员本人入场' });
    await expect(b.getByTestId('conflict')).toHaveCount(0);
  });

  await test.step('tab A takes B’s answer in place: the radio chosen but not submitted stays chosen', async () => {
    await expect(a.getByTestId('app-notice')).toHaveText(text(zh, 'storage.otherTab'));
    await expect(a).toHaveURL(/#\/q\/venue\.status\?/);
    await expect(a.getByRole('radio', { name: optionLabel('venue.status', 'live')[zh], exact: true })).toBeChecked();
    await a.getByRole('button', { name: text(zh, 'question.continue'), exact: true }).click();
    await expect(a).toHaveURL(/#\/q\/venue\.go-live\?/);
    await expect.poll(() => storedAnswers(a, file.id)).toEqual({ 'venue.type': 'gym', 'purpose.statement': '核验会员本人入场', 'venue.status': 'live' });
  });

  await test.step('both screens show all the answers', async () => {
    await setFlag(b, '__holdStorage', false);
    for (const page of [a, b]) {
      await reviewAll(page, file.id);
      const list = page.locator('.app__page');
      await expect(list).toContainText(optionLabel('venue.type', 'gym')[zh]);
      await expect(list).toContainText(optionLabel('venue.status', 'live')[zh]);
      await expect(list).toContainText('核验会员本人入场');
    }
    expect(await storedAnswers(a, file.id)).toEqual({ 'venue.type': 'gym', 'purpose.statement': '核验会员本人入场', 'venue.status': 'live' });
  });
});

test('the same answers changed differently in two tabs: the conflict is shown, nothing is overwritten, the choice is saved (en)', async ({ context }, testInfo) => {
  const en: Locale = 'en';
  const file = seedFile('two-tabs-conflict-1', { 'venue.type': 'gym', 'purpose.statement': 'Original purpose' });
  const [a, b] = await openTwo(context, en, file, 'venue.type', 'venue.type');
  const axe = new Axe(b);

  await test.step('tab B cannot save (storage full) and keeps its two changes on screen', async () => {
    await setFlag(b, '__storageFull', true);
    await answer(b, 'venue.type', 'retail', en);
    await expect(b.getByTestId('storage-warning')).toContainText(text(en, 'storage.full').slice(0, 30));
    await b.evaluate((hash) => (window.location.hash = hash), `#/q/purpose.statement?a=${file.id}`);
    await answer(b, 'purpose.statement', 'Purpose from tab B', en);
  });

  await test.step('tab A saves different values for the same two questions: B shows the conflict, and nothing was overwritten', async () => {
    await answer(a, 'venue.type', 'hotel', en);
    await a.evaluate((hash) => (window.location.hash = hash), `#/q/purpose.statement?a=${file.id}`);
    await answer(a, 'purpose.statement', 'Purpose from tab A', en);

    // A region named by its title; the title and introduction are announced as an alert.
    const conflict = b.getByRole('region', { name: text(en, 'conflict.title', { n: 2 }) });
    await expect(conflict.getByRole('alert')).toContainText(text(en, 'conflict.title', { n: 2 }));
    await expect(conflict).toBeVisible();
    for (const qid of ['venue.type', 'purpose.statement']) await expect(conflict.getByRole('group', { name: questionById(qid)!.label.en })).toBeVisible();
    const type = conflict.getByRole('group', { name: questionById('venue.type')!.label.en });
    await expect(type.getByRole('radio', { name: text(en, 'conflict.mine', { value: optionLabel('venue.type', 'retail').en }) })).toBeVisible();
    await expect(type.getByRole('radio', { name: text(en, 'conflict.theirs', { value: optionLabel('venue.type', 'hotel').en }) })).toBeVisible();
    await expect(conflict.getByRole('radio', { name: text(en, 'conflict.mine', { value: 'Purpose from tab B' }) })).toBeVisible();
    await expect(conflict.getByRole('radio', { name: text(en, 'conflict.theirs', { value: 'Purpose from tab A' }) })).toBeVisible();
    expect(await storedAnswers(a, file.id)).toEqual({ 'venue.type': 'hotel', 'purpose.statement': 'Purpose from tab A' });

    await setFlag(b, '__storageFull', false); // room again: still nothing is written over A's values until B chooses
    await b.getByTestId('back').click();
    await expect(conflict).toBeVisible();
    expect(await storedAnswers(a, file.id)).toEqual({ 'venue.type': 'hotel', 'purpose.statement': 'Purpose from tab A' });

    await axe.check('conflict notice');
    await conflict.screenshot({ path: testInfo.outputPath('conflict-en.png') });
  });

  await test.step('saving without choosing says what is missing', async () => {
    await b.getByTestId('conflict-save').click();
    await expect(b.locator('.conflict-notice .error-message')).toHaveCount(2);
    await expect(b.locator(`#conflict-answer-venue-type-mine`)).toBeFocused();
    await axe.check('conflict notice with errors');
  });

  await test.step('choosing per question saves exactly the choices, and tab A follows', async () => {
    const conflict = b.getByTestId('conflict');
    await conflict.getByRole('radio', { name: text(en, 'conflict.mine', { value: optionLabel('venue.type', 'retail').en }) }).check();
    await conflict.getByRole('radio', { name: text(en, 'conflict.theirs', { value: 'Purpose from tab A' }) }).check();
    await b.getByTestId('conflict-save').click();
    await expect(b.getByTestId('conflict')).toHaveCount(0);
    await expect(b.getByTestId('app-notice')).toHaveText(text(en, 'conflict.saved'));
    await expect(b.getByTestId('storage-warning')).toHaveCount(0);
    expect(await storedAnswers(b, file.id)).toEqual({ 'venue.type': 'retail', 'purpose.statement': 'Purpose from tab A' });

    await expect(a.getByTestId('app-notice')).toHaveText(text(en, 'storage.otherTab'));
    for (const page of [a, b]) {
      await reviewAll(page, file.id);
      await expect(page.locator('.app__page')).toContainText(optionLabel('venue.type', 'retail').en);
      await expect(page.locator('.app__page')).toContainText('Purpose from tab A');
    }
  });
});

test('a stale tab changes the answer the other tab just saved: the conflict, then “keep all of mine” (zh-CN)', async ({ context }, testInfo) => {
  const zh: Locale = 'zh-CN';
  const file = seedFile('two-tabs-conflict-2', { 'purpose.statement': '原来的目的' });
  const [a, b] = await openTwo(context, zh, file, 'purpose.statement', 'purpose.statement');
  const axe = new Axe(b);
  await setFlag(b, '__holdStorage', true);

  await answer(a, 'purpose.statement', 'A 窗口的目的', zh);
  await expect.poll(() => storedAnswers(b, file.id)).toEqual({ 'purpose.statement': 'A 窗口的目的' });
  await answer(b, 'purpose.statement', 'B 窗口的目的', zh);

  const conflict = b.getByRole('region', { name: text(zh, 'conflict.title', { n: 1 }) });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('group', { name: questionById('purpose.statement')!.label[zh] })).toBeVisible();
  await expect(conflict).toContainText(text(zh, 'conflict.mine', { value: 'B 窗口的目的' }));
  await expect(conflict).toContainText(text(zh, 'conflict.theirs', { value: 'A 窗口的目的' }));
  expect(await storedAnswers(b, file.id)).toEqual({ 'purpose.statement': 'A 窗口的目的' });
  await axe.check('conflict notice (zh-CN)');
  await b.screenshot({ path: testInfo.outputPath('conflict-zh-page.png') });

  await setFlag(b, '__holdStorage', false);
  await conflict.getByRole('button', { name: text(zh, 'conflict.allMine') }).click();
  await expect(b.getByTestId('conflict')).toHaveCount(0);
  await expect(b.getByTestId('app-notice')).toHaveText(text(zh, 'conflict.saved'));
  expect(await storedAnswers(b, file.id)).toEqual({ 'purpose.statement': 'B 窗口的目的' });
  await expect(a.getByTestId('app-notice')).toHaveText(text(zh, 'storage.otherTab'));
  await reviewAll(a, file.id);
  await expect(a.locator('.app__page')).toContainText('B 窗口的目的');
});
