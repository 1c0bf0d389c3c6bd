/** t(locale)(key, vars): typed UI strings with `{name}` placeholders and a zh-CN fallback. */
import type { Locale } from '../domain/locale.ts';
import { en } from './ui.en.ts';
import { zhCN, type MessageKey, type Messages } from './ui.zh-CN.ts';

export type { MessageKey, Messages };

const DICTIONARIES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translate(locale: Locale): Translate {
  const dict = DICTIONARIES[locale] ?? zhCN;
  return (key, vars) => {
    const template = dict[key] ?? zhCN[key] ?? key;
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
