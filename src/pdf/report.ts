/**
 * The report PDF: renders a ReportModel (one language) and nothing else — no legal content is derived here.
 * Verified law text is quoted (in the official Chinese); unverified provisions are printed as their substance,
 * in plain text, with the caveat beside them. The assessment file itself is embedded as assessment.json.
 */
import type { AssessmentFile } from '../domain/persistence/assessment-file.ts';
import { chineseNumeral } from '../domain/law/catalogue.ts';
import { fingerprint as computeFingerprint, serialiseAssessment } from '../domain/persistence/assessment-file.ts';
import type { ReportCitation, ReportFinding, ReportModel } from '../domain/report/report-model.ts';
import { layoutDocument } from './document.ts';
import type { FontSet } from './font/fonts.ts';
import { groupCitations } from './checklist.ts';
import { labels } from './labels.ts';
import { INK, MUTED, RULE, type Block, type Cell } from './layout/flow.ts';

import type { Color } from './layout/types.ts';
import { ACCENT, A4, CONCLUSION, LIGHT, QUOTE_BAR, QUOTE_BG, RISK, SEVERITY } from './theme.ts';
import { allStrings, findUnprintable, type Unprintable } from './unprintable.ts';
import { writePdf, type JsPdfModule } from './render/write-pdf.ts';
import { TEXT_GAPS_WARNING, textsHaveGaps } from '../domain/report/texts.ts';

export const ATTACHMENT_NAME = 'assessment.json';

export interface PdfContext {
  readonly jspdf: JsPdfModule;
  readonly fonts: FontSet;
  /** 'stock' draws the same pages with jsPDF's own font handling (benchmark reference only) */
  readonly mode?: 'fast' | 'stock';
  readonly stockFonts?: { readonly regular: string; readonly bold: string };
}

export interface PdfResult {
  readonly bytes: Uint8Array;
  /** characters printed as 〓 because no font has them, and where they came from */
  readonly unprintable: readonly Unprintable[];
  readonly pages: number;
  readonly fingerprint?: string;
}

/** Characters of this report that cannot be printed (call before rendering to warn the user). */
export async function checkReport(model: ReportModel, file: AssessmentFile, fonts: FontSet): Promise<Unprintable[]> {
  const strings = allStrings(model);
  await fonts.ensure(strings);
  return findUnprintable(fonts, file, strings);
}

export async function makeReportPdf(model: ReportModel, file: AssessmentFile, ctx: PdfContext): Promise<PdfResult> {
  const fp = await computeFingerprint(file);
  const fonts = ctx.fonts.forLocale(model.locale);
  const unprintable = await checkReport(model, file, fonts);
  const spec = composeReport(model, fonts, fp);
  const { pages, anchors } = layoutDocument(fonts, spec);
  const t = labels(model.locale);
  const bytes = writePdf(ctx.jspdf, {
    pages,
    fonts,
    title: `${t('reportTitle')} — ${model.meta.assessmentName}`,
    subject: `${model.meta.organisation} · ${model.meta.venueName} · ${model.conclusion.title}`,
    author: model.meta.organisation,
    keywords: `${model.meta.reportId} SHA-256:${fp}`,
    lang: model.locale,
    outline: anchors.filter((a) => a.level === 1),
    attachment: {
      name: ATTACHMENT_NAME,
      bytes: new TextEncoder().encode(serialiseAssessment(file)),
      mime: 'application/json',
      description: `Face PIA assessment ${file.id}; SHA-256 ${fp}`,
    },
    ...(ctx.mode ? { mode: ctx.mode } : {}),
    ...(ctx.stockFonts ? { stockFonts: ctx.stockFonts } : {}),
  });
  return { bytes, unprintable, pages: pages.length, fingerprint: fp };
}

export async function renderReportPdf(model: ReportModel, file: AssessmentFile, ctx: PdfContext): Promise<Uint8Array> {
  return (await makeReportPdf(model, file, ctx)).bytes;
}

