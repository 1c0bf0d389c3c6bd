/**
 * A small TrueType (glyf) reader and subsetter — just what the PDF needs, in linear time.
 *
 * jsPDF's own subsetter copies the glyph table with `Array.concat` once per glyph, which is quadratic in the
 * number of distinct glyphs (toolchain notes §3: 2,500 hanzi took 5.2 s). Instead we cut a font that holds
 * exactly the glyphs a document uses, renumbered from 1, and hand jsPDF that finished file (see embed.ts).
 *
 * Works on plain Uint8Arrays, so it runs unchanged in Node and in the browser.
 */

export interface TtfFont {
  readonly bytes: Uint8Array;
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  readonly ascender: number;
  readonly descender: number;
  /** xMin, yMin, xMax, yMax from the head table, in font units */
  readonly bbox: readonly [number, number, number, number];
  /** code point → glyph id (only mapped code points). */
  readonly cmap: ReadonlyMap<number, number>;
  /** advance width of glyph `gid`, in font units. */
  advance(gid: number): number;
  /** the raw glyf bytes of glyph `gid` (empty for blank glyphs). */
  glyph(gid: number): Uint8Array;
  /** tables copied unchanged into every subset (name, OS/2, cvt, fpgm, prep, gasp). */
  readonly tables: ReadonlyMap<string, Uint8Array>;
}

const u16 = (b: Uint8Array, o: number) => (b[o]! << 8) | b[o + 1]!;
const i16 = (b: Uint8Array, o: number) => {
  const v = u16(b, o);
  return v & 0x8000 ? v - 0x10000 : v;
};
const u32 = (b: Uint8Array, o: number) => ((b[o]! << 24) >>> 0) + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);

export function parseTtf(bytes: Uint8Array): TtfFont {
  const sfnt = u32(bytes, 0);
  if (sfnt !== 0x00010000 && sfnt !== 0x74727565) throw new Error('Not a TrueType (glyf) font');
  const numTables = u16(bytes, 4);
  const dir = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const p = 12 + i * 16;
    const tag = String.fromCharCode(bytes[p]!, bytes[p + 1]!, bytes[p + 2]!, bytes[p + 3]!);
    dir.set(tag, { offset: u32(bytes, p + 8), length: u32(bytes, p + 12) });
  }
  const table = (tag: string) => {
    const t = dir.get(tag);
    if (!t) throw new Error(`Font has no ${tag} table`);
    return t;
  };
  const head = table('head').offset;
  const unitsPerEm = u16(bytes, head + 18);
  const indexToLocFormat = i16(bytes, head + 50);
  const numGlyphs = u16(bytes, table('maxp').offset + 4);
  const hhea = table('hhea').offset;
  const ascender = i16(bytes, hhea + 4);
  const descender = i16(bytes, hhea + 6);
  const numberOfHMetrics = u16(bytes, hhea + 34);
  const hmtx = table('hmtx').offset;
  const loca = table('loca').offset;
  const glyf = table('glyf').offset;
  const locaAt = indexToLocFormat === 0 ? (g: number) => u16(bytes, loca + g * 2) * 2 : (g: number) => u32(bytes, loca + g * 4);

  const cmap = readCmap(bytes, table('cmap').offset);
  const tables = new Map<string, Uint8Array>();
  for (const tag of ['name', 'OS/2', 'cvt ', 'fpgm', 'prep', 'gasp']) {
    const t = dir.get(tag);
    if (t) tables.set(tag, bytes.subarray(t.offset, t.offset + t.length));
  }
  return {
    bytes,
    unitsPerEm,
    numGlyphs,
    ascender,
    descender,
    bbox: [i16(bytes, head + 36), i16(bytes, head + 38), i16(bytes, head + 40), i16(bytes, head + 42)],
    cmap,
    tables,
    advance: (gid) => u16(bytes, hmtx + Math.min(gid, numberOfHMetrics - 1) * 4),
    glyph: (gid) => (gid < numGlyphs ? bytes.subarray(glyf + locaAt(gid), glyf + locaAt(gid + 1)) : new Uint8Array(0)),
  };
}

