/**
 * Puts a document together: an optional cover page, a contents page filled in after the body is paginated
 * (entries link to their pages), the body, and the running header and footer with "page x of y".
 */
import type { FontSet } from './font/fonts.ts';
import { Flow, INK, MUTED, RULE, makeDrawer, type Block, type FlowOptions } from './layout/flow.ts';
import type { Anchor, Color, Page } from './layout/types.ts';

export interface DocumentSpec {
  readonly page: { readonly width: number; readonly height: number };
  readonly locale: 'zh-CN' | 'en';
  readonly accent: Color;
  readonly cover?: readonly Block[];
  readonly contentsTitle?: string;
  readonly body: readonly Block[];
  /** left and right text of the running header (not on the cover) */
  readonly header?: readonly [string, string];
  /** left text of the footer; the right side shows the page number */
  readonly footer?: readonly string[];
  readonly pageLabel: (x: number, y: number) => string;
  readonly size?: number;
}

export function flowOptions(spec: Pick<DocumentSpec, 'page' | 'locale' | 'accent' | 'size'>): FlowOptions {
  const zh = spec.locale === 'zh-CN';
  return {
    width: spec.page.width,
    height: spec.page.height,
    margin: { top: 62, bottom: 64, left: 56, right: 56 },
    size: spec.size ?? (zh ? 9.8 : 9.8),
    lineHeight: zh ? 1.62 : 1.45,
    headings: [15.5, 12, 10.5],
    accent: spec.accent,
  };
}

export function layoutDocument(fonts: FontSet, spec: DocumentSpec): { pages: Page[]; anchors: Anchor[] } {
  const o = flowOptions(spec);
  const pages: Page[] = [];
  if (spec.cover) {
    const cover = new Flow(fonts, o);
    cover.add(spec.cover);
    pages.push(...cover.paginate(0).pages);
  }
  const coverPages = pages.length;
  const contentsEntries = countAnchors(spec.body);
  const contentsFlow = (anchors: readonly Anchor[]) => {
    const f = new Flow(fonts, o);
    f.add([{ k: 'heading', level: 1, text: spec.contentsTitle ?? '', anchor: 'contents', outline: false }]);
    for (const a of anchors) {
      f.add([
        {
          k: 'draw',
          h: a.level === 1 ? 20 : 16.5,
          draw: (d, x, y, w) => {
            const size = a.level === 1 ? 10.2 : 9.4;
            const ind = a.level === 1 ? 0 : 16;
            const num = String(a.page + 1);
            const nw = d.width(num, size);
            const base = y + 13;
            let title = a.title;
            const maxW = w - ind - nw - 24;
            while (d.width(title, size, a.level === 1) > maxW && title.length > 4) title = title.slice(0, -2) + '…';
            d.text(x + ind, base, title, size, { bold: a.level === 1, color: INK });
            const tw = d.width(title, size, a.level === 1);
            d.line(x + ind + tw + 6, base, x + w - nw - 6, base, RULE, 0.6, [0.8, 2.4]);
            d.text(x + w, base, num, size, { align: 'right', color: INK });
            d.link(x, y, w, 18, { page: a.page });
          },
        },
      ]);
    }
    return f.paginate(coverPages).pages;
  };
  let contentsCount = 0;
  if (spec.contentsTitle !== undefined) {
    const probe = Array.from({ length: contentsEntries.length }, (_, i) => ({ id: String(i), title: contentsEntries[i]!.title, level: contentsEntries[i]!.level, page: 999, y: 0 }));
    contentsCount = contentsFlow(probe).length;
  }
  const body = new Flow(fonts, o);
  body.add(spec.body);
  const laid = body.paginate(coverPages + contentsCount);
  if (spec.contentsTitle !== undefined) {
    const contents = contentsFlow(laid.anchors.filter((a) => a.level <= 2 && a.id !== 'contents'));
    pages.push(...contents.slice(0, contentsCount));
  }
  pages.push(...laid.pages);
  const total = pages.length;
  pages.forEach((p, i) => {
    if (i < coverPages) return;
    const d = makeDrawer(p.ops, fonts);
    const x0 = o.margin.left;
    const x1 = o.width - o.margin.right;
    if (spec.header) {
      const y = 36;
      const [left, right] = spec.header;
      const rw = Math.min(d.width(right, 7.5), (x1 - x0) * 0.45);
      let l = left;
      while (d.width(l, 7.5) > x1 - x0 - rw - 16 && l.length > 4) l = l.slice(0, -2) + '…';
      let r = right;
      while (d.width(r, 7.5) > (x1 - x0) * 0.45 && r.length > 4) r = r.slice(0, -2) + '…';
      d.text(x0, y, l, 7.5, { color: MUTED });
      d.text(x1, y, r, 7.5, { color: MUTED, align: 'right' });
      d.line(x0, y + 5, x1, y + 5, RULE, 0.5);
    }
    const fy = o.height - 40;
    d.line(x0, fy - 10, x1, fy - 10, RULE, 0.5);
    (spec.footer ?? []).forEach((t, k) => d.text(x0, fy + k * 9, t, 6.8, { color: MUTED }));
    d.text(x1, fy, spec.pageLabel(i + 1, total), 7.5, { color: MUTED, align: 'right' });
  });
  return { pages, anchors: laid.anchors };
}

function countAnchors(blocks: readonly Block[]): { title: string; level: number }[] {
  const out: { title: string; level: number }[] = [];
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      if (b.k === 'heading' && b.anchor && b.level <= 2) out.push({ title: b.text, level: b.level });
      else if (b.k === 'box' || b.k === 'keep') walk(b.blocks);
    }
  };
  walk(blocks);
  return out;
}
