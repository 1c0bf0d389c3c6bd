// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// BASE lets the built site live under a sub-path (e.g. BASE=/face-pia/ npm run build).
const base = process.env.BASE ?? '/';

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'always',
  integrations: [preact()],
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
});
