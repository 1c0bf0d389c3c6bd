/**
 * A small flowing-layout engine: blocks (headings, paragraphs, lists, tables, boxes, drawings) become
 * unbreakable slices — one per line or table row — which are then placed on pages. Headings keep with what
 * follows, paragraphs keep their first and last two lines together, table headers repeat after a page break,
 * tall table rows split between lines, and boxes are drawn behind whatever part of them lands on each page.
 */
import { wrap, type Line, type Measure, type Run } from './linebreak.ts';
import type { Anchor, Color, Op, Page } from './types.ts';

export const INK: Color = [28, 32, 40];
export const MUTED: Color = [96, 104, 118];
export const RULE: Color = [200, 205, 214];

export type Cell =
  | string
  | {
      readonly runs?: readonly Run[];
      readonly text?: string;
      readonly fill?: Color;
      readonly color?: Color;
      readonly bold?: boolean;
      readonly align?: 'left' | 'center';
      /** draw an empty tick box before the text */
      readonly tickBox?: boolean;
    };

export interface Column {
  /** share of the table width */
  readonly w: number;
  readonly align?: 'left' | 'center';
}

export type Block =
  | { readonly k: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly anchor?: string; readonly newPage?: boolean; readonly color?: Color; readonly outline?: boolean }
  | {
      readonly k: 'para';
      readonly runs: readonly Run[];
      readonly size?: number;
      readonly color?: Color;
      readonly indent?: number;
      readonly spaceAfter?: number;
      readonly align?: 'left' | 'center';
      readonly lineHeight?: number;
      readonly justify?: boolean;
      /** a label set in the left margin of the first line (e.g. a bullet or number) */
      readonly label?: string;
      readonly labelWidth?: number;
      /** keep the last line with whatever follows (labels, lead-ins) */
      readonly keepWithNext?: boolean;
    }
  | { readonly k: 'table'; readonly cols: readonly Column[]; readonly header?: readonly Cell[]; readonly rows: readonly (readonly Cell[])[]; readonly size?: number; readonly spaceAfter?: number }
  | {
      readonly k: 'box';
      readonly blocks: readonly Block[];
      readonly fill?: Color;
      readonly stroke?: Color;
      readonly accent?: Color;
      readonly pad?: number;
      readonly spaceAfter?: number;
      readonly keep?: boolean;
      /** never at the top of a page without the last line of what comes before it (a finding's remediation) */
      readonly keepWithPrevious?: boolean;
    }
  | { readonly k: 'space'; readonly h: number }
  | { readonly k: 'pageBreak' }
  | { readonly k: 'keep'; readonly blocks: readonly Block[] }
  | { readonly k: 'draw'; readonly h: number; readonly draw: (d: Drawer, x: number, y: number, w: number) => void; readonly keepNext?: boolean };

export interface Drawer {
  text(x: number, y: number, text: string, size: number, opts?: { bold?: boolean; color?: Color; align?: 'left' | 'center' | 'right' }): void;
  rect(x: number, y: number, w: number, h: number, fill?: Color, stroke?: Color, lw?: number): void;
  line(x1: number, y1: number, x2: number, y2: number, color?: Color, lw?: number, dash?: readonly number[]): void;
  link(x: number, y: number, w: number, h: number, target: { url?: string; page?: number }): void;
  width(text: string, size: number, bold?: boolean): number;
  lines(lines: readonly Line[], x: number, top: number, size: number, lineH: number, color: Color): void;
}

interface BoxRec {
  readonly fill?: Color | undefined;
  readonly stroke?: Color | undefined;
  readonly accent?: Color | undefined;
  readonly x: number;
  readonly w: number;
  readonly pad: number;
  readonly frags: Map<number, { top: number; bottom: number }>;
}

