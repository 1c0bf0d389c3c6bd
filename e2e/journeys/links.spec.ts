/** Bad links: a truncated checklist or share link shows what is wrong and leaves every saved assessment as it was. */
import { expect, test, type Page } from '../support/test.ts';
import { newAssessment, type AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';
import { assessmentFragment, campaignFragment } from '../../src/domain/share/links.ts';
import { scenarioById } from '../../src/domain/scenarios/index.ts';
import { Axe, waitHydrated } from '../support/app.ts';
import { storageSnapshot, storeFiles } from '../support/files.ts';

const supermarket = scenarioById('shanghai-putuo-supermarket')!;
const residential = scenarioById('tianjin-property')!;
const fileOf = (id: string, s = supermarket): AssessmentFile => ({ ...newAssessment(s.meta, new Date('2026-03-02T09:00:00Z'), id), answers: s.answers });

const seed = (page: Page, files: AssessmentFile[]) => storeFiles(page, files, files[0]!.id);

const campaign = { authority: 'Test authority', name: 'Test campaign', reference: '', contact: '', deadline: '', instructions: '', venueTypes: [], checks: ['FR-04', 'FR-05'] };

test('a truncated checklist link shows the error in English and changes nothing', async ({ page }) => {
  await seed(page, [fileOf('links-a'), fileOf('links-b', residential)]);
  const before = await storageSnapshot(page);
  const good = await campaignFragment(campaign);
  await page.goto(`/en/assessment/#${good.slice(0, good.length - 9)}`);
  await waitHydrated(page);
  const errors = page.getByTestId('link-errors');
  await expect(errors.getByRole('alert')).toContainText('This link cannot be opened');
  await expect(errors).toContainText(/damaged/);
  // A campaign's recipient has no assessment file to fall back on: ask the authority for the link again.
  await expect(errors).toContainText('Nothing saved has changed. Ask the authority that sent the checklist link for the complete link or QR code again.');
  await expect(errors).not.toContainText('assessment file');
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessments' })).toBeVisible();
  await expect(page.locator('.assessment-card')).toHaveCount(2);
  await new Axe(page).check('library with a link error (en)');
  expect(await storageSnapshot(page)).toBe(before);
  await page.reload();
  await waitHydrated(page);
  await expect(page.getByTestId('link-errors')).toHaveCount(0);
  expect(await storageSnapshot(page)).toBe(before);
});

test('a cut-short share link shows the error in Chinese and changes nothing', async ({ page }) => {
  await seed(page, [fileOf('links-c')]);
  const before = await storageSnapshot(page);
  const { fragment } = await assessmentFragment(fileOf('links-c'), 'http://x/');
  await page.goto(`/assessment/#${fragment.slice(0, Math.floor(fragment.length / 2))}`);
  await waitHydrated(page);
  const errors = page.getByTestId('link-errors');
  await expect(errors.getByRole('alert')).toContainText('无法打开这个链接');
  await expect(errors).toContainText('已损坏');
  await expect(errors).toContainText('请向发送链接的人重新索取完整的链接，或改用评估文件。');
  await expect(page.locator('.assessment-card')).toHaveCount(1);
  expect(await storageSnapshot(page)).toBe(before);
});

test('a share link whose answers are invalid names each question in its own words, and changes nothing', async ({ page }) => {
  await seed(page, [fileOf('links-d')]);
  const before = await storageSnapshot(page);
  const bad = { ...fileOf('links-e'), answers: { ...supermarket.answers, 'venue.type': 'casino' } };
  const { fragment } = await assessmentFragment(bad, 'http://x/');
  await page.goto(`/assessment/#${fragment}`);
  await waitHydrated(page);
  const errors = page.getByTestId('link-errors');
  await expect(errors.getByRole('alert')).toContainText('无法打开这个链接');
  await expect(errors).toContainText('问题“您的场所属于哪一类？”（answers["venue.type"]）：“casino”不在选项中');
  expect(await storageSnapshot(page)).toBe(before);
});
