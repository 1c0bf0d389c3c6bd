/// <reference types="astro/client" />
/** URLs of the site's pages, always under the configured base (a sub-path deploy works). */
import type { Locale } from '../domain/locale.ts';

export function baseUrl(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

export function localeRoot(locale: Locale): string {
  return locale === 'en' ? `${baseUrl()}en/` : baseUrl();
}

export function assessmentHref(locale: Locale, hash = ''): string {
  return `${localeRoot(locale)}assessment/${hash}`;
}

export function lawHref(locale: Locale, slug: string): string {
  return `${localeRoot(locale)}law/${slug}/`;
}