interface Slice {
  readonly h: number;
  readonly draw?: (d: Drawer, y: number) => void;
  readonly boxes: readonly BoxRec[];
  keepNext?: boolean;
  readonly breakBefore?: boolean;
  /** a spacer: dropped at the top of a page */
  readonly space?: boolean;
  readonly header?: Slice;
  readonly anchor?: { readonly id: string; readonly title: string; readonly level: number; readonly outline: boolean };
}

export interface FlowOptions {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly size: number;
  readonly lineHeight: number;
  /** heading sizes for levels 1–3 */
  readonly headings: readonly [number, number, number];
  readonly accent: Color;
}

/** Baseline of a line of type `size` set in a line box of height `lineH` whose top is `top`. */
export function baseline(top: number, lineH: number, size: number): number {
  return top + lineH / 2 + 0.36 * size;
}

export function makeDrawer(ops: Op[], m: Measure): Drawer {
  const width = (text: string, size: number, bold = false) => {
    let w = 0;
    for (const s of text) w += m.advance(s.codePointAt(0)!, bold) * size;
    return w;
  };
  const d: Drawer = {
    width,
    text(x, y, text, size, o = {}) {
      const w = o.align && o.align !== 'left' ? width(text, size, o.bold) : 0;
      const xx = o.align === 'center' ? x - w / 2 : o.align === 'right' ? x - w : x;
      ops.push({ k: 'text', x: xx, y, size, bold: !!o.bold, color: o.color ?? INK, text });
    },
    rect(x, y, w, h, fill, stroke, lw) {
      ops.push({ k: 'rect', x, y, w, h, ...(fill ? { fill } : {}), ...(stroke ? { stroke, lw: lw ?? 0.5 } : {}) });
    },
    line(x1, y1, x2, y2, color = RULE, lw = 0.5, dash) {
      ops.push({ k: 'line', x1, y1, x2, y2, color, lw, ...(dash ? { dash } : {}) });
    },
    link(x, y, w, h, t) {
      ops.push({ k: 'link', x, y, w, h, ...t });
    },
    lines(lines, x, top, size, lineH, color) {
      lines.forEach((ln, i) => {
        const y = baseline(top + i * lineH, lineH, size);
        for (const s of ln.segs) {
          if (!s.text) continue;
          ops.push({ k: 'text', x: x + s.x, y, size, bold: s.bold, color: s.color ?? color, text: s.text, ...(s.charSpace ? { charSpace: s.charSpace } : {}) });
          if (s.link) ops.push({ k: 'link', x: x + s.x, y: y - size, w: s.w, h: size * 1.3, url: s.link });
        }
      });
    },
  };
  return d;
}

export class Flow {
  private readonly slices: Slice[] = [];
  readonly bodyTop: number;
  readonly bodyBottom: number;
  readonly left: number;
  readonly bodyWidth: number;

  constructor(
    readonly m: Measure,
    readonly o: FlowOptions,
  ) {
    this.bodyTop = o.margin.top;
    this.bodyBottom = o.height - o.margin.bottom;
    this.left = o.margin.left;
    this.bodyWidth = o.width - o.margin.left - o.margin.right;
  }

  add(blocks: readonly Block[], x = this.left, w = this.bodyWidth, boxes: readonly BoxRec[] = []): void {
    for (const b of blocks) this.addBlock(b, x, w, boxes);
  }

  private push(s: Slice) {
    this.slices.push(s);
  }

