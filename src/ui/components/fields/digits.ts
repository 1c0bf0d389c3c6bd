/**
 * Digits typed with a Chinese input method are often full-width (２０２６, １２００): read them as the digits they
 * are, with the full-width point and minus, before a number or a date is parsed.
 */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