function readCmap(b: Uint8Array, base: number): Map<number, number> {
  const n = u16(b, base + 2);
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < n; i++) {
    const p = base + 4 + i * 8;
    const platform = u16(b, p);
    const encoding = u16(b, p + 2);
    const off = base + u32(b, p + 4);
    const format = u16(b, off);
    const score = format === 12 && (platform === 3 || platform === 0) ? 3 : format === 4 && platform === 3 && encoding === 1 ? 2 : format === 4 && platform === 0 ? 1 : -1;
    if (score > bestScore) {
      bestScore = score;
      best = off;
    }
  }
  const map = new Map<number, number>();
  if (best < 0) return map;
  const format = u16(b, best);
  if (format === 12) {
    const groups = u32(b, best + 12);
    for (let g = 0; g < groups; g++) {
      const p = best + 16 + g * 12;
      const start = u32(b, p);
      const end = u32(b, p + 4);
      const gid = u32(b, p + 8);
      for (let c = start; c <= end; c++) map.set(c, gid + (c - start));
    }
  } else {
    const segX2 = u16(b, best + 6);
    const ends = best + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2; s += 2) {
      const end = u16(b, ends + s);
      const start = u16(b, starts + s);
      const delta = u16(b, deltas + s);
      const ro = u16(b, ranges + s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let gid: number;
        if (ro === 0) gid = (c + delta) & 0xffff;
        else {
          const gp = ranges + s + ro + (c - start) * 2;
          gid = u16(b, gp);
          if (gid !== 0) gid = (gid + delta) & 0xffff;
        }
        if (gid !== 0) map.set(c, gid);
      }
    }
  }
  return map;
}

/** A glyph taken from some source font, under one code point. */
export interface GlyphSource {
  readonly font: TtfFont;
  readonly gid: number;
}

export interface Subset {
  readonly bytes: Uint8Array;
  /** code point → new glyph id in `bytes`. */
  readonly gidOf: ReadonlyMap<number, number>;
  /** new glyph id → advance width in 1/1000 em. */
  readonly widths: readonly number[];
  readonly unitsPerEm: number;
}

// Composite glyph flags
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/**
 * Build a TrueType font holding exactly the given code points, each drawn from its own source font (the main
 * subset, a fallback slice or the regular weight standing in for bold). All sources must share unitsPerEm.
 * The first source supplies the name/OS-2/hinting tables. Glyph 0 (.notdef) comes from the first source.
 */
