/**
 * The blank on-site inspection checklist: every check (src/domain/checklist.ts), or a campaign's, with Meets /
 * Does not meet / N/A tick boxes, its citations and a column for evidence; the inspected party, the inspectors,
 * a conclusion and signatures with dates — for a regulator or an internal auditor to fill in by hand. Landscape A4.
 */
import { CHECKS } from '../domain/checklist.ts';
import { citedInstruments, markedCitation } from '../domain/law/catalogue.ts';
import { MARK_KEYS, MARK_SYMBOL, MARKS } from '../domain/law/marks.ts';
import type { Locale } from '../domain/locale.ts';
import { optionLabel } from '../domain/questions/bank.ts';
import { layoutDocument } from './document.ts';
import { labels } from './labels.ts';
import { MUTED, type Block, type Cell } from './layout/flow.ts';
import { writePdf } from './render/write-pdf.ts';
import type { PdfContext, PdfResult } from './report.ts';
import { ACCENT, A4, SEVERITY } from './theme.ts';
import { allStrings, findUnprintable } from './unprintable.ts';

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

/** A regulator's campaign, as far as the blank checklist needs it: its checks (all if none) and its header. */
export interface ChecklistScope {
  readonly checks?: readonly string[];
  readonly name?: string;
  readonly authority?: string;
  readonly reference?: string;
}

