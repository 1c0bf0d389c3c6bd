/**
 * t(locale)(key, vars): typed UI strings with `{name}` placeholders, over dictionaries registered at run time.
 * The static pages, the CLI and the checklist island import translate.ts, which registers both languages.
 * The assessment island imports only this module and loads the parts of the one dictionary its page needs
 * (loadMessages; the parts are described in parts.ts), so a visitor downloads one language, not two, and the
 * results page's strings only with the results.
 */
import type { Locale } from '../domain/locale.ts';
import type { MessageKey, Messages } from './ui.zh-CN.ts';
import { MESSAGE_PARTS, type MessagePart } from './parts.ts';

export type { MessageKey, Messages };
export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const DICTIONARIES: Partial<Record<Locale, Partial<Messages>>> = {};
const LOADED: Record<Locale, Set<MessagePart>> = { 'zh-CN': new Set(), en: new Set() };

type PartModule = { readonly default: Partial<Messages> };
const PART_LOADERS: Readonly<Record<Locale, Readonly<Record<MessagePart, () => Promise<PartModule>>>>> = {
  'zh-CN': {
    core: () => import('./generated/ui.zh-CN.core.ts'),
    results: () => import('./generated/ui.zh-CN.results.ts'),
    site: () => import('./generated/ui.zh-CN.site.ts'),
  },
  en: {
    core: () => import('./generated/ui.en.core.ts'),
    results: () => import('./generated/ui.en.results.ts'),
    site: () => import('./generated/ui.en.site.ts'),
  },
};

/** Add strings to a language's dictionary (a whole dictionary: every part). */
export function registerMessages(locale: Locale, messages: Partial<Messages>, parts: readonly MessagePart[] = MESSAGE_PARTS): void {
  // In place: a translate() made earlier sees the parts that arrive later.
  DICTIONARIES[locale] = Object.assign(DICTIONARIES[locale] ?? {}, messages);
  for (const p of parts) LOADED[locale].add(p);
}

export function hasMessages(locale: Locale, parts: readonly MessagePart[] = ['core']): boolean {
  return parts.every((p) => LOADED[locale].has(p));
}

/** Load and register parts of one language's dictionary (separate chunks in the browser). */
export async function loadMessages(locale: Locale, parts: readonly MessagePart[] = ['core']): Promise<void> {
  const missing = parts.filter((p) => !LOADED[locale].has(p));
  const modules = await Promise.all(missing.map((p) => PART_LOADERS[locale][p]()));
  modules.forEach((m, i) => registerMessages(locale, m.default, [missing[i]!]));
}

export function translate(locale: Locale): Translate {
  const dict = DICTIONARIES[locale] ?? DICTIONARIES['zh-CN'];
  if (!dict) throw new Error(`UI strings for ${locale} are not loaded`);
  return (key, vars) => {
    const template = dict[key] ?? DICTIONARIES['zh-CN']?.[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Today's date where the user is (YYYY-MM-DD), as their calendar shows it (the question machine has its own). */
export function localToday(): string {
  return new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** An ISO date (yyyy-mm-dd) as people read it: 2026年3月1日 / 1 March 2026. */
export function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return translate(locale)('answer.yearMonthDay', { y, m: mo, d, month: MONTHS_EN[mo - 1] ?? String(mo) });
}

/** An ISO timestamp as a short local date and time. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatNumber(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-GB');
}
