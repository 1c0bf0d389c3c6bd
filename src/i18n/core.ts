/**
 * t(locale)(key, vars): typed UI strings with `{name}` placeholders, over dictionaries registered at run time.
 * The static pages, the CLI and the checklist island import translate.ts, which registers both languages.
 * The assessment island imports only this module and loads the one dictionary its page needs
 * (loadMessages), so a visitor downloads one language, not two.
 */
import type { Locale } from '../domain/locale.ts';
import type { MessageKey, Messages } from './ui.zh-CN.ts';

export type { MessageKey, Messages };
export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const DICTIONARIES: Partial<Record<Locale, Messages>> = {};

export function registerMessages(locale: Locale, messages: Messages): void {
  DICTIONARIES[locale] = messages;
}

export function hasMessages(locale: Locale): boolean {
  return DICTIONARIES[locale] !== undefined;
}

/** Load and register one language's dictionary (a separate chunk in the browser). */
export async function loadMessages(locale: Locale): Promise<void> {
  if (hasMessages(locale)) return;
  if (locale === 'en') registerMessages('en', (await import('./ui.en.ts')).en);
  else registerMessages('zh-CN', (await import('./ui.zh-CN.ts')).zhCN);
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
