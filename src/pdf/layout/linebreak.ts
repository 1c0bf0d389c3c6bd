/**
 * Line breaking for mixed Chinese and Latin text, with kinsoku (禁则):
 * - a break is allowed between any two ideographs, at spaces, and after a hyphen or slash inside a word — but
 *   not inside an item's ordinal (第（一）项), which would leave "第" or "项" stranded;
 * - no line starts with closing punctuation (，。、；：？！）」』》〉】 …) and no line ends with opening
 *   punctuation (（「『《〈【 …): the character before is carried to the next line with it (追い出し);
 * - a word longer than the line is cut between characters as a last resort.
 * Lines of mostly Chinese text are justified by spreading the spare width between characters (capped, so the
 * characters never drift apart).
 */
import type { Color } from './types.ts';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: Color;
  readonly link?: string;
}

export interface Seg {
  readonly text: string;
  /** x offset from the line's start, in pt */
  readonly x: number;
  readonly w: number;
  readonly bold: boolean;
  readonly color: Color | undefined;
  readonly link?: string | undefined;
  /** extra space after every character (justification), in pt */
  readonly charSpace: number;
}

export interface Line {
  readonly segs: readonly Seg[];
  readonly width: number;
}

export interface Measure {
  /** advance of a code point in em */
  advance(cp: number, bold: boolean): number;
}

/** Characters that may not begin a line. */
export const NO_START = new Set([...'，。、；：？！）」』》〉】〕〗〙〛”’…‥·・ー々〆〜～％‰℃°,.;:!?)]}»›%', '\u3001', '\u3002', '\uff0e', '\uff09', '\uff3d', '\uff5d']);
/** Characters that may not end a line. */
export const NO_END = new Set([...'（「『《〈【〔〖〘〚“‘([{«‹$￥¥£€#', '\uff08', '\uff3b', '\uff5b']);

export function isWide(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}

interface Ch {
  readonly s: string;
  readonly cp: number;
  readonly w: number;
  readonly run: number;
}

const ORDINAL_END = new Set([...'条款项']);

/** May the line break between a and b (b starting the next line)? */
function canBreak(a: Ch, b: Ch, beforeA: Ch | undefined): boolean {
  if (NO_END.has(a.s) || NO_START.has(b.s)) return false;
  if (b.s === ' ') return false; // break after the space, not before
  // never between an abbreviation and its number: "art. 9", "cl. 5" stay on one line
  if (a.s === ' ' && beforeA?.s === '.' && /\p{N}/u.test(b.s)) return false;
  if (a.s === ' ') return true;
  if (a.s === '—' && b.s === '—') return false;
  // never inside an item's ordinal: 第（一）项 stays whole (a break inside 第二十八条 is ordinary Chinese setting)
  if ((a.s === '第' && b.s === '（') || (a.s === '）' && ORDINAL_END.has(b.s))) return false;
  if (isWide(a.cp) || isWide(b.cp)) return true;
  // never inside a number written with hyphens (a phone number, 400-800-1234): it would read as two numbers
  if (a.s === '-' && beforeA && /\p{N}/u.test(beforeA.s) && /\p{N}/u.test(b.s)) return false;
  // inside a Latin word: after a hyphen or slash that follows a letter or digit (URLs, compound words)
  if ((a.s === '-' || a.s === '/' || a.s === '_' || a.s === '?' || a.s === '&' || a.s === '=') && beforeA && /[\p{L}\p{N}]/u.test(beforeA.s) && /[\p{L}\p{N}]/u.test(b.s)) return true;
  return false;
}

export interface WrapOptions {
  readonly size: number;
  readonly width: number;
  /** justify all lines but the last when they are mostly Chinese */
  readonly justify?: boolean;
  /** width of the first line if different (e.g. after a label) */
  readonly firstWidth?: number;
}

export function wrap(runs: readonly Run[], m: Measure, o: WrapOptions): Line[] {
  const chars: Ch[] = [];
  runs.forEach((r, ri) => {
    const bold = !!r.bold;
    for (const s of r.text) {
      const cp = s.codePointAt(0)!;
      if (s === '\r') continue;
      chars.push({ s: s === '\t' ? ' ' : s, cp, w: s === '\n' ? 0 : m.advance(cp, bold) * o.size, run: ri });
    }
  });
  const lines: { from: number; to: number; hard: boolean }[] = []; // [from, to) indices into chars
  let start = 0;
  const n = chars.length;
  while (start < n) {
    // skip spaces at the start of a line (not the first)
    if (lines.length > 0) while (start < n && chars[start]!.s === ' ') start++;
    if (start >= n) break;
    const limit = lines.length === 0 && o.firstWidth !== undefined ? o.firstWidth : o.width;
    let w = 0;
    let lastBreak = -1; // index i such that a break before chars[i] is allowed
    let i = start;
    let end = n;
    let next = n;
    for (; i < n; i++) {
      const c = chars[i]!;
      if (c.s === '\n') {
        end = i;
        next = i + 1;
        break;
      }
      if (i > start && canBreak(chars[i - 1]!, c, chars[i - 2])) lastBreak = i;
      if (w + c.w > limit + 0.01 && i > start && c.s !== ' ') {
        if (lastBreak > start) {
          end = lastBreak;
          next = lastBreak;
        } else {
          // no allowed break: cut the word, but still keep closing punctuation off the next line's start
          let cut = i;
          while (cut > start + 1 && NO_START.has(chars[cut]!.s)) cut--;
          end = cut;
          next = cut;
        }
        break;
      }
      w += c.w;
    }
    if (i >= n) {
      end = n;
      next = n;
    }
    const hard = i >= n || chars[i]!.s === '\n';
    let e = end;
    while (e > start && chars[e - 1]!.s === ' ') e--; // trailing spaces do not count
    lines.push({ from: start, to: e, hard });
    start = next;
  }
  if (lines.length === 0) lines.push({ from: 0, to: 0, hard: true });

  return lines.map((ln, li) => {
    const isLast = ln.hard;
    let natural = 0;
    let wide = 0;
    for (let k = ln.from; k < ln.to; k++) {
      natural += chars[k]!.w;
      if (isWide(chars[k]!.cp)) wide++;
    }
    const count = ln.to - ln.from;
    const limit = li === 0 && o.firstWidth !== undefined ? o.firstWidth : o.width;
    let cs = 0;
    if (o.justify && !isLast && count > 1 && wide * 2 >= count) {
      const extra = (limit - natural) / (count - 1);
      if (extra > 0 && extra <= o.size * 0.12) cs = extra;
    }
    const segs: Seg[] = [];
    let x = 0;
    let k = ln.from;
    while (k < ln.to) {
      const run = chars[k]!.run;
      let text = '';
      let w = 0;
      let j = k;
      while (j < ln.to && chars[j]!.run === run) {
        text += chars[j]!.s;
        w += chars[j]!.w + cs;
        j++;
      }
      const r = runs[run]!;
      segs.push({ text, x, w: w - (j === ln.to ? cs : 0), bold: !!r.bold, color: r.color, link: r.link, charSpace: cs });
      x += w;
      k = j;
    }
    return { segs, width: cs ? limit : natural };
  });
}

/** Width of a single-line string in pt. */
export function textWidth(text: string, m: Measure, size: number, bold = false): number {
  let w = 0;
  for (const s of text) w += m.advance(s.codePointAt(0)!, bold) * size;
  return w;
}
