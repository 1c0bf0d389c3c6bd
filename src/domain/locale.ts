/** The two languages of Face PIA. zh-CN is authoritative; English is complete but unofficial for law text. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A value in both languages. */
export type Localized<T = string> = { readonly 'zh-CN': T; readonly en: T };

/** Shorthand constructor used throughout the data files: t('中文', 'English'). */
export function t(zh: string, en: string): Localized {
  return { 'zh-CN': zh, en };
}

/**
 * A Localized built when read, one language at a time. Use it for a text made from the question bank's words:
 * in the browser only the page's language of those words is loaded (questions/bank-text.ts), so building the
 * other language eagerly would fail.
 */
export function tLazy(zh: () => string, en: () => string): Localized {
  return {
    get 'zh-CN'() {
      return zh();
    },
    get en() {
      return en();
    },
  };
}

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

/** A count in English words: enCount(1, 'finding') is "1 finding", enCount(3, 'finding') "3 findings" (plural given when not +s). */
export function enCount(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** An ISO date as Chinese prose writes it (2029-12-02 → 2029年12月2日); anything else is returned as it is. */
export function zhDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : (iso ?? '');
}
