/**
 * The built site works from any static host and from a sub-path: a copy built with BASE=/deploy/face-pia/
 * (`npm run build:subpath`, run by `npm run test:e2e`; see e2e/support/subpath.ts) is served by a plain static
 * file server under that prefix only — everything else is a 404, with no preview-server fallbacks. As a user:
 * pages load styled in both languages, every link and asset of a sample of pages stays under the prefix and
 * resolves, the wizard starts an assessment, the language switch and the law search work, the service worker
 * takes the sub-path as its scope, and the PDFs fetch their fonts under the prefix. Every test fails on any
 * response ≥ 400, any failed request, any request outside the prefix and any console error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { test as base, expect } from '../support/test.ts';
import { pageJs } from '../../src/build/budgets.ts';
import { walk } from '../../src/build/files.ts';
import { squash, pdfPages } from '../../src/pdf/test-support.ts';
import { gotoHydrated, text, waitHydrated } from '../support/app.ts';
import { downloadBytes } from '../support/files.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SUBPATH_DIR, SUBPATH_PREFIX } from '../support/subpath.ts';

/** What went wrong on the wire or in the console during a test; the fixture fails the test unless it is empty. */
interface Watch {
  readonly requests: string[];
  readonly problems: string[];
  /** Stop recording (before going offline on purpose). */
  stop(): void;
}

