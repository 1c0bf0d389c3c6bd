/**
 * A lawyer imports a client's file, reviews it in lawyer mode (client, matter, reviewer; disagrees with a finding
 * with a note; adds a finding by hand with a citation from the catalogue), exports Word and reads it back; the
 * work survives a reload and travels in a share link that opens as a copy. axe on the results page with lawyer
 * mode on, in both languages.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/test.ts';
import type { AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';
import { readDocx } from '../../src/docx/read-docx.ts';
import { Axe, gotoHydrated, text } from '../support/app.ts';
import { downloadBytes, storedFiles } from '../support/files.ts';

const RETAIL = 'public/examples/retail.json';
const NOTE = 'The entrance cameras are run by the landlord, not the client; check the lease before relying on this finding.';
const MANUAL = 'No written contract with the camera vendor';
const retailName = (JSON.parse(readFileSync(RETAIL, 'utf8')) as AssessmentFile).meta.name;

test('a lawyer imports a client file, annotates, adds a finding, exports Word and shares the review', async ({ page }) => {
  const en = 'en' as const;
  const axe = new Axe(page);
  await gotoHydrated(page, '/en/assessment/#/assessments');

  await test.step('import the client’s file and open its results', async () => {
    await page.getByLabel('Choose an assessment file (.json) or a report PDF (.pdf)').setInputFiles(RETAIL);
    await page.getByRole('button', { name: 'Import file' }).click();
    await expect(page.locator('.notice-region')).toContainText('Imported');
    await page.getByTestId('open-imported').click();
    await page.getByRole('link', { name: text(en, 'tasks.results') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text(en, 'results.title') })).toBeVisible();
  });

  const finding = page.locator('article.finding:not(.finding--manual)').first();
  const ruleId = (await finding.getAttribute('data-rule'))!;

  await test.step('switching lawyer mode on and off changes nothing in the assessment, and off stays off', async () => {
    const before = Object.values(await storedFiles(page))[0] as AssessmentFile;
    await page.getByLabel('Lawyer mode').check();
    await expect(page.getByLabel('Client', { exact: true })).toHaveValue('');
    await page.getByLabel('Lawyer mode').uncheck();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: text(en, 'results.title') })).toBeVisible();
    await expect(page.getByLabel('Lawyer mode')).not.toBeChecked();
    const after = Object.values(await storedFiles(page))[0] as AssessmentFile;
    expect([after.updatedAt, after.review]).toEqual([before.updatedAt, before.review]);
  });

  await test.step('lawyer mode: client, matter, reviewer; disagree with a finding and say why', async () => {
    await page.getByLabel('Lawyer mode').check();
    await page.getByLabel('Client', { exact: true }).fill('Example Supermarket Co., Ltd.');
    // A pasted text longer than the field holds is cut by the browser: the page says so.
    await page.getByLabel('Matter', { exact: true }).fill('M'.repeat(250));
    await expect(page.getByLabel('Matter', { exact: true })).toHaveValue('M'.repeat(200));
    await expect(page.getByTestId('at-limit')).toHaveText('This field is full (200 characters): anything more typed or pasted is not taken, so check that the end is complete.');
    // An emoji is two of the browser's units but one character on screen: the note counts what the reader sees.
    await page.getByLabel('Matter', { exact: true }).fill('M'.repeat(150) + '😀'.repeat(40));
    await expect(page.getByLabel('Matter', { exact: true })).toHaveValue('M'.repeat(150) + '😀'.repeat(25));
    await expect(page.getByTestId('at-limit')).toContainText('This field is full (175 characters)');
    await page.getByLabel('Matter', { exact: true }).fill('Entrance face recognition review');
    await expect(page.getByTestId('at-limit')).toHaveCount(0);
    await page.getByLabel('Reviewer', { exact: true }).fill('Li Ming');
    await finding.getByRole('radio', { name: 'Disagree' }).check();
    await finding.getByLabel(/^Note — /).fill(NOTE);
    // On paper the editor is gone but the view and the note are there; the fields' example hints are not.
    await page.emulateMedia({ media: 'print' });
    await expect(finding.locator('.annotation')).toBeVisible();
    await expect(finding.locator('.annotation')).toContainText('Lawyer’s view: Disagree');
    await expect(finding.locator('.annotation')).toContainText(NOTE);
    await expect(finding.getByTestId('annotation-editor')).toBeHidden();
    await expect(page.getByText('For example: Example Supermarket Co., Ltd.')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(finding.locator('.annotation')).toBeHidden();
  });

  await test.step('add a finding by hand, with a citation picked from the catalogue', async () => {
    const form = page.locator('.manual-form');
    await form.getByTestId('manual-add').click();
    await expect(form.locator('.error-summary')).toContainText('Choose a severity');
    await expect(form.locator('.error-summary')).toContainText('Enter a title');
    await expect(form.locator('.error-summary')).toContainText('Choose at least one provision');
    await axe.check('results, lawyer mode, manual finding errors (en)');
    // One finding's severity: the choices are named in the singular, not as the results' group headings.
    await expect(form.getByRole('radio', { name: 'Red line', exact: true })).toBeVisible();
    await expect(form.getByRole('radio', { name: 'Risk', exact: true })).toBeVisible();
    await form.getByRole('radio', { name: 'Non-compliance', exact: true }).check();
    await form.getByLabel('Title', { exact: true }).fill(MANUAL);
    await form.getByLabel('Explanation', { exact: true }).fill('The integrator processes face data without a contract under PIPL art. 21.');
    // Found however a lawyer writes it: by the law's full name and "Article 21" too; one match is "1 provision".
    await form.getByLabel('Search the legal catalogue').fill('Personal Information Protection Law Article 21');
    await expect(form.getByRole('checkbox', { name: /^PIPL art\. 21 —/ })).toBeVisible();
    await expect(page.locator('#manual-cites-count')).toHaveText('1 provision');
    await form.getByLabel('Search the legal catalogue').fill('PIPL art. 21');
    await form.getByRole('checkbox', { name: /^PIPL art\. 21 —/ }).check();
    await expect(form.locator('.citation-picker__chosen')).toContainText('PIPL art. 21');
    await form.getByTestId('manual-add').click();
    await expect(form.getByRole('status').filter({ hasText: MANUAL })).toBeVisible();
    const manual = page.locator('article.finding--manual');
    await expect(manual).toContainText(MANUAL);
    await expect(manual).toContainText('PIPL art. 21');
    await axe.check('results with lawyer mode on (en)');
    // It has its own entry in the action plan, with a suggested date until someone sets one.
    const planEntry = page.locator('[data-action="manual-1"]');
    await expect(planEntry).toContainText(MANUAL);
    await expect(planEntry).toContainText('Remedy what this finding describes, as the reviewing lawyer advises.');
    await expect(planEntry).toContainText('Suggested from how urgent the finding is');
    await planEntry.getByLabel(`Owner: ${MANUAL}`).fill('Legal team');
    // Deleting it takes its plan entry along, and undoing brings both back.
    await manual.getByRole('button', { name: /^Remove this finding/ }).click();
    await expect(page.locator('article.finding--manual')).toHaveCount(0);
    await expect(planEntry).toHaveCount(0);
    // The note that it was added goes with it; undoing brings the keyboard back to the finding itself.
    await expect(form.getByRole('status').filter({ hasText: MANUAL })).toHaveCount(0);
    await page.getByTestId('manual-removed').getByRole('button', { name: 'Undo delete' }).click();
    await expect(page.locator('article.finding--manual')).toContainText(MANUAL);
    await expect(page.locator(':focus')).toHaveAttribute('id', 'finding-manual-1');
    await expect(planEntry.getByLabel(`Owner: ${MANUAL}`)).toHaveValue('Legal team');
  });

  await test.step('everything is in the saved file', async () => {
    const file = Object.values(await storedFiles(page))[0] as AssessmentFile;
    expect(file.review).toEqual({ client: 'Example Supermarket Co., Ltd.', matter: 'Entrance face recognition review', reviewer: 'Li Ming' });
    expect(file.annotations[ruleId]).toEqual({ verdict: 'disagree', note: NOTE });
    expect(file.manualFindings).toEqual([{ id: 'manual-1', severity: 'nc', title: MANUAL, note: expect.any(String), cites: ['pipl.21'] }]);
    // The suggested date is not stored as if someone had chosen it.
    expect(file.actions['manual-1']).toEqual({ owner: 'Legal team', due: '', status: 'open' });
  });

  await test.step('the Word file carries the annotation and the manual finding', async () => {
    const { bytes, download } = await downloadBytes(page, () => page.getByRole('button', { name: 'Download the report (Word)' }).click());
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const doc = readDocx(bytes);
    expect(doc.documentXml).toContain(NOTE);
    expect(doc.documentXml).toContain(MANUAL);
    expect(doc.text).toContain('Li Ming');
  });

  await test.step('after a reload, lawyer mode and the notes are still there', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: text(en, 'results.title') })).toBeVisible();
    await expect(page.getByLabel('Lawyer mode')).toBeChecked();
    await expect(page.locator(`article[data-rule="${ruleId}"]`).getByLabel(/^Note — /)).toHaveValue(NOTE);
  });

  await test.step('a share link opens the review as a new assessment, never over the original', async () => {
    await page.getByTestId('share-make').click();
    const url = await page.locator('#share-link').inputValue();
    expect(url).toMatch(/\/en\/assessment\/#a1\./);
    await page.goto(url);
    await expect(page.getByTestId('app-notice')).toContainText('saved as a copy');
    await expect(page.getByRole('heading', { level: 1, name: text(en, 'results.title') })).toBeVisible();
    await expect(page.locator('article.finding--manual')).toContainText(MANUAL);
    const files = Object.values(await storedFiles(page));
    expect(files).toHaveLength(2);
    expect(new Set(files.map((f) => f.id)).size).toBe(2);
    expect(files.map((f) => f.annotations[ruleId]?.note)).toEqual([NOTE, NOTE]);
    // The copy is named as one, and opening it did not re-date the assessment (the report's date and its three years).
    expect(files.map((f) => f.meta.name).sort()).toEqual([retailName, `${retailName} (imported copy)`]);
    expect(files[0]!.updatedAt).toBe(files[1]!.updatedAt);
  });
});

test('results with lawyer mode on pass axe in Chinese', async ({ page }) => {
  // A note left on a finding these answers no longer give (a file from an earlier version, say).
  const retail = { ...(JSON.parse(readFileSync(RETAIL, 'utf8')) as AssessmentFile), annotations: { 'no.such-rule': { verdict: 'more-facts', note: '旧版本的检查：请核实' } } } as AssessmentFile;
  await page.goto('/');
  await page.evaluate((f) => localStorage.setItem(`face-pia:v1:file:${f.id}`, JSON.stringify(f)), retail);
  await gotoHydrated(page, `/assessment/#/results?a=${retail.id}`);
  await expect(page.getByRole('heading', { level: 1, name: text('zh-CN', 'results.title') })).toBeVisible();
  const setAside = page.getByTestId('set-aside');
  await expect(setAside).toContainText(text('zh-CN', 'results.setAsideHeading'));
  await expect(setAside).toContainText('旧版本的检查：请核实');
  await page.getByLabel(text('zh-CN', 'lawyer.toggle')).check();
  const finding = page.locator('article.finding:not(.finding--manual):not(.finding--set-aside)').first();
  await finding.getByRole('radio', { name: text('zh-CN', 'lawyer.verdict.more-facts') }).check();
  await finding.getByLabel(new RegExp(`^${text('zh-CN', 'lawyer.note')} — `)).fill('请补充：摄像头由谁安装？');
  await page.locator('#manual-cites').fill('个人信息保护法 第二十八条');
  await expect(page.locator('.citation-picker__list .choice').first()).toContainText('第二十八条');
  await new Axe(page).check('results with lawyer mode on (zh-CN)');

  await test.step('a character the PDF font lacks is named, with its field, before any download; cancel downloads nothing', async () => {
    await finding.getByLabel(new RegExp(`^${text('zh-CN', 'lawyer.note')} — `)).fill('请补充：摄像头由谁安装？经办人𠮷先生。');
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.getByRole('button', { name: text('zh-CN', 'downloads.pdf') }).click();
    const dialog = page.getByTestId('unprintable');
    await expect(dialog).toBeFocused();
    await expect(dialog).toContainText('𠮷');
    await expect(dialog).toContainText('U+20BB7');
    await expect(dialog).toContainText('律师批注');
    await expect(dialog.getByRole('button', { name: text('zh-CN', 'downloads.unprintableCancel') })).toBeVisible();
    // Escape cancels, as the Cancel button does.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('download-status')).toContainText('已取消');
    expect(downloaded).toBe(false);
    // The box goes; the focus goes back to the button that asked, not to the top of the page.
    await expect(page.getByRole('button', { name: text('zh-CN', 'downloads.pdf') })).toBeFocused();
  });

  await test.step('a note over the limit stays on screen, counted and not saved, until it fits', async () => {
    const note = finding.getByLabel(new RegExp(`^${text('zh-CN', 'lawyer.note')} — `));
    await note.fill('短批注');
    const ruleId = (await finding.getAttribute('data-rule'))!;
    const saved = async () => ((Object.values(await storedFiles(page))[0] as AssessmentFile).annotations[ruleId]?.note ?? '');
    await expect.poll(saved).toBe('短批注');
    await note.fill(`${'很长的批注'.repeat(1000)}结尾`);
    await expect(note).toHaveValue(/结尾$/);
    await expect(finding.locator('.character-count')).toHaveText(text('zh-CN', 'question.charsOver', { n: 2 }));
    await expect(finding.locator('.error-message')).toContainText('目前没有保存');
    expect(await saved()).toBe('短批注');
    await note.press('End');
    await note.press('Backspace');
    await note.press('Backspace');
    await expect.poll(saved).toMatch(/很长的批注$/);
    await expect(finding.locator('.error-message')).toHaveCount(0);
  });

  await test.step('removing a view hands the focus to that finding’s verdicts', async () => {
    await finding.getByRole('button', { name: new RegExp(`^${text('zh-CN', 'lawyer.clearAnnotation')}`) }).click();
    await expect(finding.getByRole('radio').first()).toBeFocused();
    // One click must not lose a memo: the view can be brought back.
    await expect(finding.getByRole('status')).toContainText(text('zh-CN', 'lawyer.annotationRemoved'));
    await finding.getByRole('button', { name: new RegExp(`^${text('zh-CN', 'library.undo')}`) }).click();
    await expect(finding.getByLabel(new RegExp(`^${text('zh-CN', 'lawyer.note')} — `))).toHaveValue(/很长的批注$/);
  });

  await test.step('a note set aside can be deleted once it is no longer needed, and the file forgets it', async () => {
    await setAside.getByRole('button', { name: new RegExp(`^${text('zh-CN', 'results.setAsideRemove')}`) }).click();
    await expect(page.getByTestId('set-aside')).toHaveCount(0);
    const file = Object.values(await storedFiles(page))[0] as AssessmentFile;
    expect(file.annotations['no.such-rule']).toBeUndefined();
  });
});
