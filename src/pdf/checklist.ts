/**
 * The blank on-site inspection checklist for one venue type: every check that applies (src/domain/checklist.ts)
 * with Yes / No / N/A tick boxes, its citations and a column for evidence — for a regulator or an internal
 * auditor to fill in by hand. Landscape A4.
 */
import { CHECKS } from '../domain/checklist.ts';
import { formatCitation } from '../domain/law/catalogue.ts';
import type { Locale } from '../domain/locale.ts';
import { optionLabel } from '../domain/questions/bank.ts';
import { layoutDocument } from './document.ts';
import { labels } from './labels.ts';
import { MUTED, type Block, type Cell } from './layout/flow.ts';
import { writePdf } from './render/write-pdf.ts';
import type { PdfContext, PdfResult } from './report.ts';
import { ACCENT, A4, SEVERITY } from './theme.ts';
import { allStrings } from './unprintable.ts';

const SEVERITY_LABEL = {
  red: ['红线', 'Red line'],
  nc: ['不合规', 'Non-compliance'],
  risk: ['风险', 'Risk'],
} as const;

/** 《X》第一条；《X》第二条 → 《X》第一条、第二条 (Chinese citations share the instrument's name). */
export function groupCitations(labels: readonly string[], locale: Locale): string {
  if (locale !== 'zh-CN') return labels.join('; ');
  const groups = new Map<string, string[]>();
  for (const l of labels) {
    const cut = l.indexOf('》') + 1;
    const head = cut > 0 ? l.slice(0, cut) : l;
    const list = groups.get(head) ?? [];
    if (cut > 0 && l.slice(cut)) list.push(l.slice(cut));
    groups.set(head, list);
  }
  return [...groups].map(([head, rest]) => head + rest.join('、')).join('；');
}

export function composeChecklist(venueType: string, locale: Locale) {
  const t = labels(locale);
  const i = locale === 'zh-CN' ? 0 : 1;
  const venueLabel = optionLabel('venue.type', venueType)[locale];
  const checks = CHECKS;
  const blank: Cell = { text: ' ' };
  const body: Block[] = [
    { k: 'para', runs: [{ text: t('checklistTitle'), bold: true }], size: 17, color: ACCENT, lineHeight: 1.3, spaceAfter: 4 },
    { k: 'para', runs: [{ text: `${t('venueType')}${i === 0 ? '：' : ': '}`, bold: true }, { text: venueLabel }], size: 10.5, spaceAfter: 8 },
    {
      k: 'table',
      cols: [{ w: 1 }, { w: 2.2 }, { w: 1 }, { w: 2.2 }, { w: 1 }, { w: 1.4 }],
      size: 9.5,
      rows: [[{ text: t('venueName'), bold: true }, blank, { text: t('inspector'), bold: true }, blank, { text: t('inspectionDate'), bold: true }, blank]],
      spaceAfter: 8,
    },
    { k: 'para', runs: [{ text: t('checklistNote') }], size: 9, color: MUTED, spaceAfter: 8 },
    {
      k: 'table',
      cols: [{ w: 1.45 }, { w: 3.3 }, { w: 3.2 }, { w: 0.7, align: 'center' }, { w: 0.8, align: 'center' }, { w: 0.7, align: 'center' }, { w: 1.7 }],
      header: [t('checkItem'), t('question'), t('cites'), t('yes'), t('noAns'), t('na'), t('evidence')],
      size: 8.4,
      rows: checks.map((c): Cell[] => [
        { runs: [{ text: `${c.id}\n`, bold: true }, { text: `${c.title[locale]}\n`, bold: true }, { text: SEVERITY_LABEL[c.severity][i], color: SEVERITY[c.severity].ink, bold: true }] },
        c.question[locale],
        groupCitations(c.cites.map((x) => formatCitation(x, locale)), locale),
        { text: '', tickBox: true },
        { text: '', tickBox: true },
        { text: '', tickBox: true },
        '',
      ]),
      spaceAfter: 16,
    },
    {
      k: 'table',
      cols: [{ w: 1 }, { w: 2 }, { w: 1 }, { w: 2 }],
      size: 10,
      rows: [[{ text: `${t('inspector')}\n${t('signature')}\n`, bold: true }, blank, { text: `${t('venue')}\n${t('signature')}\n`, bold: true }, blank]],
    },
  ];
  return {
    page: { width: A4.height, height: A4.width },
    locale,
    accent: ACCENT,
    body,
    header: [t('checklistTitle'), venueLabel] as const,
    footer: [t('productName')],
    pageLabel: (x: number, y: number) => t('page', { x, y }),
    checks,
  };
}

export async function makeChecklistPdf(venueType: string, locale: Locale, ctx: PdfContext): Promise<PdfResult> {
  const spec = composeChecklist(venueType, locale);
  const fonts = ctx.fonts.forLocale(locale);
  await fonts.ensure(allStrings(spec.body.filter((b) => b.k !== 'draw')));
  const { pages } = layoutDocument(fonts, spec);
  const bytes = writePdf(ctx.jspdf, { pages, fonts, title: labels(locale)('checklistTitle'), lang: locale, ...(ctx.mode ? { mode: ctx.mode } : {}), ...(ctx.stockFonts ? { stockFonts: ctx.stockFonts } : {}) });
  return { bytes, unprintable: [], pages: pages.length };
}
