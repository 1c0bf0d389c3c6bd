/**
 * The prominent sign (显著提示标识) as an A4 or A3 poster: the sign text generated in the report model, set as
 * large as the page allows, and — when the operator gave the URL of its full rules — a QR code to them (the
 * two-layer notice: the sign on site, the full rules one scan away).
 */
import qrcode from 'qrcode-generator';
import type { AssessmentFile } from '../domain/persistence/assessment-file.ts';
import type { ReportModel } from '../domain/report/report-model.ts';
import { rulesLine } from '../domain/report/rules-line.ts';
import { labels } from './labels.ts';
import { MUTED, makeDrawer } from './layout/flow.ts';
import { wrap } from './layout/linebreak.ts';
import type { Color, Op, Page } from './layout/types.ts';
import { ACCENT, A3, A4 } from './theme.ts';
import { writePdf } from './render/write-pdf.ts';
import type { PdfContext, PdfResult } from './report.ts';
import { allStrings, findUnprintable } from './unprintable.ts';
import type { FontSet } from './font/fonts.ts';

/** The notice URL from the answers, as plain ASCII (IRIs percent-encoded), or undefined. */
export function noticeUrl(file: AssessmentFile): string | undefined {
  const v = file.answers['public.notice-url'];
  if (typeof v !== 'string' || !v.trim()) return undefined;
  try {
    const u = new URL(v.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** QR code modules for a string (error correction M). */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

function drawQr(ops: Op[], modules: boolean[][], x: number, y: number, size: number, color: Color) {
  const n = modules.length;
  const m = size / (n + 8); // 4-module quiet zone each side
  ops.push({ k: 'rect', x, y, w: size, h: size, fill: [255, 255, 255] });
  modules.forEach((row, r) => {
    let c = 0;
    while (c < n) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && row[c]) c++;
      ops.push({ k: 'rect', x: x + (start + 4) * m, y: y + (r + 4) * m, w: (c - start) * m + 0.05, h: m + 0.05, fill: color });
    }
  });
}

/** The face-scan pictogram: corner brackets around a simple face. */
function drawIcon(ops: Op[], x: number, y: number, s: number, color: Color) {
  const lw = s * 0.07;
  const k = s * 0.28;
  const L = (x1: number, y1: number, x2: number, y2: number) => ops.push({ k: 'line', x1, y1, x2, y2, color, lw });
  // corners
  L(x, y + k, x, y); L(x, y, x + k, y);
  L(x + s - k, y, x + s, y); L(x + s, y, x + s, y + k);
  L(x, y + s - k, x, y + s); L(x, y + s, x + k, y + s);
  L(x + s - k, y + s, x + s, y + s); L(x + s, y + s, x + s, y + s - k);
  // face: eyes, nose, mouth
  const e = s * 0.09;
  ops.push({ k: 'rect', x: x + s * 0.33 - e / 2, y: y + s * 0.36, w: e, h: e * 1.6, fill: color });
  ops.push({ k: 'rect', x: x + s * 0.67 - e / 2, y: y + s * 0.36, w: e, h: e * 1.6, fill: color });
  L(x + s * 0.5, y + s * 0.42, x + s * 0.5, y + s * 0.58);
  L(x + s * 0.5, y + s * 0.58, x + s * 0.45, y + s * 0.58);
  L(x + s * 0.34, y + s * 0.7, x + s * 0.5, y + s * 0.77);
  L(x + s * 0.5, y + s * 0.77, x + s * 0.66, y + s * 0.7);
}

export function layoutSign(model: ReportModel, file: AssessmentFile, fonts: FontSet, size: 'A4' | 'A3'): Page[] {
  const page = size === 'A3' ? A3 : A4;
  const k = page.width / A4.width;
  const t = labels(model.locale);
  const P = (s: string) => fonts.printable(s);
  const ops: Op[] = [];
  const d = makeDrawer(ops, fonts);
  const margin = 40 * k;
  const W = page.width - 2 * margin;
  const url = noticeUrl(file);
  const sign = model.texts.sign;

  // title band
  const bandH = 118 * k;
  ops.push({ k: 'rect', x: 0, y: 0, w: page.width, h: bandH, fill: ACCENT });
  drawIcon(ops, margin, 24 * k, 70 * k, [255, 255, 255]);
  const titleSize = (model.locale === 'zh-CN' ? 40 : 32) * k;
  const titleLines = wrap([{ text: P(sign.title), bold: true }], fonts, { size: titleSize, width: W - 90 * k });
  const tlh = titleSize * 1.2;
  const ty = (bandH - titleLines.length * tlh) / 2;
  d.lines(titleLines, margin + 92 * k, ty, titleSize, tlh, [255, 255, 255]);

  // the QR block at the bottom
  const qrSize = url ? 150 * k : 0;
  const footerH = 28 * k;
  const bottom = page.height - margin - footerH - (url ? qrSize + 12 * k : 0);
  const top = bandH + 30 * k;
  // The line with the rules' address gives way to the QR code; other lines may name the address too (a rights
  // channel online) and stay.
  const paras = sign.paragraphs.filter((p) => !url || p !== rulesLine(url, model.locale));
  // the largest type size at which every paragraph fits
  let lo = 9 * k;
  let hi = 34 * k;
  // Measured exactly as drawn below: the first paragraph is bold, and bold glyphs are wider (an English sign's
  // first paragraph wrapped one line longer than measured in regular and ran into the QR block).
  const wrapped = (p: string, i: number, s: number) => wrap([{ text: P(p), bold: i === 0 }], fonts, { size: s, width: W, justify: true });
  const fit = (s: number) => paras.reduce((h, p, i) => h + wrapped(p, i, s).length * s * 1.45 + s * 0.7, 0) <= bottom - top;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (fit(mid)) lo = mid;
    else hi = mid;
  }
  const bodySize = Math.floor(lo * 2) / 2;
  let y = top;
  paras.forEach((p, i) => {
    const lines = wrapped(p, i, bodySize);
    d.lines(lines, margin, y, bodySize, bodySize * 1.45, [20, 24, 32]);
    y += lines.length * bodySize * 1.45 + bodySize * 0.7;
  });

  if (url) {
    const qy = page.height - margin - footerH - qrSize;
    ops.push({ k: 'line', x1: margin, y1: qy - 12 * k, x2: page.width - margin, y2: qy - 12 * k, color: [200, 205, 214], lw: 1 * k });
    drawQr(ops, qrModules(url), margin, qy, qrSize, [0, 0, 0]);
    const tx = margin + qrSize + 18 * k;
    const capSize = 17 * k;
    const cap = wrap([{ text: t('scanForNotice'), bold: true }], fonts, { size: capSize, width: W - qrSize - 18 * k });
    d.lines(cap, tx, qy + 30 * k, capSize, capSize * 1.35, ACCENT);
    const urlSize = 11 * k;
    const ul = wrap([{ text: url, link: url }], fonts, { size: urlSize, width: W - qrSize - 18 * k });
    d.lines(ul, tx, qy + 30 * k + cap.length * capSize * 1.35 + 8 * k, urlSize, urlSize * 1.4, [40, 44, 52]);
  }
  d.text(margin, page.height - margin + 4 * k, P(`${model.meta.organisation} · ${model.meta.venueName} · ${t('signTitleNote')} · ${model.meta.preparedOn}`), 8 * k, { color: MUTED });
  return [{ width: page.width, height: page.height, ops }];
}

/** Characters of the sign that cannot be printed (call before rendering to warn the user). */
export async function checkSign(model: ReportModel, file: AssessmentFile, fonts: FontSet) {
  const strings = allStrings(model.texts.sign).concat(model.meta.organisation, model.meta.venueName);
  await fonts.ensure(strings);
  return findUnprintable(fonts, file, strings).filter((u) => strings.some((s) => s.includes(u.char)));
}

export async function makeSignPdf(model: ReportModel, file: AssessmentFile, size: 'A4' | 'A3', ctx: PdfContext): Promise<PdfResult> {
  const fonts = ctx.fonts.forLocale(model.locale);
  const unprintable = await checkSign(model, file, fonts);
  const pages = layoutSign(model, file, fonts, size);
  const bytes = writePdf(ctx.jspdf, { pages, fonts, title: model.texts.sign.title, author: model.meta.organisation, lang: model.locale, ...(ctx.mode ? { mode: ctx.mode } : {}), ...(ctx.stockFonts ? { stockFonts: ctx.stockFonts } : {}) });
  return { bytes, unprintable, pages: 1 };
}
