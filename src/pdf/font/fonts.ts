/**
 * The fonts of a PDF: the build-time subsets (regular and bold) plus, on demand, fallback slices of the full
 * regular font for rare characters in the user's text. Parsed fonts are cached for the life of the page or
 * process, so a second PDF costs no font parsing at all.
 *
 * Every character is resolved to a glyph or reported: `missing()` lists those no font has (they would
 * otherwise vanish silently, as jsPDF drops them), and the layout prints the placeholder 〓 in their place.
 */
import type { FontManifest } from './manifest.ts';
import { parseTtf, type GlyphSource, type TtfFont } from './ttf.ts';

/** Where font files come from: fetch in the browser, the file system in Node. */
export interface FontSource {
  readonly key: string;
  manifest(): Promise<FontManifest>;
  load(file: string): Promise<Uint8Array>;
}

/** Printed in place of a character that no font has (the traditional "geta" mark for a missing character). */
export const PLACEHOLDER = '〓';

const cache = new Map<string, Promise<TtfFont>>();
const manifests = new Map<string, Promise<FontManifest>>();

/** Forget every parsed font (the benchmark uses this to time a cold start). */
export function clearFontCache(): void {
  cache.clear();
  manifests.clear();
}

function cached(source: FontSource, file: string): Promise<TtfFont> {
  const k = `${source.key}|${file}`;
  let p = cache.get(k);
  if (!p) {
    p = source.load(file).then(parseTtf);
    p.catch(() => cache.delete(k));
    cache.set(k, p);
  }
  return p;
}

/** In Latin text the CJK font's curly quotes are full-width; these are drawn with the Latin glyphs instead. */
const LATIN_QUOTES = new Map([
  [0x2018, 0x27],
  [0x2019, 0x27],
  [0x201c, 0x22],
  [0x201d, 0x22],
]);

export class FontSet {
  private readonly ext = new Map<number, TtfFont>();
  private latinQuotes = false;

  /**
   * The same fonts for an English document: ‘ ’ “ ” are drawn with the narrow Latin quote glyphs (they still
   * extract as ‘ ’ “ ”). Shares everything already loaded.
   */
  forLocale(locale: 'zh-CN' | 'en'): FontSet {
    if (locale === 'zh-CN') return this;
    const view = Object.create(this) as FontSet;
    view.latinQuotes = true;
    return view;
  }
  private constructor(
    readonly regular: TtfFont,
    readonly bold: TtfFont,
    private readonly manifest: FontManifest,
    private readonly source: FontSource,
  ) {}

  static async load(source: FontSource): Promise<FontSet> {
    let mp = manifests.get(source.key);
    if (!mp) {
      mp = source.manifest();
      mp.catch(() => manifests.delete(source.key));
      manifests.set(source.key, mp);
    }
    const manifest = await mp;
    const [regular, bold] = await Promise.all([cached(source, manifest.regular.file), cached(source, manifest.bold.file)]);
    return new FontSet(regular, bold, manifest, source);
  }

  /** Load the fallback slices that may hold any of these characters. */
  async ensure(text: Iterable<string>): Promise<void> {
    const want = new Set<number>();
    for (const s of text) {
      for (const ch of s) {
        const cp = ch.codePointAt(0)!;
        if (cp < 0x20 || this.regular.cmap.has(cp)) continue;
        const i = this.manifest.ext.findIndex((e) => cp >= e.from && cp <= e.to);
        if (i >= 0 && !this.ext.has(i)) want.add(i);
      }
    }
    await Promise.all(
      [...want].map(async (i) => {
        this.ext.set(i, await cached(this.source, this.manifest.ext[i]!.file));
      }),
    );
  }

  /** The glyph for a code point, or undefined when no font has it. Bold falls back to the regular weight. */
  glyph(cp: number, bold: boolean): GlyphSource | undefined {
    if (this.latinQuotes && LATIN_QUOTES.has(cp)) cp = LATIN_QUOTES.get(cp)!;
    if (bold) {
      const g = this.bold.cmap.get(cp);
      if (g !== undefined) return { font: this.bold, gid: g };
    }
    const g = this.regular.cmap.get(cp);
    if (g !== undefined) return { font: this.regular, gid: g };
    for (const f of this.ext.values()) {
      const e = f.cmap.get(cp);
      if (e !== undefined) return { font: f, gid: e };
    }
    return undefined;
  }

  has(cp: number): boolean {
    return this.glyph(cp, false) !== undefined;
  }

  /** Does the bold font have every character of `text`? */
  hasBold(text: string): boolean {
    for (const ch of text) if (ch !== '\n' && !this.bold.cmap.has(ch.codePointAt(0)!)) return false;
    return true;
  }

  advance(cp: number, bold: boolean): number {
    const g = this.glyph(cp, bold) ?? this.glyph(PLACEHOLDER.codePointAt(0)!, false)!;
    return g.font.advance(g.gid) / g.font.unitsPerEm;
  }

  /** Characters of `text` that no font can print (after ensure()). Line breaks and controls excluded. */
  missing(text: string): string[] {
    const out: string[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20 && !this.has(cp) && !out.includes(ch)) out.push(ch);
    }
    return out;
  }

  /** `text` with every unprintable character replaced by the placeholder. */
  printable(text: string): string {
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20) out += ch === '\n' ? ch : ch === '\t' ? ' ' : '';
      else out += this.has(cp) ? ch : PLACEHOLDER;
    }
    return out;
  }
}
