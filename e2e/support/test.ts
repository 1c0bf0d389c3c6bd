/**
 * Playwright's `test`, with one addition for every journey: an uncaught error in any page fails the test.
 * Parts of the assessment page load on demand (wizard pages, UI strings, the question bank's words); a page
 * that reads something before it has arrived throws, and a user would see a broken page — so would the test.
 */
import { test as base, expect } from '@playwright/test';

export * from '@playwright/test';

export const test = base.extend<{ noPageErrors: void }>({
  noPageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (e) => errors.push(`${e.page()?.url() ?? ''}: ${e.error().stack ?? e.error().message}`));
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
