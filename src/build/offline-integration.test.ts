import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precacheList, serviceWorkerSource } from './offline-integration.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const [f, content] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), content);
  }
  return dir;
}

describe('offline precache', () => {
  it('lists every page as its directory URL and every asset, but not itself or the rare-character font slices', () => {
    const dir = site({ 'index.html': 'a', 'en/law/pipl-26/index.html': 'b', '_astro/app.js': 'c', 'fonts/NotoSansSC-Regular.ttf': 'd', 'fonts/ext/NotoSansSC-Regular-00.ttf': 'e', 'sw.js': 'old' });
    const { urls } = precacheList(dir);
    expect([...urls].sort()).toEqual(['', '_astro/app.js', 'en/law/pipl-26/', 'fonts/NotoSansSC-Regular.ttf']);
  });

  it('names the cache by the content, so a new deploy gets a new cache', () => {
    const a = precacheList(site({ 'index.html': 'one' })).hash;
    const b = precacheList(site({ 'index.html': 'two' })).hash;
    expect(a).not.toBe(b);
    expect(precacheList(site({ 'index.html': 'one' })).hash).toBe(a);
  });

  it('the service worker resolves everything against its own location, so a sub-path deploy works', () => {
    const src = serviceWorkerSource(['', 'law/'], 'abc123');
    expect(src).toContain("const CACHE = 'face-pia-abc123'");
    expect(src).toContain("new URL('./', self.location).pathname");
    expect(src).toContain('ignoreVary: true');
  });
});