export function composeChecklist(venueType: string, locale: Locale, scope: ChecklistScope = {}) {
  const t = labels(locale);
  const i = locale === 'zh-CN' ? 0 : 1;
  const colon = i === 0 ? '：' : ': ';
  const venueLabel = optionLabel('venue.type', venueType)[locale];
  const checks = scope.checks?.length ? CHECKS.filter((c) => scope.checks!.includes(c.id)) : CHECKS;
  const cites = checks.map((c) => c.cites.map((x) => markedCitation(x, locale)));
  const used = cites.flat();
  // The instruments the sheet cites, for a key to their short names (the English sheet abbreviates them).
  const instruments = citedInstruments(checks.flatMap((c) => c.cites.map((x) => x.article)));
  const blank: Cell = { text: ' ' };
  const label = (key: Parameters<typeof t>[0]): Cell => ({ text: t(key), bold: true });
  const campaign: [string, string][] = (
    [
      [t('campaignName'), scope.name],
      [t('campaignAuthority'), scope.authority],
      [t('campaignReference'), scope.reference],
    ] as const
  ).filter((x): x is [string, string] => !!x[1]?.trim());
  const usedMarks = MARKS.filter((mark) => used.some((x) => x[mark]));
  const body: Block[] = [
    { k: 'para', runs: [{ text: t('checklistTitle'), bold: true }], size: 17, color: ACCENT, lineHeight: 1.3, spaceAfter: 4 },
    { k: 'para', runs: [{ text: `${t('venueType')}${colon}`, bold: true }, { text: venueLabel }], size: 10.5, spaceAfter: campaign.length ? 2 : 8 },
    ...campaign.map(([k, v], n): Block => ({ k: 'para', runs: [{ text: `${k}${colon}`, bold: true }, { text: v }], size: 10.5, spaceAfter: n === campaign.length - 1 ? 8 : 2 })),
    ...(scope.checks?.length ? [{ k: 'para', runs: [{ text: t('checklistScoped', { n: checks.length, total: CHECKS.length }) }], size: 9, color: MUTED, spaceAfter: 8 } as Block] : []),
    {
      k: 'table',
      cols: [{ w: 1.35 }, { w: 2.35 }, { w: 1.35 }, { w: 2.35 }],
      size: 9.5,
      rows: [
        [label('inspectedEntity'), blank, label('creditCode'), blank],
        [label('venueName'), blank, label('venueAddress'), blank],
        [label('venueRepresentative'), blank, label('contactPhone'), blank],
        // The counts that decide the filing with the cyberspace office (100,000 stored) and the personal-information
        // officer (1,000,000 processed): FR-16, FR-17.
        [label('peopleStored'), blank, label('peopleTotal'), blank],
        [label('inspectionDate'), blank, label('inspectors'), blank],
      ],
      spaceAfter: 8,
    },
    { k: 'para', runs: [{ text: t('checklistNote') }], size: 9, color: MUTED, spaceAfter: usedMarks.length ? 2 : 8 },
    // The marks' key comes after the table, pages later: say so where the reader meets the first mark.
    ...(usedMarks.length ? [{ k: 'para', runs: [{ text: t('marksAfterTable').replace('{marks}', usedMarks.map((m) => MARK_SYMBOL[m]).join(' ')) }], size: 9, color: MUTED, spaceAfter: 8 } as Block] : []),
    {
      k: 'table',
      cols: [{ w: 1.45 }, { w: 2.8 }, { w: 2.7 }, { w: 0.7, align: 'center' }, { w: 0.8, align: 'center' }, { w: 0.7, align: 'center' }, { w: 2.9 }],
      header: [t('checkItem'), t('question'), t('cites'), t('yes'), t('noAns'), t('na'), t('evidence')],
      size: 8.4,
      rows: checks.map((c, ci): Cell[] => [
        { runs: [{ text: `${c.id}\n`, bold: true }, { text: `${c.title[locale]}\n`, bold: true }, { text: `${t('checklistSeverity')}${colon}` }, { text: SEVERITY_LABEL[c.severity][i], color: SEVERITY[c.severity].ink }] },
        c.question[locale],
        groupCitations(cites[ci]!.map((x) => x.text), locale),
        { text: '', tickBox: true },
        { text: '', tickBox: true },
        { text: '', tickBox: true },
        '',
      ]),
      spaceAfter: 6,
    },
    // The key to each mark the sheet uses.
    ...usedMarks.map((mark): Block => ({ k: 'para', runs: [{ text: MARK_KEYS[mark][locale] }], size: 8.4, color: MUTED, spaceAfter: 2 })),
    ...(locale === 'en'
      ? [
          { k: 'para', runs: [{ text: t('abbreviations'), bold: true }], size: 8.4, color: MUTED, spaceAfter: 1, keepWithNext: true } as Block,
          ...instruments.map((ins): Block => ({ k: 'para', runs: [{ text: `${ins.short.en}`, bold: true }, { text: ` — ${ins.title.en} (${ins.title['zh-CN']})` }], size: 8.4, color: MUTED, spaceAfter: 1 })),
        ]
      : []),
    { k: 'space', h: 10 },
    {
      k: 'table',
      cols: [{ w: 3 }, { w: 1.4 }],
      size: 10,
      header: [t('conclusionAndNotes'), t('checklistTotals')],
      rows: [[{ text: '\n\n\n\n' }, { text: `${t('yes')}${colon}\n${t('noAns')}${colon}\n${t('na')}${colon}` }]],
      spaceAfter: 10,
    },
    {
      k: 'table',
      cols: [{ w: 1.3 }, { w: 2 }, { w: 1 }, { w: 1.3 }, { w: 2 }, { w: 1 }],
      size: 10,
      header: [t('inspector'), t('signature'), t('date'), t('venueRepresentative'), t('signature'), t('date')],
      rows: [
        [{ text: '\n\n' }, blank, blank, { text: '\n\n' }, blank, blank],
        [{ text: '\n\n' }, blank, blank, blank, blank, blank],
      ],
    },
  ];
  return {
    page: { width: A4.height, height: A4.width },
    locale,
    accent: ACCENT,
    body,
    header: [t('checklistTitle'), scope.name?.trim() || venueLabel] as const,
    footer: [t('productName')],
    pageLabel: (x: number, y: number) => t('page', { x, y }),
    checks,
  };
}

export async function makeChecklistPdf(venueType: string, locale: Locale, ctx: PdfContext, scope: ChecklistScope = {}): Promise<PdfResult> {
  const spec = composeChecklist(venueType, locale, scope);
  const fonts = ctx.fonts.forLocale(locale);
  await fonts.ensure(allStrings(spec.body.filter((b) => b.k !== 'draw')));
  const { pages } = layoutDocument(fonts, spec);
  const bytes = writePdf(ctx.jspdf, { pages, fonts, title: labels(locale)('checklistTitle'), lang: locale, ...(ctx.mode ? { mode: ctx.mode } : {}), ...(ctx.stockFonts ? { stockFonts: ctx.stockFonts } : {}) });
  // The campaign's name, authority and reference are the regulator's own text: characters no font has (an emoji,
  // a character outside the fonts) are reported so the builder can say so, instead of leaving a silent gap.
  const unprintable = findUnprintable(fonts, undefined, [scope.name ?? '', scope.authority ?? '', scope.reference ?? '']);
  return { bytes, unprintable, pages: pages.length };
}
