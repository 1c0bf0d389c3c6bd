/** The domain core stays pure: no DOM, no Preact, no Astro, no jsPDF — so it runs in Node in milliseconds. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('domain purity', () => {
  it('no module under src/domain imports preact, astro, jspdf, docx or touches the DOM', () => {
    const offenders: string[] = [];
    for (const f of files(import.meta.dirname)) {
      const src = readFileSync(f, 'utf8');
      if (/from ['"](preact|astro|jspdf|docx|@astrojs)[^'"]*['"]/.test(src) || /\b(document|window|localStorage)\./.test(src)) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });
});
