import type { Locale } from '../domain/locale.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const LATIN_WORD = /[A-Za-z]/;

/**
 * Split text into runs in the page's language and runs in the other one. On an English page, a run of Chinese
 * characters (with the punctuation inside it) is Chinese; on a Chinese page, a run of Latin words is English.
 * Digits, spaces and ASCII punctuation go with the run around them.
 */
export function languageRuns(text: string, locale: Locale): { text: string; lang?: Locale }[] {
  const foreign = locale === 'en' ? (c: string) => CJK.test(c) : (c: string) => LATIN_WORD.test(c);
  const neutral = (c: string) => !CJK.test(c) && !LATIN_WORD.test(c);
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  const runs: { text: string; lang?: Locale }[] = [];
  let cur = '';
  let inForeign = false;
  for (const c of text) {
    const f: boolean = neutral(c) ? inForeign : foreign(c);
    if (f !== inForeign && cur) {
      runs.push(inForeign ? { text: cur, lang: other } : { text: cur });
      cur = '';
    }
    inForeign = f;
    cur += c;
  }
  if (cur) runs.push(inForeign ? { text: cur, lang: other } : { text: cur });
  return runs;
}
