// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { offline } from './src/build/offline-integration.ts';
import { preload } from './src/build/preload-integration.ts';
import { bankSplit } from './src/build/bank-split.ts';

// BASE lets the built site live under a sub-path (e.g. BASE=/face-pia/ npm run build).
const base = process.env.BASE ?? '/';

// SITE is the public address (https://…) when known: it enables absolute hreflang links.
const site = process.env.SITE || undefined;

// OUT_DIR writes the build somewhere other than dist/ (the e2e tests build a sub-path copy beside dist/).
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  output: 'static',
  base,
  site,
  outDir,
  trailingSlash: 'always',
  // preload() edits the HTML, so it runs before offline() hashes the files for the service worker's cache name.
  integrations: [preact(), preload(), offline()],
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // The browser gets the question bank's words one language and section at a time (src/build/bank-split.ts).
  vite: { plugins: [bankSplit()] },
  // A strict Content-Security-Policy in every page: Astro hashes its own scripts and styles; nothing may load
  // from another host, and there is no eval and no unhashed inline script.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
