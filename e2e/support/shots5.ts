/**
 * Screenshots for a visual check of issue 5 (not a test): the checklist builder, the results page in lawyer
 * mode, and the campaign banner, in both languages at 1280 and 375 px. Written to /tmp/shots5.
 * Run with the preview server up: npx tsx e2e/support/shots5.ts
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import type { AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';

const OUT = process.env.SHOTS_DIR ?? '/tmp/shots5';
const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
mkdirSync(OUT, { recursive: true });

const retail = JSON.parse(readFileSync('public/examples/retail.json', 'utf8')) as AssessmentFile;
const reviewed: AssessmentFile = {
  ...retail,
  id: 'shots-lawyer',
  review: { client: '某超市有限公司', matter: '出入口人脸识别合规审阅', reviewer: '李明' },
  manualFindings: [{ id: 'manual-1', severity: 'nc', title: '未与摄像头供应商签订书面委托处理合同', note: '集成商可以远程访问人脸库，但没有约定处理目的、期限和删除义务。', cites: ['pipl.21', 'pipl.59'] }],
};
const campaignFile: AssessmentFile = {
  ...retail,
  id: 'shots-campaign',
  answers: { 'venue.type': 'retail' },
  campaign: { authority: '上海市普陀区网信办', name: '2026年商超人脸识别专项检查', reference: '普网信〔2026〕12号', contact: '021-5555 0100', deadline: '2026-12-31', instructions: '请于截止日期前完成评估，并将报告PDF发送至联系邮箱。', venueTypes: ['retail'], checks: ['FR-04', 'FR-05', 'FR-08', 'FR-21'] },
};

async function shoot(page: Page, name: string, sel?: string) {
  if (sel) await page.locator(sel).first().screenshot({ path: `${OUT}/${name}.png` });
  else await page.screenshot({ path: `${OUT}/${name}.png` });
}

const browser = await chromium.launch({ ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}), args: ['--no-sandbox'] });
for (const width of [1280, 375]) {
  for (const locale of ['zh-CN', 'en'] as const) {
    const tag = `${locale}-${width}`;
    const root = locale === 'en' ? '/en' : '';
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale });
    const page = await ctx.newPage();
    // Checklist builder
    await page.goto(`${BASE}${root}/checklist/`);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await shoot(page, `checklist-top-${tag}`);
    await page.getByTestId('make-link').click();
    await shoot(page, `checklist-errors-${tag}`);
    await page.locator('#cl-venue-retail').check();
    await page.getByTestId('checks-all').click();
    await page.locator('#cl-check-FR-01').uncheck();
    await shoot(page, `checklist-checks-${tag}`, '.check-group');
    await page.locator('#cl-authority').fill(locale === 'en' ? 'Putuo District Cyberspace Office' : '上海市普陀区网信办');
    await page.locator('#cl-name').fill(locale === 'en' ? '2026 supermarket face-recognition inspection' : '2026年商超人脸识别专项检查');
    await page.locator('#cl-deadline').fill('2026-12-31');
    await page.locator('#cl-instructions').fill(locale === 'en' ? 'Finish the assessment by the deadline and email the report PDF.' : '请于截止日期前完成评估，并将报告PDF发送至联系邮箱。');
    await page.getByTestId('make-link').click();
    await page.getByTestId('checklist-result').waitFor();
    await shoot(page, `checklist-result-${tag}`, '[data-testid="checklist-result"]');
    await shoot(page, `checklist-blank-${tag}`, '.blank-checklist');
    // Results in lawyer mode
    await page.evaluate(
      ([a, b]) => {
        localStorage.setItem(`face-pia:v1:file:${a.id}`, JSON.stringify(a));
        localStorage.setItem(`face-pia:v1:file:${b.id}`, JSON.stringify(b));
      },
      [reviewed, campaignFile] as const,
    );
    await page.goto(`${BASE}${root}/assessment/#/results?a=${reviewed.id}`);
    await page.waitForSelector('[data-page-heading]');
    const first = page.locator('article.finding:not(.finding--manual)').first();
    await first.locator('input[type=radio]').nth(1).check();
    await first.locator('textarea').fill(locale === 'en' ? 'The cameras belong to the landlord; check the lease.' : '摄像头属于业主方，请核实租赁合同。');
    await shoot(page, `results-top-${tag}`);
    await shoot(page, `results-downloads-${tag}`, '.downloads');
    await shoot(page, `results-lawyer-panel-${tag}`, '.lawyer-panel');
    await shoot(page, `results-annotated-finding-${tag}`, 'article.finding:not(.finding--manual)');
    await shoot(page, `results-manual-finding-${tag}`, 'article.finding--manual');
    await page.locator('#manual-cites').fill(locale === 'en' ? 'PIPL 28' : '个人信息保护法 第二十八条');
    await page.locator('.citation-picker__list input').first().check();
    await shoot(page, `results-manual-form-${tag}`, '.manual-form');
    await page.getByTestId('share-make').click();
    await page.locator('#share-link').waitFor();
    await shoot(page, `results-share-${tag}`, '.share');
    // Campaign banner on the task list and a question
    await page.goto(`${BASE}${root}/assessment/#/tasks?a=${campaignFile.id}`);
    await page.waitForSelector('[data-page-heading]');
    await shoot(page, `campaign-tasks-${tag}`);
    await page.goto(`${BASE}${root}/assessment/#/q/venue.status?a=${campaignFile.id}`);
    await page.waitForSelector('[data-page-heading]');
    await shoot(page, `campaign-question-${tag}`);
    await ctx.close();
  }
}
await browser.close();
console.log(`screenshots written to ${OUT}`);
