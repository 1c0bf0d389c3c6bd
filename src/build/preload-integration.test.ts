import { describe, expect, it } from 'vitest';
import { addModulePreloads } from './preload-integration.ts';

describe('modulepreload links for island pages', () => {
  const island = '<html><head><title>x</title><link rel="modulepreload" href="/face-pia/_astro/a.js"></head><body><astro-island component-url="/face-pia/_astro/a.js"></astro-island></body></html>';

  it('lists every first-load file under the base once, in the head', () => {
    const out = addModulePreloads(island, ['_astro/a.js', '_astro/b.js', '_astro/ui.en.x.js'], '/face-pia/');
    expect(out.match(/rel="modulepreload"/g)).toHaveLength(3);
    expect(out).toContain('<link rel="modulepreload" href="/face-pia/_astro/b.js"><link rel="modulepreload" href="/face-pia/_astro/ui.en.x.js"></head>');
  });

  it('leaves pages without an island alone', () => {
    const page = '<html><head></head><body><p>law</p></body></html>';
    expect(addModulePreloads(page, ['_astro/b.js'], '/')).toBe(page);
  });
});
