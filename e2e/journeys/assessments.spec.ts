/**
 * Saving and the library: language switch and browser Back mid-way, "Your assessments" (rename, duplicate,
 * delete with undo, export, import good and bad files), storage that does not work, the start form's
 * validation, a hidden question refused from the URL, and 320 px wide pages.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '../support/test.ts';
import { positionToHash } from '../../src/domain/machine/navigation.ts';
import { newAssessment, type AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';
import { questionById } from '../../src/domain/questions/bank.ts';
import { scenarioById } from '../../src/domain/scenarios/index.ts';
import { Axe, currentQuestion, fillAnswer, gotoHydrated, text, waitHydrated } from '../support/app.ts';
import { storeFiles } from '../support/files.ts';

const supermarket = scenarioById('shanghai-putuo-supermarket')!;
const residential = scenarioById('tianjin-property')!;

function fileOf(id: string, s = supermarket, name?: string): AssessmentFile {
  return { ...newAssessment({ ...s.meta, ...(name ? { name } : {}) }, new Date('2026-03-02T09:00:00Z'), id), answers: s.answers };
}

const seed = (page: Page, files: AssessmentFile[]) => storeFiles(page, files);

test('switching language mid-way keeps the answers and the position; the browser Back button works', async ({ page }) => {
  const axe = new Axe(page);
  await gotoHydrated(page, '/assessment/#/start');
  await page.getByLabel(text('zh-CN', 'start.name')).fill('语言切换测试');
  await page.getByLabel(text('zh-CN', 'start.organisation')).fill('某公司');
  await page.getByLabel(text('zh-CN', 'start.venue')).fill('某场所');
  await page.getByRole('button', { name: text('zh-CN', 'start.submit') }).click();
  await page.getByRole('link', { name: '场所与范围', exact: true }).click();
  for (const [qid, v] of [['venue.type', 'gym'], ['venue.status', 'live']] as const) {
    await fillAnswer(page, questionById(qid)!, v, 'zh-CN');
    await page.getByRole('button', { name: text('zh-CN', 'question.continue') }).click();
  }
  expect(currentQuestion(page)).toBe('venue.go-live');
  await test.step('when I press the browser Back button, the previous question shows my answer', async () => {
    await page.goBack();
    await expect(page).toHaveURL(/#\/q\/venue\.status/);
    await expect(page.getByRole('radio', { name: '已经在使用' })).toBeChecked();
    await page.goForward();
    await expect(page).toHaveURL(/#\/q\/venue\.go-live/);
  });
  await test.step('when I switch to English, I am on the same question with my answers', async () => {
    await page.getByRole('link', { name: /English/ }).click();
    await waitHydrated(page);
    expect(page.url()).toContain('/en/assessment/#/q/venue.go-live');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(questionById('venue.go-live')!.label.en);
    await axe.check();
  });
  await test.step('when I submit nothing, the error summary links to the field', async () => {
    await page.getByRole('button', { name: text('en', 'question.continue') }).click();
    const summary = page.locator('.error-summary');
    await expect(summary.getByRole('alert')).toContainText('Enter a date');
    await axe.check('question with errors');
    await summary.getByRole('link').first().click();
    await expect(page.locator('#q-venue-go-live')).toBeFocused();
  });
  await test.step('and switching back to Chinese keeps everything, even what I typed but did not save', async () => {
    await page.getByLabel(text('en', 'question.dateYear'), { exact: true }).fill('2025');
    await page.getByRole('link', { name: /中文/ }).click();
    await waitHydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(questionById('venue.go-live')!.label['zh-CN']);
    await expect(page.getByLabel(text('zh-CN', 'question.dateYear'), { exact: true })).toHaveValue('2025');
    await expect(page.getByTestId('draft-restored')).toHaveText(text('zh-CN', 'question.draftRestored'));
    await page.getByTestId('back').click();
    await expect(page.getByRole('radio', { name: '已经在使用' })).toBeChecked();
  });
  await test.step('going Back and then on again brings back what I typed but did not save', async () => {
    await page.getByRole('button', { name: text('zh-CN', 'question.continue') }).click();
    await expect(page).toHaveURL(/#\/q\/venue\.go-live/);
    await expect(page.getByLabel(text('zh-CN', 'question.dateYear'), { exact: true })).toHaveValue('2025');
    await expect(page.getByTestId('draft-restored')).toHaveText(text('zh-CN', 'question.draftRestored'));
    // The browser's own Back keeps it too.
    await page.getByLabel(text('zh-CN', 'question.dateMonth'), { exact: true }).fill('6');
    await page.goBack();
    await expect(page).toHaveURL(/#\/q\/venue\.status/);
    await page.goForward();
    await expect(page.getByLabel(text('zh-CN', 'question.dateMonth'), { exact: true })).toHaveValue('6');
    await expect(page.getByLabel(text('zh-CN', 'question.dateYear'), { exact: true })).toHaveValue('2025');
  });
});

test('your assessments: rename, duplicate, delete with undo, export and import', async ({ page }) => {
  const axe = new Axe(page);
  await seed(page, [fileOf('lib-supermarket-1', supermarket, 'Supermarket entrances'), fileOf('lib-residential-1', residential, 'Residential gates')]);
  await gotoHydrated(page, '/en/assessment/#/assessments');
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessments' })).toBeVisible();
  await expect(page.locator('.assessment-card')).toHaveCount(2);
  await axe.check('library');
  const card = (name: string) => page.locator('.assessment-card', { has: page.getByRole('heading', { name, exact: true }) });

  await test.step('rename', async () => {
    await card('Residential gates').getByRole('button', { name: 'Rename: Residential gates' }).click();
    await page.getByLabel('New name').fill('North gate entry');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('status')).toContainText('Renamed to “North gate entry”.');
    await expect(card('North gate entry')).toHaveCount(1);
  });
  await test.step('duplicate', async () => {
    await card('North gate entry').getByRole('button', { name: 'Duplicate: North gate entry' }).click();
    await expect(page.locator('.assessment-card')).toHaveCount(3);
    await expect(card('North gate entry (copy)')).toHaveCount(1);
    // Again: the second copy is numbered, not a twin of the first.
    await card('North gate entry').getByRole('button', { name: 'Duplicate: North gate entry' }).click();
    await expect(card('North gate entry (copy 2)')).toHaveCount(1);
    await card('North gate entry (copy 2)').getByRole('button', { name: 'Delete: North gate entry (copy 2)' }).click();
    await expect(page.locator('.assessment-card')).toHaveCount(3);
  });
  await test.step('delete, then undo', async () => {
    await card('North gate entry (copy)').getByRole('button', { name: 'Delete: North gate entry (copy)' }).click();
    await expect(page.locator('.assessment-card')).toHaveCount(2);
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await expect(page.locator('.assessment-card')).toHaveCount(3);
    await expect(card('North gate entry (copy)')).toHaveCount(1);
  });
  let exported = '';
  await test.step('export to a file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), card('Supermarket entrances').getByRole('button', { name: 'Export to a file: Supermarket entrances' }).click()]);
    exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'face-pia-assessment', id: 'lib-supermarket-1', meta: { name: 'Supermarket entrances' } });
  });
  await test.step('import with no file chosen: the error says so, without an empty file name', async () => {
    await page.getByRole('button', { name: 'Import file' }).click();
    await expect(page.locator('.error-summary__title')).toHaveText('Could not import. Nothing was changed:');
    await expect(page.getByLabel('Choose an assessment file (.json)')).toHaveAttribute('aria-invalid', 'true');
  });
  await test.step('import a broken file: every problem is listed and nothing changes', async () => {
    const broken = JSON.parse(exported);
    broken.answers['venue.type'] = 'castle';
    broken.actions = { 'not a rule': {} };
    await page.getByLabel('Choose an assessment file (.json)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole('button', { name: 'Import file' }).click();
    const errors = page.getByTestId('import-errors');
    await expect(errors.locator('li')).toHaveCount(2);
    await expect(errors).toContainText('Question “What kind of venue is it?” (answers["venue.type"])');
    await expect(errors).toContainText('actions["not a rule"]');
    await expect(page.locator('.assessment-card')).toHaveCount(3);
    await axe.check('library with import errors');
  });
  await test.step('import the exported file: it is added as a copy, never overwriting', async () => {
    await page.getByLabel('Choose an assessment file (.json)').setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByRole('button', { name: 'Import file' }).click();
    await expect(page.getByRole('status')).toContainText('saved as a copy');
    await expect(page.locator('.assessment-card')).toHaveCount(4);
    await expect(card('Supermarket entrances (imported copy)')).toHaveCount(1);
    // A second import of the same file: a name of its own, so the versions can be told apart.
    await page.getByLabel('Choose an assessment file (.json)').setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByRole('button', { name: 'Import file' }).click();
    await expect(page.locator('.assessment-card')).toHaveCount(5);
    await expect(card('Supermarket entrances (imported copy 2)')).toHaveCount(1);
    await card('Supermarket entrances (imported copy 2)').getByRole('button', { name: 'Delete: Supermarket entrances (imported copy 2)' }).click();
    await expect(page.locator('.assessment-card')).toHaveCount(4);
  });
  await test.step('open one: it resumes at its task list', async () => {
    await card('North gate entry').getByRole('button', { name: 'Open: North gate entry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Assessment tasks' })).toBeVisible();
    await expect(page.locator('[data-section="alternatives"] [data-testid="section-problems"]')).toHaveText('Has problems');
    await expect(page.locator('[data-section="alternatives"] .tag').first()).toHaveText('Completed');
    await axe.check('tasks with problems');
  });
  await test.step('rename the open one from the library: the page stays there, with its notice', async () => {
    await page.getByRole('link', { name: 'Your assessments' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your assessments' })).toBeVisible();
    await card('North gate entry').getByRole('button', { name: 'Rename: North gate entry' }).click();
    await page.getByLabel('New name').fill('Main gate entry');
    await page.getByLabel('New name').press('Enter');
    await expect(page.getByRole('status')).toContainText('Renamed to “Main gate entry”.');
    await expect(page.getByRole('heading', { level: 1, name: 'Your assessments' })).toBeVisible();
    await expect(card('Main gate entry')).toHaveCount(1);
  });
});

test('when storage does not work, the user is told, can export, and loses nothing on screen', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const axe = new Axe(page);
  await gotoHydrated(page, '/en/assessment/#/start');
  await expect(page.getByTestId('storage-warning')).toContainText('cannot save');
  await page.getByLabel(text('en', 'start.name')).fill('No storage');
  await page.getByLabel(text('en', 'start.organisation')).fill('Org');
  await page.getByLabel(text('en', 'start.venue')).fill('Venue');
  await page.getByRole('button', { name: text('en', 'start.submit') }).click();
  await page.getByRole('link', { name: 'Venue and scope', exact: true }).click();
  await page.getByRole('radio', { name: 'Hotel or guesthouse' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('storage-warning')).toBeVisible();
  await axe.check('storage warning');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('storage-warning').getByRole('button', { name: 'Export to a file' }).click()]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.answers['venue.type']).toBe('hotel');
  await page.getByTestId('back').click();
  await expect(page.getByRole('radio', { name: 'Hotel or guesthouse' })).toBeChecked();
});

test('the start form explains what is missing; a hidden question cannot be opened from the URL', async ({ page }) => {
  const axe = new Axe(page);
  await gotoHydrated(page, '/assessment/#/start');
  await page.getByRole('button', { name: text('zh-CN', 'start.submit') }).click();
  await expect(page.locator('.error-summary [role="alert"] li')).toHaveCount(3);
  // The tab says so too, once.
  await expect(page).toHaveTitle(new RegExp(`^${text('zh-CN', 'error.prefix')} (?!${text('zh-CN', 'error.prefix')})`));
  await axe.check('start with errors');
  await page.locator('.error-summary a').first().click();
  await expect(page.locator('#start-name')).toBeFocused();

  // tianjin-property is on the consent route: public.necessity is hidden, so the URL is put back.
  await seed(page, [fileOf('hidden-q-test', residential)]);
  await gotoHydrated(page, '/assessment/#/tasks?a=hidden-q-test');
  await page.evaluate(() => (window.location.hash = '#/q/public.necessity?a=hidden-q-test'));
  await expect(page).toHaveURL(/#\/tasks/);
  await expect(page.getByRole('heading', { level: 1, name: text('zh-CN', 'tasks.title') })).toBeVisible();
});

test('pages fit a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await seed(page, [fileOf('narrow-test')]);
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const hash of ['#/tasks', '#/q/venue.devices', '#/q/basis.lawful-basis', '#/review', '#/results', '#/assessments', '#/start']) {
      await gotoHydrated(page, `${locale === 'en' ? '/en' : ''}/assessment/${hash}?a=narrow-test`);
      await expect(page.locator('[data-page-heading]')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale} ${hash} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`a device row left half-filled gets an error naming the row and its field (${locale})`, async ({ page }) => {
    // The message is built from the question's words, which the browser loads one language at a time.
    const file = fileOf(`devices-${locale}`);
    await seed(page, [file]);
    await gotoHydrated(page, `${locale === 'en' ? '/en/' : '/'}assessment/${positionToHash({ phase: 'question', questionId: 'venue.devices' }, file.id)}`);
    const location = page.getByRole('textbox', { name: locale === 'en' ? 'Location' : '位置名称' }).first();
    await location.fill('');
    await page.getByRole('button', { name: text(locale, 'question.continue') }).click();
    await expect(page.locator('.error-summary').getByRole('alert')).toContainText(locale === 'en' ? 'Item 1, Location: enter a value' : '第1项“位置名称”：请填写');
    expect(currentQuestion(page)).toBe('venue.devices');
  });
}

test('the chosen answer stays visible in forced-colours mode and on paper', async ({ page }) => {
  const file = fileOf('forced-colours');
  await seed(page, [file]);
  await gotoHydrated(page, `/assessment/${positionToHash({ phase: 'question', questionId: 'venue.route' }, file.id)}`);
  const chosen = page.locator('.radios .choice').filter({ has: page.locator('input:checked') });
  const other = page.locator('.radios .choice').filter({ has: page.locator('input:not(:checked)') }).first();
  await expect(chosen).toHaveCount(1);
  // The radio's circle, as drawn: the chosen one must not look like the others.
  const circle = async (choice: typeof chosen) => {
    const box = (await choice.locator('input').boundingBox())!;
    return page.screenshot({ clip: { x: box.x, y: box.y, width: 44, height: 44 } });
  };
  for (const media of [{ forcedColors: 'active' as const }, { media: 'print' as const }]) {
    await page.emulateMedia(media);
    expect((await circle(chosen)).equals(await circle(other)), JSON.stringify(media)).toBe(false);
  }
});

test('results asked for before the questions are answered say the assessment is incomplete, not a pass', async ({ page }) => {
  const file = { ...fileOf('empty-results'), answers: {} };
  await seed(page, [file]);
  for (const locale of ['zh-CN', 'en'] as const) {
    await gotoHydrated(page, `${locale === 'en' ? '/en' : ''}/assessment/#/results?a=${file.id}`);
    await expect(page.locator('#conclusion-title')).toHaveText(locale === 'en' ? 'Assessment incomplete: no conclusion yet' : '评估未完成，尚不能得出结论');
    // The generated texts are full of gaps: the page says so before anyone posts the sign.
    await expect(page.getByTestId('text-gaps')).toBeVisible();
    // And beside the sign's download buttons, where the sign is taken to be printed.
    await expect(page.getByTestId('sign-gaps')).toHaveText(text(locale, 'downloads.signGaps'));
    // What is still unknown reads as a question to answer, not as a finding already made.
    const unknown = page.getByTestId('unknowns').locator('.unknowns__item').first();
    await expect(unknown.locator('.tag')).toHaveText(locale === 'en' ? /^If confirmed: / : /^若成立：/);
    await expect(unknown.getByRole('link').first()).toHaveText(locale === 'en' ? /^To answer: / : /^请回答：/);
  }
});

test('a question opened from a law page with no assessment yet says why the start form shows', async ({ page }) => {
  await gotoHydrated(page, '/assessment/#/q/rights.evidence');
  await expect(page.getByRole('heading', { level: 1, name: text('zh-CN', 'start.title') })).toBeVisible();
  await expect(page.getByTestId('app-notice')).toHaveText(text('zh-CN', 'storage.needsAssessment'));
});

test('an address that names no page says so, instead of silently opening another', async ({ page }) => {
  await gotoHydrated(page, '/en/assessment/#/nonsense/route');
  await expect(page.getByTestId('app-notice')).toHaveText(text('en', 'storage.unknownAddress'));
  // The skip link's anchor, after a reload, is not an unknown page (a new page load, not a hash change).
  await page.goto('/en/');
  await gotoHydrated(page, '/en/assessment/#main-content');
  await expect(page.getByTestId('app-notice')).toHaveCount(0);
});
