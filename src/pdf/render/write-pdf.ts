/**
 * Writes laid-out pages into a PDF with jsPDF.
 *
 * Fast path (default): the fonts are cut to exactly the glyphs this document uses by our own linear subsetter
 * (font/ttf.ts), and we write the font objects ourselves — a Type0 / CIDFontType2 font with Identity-H,
 * compact /W widths and a ToUnicode CMap (so text extracts exactly, including characters beyond U+FFFF) — and
 * the text as glyph ids. jsPDF supplies the document structure: pages, links, outline, metadata, compression,
 * output. It never sees a character it could drop.
 *
 * Stock path (`mode: 'stock'`, for the benchmark only): the same pages drawn with jsPDF's own TrueType
 * support — the build-time subset handed over as base64, `doc.text()`, and jsPDF's subsetting on output.
 */
import type { jsPDF as JsPdfDoc } from 'jspdf';
import type { FontSet } from '../font/fonts.ts';
import { buildSubset, type GlyphSource, type Subset, type TtfFont } from '../font/ttf.ts';
import type { Anchor, Color, Op, Page } from '../layout/types.ts';

export type JsPdfModule = typeof import('jspdf');

export interface Attachment {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mime: string;
  readonly description: string;
}

export interface WriteOptions {
  readonly pages: readonly Page[];
  readonly fonts: FontSet;
  readonly title: string;
  readonly subject?: string;
  readonly author?: string;
  readonly keywords?: string;
  readonly lang: string;
  readonly outline?: readonly Anchor[];
  readonly attachment?: Attachment;
  readonly mode?: 'fast' | 'stock';
  /** stock mode only: the fonts as jsPDF's documentation has them, base64 */
  readonly stockFonts?: { readonly regular: string; readonly bold: string };
}

/** The parts of jsPDF's `internal` object that plugins use (missing from its type declarations). */
interface Internal {
  write(s: string): void;
  newObject(): number;
  putStream(o: { data: string; filters?: string[]; objectId?: number; addLength1?: boolean; additionalKeyValues?: { key: string; value: string }[] }): void;
  events: { subscribe(topic: string, fn: (...args: never[]) => void): unknown };
}
const internal = (doc: JsPdfDoc) => doc.internal as unknown as Internal;

export function binaryString(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000) as unknown as number[]);
  return s;
}

const f = (n: number) => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};
const rgb = (c: Color) => `${f(c[0] / 255)} ${f(c[1] / 255)} ${f(c[2] / 255)}`;
const hex4 = (n: number) => n.toString(16).padStart(4, '0');