  private addBlock(b: Block, x: number, w: number, boxes: readonly BoxRec[]): void {
    const o = this.o;
    switch (b.k) {
      case 'space':
        this.push({ h: b.h, boxes, space: true });
        return;
      case 'pageBreak':
        this.push({ h: 0, boxes, breakBefore: true });
        return;
      case 'heading': {
        const size = o.headings[b.level - 1]!;
        const lineH = size * 1.35;
        const color = b.color ?? (b.level === 1 ? o.accent : INK);
        const lines = wrap([{ text: b.text, bold: true }], this.m, { size, width: w });
        const before = b.level === 1 ? 4 : b.level === 2 ? 10 : 6;
        const after = b.level === 1 ? 10 : 4;
        const rule = b.level === 1;
        const h = before + lines.length * lineH + after + (rule ? 2 : 0);
        this.push({
          h,
          boxes,
          keepNext: true,
          ...(b.newPage ? { breakBefore: true } : {}),
          ...(b.anchor ? { anchor: { id: b.anchor, title: b.text, level: b.level, outline: b.outline !== false } } : {}),
          draw: (d, y) => {
            d.lines(lines, x, y + before, size, lineH, color);
            if (rule) d.line(x, y + before + lines.length * lineH + 3, x + w, y + before + lines.length * lineH + 3, o.accent, 1);
          },
        });
        return;
      }
      case 'para': {
        const size = b.size ?? o.size;
        const lineH = size * (b.lineHeight ?? o.lineHeight);
        const indent = b.indent ?? 0;
        const lw = b.label !== undefined ? (b.labelWidth ?? size * 1.4) : 0;
        const width = w - indent - lw;
        const lines = wrap(b.runs, this.m, { size, width, justify: b.justify ?? true });
        const color = b.color ?? INK;
        lines.forEach((ln, i) => {
          const n = lines.length;
          this.push({
            h: lineH,
            boxes,
            keepNext: (n >= 3 && (i === 0 || i === n - 2)) || (n === 2 && i === 0) || (!!b.keepWithNext && i === n - 1),
            draw: (d, y) => {
              const lx = x + indent + lw + (b.align === 'center' ? (width - ln.width) / 2 : 0);
              if (i === 0 && b.label !== undefined) d.text(x + indent, baseline(y, lineH, size), b.label, size, { color });
              d.lines([ln], lx, y, size, lineH, color);
            },
          });
        });
        if (b.spaceAfter !== 0) this.push({ h: b.spaceAfter ?? size * 0.6, boxes, space: true, ...(b.keepWithNext ? { keepNext: true } : {}) });
        return;
      }
      case 'keep': {
        const start = this.slices.length;
        this.add(b.blocks, x, w, boxes);
        for (let i = start; i < this.slices.length - 1; i++) this.slices[i]!.keepNext = true;
        return;
      }
      case 'box': {
        if (b.keepWithPrevious) {
          // The last drawn slice before the box, and any spacers after it, go with the box.
          for (let i = this.slices.length - 1; i >= 0; i--) {
            this.slices[i]!.keepNext = true;
            if (!this.slices[i]!.space) break;
          }
        }
        const pad = b.pad ?? 8;
        const rec: BoxRec = { fill: b.fill, stroke: b.stroke, accent: b.accent, x, w, pad, frags: new Map() };
        const inner = [...boxes, rec];
        const start = this.slices.length;
        this.push({ h: pad, boxes: inner, keepNext: true });
        const ax = b.accent ? 4 : 0;
        let lastBlock = start + 1;
        b.blocks.forEach((blk, i) => {
          if (i === b.blocks.length - 1) lastBlock = this.slices.length;
          this.addBlock(blk, x + pad + ax, w - 2 * pad - ax, inner);
        });
        // drop a trailing spacer inside the box
        const last = this.slices[this.slices.length - 1];
        if (last?.space && this.slices.length - 1 > start) this.slices.pop();
        // The box's last block does not open a page on its own (a consent form's one-line "I agree" with the
        // form's text on the page before): it keeps the line before it, and the box's closing padding.
        if (b.blocks.length > 1) {
          for (let i = lastBlock - 1; i > start; i--) {
            this.slices[i]!.keepNext = true;
            if (!this.slices[i]!.space) break;
          }
        }
        if (this.slices.length - 1 > start) this.slices[this.slices.length - 1]!.keepNext = true;
        this.push({ h: pad, boxes: inner });
        if (b.keep) for (let i = start; i < this.slices.length - 1; i++) this.slices[i]!.keepNext = true;
        if (b.spaceAfter !== 0) this.push({ h: b.spaceAfter ?? 8, boxes, space: true });
        return;
      }
      case 'draw':
        this.push({ h: b.h, boxes, ...(b.keepNext ? { keepNext: true } : {}), draw: (d, y) => b.draw(d, x, y, w) });
        return;
      case 'table':
        this.addTable(b, x, w, boxes);
        return;
    }
  }