const test = base.extend<{ watch: Watch }, { host: StaticServer }>({
  host: [
    async ({}, use) => {
      if (!existsSync(`${SUBPATH_DIR}/index.html`)) throw new Error(`No sub-path build in ${SUBPATH_DIR}: run \`npm run build\` then \`npm run build:subpath\` (npm run test:e2e does both).`);
      const server = await serveStatic(SUBPATH_DIR, SUBPATH_PREFIX);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  watch: [
    async ({ context, host }, use) => {
      let on = true;
      const w: Watch = { requests: [], problems: [], stop: () => void (on = false) };
      const outside = (u: string) => !u.startsWith(host.url) && !/^(data|blob):/.test(u);
      context.on('request', (r) => {
        if (!on) return;
        w.requests.push(r.url());
        if (outside(r.url())) w.problems.push(`request outside ${SUBPATH_PREFIX}: ${r.method()} ${r.url()}`);
      });
      context.on('response', (r) => on && r.status() >= 400 && w.problems.push(`HTTP ${r.status()}: ${r.url()}`));
      // ERR_ABORTED is a request the page itself dropped (e.g. the favicon when a test navigates on at once).
      context.on('requestfailed', (r) => on && r.failure()?.errorText !== 'net::ERR_ABORTED' && w.problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
      context.on('console', (m) => on && m.type() === 'error' && w.problems.push(`console error on ${m.page()?.url()}: ${m.text()}`));
      context.on('weberror', (e) => on && w.problems.push(`page error: ${e.error().message}`));
      await use(w);
      expect(w.problems, 'requests, responses and console errors under the sub-path').toEqual([]);
    },
    { auto: true },
  ],
});

// Only the service-worker test lets the worker install: elsewhere its precache (8 MB) would only slow the tests down.
test.use({ serviceWorkers: 'block' });

/** Pages whose every link and asset is followed. */
const SAMPLE = ['', 'en/', 'law/', 'en/law/', 'law/pipl-26/', 'en/law/pipl-26/', 'guidance/', 'en/guidance/hotel/', 'methodology/', 'en/methodology/', 'assessment/', 'en/assessment/', 'checklist/', 'en/checklist/'];

test('the landing page loads styled in Chinese and English, and the language switch stays under the prefix', async ({ page, host }) => {
  for (const [path, lang, other] of [['', 'zh-CN', 'en/'], ['en/', 'en', '']] as const) {
    await gotoHydrated(page, host.url + path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('link', { name: text(lang, 'landing.start') })).toBeVisible();
    // The stylesheet applied: global.css's brand-blue header and zero body margin, not the browser's defaults.
    await expect(page.locator('header.header')).toHaveCSS('background-color', 'rgb(29, 78, 137)');
    await expect(page.locator('body')).toHaveCSS('margin', '0px');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(host.url + other);
  }
  // From a deep page too: the switch keeps the page and the prefix.
  await page.goto(`${host.url}law/pipl-26/`);
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(`${host.url}en/law/pipl-26/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toBeVisible();
});

test('every link and asset on a sample of pages stays under the prefix and resolves', async ({ page, host }) => {
  const targets = new Map<string, string>();
  for (const path of SAMPLE) {
    await gotoHydrated(page, host.url + path);
    const urls = await page.evaluate(() => {
      const abs = (u: string) => new URL(u, document.baseURI).href;
      const out: string[] = [];
      for (const e of document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')) out.push(e.href);
      for (const e of document.querySelectorAll<HTMLScriptElement | HTMLImageElement>('script[src], img[src], source[src], iframe[src]')) out.push(e.src);
      for (const e of document.querySelectorAll('form[action]')) out.push(abs(e.getAttribute('action')!));
      for (const e of document.querySelectorAll('astro-island')) for (const a of ['component-url', 'renderer-url']) if (e.hasAttribute(a)) out.push(abs(e.getAttribute(a)!));
      for (const e of document.querySelectorAll<HTMLElement>('[data-sw], [data-index], [data-root], [data-scope]'))
        for (const k of ['sw', 'index', 'root', 'scope']) if (e.dataset[k]) out.push(abs(e.dataset[k]!));
      return out;
    });
    expect(urls.length, path).toBeGreaterThan(10);
    for (const u of urls) if (!targets.has(u.split('#')[0]!)) targets.set(u.split('#')[0]!, path);
  }
  const outside = [...targets].filter(([u]) => !u.startsWith(host.url)).map(([u, from]) => `${u} (on ${SUBPATH_PREFIX}${from})`);
  expect(outside).toEqual([]);
  // Every target answers 200 as is: no 404, and no redirect (a page link without its trailing slash).
  const broken: string[] = [];
  for (const [u, from] of targets) {
    const r = await fetch(u, { redirect: 'manual' });
    if (r.status !== 200) broken.push(`${r.status} ${u} (on ${SUBPATH_PREFIX}${from})`);
    await r.body?.cancel();
  }
  expect(broken).toEqual([]);
  expect(targets.size).toBeGreaterThan(50);

  // And in the whole build: no root-relative URL in any page escapes the prefix.
  const escaping: string[] = [];
  for (const f of walk(SUBPATH_DIR).filter((p) => p.endsWith('.html'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\s([\w-]+)="(\/[^"]*)"/g)) {
      if (!m[2]!.startsWith(SUBPATH_PREFIX)) escaping.push(`${relative(SUBPATH_DIR, f).split(sep).join('/')}: ${m[1]}="${m[2]}"`);
    }
  }
  expect(escaping.slice(0, 20)).toEqual([]);
});

test('the wizard hydrates, starts an assessment and reaches the task list', async ({ page, host }) => {
  const zh = 'zh-CN' as const;
  await gotoHydrated(page, host.url);
  await page.getByRole('link', { name: text(zh, 'landing.start') }).click();
  await waitHydrated(page);
  await expect(page).toHaveURL(new RegExp(`^${host.url}assessment/`));
  await expect(page.getByRole('heading', { level: 1, name: text(zh, 'start.title') })).toBeVisible();
  await page.getByLabel(text(zh, 'start.name')).fill('子路径测试');
  await page.getByLabel(text(zh, 'start.organisation')).fill('某某物业公司');
  await page.getByLabel(text(zh, 'start.venue')).fill('某某小区');
  await page.getByRole('button', { name: text(zh, 'start.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(zh, 'tasks.title') })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${host.url}assessment/#/`));
  // The task list's links stay in the page under the prefix; a section opens its first question.
  await page.locator('[data-section] a').first().click();
  await expect(page).toHaveURL(new RegExp(`^${host.url}assessment/#/q/`));
  // Reloading the deep URL works from a static host (the state is in the fragment and localStorage).
  await page.reload();
  await waitHydrated(page);
  await expect(page).toHaveURL(new RegExp(`^${host.url}assessment/#/q/`));
  await expect(page.locator('h1')).toBeVisible();
});

test('the law search loads its index under the prefix and its results link there', async ({ page, host, watch }) => {
  for (const [locale, query, hit] of [['zh-CN', '单独同意', '《个人信息保护法》第二十九条'], ['en', 'separate consent', 'PIPL art. 29']] as const) {
    const root = locale === 'en' ? `${host.url}en/` : host.url;
    await page.goto(`${root}law/`);
    await page.getByRole('searchbox').fill(query);
    await page.getByRole('button', { name: locale === 'en' ? 'Search' : '搜索' }).click();
    await expect(page.getByRole('status')).toContainText(locale === 'en' ? 'results' : '找到');
    expect(watch.requests).toContain(`${host.url}search-index.${locale}.json`);
    await page.locator('.law-search__results a', { hasText: hit }).first().click();
    await expect(page).toHaveURL(`${root}law/pipl-29/`);
  }
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('it registers with the sub-path as its scope, precaches from there and serves the site offline', async ({ page, context, host, watch }) => {
    test.slow();
    await page.goto(host.url);
    await expect(page.locator('[data-offline-status]')).toHaveText(/断网时也可以使用/, { timeout: 60_000 });
    const sw = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return { scope: reg.scope, script: reg.active?.scriptURL };
    });
    expect(sw).toEqual({ scope: host.url, script: `${host.url}sw.js` });
    // Everything the worker precached came from under the prefix (the watch fails the test otherwise).
    expect(watch.requests).toContain(`${host.url}fonts/NotoSansSC-Regular.ttf`);
    watch.stop();
    await context.setOffline(true);
    for (const path of ['law/pipl-26/', 'en/methodology/']) {
      await page.goto(host.url + path);
      await expect(page.locator('h1')).toBeVisible();
    }
    await gotoHydrated(page, `${host.url}en/assessment/#/start`);
    await expect(page.getByLabel(text('en', 'start.name'))).toBeVisible();
  });
});