// ---------------------------------------------------------------------------------------------------------

export function composeReport(model: ReportModel, fonts: FontSet, fp: string) {
  const locale = model.locale;
  const zh = locale === 'zh-CN';
  /** A severity before a title: ［不合规］ in Chinese, [Non-compliance] in English. */
  const bracket = (label: string) => (zh ? `［${label}］` : `[${label}] `);
  const t = labels(locale);
  const P = (s: string) => fonts.printable(s);
  const colon = zh ? '：' : ': ';
  const meta = model.meta;
  const given = (s: string) => (s.trim() ? P(s) : t('notGiven'));
  /** A due date; one the report suggested (nobody set it) says so, in grey, on a line of its own. */
  const dueCell = (a: ReportModel['actions'][number]): Cell => (a.dueSuggested ? { runs: [{ text: a.due }, { text: `\n${t('suggested')}`, color: MUTED }] } : a.due);
  const para = (text: string, o: Partial<Extract<Block, { k: 'para' }>> = {}): Block => ({ k: 'para', runs: [{ text: P(text) }], ...o });
  const label = (text: string): Block => ({ k: 'para', runs: [{ text, bold: true }], size: 9.2, color: MUTED, spaceAfter: 2, justify: false, keepWithNext: true });
  const bullets = (items: readonly string[], o: { size?: number; color?: Color } = {}): Block[] =>
    items.map((s, i) => ({ k: 'para', runs: [{ text: P(s) }], label: '•', labelWidth: 11, spaceAfter: i === items.length - 1 ? 6 : 1.5, ...o }));
  const concl = CONCLUSION[model.conclusion.code];

  // ------------------------------------------------------------------ cover
  const cover: Block[] = [
    { k: 'space', h: 40 },
    { k: 'draw', h: 6, draw: (d, x, y) => d.rect(x, y, 48, 4, ACCENT) },
    { k: 'para', runs: [{ text: t('reportTitle'), bold: true }], size: zh ? 22 : 19, lineHeight: 1.35, color: ACCENT, spaceAfter: 6, justify: false },
    { k: 'para', runs: [{ text: t('reportSubtitle') }], size: 10.5, color: MUTED, spaceAfter: 26 },
    {
      k: 'table',
      cols: [{ w: 1 }, { w: 2.6 }],
      size: 10,
      rows: (
        [
          [t('organisation'), given(meta.organisation)],
          [t('venue'), given(meta.venueName)],
          [t('venueType'), meta.venueType || t('notGiven')],
          [t('assessmentName'), given(meta.assessmentName)],
          ...(meta.campaign ? ([[t('campaign'), P(zh ? `${meta.campaign.name}（只涵盖 ${meta.campaign.checks.length} 项检查）` : `${meta.campaign.name} (${meta.campaign.checks.length} checks only)`)]] as const) : []),
          [t('preparedOn'), meta.preparedOn],
          [t('lawAsOf'), `${meta.lawAsOf}（${t('catalogue')} ${meta.catalogueVersion}）`.replace(zh ? /$/ : /（(.*)）/, zh ? '' : ' ($1)')],
          [t('keepUntil'), meta.keepUntil],
          [t('reportId'), meta.reportId],
          [t('fingerprint'), `${fp.slice(0, 32)}\n${fp.slice(32)}`],
          ...(meta.review
            ? ([
                [t('client'), given(meta.review.client)],
                [t('matter'), given(meta.review.matter)],
                [t('reviewer'), given(meta.review.reviewer)],
              ] as const)
            : []),
        ] as const
      ).map(([k, v]): Cell[] => [{ text: k, color: MUTED }, { text: v, bold: k === t('organisation') || k === t('venue') }]),
      spaceAfter: 22,
    },
    {
      k: 'box',
      fill: concl.fill,
      accent: concl.ink,
      pad: 12,
      blocks: [
        { k: 'para', runs: [{ text: t('conclusion'), bold: true }], size: 9.5, color: concl.ink, spaceAfter: 2 },
        { k: 'para', runs: [{ text: model.conclusion.title, bold: true }], size: 17, color: concl.ink, lineHeight: 1.35, spaceAfter: 4 },
        para(model.conclusion.summary, { size: 10 }),
      ],
      spaceAfter: 18,
    },
    para(model.disclaimer, { size: 8.2, color: MUTED }),
  ];

  // ------------------------------------------------------------------ 1. summary
  const countChips: Block = {
    k: 'draw',
    h: 46,
    draw: (d, x, y, w) => {
      const items: [string, number, Color, Color][] = [
        [t('red'), model.counts.red, SEVERITY.red.fill, SEVERITY.red.ink],
        [t('nc'), model.counts.nc, SEVERITY.nc.fill, SEVERITY.nc.ink],
        [t('risk'), model.counts.risk, SEVERITY.risk.fill, SEVERITY.risk.ink],
        [t('unknown'), model.counts.unknown, LIGHT, MUTED],
      ];
      const cw = (w - 3 * 8) / 4;
      items.forEach(([name, n, fill, ink], i) => {
        const cx = x + i * (cw + 8);
        d.rect(cx, y, cw, 38, fill);
        d.text(cx + 10, y + 25, String(n), 18, { bold: true, color: ink });
        d.text(cx + 10 + d.width(String(n), 18, true) + 8, y + 23, name, 9.5, { color: ink });
      });
    },
  };
  const summary: Block[] = [
    { k: 'heading', level: 1, text: t('summary'), anchor: 'summary', newPage: false },
    {
      k: 'box',
      fill: concl.fill,
      accent: concl.ink,
      pad: 10,
      blocks: [
        { k: 'para', runs: [{ text: `${t('conclusion')}${colon}`, bold: true }, { text: model.conclusion.title, bold: true }], size: 13, color: concl.ink, lineHeight: 1.4, spaceAfter: 3 },
        para(model.conclusion.summary),
        label(t('reasons')),
        ...bullets(model.conclusion.reasons),
      ],
    },
    label(t('counts')),
    countChips,
  ];
  if (meta.campaign) {
    const c = meta.campaign;
    summary.push({ k: 'heading', level: 3, text: t('campaign') }, {
      k: 'table',
      cols: [{ w: 1 }, { w: 3 }],
      // Rows the regulator left empty are left out.
      rows: (
        [
          [t('authority'), P(c.authority)],
          [t('campaignName'), P(c.name)],
          [t('venueType'), P(c.venueTypes)],
          [t('reference'), P(c.reference)],
          [t('contact'), P(c.contact)],
          [t('deadline'), c.deadline],
          [t('instructions'), P(c.instructions)],
          [t('campaignChecks'), P(c.checks.join('\n'))],
        ] as [string, string][]
      ).filter(([, v]) => v.trim() !== ''),
    });
  }
  if (model.findings.length) {
    summary.push({ k: 'heading', level: 3, text: t('findings') });
    summary.push({
      k: 'table',
      cols: [{ w: 1.15 }, { w: 3.75 }, { w: 1.1 }],
      header: [t('severity'), zh ? '发现' : 'Finding', t('due')],
      rows: model.findings.map((f) => {
        const a = model.actions.find((x) => x.id === f.id);
        return [sevCell(f.severity, f.severityLabel), P(f.title), a ? dueCell(a) : ''];
      }),
    });
  } else summary.push(para(t(model.conclusion.code === 'incomplete' ? 'noFindingsYet' : 'noFindingsAtAll')));

  // ------------------------------------------------------------------ 2. PIPL 56 sections
  const byId = new Map(model.findings.map((f) => [f.id, f]));
  const pia: Block[] = [{ k: 'heading', level: 1, text: t('pia'), anchor: 'pia', newPage: true }];
  for (const s of model.sections) {
    pia.push({ k: 'heading', level: 2, text: s.title, anchor: `pia-${s.id}` });
    pia.push({ k: 'para', runs: [{ text: t('sectionCovers'), bold: true }, { text: s.answers.map((c) => c.label).join(zh ? '；' : '; ') }], size: 9, color: MUTED });
    for (const p of s.paragraphs) pia.push(para(p));
    if (s.findingIds.length) {
      pia.push(label(t('sectionFindings')));
      pia.push(...bullets(s.findingIds.map((id) => { const f = byId.get(id); return f ? `${bracket(f.severityLabel)}${f.title}` : id; })));
    }
  }

  // ------------------------------------------------------------------ 3. findings
  const numberOf = new Map(model.findings.map((f, i) => [f.id, i + 1]));
  const findings: Block[] = [{ k: 'heading', level: 1, text: t('findings'), anchor: 'findings', newPage: true }];
  if (!model.findings.length) findings.push(para(t(model.conclusion.code === 'incomplete' ? 'noFindingsYet' : 'noFindingsAtAll')));
  model.findings.forEach((f, i) => findings.push(...findingBlocks(f, i + 1)));
  if (model.setAside.length) {
    findings.push({ k: 'heading', level: 2, text: t('setAside') }, para(t('setAsideNote'), { size: 8.8, color: MUTED }));
    for (const x of model.setAside)
      findings.push({
        k: 'keep',
        blocks: [
          { k: 'para', runs: [{ text: P(x.title), bold: true }], size: 10, keepWithNext: true, spaceAfter: 2 },
          ...(x.annotation ? [para(`${t('lawyerView')}${colon}${x.annotation.verdictLabel}${x.annotation.note ? `${zh ? '。' : '. '}${P(x.annotation.note)}` : ''}`, { size: 9.4 })] : []),
          ...(x.action ? [para(`${t('action')}${colon}${[x.action.owner && `${t('owner')} ${P(x.action.owner)}`, x.action.due && `${t('due')} ${x.action.due}`, `${t('status')} ${x.action.statusLabel}`].filter(Boolean).join(zh ? '，' : ', ')}`, { size: 9.4 })] : []),
        ],
      });
  }

  // In the findings, a provision's text (or summary) is printed the first time it is cited; later citations point
  // back to it (givenUnder, set by the report model). The appendix still gives every article whole.
  function findingCitation(c: ReportCitation, n: number): Block[] {
    if (c.givenUnder === undefined) return citationBlocks(c);
    const first = numberOf.get(c.givenUnder)!;
    const where = !c.quote?.length ? (first === n ? t('statedAbove') : t('statedUnder')) : first === n ? t('quotedAbove') : t('quotedUnder');
    return [
      { k: 'para', runs: [{ text: c.label, bold: true }, { text: `　${c.heading}`, color: MUTED }], size: 9.4, spaceAfter: 1, justify: false, keepWithNext: true },
      { k: 'para', runs: [{ text: where.replace('{n}', String(first)) }], size: 8.6, color: MUTED, spaceAfter: 4 },
    ];
  }

  function citationBlocks(c: ReportCitation, size = 9.4): Block[] {
    const out: Block[] = [
      { k: 'para', runs: [{ text: c.label, bold: true }, { text: `　${c.heading}`, color: MUTED }], size, spaceAfter: 2, justify: false, keepWithNext: true },
    ];
    if (c.quote?.length) {
      out.push({
        k: 'box',
        fill: QUOTE_BG,
        accent: QUOTE_BAR,
        pad: 7,
        spaceAfter: 4,
        blocks: [
          // Never alone at the foot of a page, away from the text it labels.
          { k: 'para', runs: [{ text: t('officialText'), bold: true }], size: 7.8, color: MUTED, spaceAfter: 1, keepWithNext: true },
          ...c.quote.map((q, qi): Block => ({ k: 'para', runs: [{ text: qi === 0 ? `“${q}` : q }, ...(qi === c.quote!.length - 1 ? [{ text: '”' }] : [])], size: size - 0.4, spaceAfter: 1.5 })),
        ],
      });
      if (!zh) out.push({ k: 'para', runs: [{ text: `${t('substance')}: `, bold: true }, { text: c.substance }], size: size - 0.6, color: MUTED, spaceAfter: 3 });
    } else {
      out.push({ k: 'para', runs: [{ text: `${t('substance')}${colon}`, bold: true }, { text: c.substance }], size: size - 0.4, spaceAfter: 2 });
    }
    if (c.caveat) out.push({ k: 'para', runs: [{ text: `※ ${c.caveat}` }], size: 7.8, color: MUTED, spaceAfter: 4 });
    return out;
  }

  function findingBlocks(f: ReportFinding, n: number): Block[] {
    const sev = SEVERITY[f.severity];
    return [
      {
        k: 'keep',
        blocks: [
          { k: 'space', h: 6 },
          {
            k: 'draw',
            h: 4,
            keepNext: true,
            draw: (d, x, y, w) => d.line(x, y, x + w, y, RULE, 0.6),
          },
          {
            k: 'para',
            runs: [
              { text: `${zh ? '发现' : 'Finding'} ${n}　`, bold: true, color: MUTED },
              { text: bracket(f.severityLabel), bold: true, color: sev.ink },
              { text: P(f.title), bold: true },
            ],
            size: 11.5,
            lineHeight: 1.4,
            spaceAfter: 2,
            justify: false,
          },
          { k: 'para', runs: [{ text: [f.manual ? t('manualFinding') : f.id, f.checklist.length ? `${t('checklistRows')} ${f.checklist.join(', ')}` : ''].filter(Boolean).join('　·　') }], size: 7.8, color: MUTED, spaceAfter: 5 },
          label(t('explanation')),
        ],
      },
      para(f.explanation),
      ...(f.evidence.length
        ? [
            label(t('because')),
            { k: 'table', cols: [{ w: 1.2 }, { w: 1 }], header: [t('question'), t('answer')], rows: f.evidence.map((e): Cell[] => [P(e.question), P(e.answer)]), size: 8.6, spaceAfter: 8 } as Block,
          ]
        : []),
      label(t('basis')),
      ...f.citations.flatMap((c) => findingCitation(c, n)),
      // The remediation box keeps the last line before it: alone at the top of a page, just above the next
      // finding, it read as that finding's remedy.
      ...(f.remediation ? [{ k: 'box', keepWithPrevious: true, fill: [236, 247, 240], accent: [8, 108, 62], pad: 7, blocks: [{ k: 'para', runs: [{ text: `${t('remediation')}${colon}`, bold: true, color: [8, 108, 62] }, { text: P(f.remediation) }], spaceAfter: 0 }], spaceAfter: f.annotation ? 4 : 10 } as Block] : []),
      ...(f.annotation
        ? [
            {
              k: 'box',
              fill: [243, 240, 252],
              accent: [88, 60, 160],
              pad: 7,
              blocks: [{ k: 'para', runs: [{ text: `${t('lawyerView')}${colon}${f.annotation.verdictLabel}`, bold: true, color: [88, 60, 160] }, ...(f.annotation.note ? [{ text: `${zh ? '。' : '. '}${P(f.annotation.note)}` }] : [])], spaceAfter: 0 }],
              spaceAfter: 10,
            } as Block,
          ]
        : []),
    ];
  }

  // ------------------------------------------------------------------ 4. risks
  const riskNo = new Map(model.risks.rows.map((r, i) => [r.id, `R${i + 1}`]));
  const matrix: Block = {
    k: 'draw',
    h: 212,
    draw: (d, x, y, w) => {
      const axisW = 20;
      const headW = 74;
      const cols = model.risks.likelihoodLabels.length;
      const cw = (w - axisW - headW) / cols;
      const ch = 40;
      const top = y + 22;
      const gx = x + axisW + headW;
      d.text(gx + (cw * cols) / 2, y + 10, `${t('likelihood')} →`, 8.5, { align: 'center', color: MUTED, bold: true });
      model.risks.likelihoodLabels.forEach((l, i) => d.text(gx + i * cw + cw / 2, top - 3, l.label, 8.2, { align: 'center', color: INK }));
      // vertical axis label, one character per line for Chinese, rotated-free for English
      const axis = `${t('impact')}`;
      if (zh) [...axis, '↓'].forEach((ch, i) => d.text(x + 6, top + 30 + i * 12, ch, 8.5, { bold: true, color: MUTED }));
      else d.text(x, top + ch * 4 + 14, `↑ ${axis}`, 8.5, { bold: true, color: MUTED });
      model.risks.matrix.forEach((row, ri) => {
        const ry = top + 4 + ri * ch;
        d.text(x + axisW + headW - 6, ry + ch / 2 + 3, row.impactLabel, 8.2, { align: 'right' });
        row.cells.forEach((cell, ci) => {
          const c = RISK[cell.level];
          d.rect(gx + ci * cw, ry, cw, ch, c.fill, [255, 255, 255], 1.5);
          d.text(gx + ci * cw + 5, ry + 11, cell.levelLabel, 7.4, { color: c.ink });
          const ids = cell.risks.map((r) => riskNo.get(r) ?? r).join(' ');
          if (ids) d.text(gx + ci * cw + cw / 2, ry + 29, ids, 10.5, { bold: true, color: c.ink, align: 'center' });
        });
      });
    },
  };
  const risks: Block[] = [
    { k: 'heading', level: 1, text: t('risks'), anchor: 'risks', newPage: true },
    para(model.risks.method),
    para(model.risks.scaleNote, { size: 8.4, color: MUTED }),
    { k: 'heading', level: 2, text: t('matrixTitle'), anchor: 'risk-matrix' },
    matrix,
    { k: 'heading', level: 2, text: t('riskTable'), anchor: 'risk-table' },
    {
      k: 'table',
      cols: [{ w: 0.42 }, { w: 1.95 }, { w: 0.75 }, { w: 0.95 }, { w: 0.85 }, { w: 2.5 }],
      header: ['#', t('riskCol'), t('impact'), t('likelihood'), t('level'), t('reasons')],
      size: 8.4,
      rows: model.risks.rows.map((r): Cell[] => [
        riskNo.get(r.id)!,
        { runs: [{ text: r.title, bold: true }, { text: `\n${r.description}`, color: MUTED }] },
        r.impactLabel,
        r.likelihoodLabel,
        { text: r.levelLabel, fill: RISK[r.level].fill, color: RISK[r.level].ink, bold: true },
        { runs: [{ text: r.reasons.map((s) => `• ${s}`).join('\n') }, { text: `\n${t('treatment')}${colon}`, bold: true }, { text: r.treatment }] },
      ]),
    },
  ];

  // ------------------------------------------------------------------ 5. actions
  const actions: Block[] = [{ k: 'heading', level: 1, text: t('actions'), anchor: 'actions', newPage: true }];
  if (model.actions.length) {
    actions.push({
      k: 'table',
      cols: [{ w: 0.4 }, { w: 1.5 }, { w: 3.0 }, { w: 1.3 }, { w: 1 }, { w: 0.8 }],
      header: ['#', t('severity'), t('action'), t('owner'), t('due'), t('status')],
      size: 8.6,
      rows: model.actions.map((a, i): Cell[] => [
        String(i + 1),
        sevCell(a.severity, byId.get(a.id)?.severityLabel ?? a.severity),
        // The finding it remedies, by name and by its number in section 3 (not the rule's internal id), then the measure.
        { runs: [{ text: `${P(byId.get(a.id)?.title ?? a.id)}\n`, bold: true }, { text: P(a.action) }, ...(numberOf.has(a.id) ? [{ text: `\n${t('seeFinding').replace('{n}', String(numberOf.get(a.id)))}`, color: MUTED }] : [])] },
        a.owner ? P(a.owner) : '',
        dueCell(a),
        a.statusLabel,
      ]),
    });
    if (model.actions.some((a) => a.dueSuggested)) actions.push(para(t('suggestedNote'), { size: 8.6, color: MUTED }));
  } else actions.push(para(t('noActions')));

  // ------------------------------------------------------------------ 6. obligations
  const obligations: Block[] = [
    { k: 'heading', level: 1, text: t('obligations'), anchor: 'obligations' },
    {
      k: 'table',
      cols: [{ w: 1.3 }, { w: 2.8 }, { w: 0.95 }, { w: 2.05 }],
      header: [t('obligation'), t('detail'), t('date'), t('cites')],
      size: 8.6,
      rows: model.obligations.map((o): Cell[] => [{ text: o.title, bold: true }, P(o.detail), o.due ?? '—', groupCitations(o.citations.map((c) => c.label), locale)]),
    },
  ];

  // ------------------------------------------------------------------ 7. unknowns
  const unknowns: Block[] = model.unknowns.length
    ? [
        { k: 'heading', level: 1, text: t('unknowns'), anchor: 'unknowns' },
        {
          k: 'table',
          cols: [{ w: 1.15 }, { w: 2.1 }, { w: 2.85 }],
          header: [t('ifConfirmed'), t('check'), t('toAnswer')],
          size: 8.6,
          rows: model.unknowns.map((u): Cell[] => [sevCell(u.severity, labelFor(u.severity)), u.title, u.questions.map((q) => `${q.section}${colon}${q.label}`).join('\n')]),
        },
      ]
    : [];
  function labelFor(sev: ReportFinding['severity']): string {
    return { red: t('red'), nc: t('nc'), risk: t('risk') }[sev];
  }

  // ------------------------------------------------------------------ 8. answers
  const answers: Block[] = [{ k: 'heading', level: 1, text: t('answers'), anchor: 'answers', newPage: true }];
  for (const s of model.answers) {
    answers.push({ k: 'heading', level: 2, text: s.title, anchor: `answers-${s.id}` });
    answers.push({ k: 'table', cols: [{ w: 1 }, { w: 1.15 }], header: [t('question'), t('answer')], size: 8.6, rows: s.rows.map((r): Cell[] => [P(r.question), P(r.answer)]) });
  }

  // ------------------------------------------------------------------ 9. texts
  const texts: Block[] = [
    { k: 'heading', level: 1, text: t('texts'), anchor: 'texts', newPage: true },
    para(t('textsNote'), { size: 8.8, color: MUTED }),
    ...(textsHaveGaps(model.texts) ? [{ k: 'para', runs: [{ text: P(TEXT_GAPS_WARNING[model.locale]), bold: true }], size: 9.5, spaceAfter: 6 } as Block] : []),
  ];
  for (const [key, g] of [['sign', model.texts.sign], ['notice', model.texts.notice], ['consent', model.texts.consent]] as const) {
    texts.push({ k: 'heading', level: 2, text: P(g.title), anchor: `text-${key}` });
    // The sign and the consent form are each one piece of paper: kept whole on a page (with their title) when
    // they fit; the notice, a page or more, may run on.
    texts.push({ k: 'box', stroke: RULE, pad: 10, keep: key !== 'notice', blocks: g.paragraphs.map((p) => para(p, { spaceAfter: 4 })) });
  }

  // ------------------------------------------------------------------ appendix
  const appendix: Block[] = [{ k: 'heading', level: 1, text: t('appendix'), anchor: 'appendix', newPage: true }, para(t('appendixNote'), { size: 8.8, color: MUTED })];
  if (model.abbreviations.length) {
    appendix.push(
      { k: 'keep', blocks: [{ k: 'para', runs: [{ text: t('shortNames'), bold: true }], size: 9.4, spaceAfter: 2, justify: false, keepWithNext: true }, para(`${model.abbreviations[0]!.short}${zh ? '：' : ': '}${model.abbreviations[0]!.title}`, { size: 8.8, spaceAfter: 1 })] },
      ...model.abbreviations.slice(1).map((a) => para(`${a.short}${zh ? '：' : ': '}${a.title}`, { size: 8.8, spaceAfter: 1 })),
      { k: 'space', h: 6 },
    );
  }
  // Each provision starts with its heading and first block together, and its note (※) never stands alone.
  for (const c of model.appendix) {
    const b = citationBlocks(c, 9.4);
    // The label stays with the text that follows it, and a caveat with the block before it. Three blocks or fewer
    // (a summary with its caveat) are kept whole; cut into pieces they overlapped and printed the summary twice.
    if (b.length <= 3) appendix.push({ k: 'keep', blocks: b }, { k: 'space', h: 4 });
    else {
      const tail = c.caveat ? b.length - 2 : b.length;
      appendix.push({ k: 'keep', blocks: b.slice(0, 2) }, ...b.slice(2, tail), ...(tail < b.length ? [{ k: 'keep' as const, blocks: b.slice(tail) }] : []), { k: 'space', h: 4 });
    }
  }

  // ------------------------------------------------------------------ sign-off
  const signOff: Block[] = [
    { k: 'heading', level: 1, text: t('signOff'), anchor: 'sign-off', newPage: true },
    {
      k: 'table',
      cols: [{ w: 1 }, { w: 1.6 }, { w: 1.6 }, { w: 1.1 }],
      header: [t('role'), t('name'), t('signature'), t('date')],
      size: 10,
      rows: model.signOff.map((s): Cell[] => [{ text: `${s.role}\n\n`, bold: true }, P(s.name), '', s.date]),
      spaceAfter: 18,
    },
    { k: 'table', cols: [{ w: 1 }, { w: 3 }], size: 9, rows: [[t('reportId'), meta.reportId], [t('fingerprint'), `${fp.slice(0, 32)}\n${fp.slice(32)}`], [t('keepUntil'), meta.keepUntil]] },
    para(t('fingerprintNote'), { size: 8.4, color: MUTED }),
    para(model.disclaimer, { size: 8.4, color: MUTED }),
  ];

  // The main parts are numbered as they appear: a part left out (no matters still to decide) leaves no gap.
  let part = 0;
  const numbered = new Set(['summary', 'pia', 'findings', 'risks', 'actions', 'obligations', 'unknowns', 'answers', 'texts']);
  const body = [...summary, ...pia, ...findings, ...risks, ...actions, ...obligations, ...unknowns, ...answers, ...texts, ...appendix, ...signOff].map((b): Block =>
    b.k === 'heading' && b.level === 1 && b.anchor && numbered.has(b.anchor) ? { ...b, text: `${zh ? `${chineseNumeral(++part)}、` : `${++part}. `}${b.text}` } : b,
  );
  return {
    page: A4,
    locale,
    accent: ACCENT,
    cover,
    contentsTitle: t('contents'),
    body,
    header: [t('reportTitle'), P(`${meta.organisation} · ${meta.venueName}`)] as const,
    footer: [`${t('reportId')} ${meta.reportId}　·　${meta.preparedOn}`, `SHA-256 ${fp}`],
    pageLabel: (x: number, y: number) => t('page', { x, y }),
  };

  function sevCell(sev: ReportFinding['severity'], text: string): Cell {
    return { text, fill: SEVERITY[sev].fill, color: SEVERITY[sev].ink, bold: true };
  }
}


