import type { Locale } from '../locale.ts';

/**
 * The sign's line giving the address of the full processing rules (texts.ts). The printed sign (pdf/sign.ts) shows
 * a QR code for the address instead of this line, and finds the line by it.
 */
export function rulesLine(url: string, locale: Locale): string {
  return locale === 'zh-CN' ? `完整的个人信息处理规则：${url}` : `Full processing rules: ${url}`;
}