test('the checklist builder makes links under the prefix, and the blank checklist PDF fetches its fonts there', async ({ page, host, watch }) => {
  await gotoHydrated(page, `${host.url}en/checklist/`);
  await page.locator('#cl-venue-retail').check();
  await page.locator('#cl-check-FR-04').check();
  await page.getByLabel(text('en', 'checklist.authority')).fill('Test authority');
  await page.getByLabel(text('en', 'checklist.name')).fill('Sub-path campaign');
  await page.getByTestId('make-link').click();
  const link = await page.locator('#cl-link').inputValue();
  expect(link.startsWith(`${host.url}en/assessment/#c1.`), link).toBe(true);

  await page.locator('#cl-blank-venue').selectOption('hotel');
  const { bytes, download } = await downloadBytes(page, () => page.getByTestId('blank-pdf').click());
  expect(download.suggestedFilename()).toBe('face-pia-checklist-hotel-en.pdf');
  // The campaign's sheet: its one check, under its name.
  const sheet = squash((await pdfPages(bytes)).join('\n'));
  expect(sheet).toContain(squash('Campaign name: Sub-path campaign'));
  expect(sheet).toContain('FR-04');
  expect(sheet).not.toContain('FR-35');
  expect(watch.requests).toContain(`${host.url}fonts/fonts.json`);
  expect(watch.requests.filter((u) => u.startsWith(`${host.url}fonts/`) && u.endsWith('.ttf')).length).toBeGreaterThan(0);

  await page.goto(link);
  await waitHydrated(page);
  await expect(page.getByTestId('campaign-banner')).toContainText('Sub-path campaign');
});

test('the JavaScript budget checker finds the pages\' scripts through the base', () => {
  const pages = pageJs(SUBPATH_DIR, SUBPATH_PREFIX);
  for (const [page, island] of [['assessment/index.html', 'AssessmentApp'], ['en/checklist/index.html', 'ChecklistBuilder']] as const) {
    const files = pages.find((p) => p.page === page)!.files;
    expect(files.some((f) => f.startsWith(`_astro/${island}.`)), page).toBe(true);
    expect(files.some((f) => f.startsWith('_astro/client.')), page).toBe(true);
  }
});