  private addTable(b: Extract<Block, { k: 'table' }>, x: number, w: number, boxes: readonly BoxRec[]) {
    const size = b.size ?? this.o.size - 1;
    const lineH = size * 1.45;
    const padX = 4;
    const padY = 3.5;
    const total = b.cols.reduce((s, c) => s + c.w, 0);
    const widths = b.cols.map((c) => (c.w / total) * w);
    const xs = widths.map((_, i) => x + widths.slice(0, i).reduce((s, v) => s + v, 0));
    const tick = size * 0.95;
    const prep = (cell: Cell, ci: number, header: boolean) => {
      const c = typeof cell === 'string' ? { text: cell } : cell;
      const runs: readonly Run[] = c.runs ?? [{ text: c.text ?? '', bold: header || !!c.bold }];
      const inner = widths[ci]! - 2 * padX - (c.tickBox ? tick + 4 : 0);
      const lines = wrap(runs, this.m, { size, width: Math.max(inner, size) });
      return { c, lines, align: c.align ?? b.cols[ci]!.align ?? 'left' };
    };
    // `closes`: the piece that ends its row draws the rule under it; a tall row's earlier pieces do not, so that
    // a row split into pieces on one page still reads as one row (the next page's repeated header closes it above).
    const drawRow = (cells: ReturnType<typeof prep>[], from: number, count: number, h: number, headerRow: boolean, first: boolean, closes = true) => (d: Drawer, y: number) => {
      cells.forEach((cell, ci) => {
        const fill = cell.c.fill ?? (headerRow ? ([236, 240, 246] as Color) : undefined);
        if (fill) d.rect(xs[ci]!, y, widths[ci]!, h, fill);
        const part = cell.lines.slice(from, from + count);
        let tx = xs[ci]! + padX;
        if (cell.c.tickBox && from === 0) d.rect(cell.align === 'center' ? xs[ci]! + (widths[ci]! - tick) / 2 : tx, y + padY + (lineH - tick) / 2, tick, tick, undefined, INK, 0.8);
        if (cell.c.tickBox) tx += tick + 4;
        if (cell.align === 'center') {
          part.forEach((ln, li) => d.lines([ln], xs[ci]! + (widths[ci]! - ln.width) / 2, y + padY + li * lineH, size, lineH, cell.c.color ?? INK));
        } else d.lines(part, tx, y + padY, size, lineH, cell.c.color ?? INK);
      });
      if (first || headerRow) d.line(x, y, x + w, y, headerRow ? MUTED : RULE, headerRow ? 0.8 : 0.5);
      if (closes) d.line(x, y + h, x + w, y + h, headerRow ? MUTED : RULE, headerRow ? 0.8 : 0.5);
      for (let i = 1; i < widths.length; i++) d.line(xs[i]!, y, xs[i]!, y + h, RULE, 0.5);
    };
    let header: Slice | undefined;
    if (b.header) {
      const cells = b.header.map((c, i) => prep(c, i, true));
      const n = Math.max(...cells.map((c) => c.lines.length));
      const h = n * lineH + 2 * padY;
      header = { h, boxes, keepNext: true, draw: drawRow(cells, 0, n, h, true, true) };
      this.push(header);
    }
    const maxLines = Math.max(4, Math.floor((this.bodyBottom - this.bodyTop) * 0.35 / lineH));
    // The last slice of each row: a table that breaks across pages keeps at least two rows on each side.
    const rowEnds: number[] = [];
    b.rows.forEach((row, ri) => {
      const cells = row.map((c, i) => prep(c, i, false));
      const n = Math.max(1, ...cells.map((c) => c.lines.length));
      for (let from = 0; from < n; from += maxLines) {
        const count = Math.min(maxLines, n - from);
        const h = count * lineH + (from === 0 ? padY : 0) + (from + count >= n ? padY : 0);
        const topPad = from === 0 ? 0 : -padY;
        const draw = drawRow(cells, from, count, h, false, !header && ri === 0 && from === 0, from + count >= n);
        this.push({ h, boxes, ...(header ? { header } : {}), ...(from + count < n ? { keepNext: false } : {}), draw: (d, y) => draw(d, y + topPad) });
      }
      rowEnds.push(this.slices.length - 1);
    });
    const keep = (ri: number) => {
      const end = rowEnds[ri];
      if (end !== undefined && ri < rowEnds.length - 1) this.slices[end]!.keepNext = true;
    };
    keep(0);
    keep(rowEnds.length - 2);
    if (b.spaceAfter !== 0) this.push({ h: b.spaceAfter ?? 10, boxes, space: true });
  }

