/** Answering with the keyboard only: Tab to a control, then Space, arrow keys, typing or Enter. */
import { expect, type Page } from '@playwright/test';
import type { AnswerValue } from '../../src/domain/conditions.ts';
import { questionById } from '../../src/domain/questions/bank.ts';
import { dateFieldId, fieldId, itemFieldId, optionId } from '../../src/ui/components/fields/ids.ts';
import { currentQuestion } from './app.ts';

/** Press Tab until the focused element matches `selector` (fails after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

async function chooseInSelect(page: Page, index: number): Promise<void> {
  // A closed <select> moves its selection with the arrow keys; index 0 is the "Choose…" placeholder.
  for (let i = 0; i < index + 1; i++) await page.keyboard.press('ArrowDown');
}

export async function answerWithKeyboard(page: Page, answers: Readonly<Record<string, AnswerValue>>, fallback: (qid: string) => AnswerValue): Promise<string> {
  const qid = currentQuestion(page)!;
  const q = questionById(qid)!;
  const value = answers[qid] ?? fallback(qid);
  switch (q.kind) {
    case 'single': {
      const index = q.options.findIndex((o) => o.code === value);
      await tabTo(page, `input[name="${qid}"]`);
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await expect(page.locator(`#${optionId(qid, index)}`)).toBeChecked();
      break;
    }
    case 'multi':
      for (const [i, o] of q.options.entries()) {
        if (!(value as string[]).includes(o.code)) continue;
        await tabTo(page, `#${optionId(qid, i)}`);
        await page.keyboard.press('Space');
      }
      break;
    case 'number':
    case 'text':
    case 'longtext':
      await tabTo(page, `#${fieldId(qid)}`);
      await page.keyboard.insertText(String(value));
      break;
    case 'date': {
      const [y, m, d] = String(value).split('-');
      await tabTo(page, `#${dateFieldId(qid, 'year')}`);
      await page.keyboard.insertText(y!);
      await page.keyboard.press('Tab');
      await page.keyboard.insertText(String(Number(m)));
      await page.keyboard.press('Tab');
      await page.keyboard.insertText(String(Number(d)));
      break;
    }
    case 'group':
      for (const [i, item] of (value as Record<string, string | number>[]).entries()) {
        await tabTo(page, `#${fieldId(qid)}-add`);
        await page.keyboard.press('Enter');
        // The new item's first field receives focus.
        await expect(page.locator(`#${itemFieldId(qid, i, q.fields[0]!.id)}`)).toBeFocused();
        for (const [j, f] of q.fields.entries()) {
          if (j > 0) await tabTo(page, `#${itemFieldId(qid, i, f.id)}`);
          if (f.kind === 'single') await chooseInSelect(page, f.options.findIndex((o) => o.code === item[f.id]));
          else await page.keyboard.insertText(String(item[f.id]));
        }
      }
      break;
  }
  const before = page.url();
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(before);
  return qid;
}
