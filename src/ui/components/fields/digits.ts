/**
 * Digits typed with a Chinese input method are often full-width (２０２６, １２００): read them as the digits they
 * are, with the full-width point and minus, before a number or a date is parsed.
 */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A number as typed in a field: full-width digits read as digits, thousands separators and spaces ignored. What
 * is not a number is given back as typed, for validation to name it.
 */
export function typedNumber(raw: string): number | string {
  const n = Number(halfWidthDigits(raw).replace(/[,，\s]/g, ''));
  return Number.isFinite(n) ? n : raw;
}