  /** Place every slice; `pageOffset` is the number of pages that come before these (cover, contents). */
  paginate(pageOffset: number): { pages: Page[]; anchors: Anchor[] } {
    const pages: { bg: Op[]; fg: Op[] }[] = [];
    const anchors: Anchor[] = [];
    const bodyH = this.bodyBottom - this.bodyTop;
    let cur: { bg: Op[]; fg: Op[] } | undefined;
    let y = 0;
    let d: Drawer | undefined;
    const newPage = () => {
      cur = { bg: [], fg: [] };
      pages.push(cur);
      d = makeDrawer(cur.fg, this.m);
      y = this.bodyTop;
    };
    newPage();
    const place = (s: Slice) => {
      const pi = pages.length - 1;
      for (const bx of s.boxes) {
        const f = bx.frags.get(pi);
        if (f) f.bottom = y + s.h;
        else bx.frags.set(pi, { top: y, bottom: y + s.h });
      }
      if (s.anchor) anchors.push({ ...s.anchor, page: pi + pageOffset, y });
      s.draw?.(d!, y);
      y += s.h;
    };
    for (let i = 0; i < this.slices.length; i++) {
      const s = this.slices[i]!;
      const atTop = y === this.bodyTop;
      if (s.breakBefore && !atTop) newPage();
      if (s.space && y === this.bodyTop) continue;
      let need = s.h;
      for (let j = i; this.slices[j]?.keepNext && j + 1 < this.slices.length && need <= bodyH; j++) need += this.slices[j + 1]!.h;
      if (need > bodyH) need = s.h;
      if (y + need > this.bodyBottom + 0.01 && y > this.bodyTop) {
        if (s.space) {
          newPage();
          continue;
        }
        newPage();
        if (s.header && s.header !== s) place(s.header);
      }
      place(s);
    }
    // box backgrounds, per page fragment
    const boxes = new Set<BoxRec>();
    for (const s of this.slices) for (const b of s.boxes) boxes.add(b);
    for (const b of boxes) {
      const pis = [...b.frags.keys()].sort((a, c) => a - c);
      pis.forEach((pi, k) => {
        const f = b.frags.get(pi)!;
        const top = f.top - (k > 0 ? 4 : 0);
        const bottom = f.bottom + (k < pis.length - 1 ? 4 : 0);
        const bg = pages[pi]!.bg;
        bg.push({ k: 'rect', x: b.x, y: top, w: b.w, h: bottom - top, ...(b.fill ? { fill: b.fill } : {}), ...(b.stroke ? { stroke: b.stroke, lw: 0.6 } : {}) });
        if (b.accent) bg.push({ k: 'rect', x: b.x, y: top, w: 3, h: bottom - top, fill: b.accent });
      });
    }
    return {
      pages: pages.map((p) => ({ width: this.o.width, height: this.o.height, ops: [...p.bg, ...p.fg] })),
      anchors,
    };
  }
}
