/** Test support for issue 5: downloads read back, and the assessments saved in a page's localStorage. */
import { readFileSync } from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';
import type { AssessmentFile } from '../../src/domain/persistence/assessment-file.ts';

export const FILE_PREFIX = 'face-pia:v1:file:';

/**
 * Store assessments in the site's localStorage before a test opens them (from the landing page, so the wizard
 * has not read storage yet); `last` marks the one the assessment page reopens.
 */
export async function storeFiles(page: Page, files: readonly AssessmentFile[], last?: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    ([fs, prefix, lastId]) => {
      for (const f of fs) localStorage.setItem(`${prefix}${f.id}`, JSON.stringify(f));
      if (lastId) localStorage.setItem('face-pia:v1:last', lastId);
    },
    [files, FILE_PREFIX, last] as const,
  );
}

/** Every stored assessment file, by id. */
export async function storedFiles(page: Page): Promise<Record<string, AssessmentFile>> {
  const raw = await page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith(prefix)) out[k.slice(prefix.length)] = localStorage.getItem(k)!;
    }
    return out;
  }, FILE_PREFIX);
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, JSON.parse(v) as AssessmentFile]));
}

/** The whole of localStorage as text (to prove nothing changed). */
export async function storageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const keys = Object.keys(localStorage).sort();
    return JSON.stringify(keys.map((k) => [k, localStorage.getItem(k)]));
  });
}

/**
 * Click a download button and return the file's bytes. If the unprintable-characters question appears first,
 * answer it with "download anyway" (the tests' data prints, so it should not).
 */
export async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ bytes: Uint8Array; download: Download }> {
  const waiting = page.waitForEvent('download', { timeout: 90_000 });
  await click();
  const dialog = page.getByTestId('unprintable');
  const first = await Promise.race([waiting.then(() => 'download' as const), dialog.waitFor({ timeout: 90_000 }).then(() => 'dialog' as const)]);
  if (first === 'dialog') await dialog.getByRole('button').first().click();
  const download = await waiting;
  const path = await download.path();
  expect(path).toBeTruthy();
  return { bytes: new Uint8Array(readFileSync(path!)), download };
}
