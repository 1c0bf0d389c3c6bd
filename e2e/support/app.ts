/**
 * Helpers for the journeys: open pages once the island has hydrated, run axe, and answer questions through
 * the UI the way a user would (labels and buttons), reading the current question from the URL hash.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AnswerValue } from '../../src/domain/conditions.ts';
import type { Locale } from '../../src/domain/locale.ts';
import { questionById, SECTIONS } from '../../src/domain/questions/bank.ts';
import type { QuestionDef } from '../../src/domain/questions/schema.ts';
import { translate, type MessageKey } from '../../src/i18n/translate.ts';
import { zhCN } from '../../src/i18n/ui.zh-CN.ts';
import { dateFieldId, fieldId, itemFieldId } from '../../src/ui/components/fields/ids.ts';

/** axe-core's source, evaluated in the page (a script tag would be refused by the site's CSP). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function root(locale: Locale): string {
  return locale === 'en' ? '/en/' : '/';
}

export function text(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  return translate(locale)(key, vars);
}

/** Go to a path and wait until Astro has hydrated every island (clicks before that are lost). */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitHydrated(page);
}

export async function waitHydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('[data-testid="loading"]')).toHaveCount(0);
}

/**
 * Runs axe (WCAG 2.0/2.1/2.2 A and AA tags) on the page as it is now. axe-core is injected once per document
 * (the island changes pages without reloading), which keeps a run to a few hundred milliseconds.
 *
 * mode 'every': every distinct page visited (URL hash path + error state);
 * mode 'template': once per page template (phase, question kind, error state), for the longer journeys.
 */
export class Axe {
  private seen = new Set<string>();
  runs = 0;
  constructor(
    private readonly page: Page,
    private readonly mode: 'every' | 'template' = 'every',
  ) {}
  private async key(): Promise<string> {
    const url = new URL(this.page.url());
    const errors = await this.page.locator('.error-summary').count();
    if (this.mode === 'every') return `${url.pathname}${url.hash.split('?')[0]}|${errors}`;
    const qid = /#\/q\/([^/?]+)/.exec(url.hash)?.[1];
    const kind = qid ? questionById(decodeURIComponent(qid))?.kind : undefined;
    const extras = await this.page.locator('.suggestion, .notice-inline').count();
    return `${url.pathname}|${kind ?? (url.hash.split('?')[0] ?? '').split('/').slice(0, 2).join('/')}|${errors}|${extras}`;
  }
  async check(label?: string): Promise<void> {
    const key = await this.key();
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.runs++;
    // The results page renders in stages: check the whole of it.
    if (await this.page.locator('.results').count()) await expect(this.page.locator('.results')).toHaveAttribute('data-rendered', 'all');
    const injected = await this.page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
    if (!injected) await this.page.evaluate(AXE_SOURCE);
    const violations = await this.page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
    }, AXE_TAGS);
    expect(violations, `axe violations on ${label ?? key}`).toEqual([]);
    // UI strings load in parts (src/i18n/parts.ts): a part that has not arrived shows its keys instead.
    const shown = await this.page.evaluate(() => document.body.innerText);
    expect(MESSAGE_KEYS.filter((k) => shown.includes(k)), `UI string keys shown instead of text on ${label ?? key}`).toEqual([]);
  }
}

const MESSAGE_KEYS = Object.keys(zhCN);

/** The question id shown now, from the URL hash (#/q/<id>…), or undefined when not on a question page. */
export function currentQuestion(page: Page): string | undefined {
  const m = /#\/q\/([^/?]+)/.exec(page.url());
  return m ? decodeURIComponent(m[1]!) : undefined;
}

export function currentPhase(page: Page): string {
  const m = /#\/([a-z]+)/.exec(page.url());
  return m?.[1] ?? '';
}

export async function continueButton(page: Page, locale: Locale) {
  return page.getByRole('button', { name: text(locale, 'question.continue'), exact: true });
}

/** Fill in the answer to the question on screen (through labels, inputs and buttons), without submitting. */
export async function fillAnswer(page: Page, q: QuestionDef, value: AnswerValue, locale: Locale): Promise<void> {
  switch (q.kind) {
    case 'single': {
      const o = q.options.find((x) => x.code === value)!;
      await page.getByRole('radio', { name: o.label[locale], exact: true }).check();
      break;
    }
    case 'multi': {
      const codes = value as readonly string[];
      for (const el of await page.locator('.checkboxes input:checked').all()) {
        if (!codes.includes(await el.inputValue())) await el.uncheck();
      }
      for (const o of q.options) if (codes.includes(o.code)) await page.getByRole('checkbox', { name: o.label[locale], exact: true }).check();
      break;
    }
    case 'number':
      await page.locator(`#${fieldId(q.id)}`).fill(String(value));
      break;
    case 'date': {
      const [y, m, d] = String(value).split('-');
      await page.locator(`#${dateFieldId(q.id, 'year')}`).fill(y!);
      await page.locator(`#${dateFieldId(q.id, 'month')}`).fill(String(Number(m)));
      await page.locator(`#${dateFieldId(q.id, 'day')}`).fill(String(Number(d)));
      break;
    }
    case 'text':
    case 'longtext':
      await page.locator(`#${fieldId(q.id)}`).fill(String(value));
      break;
    case 'group': {
      const items = value as readonly Record<string, string | number>[];
      const existing = await page.locator('.group__item').count();
      for (let i = existing - 1; i >= 0; i--) {
        await page.getByRole('button', { name: text(locale, 'question.groupRemove', { label: q.itemLabel[locale], n: i + 1 }) }).click();
      }
      for (const [i, item] of items.entries()) {
        await page.locator(`button#${fieldId(q.id)}-add`).click();
        for (const f of q.fields) {
          const el = page.locator(`#${itemFieldId(q.id, i, f.id)}`);
          if (f.kind === 'single') await el.selectOption(String(item[f.id]));
          else await el.fill(String(item[f.id]));
        }
      }
      break;
    }
  }
}

/** Answer the question on screen and continue; returns the question id answered. */
export async function answerCurrent(page: Page, answers: Readonly<Record<string, AnswerValue>>, locale: Locale, fallback: (q: QuestionDef) => AnswerValue): Promise<string> {
  const qid = currentQuestion(page);
  if (!qid) throw new Error(`not on a question page: ${page.url()}`);
  const q = questionById(qid)!;
  await expect(page.locator('h1')).toContainText(q.label[locale].slice(0, 12));
  const value = answers[qid] ?? fallback(q);
  await fillAnswer(page, q, value, locale);
  const before = page.url();
  await (await continueButton(page, locale)).click();
  await expect(page).not.toHaveURL(before);
  return qid;
}

export function sectionTitle(id: string, locale: Locale): string {
  return SECTIONS.find((s) => s.id === id)!.title[locale];
}