function utf16hex(cp: number): string {
  if (cp <= 0xffff) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** A PDF text string: literal for ASCII, UTF-16BE hex with BOM otherwise. */
export function pdfText(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => '\\' + c)})`;
  let h = 'FEFF';
  for (const ch of s) h += utf16hex(ch.codePointAt(0)!);
  return `<${h}>`;
}

interface EmbeddedFont {
  readonly id: string;
  readonly subset: Subset;
  readonly name: string;
  readonly bold: boolean;
  readonly primary: TtfFont;
}

export function writePdf(mod: JsPdfModule, o: WriteOptions): Uint8Array {
  const first = o.pages[0]!;
  const doc = new mod.jsPDF({ unit: 'pt', format: [first.width, first.height], orientation: first.width > first.height ? 'landscape' : 'portrait', compress: true });
  const mode = o.mode ?? 'fast';
  const fonts = mode === 'fast' ? embedFonts(doc, o) : stockFonts(doc, o);
  o.pages.forEach((p, i) => {
    if (i > 0) doc.addPage([p.width, p.height], p.width > p.height ? 'landscape' : 'portrait');
    doc.setPage(i + 1);
    if (mode === 'fast') drawFast(doc, p, fonts as Map<boolean, EmbeddedFont>);
    else drawStock(doc, p);
  });
  if (o.outline?.length) {
    for (const a of o.outline) doc.outline.add(null, a.title, { pageNumber: a.page + 1 });
  }
  doc.setProperties({ title: o.title, subject: o.subject ?? '', author: o.author ?? '', keywords: o.keywords ?? '', creator: 'Face PIA' });
  doc.setLanguage(o.lang as Parameters<JsPdfDoc['setLanguage']>[0]);
  if (o.attachment) attach(doc, o.attachment);
  return new Uint8Array(doc.output('arraybuffer'));
}

// ---------------------------------------------------------------- fast path

function embedFonts(doc: JsPdfDoc, o: WriteOptions): Map<boolean, EmbeddedFont> {
  const used = new Map<boolean, Map<number, GlyphSource>>([
    [false, new Map()],
    [true, new Map()],
  ]);
  for (const p of o.pages) {
    for (const op of p.ops) {
      if (op.k !== 'text') continue;
      const m = used.get(op.bold)!;
      for (const ch of op.text) {
        const cp = ch.codePointAt(0)!;
        if (m.has(cp)) continue;
        const g = o.fonts.glyph(cp, op.bold);
        if (g) m.set(cp, g);
      }
    }
  }
  const out = new Map<boolean, EmbeddedFont>();
  for (const bold of [false, true]) {
    const chars = used.get(bold)!;
    if (chars.size === 0) continue;
    const primary = bold ? o.fonts.bold : o.fonts.regular;
    const subset = buildSubset(chars, primary);
    const vfs = `FacePIA-${bold ? 'Bold' : 'Regular'}.ttf`;
    doc.addFileToVFS(vfs, binaryString(subset.bytes));
    // An encoding name of our own, so that jsPDF's Identity-H writer leaves this font to us (putFont below).
    const id = (doc.addFont as unknown as (a: string, b: string, c: string, d: string, e: string) => string)(vfs, `FacePIA${bold ? 'Bold' : 'Regular'}`, 'normal', 'normal', 'FacePIA-Identity-H');
    out.set(bold, { id, subset, bold, primary, name: `${tag(subset)}+NotoSansSC-${bold ? 'Bold' : 'Regular'}` });
  }
  doc.internal.events.subscribe('putFont', (args: { font: { id: string; objectNumber?: number; isAlreadyPutted?: boolean }; out: (s: string) => void; newObject: () => number; putStream: (o: object) => void }) => {
    const ef = [...out.values()].find((e) => e.id === args.font.id);
    if (!ef) return;
    args.font.objectNumber = putType0(args, ef);
    args.font.isAlreadyPutted = true;
  });
  return out;
}

function tag(s: Subset): string {
  let h = s.gidOf.size * 2654435761;
  for (const [cp] of s.gidOf) h = (Math.imul(h ^ cp, 16777619) >>> 0) || 1;
  let t = '';
  for (let i = 0; i < 6; i++) {
    t += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + i * 7;
  }
  return t;
}

function putType0(a: { out: (s: string) => void; newObject: () => number; putStream: (o: object) => void }, ef: EmbeddedFont): number {
  const { out, newObject, putStream } = a;
  const s = ef.subset;
  const upem = s.unitsPerEm;
  const k = (v: number) => Math.round((v * 1000) / upem);
  const file = newObject();
  putStream({ data: binaryString(s.bytes), addLength1: true, objectId: file });
  out('endobj');
  const pairs = [...s.gidOf].sort((x, y) => x[1] - y[1]);
  let cmap = '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n';
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    cmap += `${chunk.length} beginbfchar\n${chunk.map(([cp, gid]) => `<${hex4(gid)}> <${utf16hex(cp)}>`).join('\n')}\nendbfchar\n`;
  }
  cmap += 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend';
  const toUnicode = newObject();
  putStream({ data: cmap, objectId: toUnicode });
  out('endobj');
  const bb = ef.primary.bbox;
  const descriptor = newObject();
  out(
    `<< /Type /FontDescriptor /FontName /${ef.name} /Flags 4 /FontBBox [${bb.map(k).join(' ')}] /ItalicAngle 0 /Ascent ${k(ef.primary.ascender)} /Descent ${k(ef.primary.descender)} /CapHeight ${k(733)} /StemV ${ef.bold ? 140 : 80} /FontFile2 ${file} 0 R >>`,
  );
  out('endobj');
  const cid = newObject();
  out(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${ef.name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 [${s.widths.slice(1).join(' ')}]] /CIDToGIDMap /Identity >>`);
  out('endobj');
  const type0 = newObject();
  out(`<< /Type /Font /Subtype /Type0 /BaseFont /${ef.name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  out('endobj');
  return type0;
}

function drawFast(doc: JsPdfDoc, p: Page, fonts: Map<boolean, EmbeddedFont>) {
  const H = p.height;
  const parts: string[] = [];
  for (const op of p.ops) {
    switch (op.k) {
      case 'text': {
        const ef = fonts.get(op.bold);
        if (!ef) break;
        let hex = '';
        for (const ch of op.text) {
          const g = ef.subset.gidOf.get(ch.codePointAt(0)!);
          if (g !== undefined) hex += hex4(g);
        }
        if (!hex) break;
        parts.push(`BT /${ef.id} ${f(op.size)} Tf ${rgb(op.color)} rg ${f(op.charSpace ?? 0)} Tc 1 0 0 1 ${f(op.x)} ${f(H - op.y)} Tm <${hex}> Tj ET`);
        break;
      }
      case 'rect':
        parts.push(rectOp(op, H));
        break;
      case 'line':
        parts.push(`q ${rgb(op.color)} RG ${f(op.lw)} w [${(op.dash ?? []).map(f).join(' ')}] 0 d ${f(op.x1)} ${f(H - op.y1)} m ${f(op.x2)} ${f(H - op.y2)} l S Q`);
        break;
      case 'link':
        doc.link(op.x, op.y, op.w, op.h, op.url ? { url: op.url } : { pageNumber: (op.page ?? 0) + 1 });
        break;
    }
  }
  internal(doc).write(parts.join('\n'));
}

function rectOp(op: Extract<Op, { k: 'rect' }>, H: number): string {
  const geo = `${f(op.x)} ${f(H - op.y - op.h)} ${f(op.w)} ${f(op.h)} re`;
  if (op.fill && op.stroke) return `q ${rgb(op.fill)} rg ${rgb(op.stroke)} RG ${f(op.lw ?? 0.5)} w ${geo} B Q`;
  if (op.fill) return `q ${rgb(op.fill)} rg ${geo} f Q`;
  if (op.stroke) return `q ${rgb(op.stroke)} RG ${f(op.lw ?? 0.5)} w ${geo} S Q`;
  return '';
}

// ---------------------------------------------------------------- stock path (benchmark reference)

function stockFonts(doc: JsPdfDoc, o: WriteOptions): Map<boolean, EmbeddedFont> {
  if (!o.stockFonts) throw new Error('stock mode needs stockFonts');
  doc.addFileToVFS('NotoSansSC-Regular.ttf', o.stockFonts.regular);
  doc.addFont('NotoSansSC-Regular.ttf', 'NotoSansSC', 'normal');
  doc.addFileToVFS('NotoSansSC-Bold.ttf', o.stockFonts.bold);
  doc.addFont('NotoSansSC-Bold.ttf', 'NotoSansSC', 'bold');
  return new Map();
}

function drawStock(doc: JsPdfDoc, p: Page) {
  for (const op of p.ops) {
    switch (op.k) {
      case 'text':
        doc.setFont('NotoSansSC', op.bold ? 'bold' : 'normal');
        doc.setFontSize(op.size);
        doc.setTextColor(op.color[0], op.color[1], op.color[2]);
        doc.text(op.text, op.x, op.y, op.charSpace ? { charSpace: op.charSpace } : {});
        break;
      case 'rect':
        if (op.fill) doc.setFillColor(op.fill[0], op.fill[1], op.fill[2]);
        if (op.stroke) {
          doc.setDrawColor(op.stroke[0], op.stroke[1], op.stroke[2]);
          doc.setLineWidth(op.lw ?? 0.5);
        }
        doc.rect(op.x, op.y, op.w, op.h, op.fill && op.stroke ? 'FD' : op.fill ? 'F' : 'S');
        break;
      case 'line':
        doc.setDrawColor(op.color[0], op.color[1], op.color[2]);
        doc.setLineWidth(op.lw);
        doc.setLineDashPattern(op.dash ? [...op.dash] : [], 0);
        doc.line(op.x1, op.y1, op.x2, op.y2);
        break;
      case 'link':
        doc.link(op.x, op.y, op.w, op.h, op.url ? { url: op.url } : { pageNumber: (op.page ?? 0) + 1 });
        break;
    }
  }
}

// ---------------------------------------------------------------- the embedded assessment

/** Adds a file attachment (an /EmbeddedFiles entry, and /AF for PDF/A-3 style association), uncompressed. */
function attach(doc: JsPdfDoc, a: Attachment) {
  let filespec = 0;
  let names = 0;
  const w = (s: string) => internal(doc).write(s);
  internal(doc).events.subscribe('postPutResources', () => {
    const file = internal(doc).newObject();
    internal(doc).putStream({
      data: binaryString(a.bytes),
      filters: [],
      objectId: file,
      additionalKeyValues: [
        { key: 'Type', value: '/EmbeddedFile' },
        { key: 'Subtype', value: '/' + a.mime.replace('/', '#2F') },
        { key: 'Params', value: `<< /Size ${a.bytes.length} >>` },
      ],
    });
    w('endobj');
    filespec = internal(doc).newObject();
    w(`<< /Type /Filespec /F ${pdfText(a.name)} /UF ${pdfText(a.name)} /Desc ${pdfText(a.description)} /AFRelationship /Source /EF << /F ${file} 0 R /UF ${file} 0 R >> >>`);
    w('endobj');
    names = internal(doc).newObject();
    w(`<< /Names [${pdfText(a.name)} ${filespec} 0 R] >>`);
    w('endobj');
  });
  internal(doc).events.subscribe('putCatalog', () => {
    w(`/Names << /EmbeddedFiles ${names} 0 R >>`);
    w(`/AF [${filespec} 0 R]`);
  });
}