export function buildSubset(chars: ReadonlyMap<number, GlyphSource>, primary: TtfFont): Subset {
  const upem = primary.unitsPerEm;
  const order: GlyphSource[] = [{ font: primary, gid: 0 }];
  const index = new Map<TtfFont, Map<number, number>>();
  const newId = (src: GlyphSource): number => {
    let m = index.get(src.font);
    if (!m) index.set(src.font, (m = new Map()));
    let id = m.get(src.gid);
    if (id === undefined) {
      id = order.length;
      m.set(src.gid, id);
      order.push(src);
    }
    return id;
  };
  index.set(primary, new Map([[0, 0]]));
  const gidOf = new Map<number, number>();
  const mapped = new Set<number>();
  const codes = [...chars.keys()].sort((a, b) => a - b);
  for (const c of codes) {
    const src = chars.get(c)!;
    if (src.font.unitsPerEm !== upem) throw new Error('Fallback font has a different unitsPerEm');
    // every code point gets a glyph id of its own, so that the ToUnicode map is one-to-one even where two
    // characters share an outline (e.g. ’ drawn with the Latin apostrophe in English text)
    const existing = index.get(src.font)?.get(src.gid);
    if (existing !== undefined && mapped.has(existing)) {
      gidOf.set(c, order.length);
      order.push(src);
    } else gidOf.set(c, newId(src));
    mapped.add(gidOf.get(c)!);
  }
  // Composite glyphs pull in their components (appended to `order` as found, so this loop sees them too).
  const glyphData: Uint8Array[] = [];
  for (let i = 0; i < order.length; i++) {
    const { font, gid } = order[i]!;
    const raw = font.glyph(gid);
    if (raw.length >= 10 && i16(raw, 0) < 0) {
      const copy = raw.slice();
      let p = 10;
      for (;;) {
        const flags = u16(copy, p);
        const comp = u16(copy, p + 2);
        const nid = newId({ font, gid: comp });
        copy[p + 2] = nid >> 8;
        copy[p + 3] = nid & 0xff;
        p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
        if (flags & WE_HAVE_A_SCALE) p += 2;
        else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
        else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
        if (!(flags & MORE_COMPONENTS)) break;
      }
      glyphData.push(copy);
    } else glyphData.push(raw);
  }
  const numGlyphs = order.length;
  if (numGlyphs > 0xffff) throw new Error('Too many glyphs');

  // glyf + loca (long offsets, every glyph padded to 4 bytes)
  let glyfLen = 0;
  for (const g of glyphData) glyfLen += (g.length + 3) & ~3;
  const glyf = new Uint8Array(glyfLen);
  const loca = new Uint8Array((numGlyphs + 1) * 4);
  const lv = new DataView(loca.buffer);
  let off = 0;
  for (let i = 0; i < numGlyphs; i++) {
    lv.setUint32(i * 4, off);
    glyf.set(glyphData[i]!, off);
    off += (glyphData[i]!.length + 3) & ~3;
  }
  lv.setUint32(numGlyphs * 4, off);

  // hmtx: one long metric per glyph (lsb from the glyph's xMin, or 0 for a blank glyph)
  const hmtx = new Uint8Array(numGlyphs * 4);
  const hv = new DataView(hmtx.buffer);
  const widths: number[] = [];
  let advanceMax = 0;
  let xMin = 0x7fff, yMin = 0x7fff, xMax = -0x8000, yMax = -0x8000;
  for (let i = 0; i < numGlyphs; i++) {
    const { font, gid } = order[i]!;
    const adv = font.advance(gid);
    advanceMax = Math.max(advanceMax, adv);
    widths.push(Math.round((adv * 1000) / upem));
    hv.setUint16(i * 4, adv);
    const g = glyphData[i]!;
    if (g.length >= 10) {
      hv.setInt16(i * 4 + 2, i16(g, 2));
      xMin = Math.min(xMin, i16(g, 2));
      yMin = Math.min(yMin, i16(g, 4));
      xMax = Math.max(xMax, i16(g, 6));
      yMax = Math.max(yMax, i16(g, 8));
    }
  }
  if (xMin > xMax) xMin = yMin = xMax = yMax = 0;

  // head: copy, fix loca format, bbox and checksum adjustment (set after assembly)
  const srcHead = tableBytes(primary, 'head');
  const head = srcHead.slice(0, 54);
  const hdv = new DataView(head.buffer);
  hdv.setUint32(8, 0);
  hdv.setInt16(36, xMin);
  hdv.setInt16(38, yMin);
  hdv.setInt16(40, xMax);
  hdv.setInt16(42, yMax);
  hdv.setInt16(50, 1);

  const hhea = tableBytes(primary, 'hhea').slice(0, 36);
  const hhv = new DataView(hhea.buffer);
  hhv.setUint16(10, advanceMax);
  hhv.setUint16(34, numGlyphs);

  const maxpSrc = tableBytes(primary, 'maxp');
  const maxp = maxpSrc.slice(0, maxpSrc.length >= 32 ? 32 : 6);
  new DataView(maxp.buffer).setUint16(4, numGlyphs);

  const post = new Uint8Array(32);
  const pv = new DataView(post.buffer);
  pv.setUint32(0, 0x00030000);
  const srcPost = tableBytes(primary, 'post');
  post.set(srcPost.subarray(4, 16), 4); // italicAngle, underline position/thickness, isFixedPitch

  const cmap = encodeCmap(codes.map((c) => [c, gidOf.get(c)!] as const));

  const out = new Map<string, Uint8Array>([
    ['cmap', cmap],
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['post', post],
  ]);
  for (const [tag, data] of primary.tables) out.set(tag, data);
  const bytes = assemble(out);
  return { bytes, gidOf, widths, unitsPerEm: upem };
}

