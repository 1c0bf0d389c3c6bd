/**
 * Flattens the island's loading chain. An Astro island fetches its component, which then reveals its imports,
 * which reveal theirs, and the assessment island then asks for its page's dictionary: on a phone connection
 * each level is a round trip before anything shows. After the build, every page with an island gets a
 * <link rel="modulepreload"> for each file of its first load (the same list the budget counts), so the browser
 * fetches them all at once from the HTML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { firstLoadFiles } from './budgets.ts';
import { walk } from './files.ts';

export function addModulePreloads(html: string, files: readonly string[], base: string): string {
  if (!html.includes('<astro-island') || !html.includes('</head>')) return html;
  const already = new Set([...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!));
  const links = files
    .map((f) => `${base}${f}`)
    .filter((href) => !already.has(href))
    .map((href) => `<link rel="modulepreload" href="${href}">`)
    .join('');
  return links ? html.replace('</head>', `${links}</head>`) : html;
}

export function preload(): AstroIntegration {
  let base = '/';
  return {
    name: 'face-pia-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        let pages = 0;
        for (const htmlFile of walk(distDir).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(htmlFile, 'utf8');
          if (!html.includes('<astro-island')) continue;
          const files = firstLoadFiles(distDir, htmlFile, base).map((f) => relative(distDir, f).split(sep).join('/'));
          const out = addModulePreloads(html, files, base);
          if (out !== html) {
            writeFileSync(htmlFile, out);
            pages++;
          }
        }
        logger.info(`modulepreload links added to ${pages} page(s) with islands`);
      },
    },
  };
}