function tableBytes(font: TtfFont, tag: string): Uint8Array {
  const b = font.bytes;
  const n = u16(b, 4);
  for (let i = 0; i < n; i++) {
    const p = 12 + i * 16;
    if (String.fromCharCode(b[p]!, b[p + 1]!, b[p + 2]!, b[p + 3]!) === tag) return b.subarray(u32(b, p + 8), u32(b, p + 8) + u32(b, p + 12));
  }
  throw new Error(`Font has no ${tag} table`);
}

/** cmap with a format 4 subtable (BMP, platform 3/1) and, if needed, format 12 (3/10). */
function encodeCmap(pairs: readonly (readonly [number, number])[]): Uint8Array {
  const bmp = pairs.filter(([c]) => c <= 0xfffe);
  // format 4: one segment per run of consecutive code points with consecutive glyph ids
  const segs: { start: number; end: number; delta: number }[] = [];
  for (const [c, g] of bmp) {
    const last = segs[segs.length - 1];
    if (last && c === last.end + 1 && ((g - c) & 0xffff) === last.delta) last.end = c;
    else segs.push({ start: c, end: c, delta: (g - c) & 0xffff });
  }
  segs.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const segCount = segs.length;
  const f4len = 16 + segCount * 8;
  const astral = pairs.filter(([c]) => c > 0xffff);
  const groups: { start: number; end: number; gid: number }[] = [];
  for (const [c, g] of pairs) {
    const last = groups[groups.length - 1];
    if (last && c === last.end + 1 && g === last.gid + (c - last.start)) last.end = c;
    else groups.push({ start: c, end: c, gid: g });
  }
  const withF12 = astral.length > 0;
  const f12len = 16 + groups.length * 12;
  const nSub = withF12 ? 2 : 1;
  const headerLen = 4 + nSub * 8;
  const total = headerLen + f4len + (withF12 ? f12len : 0);
  const buf = new Uint8Array(total);
  const v = new DataView(buf.buffer);
  v.setUint16(2, nSub);
  v.setUint16(4, 3);
  v.setUint16(6, 1);
  v.setUint32(8, headerLen);
  if (withF12) {
    v.setUint16(12, 3);
    v.setUint16(14, 10);
    v.setUint32(16, headerLen + f4len);
  }
  let p = headerLen;
  v.setUint16(p, 4);
  v.setUint16(p + 2, f4len);
  v.setUint16(p + 6, segCount * 2);
  const entrySelector = Math.floor(Math.log2(segCount));
  const searchRange = 2 ** entrySelector * 2;
  v.setUint16(p + 8, searchRange);
  v.setUint16(p + 10, entrySelector);
  v.setUint16(p + 12, segCount * 2 - searchRange);
  const ends = p + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  segs.forEach((s, i) => {
    v.setUint16(ends + i * 2, s.end);
    v.setUint16(starts + i * 2, s.start);
    v.setUint16(deltas + i * 2, s.delta);
  });
  if (withF12) {
    p = headerLen + f4len;
    v.setUint16(p, 12);
    v.setUint32(p + 4, f12len);
    v.setUint32(p + 12, groups.length);
    groups.forEach((g, i) => {
      v.setUint32(p + 16 + i * 12, g.start);
      v.setUint32(p + 20 + i * 12, g.end);
      v.setUint32(p + 24 + i * 12, g.gid);
    });
  }
  return buf;
}

function checksum(b: Uint8Array): number {
  let sum = 0;
  const n = b.length;
  for (let i = 0; i < n; i += 4) sum = (sum + (((b[i]! << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0)) >>> 0;
  return sum;
}

function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  let size = 12 + n * 16;
  for (const t of tags) size += (tables.get(t)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  const es = Math.floor(Math.log2(n));
  v.setUint16(6, 2 ** es * 16);
  v.setUint16(8, es);
  v.setUint16(10, n * 16 - 2 ** es * 16);
  let off = 12 + n * 16;
  let headOff = 0;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const p = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[p + k] = tag.charCodeAt(k);
    v.setUint32(p + 4, checksum(data));
    v.setUint32(p + 8, off);
    v.setUint32(p + 12, data.length);
    out.set(data, off);
    if (tag === 'head') headOff = off;
    off += (data.length + 3) & ~3;
  });
  v.setUint32(headOff + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
