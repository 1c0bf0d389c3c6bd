/**
 * The Word export: renders a ReportModel as a real, editable .docx (Office Open XML) with the `docx` library.
 *
 * Real Heading 1/2/3 styles (navigation pane, table of contents), real tables whose header rows repeat on every
 * page, a CJK font declared for East Asian text so Chinese renders in Word, WPS and LibreOffice, page numbers in
 * the footer. Verified law text (V1/V2, `quote`) is printed as an indented quotation in the "Quote" style; every
 * other provision is stated in substance, in plain style, with its caveat — never as a quotation.
 *
 * Runs in Node and in the browser: no Node-only API is used (Packer.toArrayBuffer, not toBuffer).
 */
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  LeaderType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { ReportAnnotation, ReportCitation, ReportFinding, ReportModel, RiskLevel } from '../domain/report/report-model.ts';
import type { Severity } from '../domain/rules/schema.ts';
import { docxLabels, type DocxLabels } from './labels.ts';
import { TEXT_GAPS_WARNING, textsHaveGaps } from '../domain/report/texts.ts';

export interface RenderDocxOptions {
  /** SHA-256 fingerprint of the assessment file's answers, printed on the title page. */
  readonly fingerprint?: string;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/* ---------- page, fonts, colours ---------- */

const PAGE_W = 11906; // A4, twips
const PAGE_H = 16838;
const MARGIN_X = 1247; // 2.2 cm
const MARGIN_Y = 1304; // 2.3 cm
const CONTENT_W = PAGE_W - 2 * MARGIN_X;

/** Latin font plus a CJK font for East Asian text: Word, WPS and LibreOffice pick the glyphs per script. */
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Microsoft YaHei' } as const;

const SEVERITY_COLOUR: Record<string, string> = { red: 'C00000', nc: 'C55A11', risk: '7F6000' };
const SEVERITY_ORDER: readonly Severity[] = ['red', 'nc', 'risk'] as readonly Severity[];
const LEVEL_FILL: Record<RiskLevel, string> = { low: 'D9EAD3', medium: 'FFF2CC', high: 'FCE4D6', severe: 'F4CCCC' };
const HEADER_FILL = 'D9E2F3';
const LABEL_FILL = 'F2F2F2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' } as const;

/* ---------- text ---------- */

/**
 * Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) would make Word refuse
 * the file, and the text comes partly from an imported file: drop them.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export function cleanText(s: string): string {
  return s.replace(XML_INVALID, '').replace(/\r\n?/g, '\n');
}

/** Runs for a text that may contain line breaks. */
function runs(text: string, o: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...o, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function p(text: string, o: { style?: string; bold?: boolean; color?: string; keepNext?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({
    ...(o.style ? { style: o.style } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
    ...(o.alignment ? { alignment: o.alignment } : {}),
    children: runs(text, { ...(o.bold ? { bold: true } : {}), ...(o.color ? { color: o.color } : {}) }),
  });
}

function para(children: ParagraphChild[], style?: string, keepNext = false): Paragraph {
  return new Paragraph({ ...(style ? { style } : {}), ...(keepNext ? { keepNext: true } : {}), children });
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function heading(level: 1 | 2 | 3, text: string, bookmark?: string, pageBreakBefore = false): Paragraph {
  const children = runs(text);
  return new Paragraph({ heading: HEADING[level], ...(pageBreakBefore ? { pageBreakBefore: true } : {}), children: bookmark ? [new Bookmark({ id: bookmark, children })] : children });
}

/* ---------- tables ---------- */

interface Cell {
  readonly children: readonly Paragraph[];
  readonly fill?: string;
}
type CellInput = string | Cell;

function toCell(c: CellInput, width: number, fill?: string): TableCell {
  const cell: Cell = typeof c === 'string' ? { children: [p(c, { style: 'FpiaCell' })] } : c;
  const shade = cell.fill ?? fill;
  return new TableCell({
    children: cell.children.length ? [...cell.children] : [p('', { style: 'FpiaCell' })],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
    ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade } } : {}),
  });
}

/**
 * A real table: fixed column widths (fractions of the text width), a header row that repeats on every page, rows
 * that do not split across pages.
 */
function table(headers: readonly string[] | null, rows: readonly (readonly CellInput[])[], fractions: readonly number[], o: { firstColumnFill?: string } = {}): Table {
  const widths = fractions.map((f) => Math.floor(f * CONTENT_W));
  const head = headers
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: headers.map((h, i) => toCell({ children: [p(h, { style: 'FpiaCell', bold: true })] }, widths[i]!, HEADER_FILL)),
        }),
      ]
    : [];
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.map((c, i) => toCell(c, widths[i]!, i === 0 ? o.firstColumnFill : undefined)),
      }),
  );
  return new Table({
    rows: [...head, ...body],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}

/** Key–value table (title page, campaign, review). */
function kvTable(rows: readonly (readonly [string, string])[]): Table {
  return table(
    null,
    rows.map(([k, v]) => [{ children: [p(k, { style: 'FpiaCell', bold: true })] }, v]),
    [0.3, 0.7],
    { firstColumnFill: LABEL_FILL },
  );
}

/** An empty paragraph after a table, so two tables or a table and a heading never run together. */
const gap = () => new Paragraph({ style: 'FpiaGap', children: [] });

/* ---------- the document ---------- */

type Block = Paragraph | Table | TableOfContents;

export function buildReportDocument(m: ReportModel, opts: RenderDocxOptions = {}): Document {
  const L = docxLabels(m.locale);
  const zh = m.locale === 'zh-CN';
  const body: Block[] = [];
  const push = (...b: Block[]) => body.push(...b);
  const bookmarkOf = new Map(m.findings.map((f, i) => [f.id, `finding_${i + 1}`]));

  /* Title page */
  push(p(L.docTitle, { style: 'FpiaKicker' }));
  push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(m.meta.assessmentName || L.docTitle) }));
  push(p(`${m.meta.organisation} · ${m.meta.venueName}`, { style: 'Subtitle' }));
  const metaRows: [string, string][] = [
    [L.meta.assessmentName, m.meta.assessmentName],
    [L.meta.organisation, m.meta.organisation],
    [L.meta.venue, m.meta.venueName],
    [L.meta.venueType, m.meta.venueType],
    [L.meta.reportId, m.meta.reportId],
    [L.meta.assessmentId, m.meta.assessmentId],
    [L.meta.preparedOn, m.meta.preparedOn],
    [L.meta.keepUntil, m.meta.keepUntil],
    [L.meta.lawAsOf, m.meta.lawAsOf],
    [L.meta.catalogueVersion, m.meta.catalogueVersion],
    [L.meta.versions, L.versions(m.meta.bankVersion, m.meta.schemaVersion)],
  ];
  if (opts.fingerprint) metaRows.push([L.meta.fingerprint, opts.fingerprint]);
  push(kvTable(metaRows), gap());

  const c = m.meta.campaign;
  if (c) {
    push(p(L.campaign.heading, { style: 'FpiaBlockTitle', keepNext: true }));
    const rows: [string, string][] = [
      [L.campaign.authority, c.authority],
      [L.campaign.name, c.name],
      [L.campaign.venueTypes, c.venueTypes],
      [L.campaign.reference, c.reference],
      [L.campaign.contact, c.contact],
      [L.campaign.deadline, c.deadline],
      [L.campaign.instructions, c.instructions],
      [L.campaign.checks, c.checks.join('\n')],
    ];
    push(kvTable(rows.filter(([, v]) => v.trim() !== '')), gap());
  }
  const r = m.meta.review;
  if (r) {
    push(p(L.review.heading, { style: 'FpiaBlockTitle', keepNext: true }));
    push(
      kvTable([
        [L.review.client, r.client],
        [L.review.matter, r.matter],
        [L.review.reviewer, r.reviewer],
      ]),
      gap(),
    );
  }

  /* Contents: entries written from the headings, linked to them; Word adds page numbers on "Update Table". */
  push(p(L.toc, { style: 'FpiaTocTitle' }));
  push(new TableOfContents(L.toc, { hyperlink: true, headingStyleRange: '1-2', beginDirty: false, tabLeader: LeaderType.NONE }));

  /* Conclusion */
  push(heading(1, L.h1.conclusion, undefined, true));
  push(p(m.conclusion.title, { style: `FpiaConclusion_${m.conclusion.code}` }));
  push(p(m.conclusion.summary));
  if (m.conclusion.reasons.length) {
    push(p(L.reasons, { bold: true, keepNext: true }));
    for (const x of m.conclusion.reasons) push(new Paragraph({ bullet: { level: 0 }, children: runs(x) }));
  }
  push(
    table(
      [L.counts.red, L.counts.nc, L.counts.risk, L.counts.unknown],
      [[String(m.counts.red), String(m.counts.nc), String(m.counts.risk), String(m.counts.unknown)].map((n) => ({ children: [p(n, { style: 'FpiaCount' })] }))],
      [0.25, 0.25, 0.25, 0.25],
    ),
    gap(),
  );

  /* The three PIPL art. 56 sections */
  push(heading(1, L.h1.sections));
  const findingById = new Map(m.findings.map((f) => [f.id, f]));
  for (const s of m.sections) {
    push(heading(2, s.title));
    if (s.answers.length) push(para([new TextRun({ text: L.sectionAnswers, bold: true }), ...runs(s.answers.map((a) => a.label).join(L.sep))], 'FpiaSmall'));
    for (const x of s.paragraphs) push(p(x));
    const linked = s.findingIds.map((id) => findingById.get(id)).filter((f): f is ReportFinding => !!f);
    if (linked.length) {
      push(p(L.sectionFindings, { bold: true, keepNext: true }));
      for (const f of linked) {
        push(
          new Paragraph({
            bullet: { level: 0 },
            children: [
              new TextRun({ text: `[${cleanText(f.severityLabel)}] `, bold: true, color: SEVERITY_COLOUR[f.severity] ?? '000000' }),
              new InternalHyperlink({ anchor: bookmarkOf.get(f.id)!, children: runs(f.title, { style: 'Hyperlink' }) }),
            ],
          }),
        );
      }
    }
  }

  /* Findings, grouped by severity */
  push(heading(1, L.h1.findings));
  if (!m.findings.length) push(p(L.finding.none));
  const severities = [...SEVERITY_ORDER, ...new Set(m.findings.map((f) => f.severity).filter((s) => !SEVERITY_ORDER.includes(s)))];
  for (const sev of severities) {
    const group = m.findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    push(heading(2, `${group[0]!.severityLabel}${zh ? '（' : ' ('}${group.length}${zh ? '）' : ')'}`));
    for (const f of group) push(...finding(f, L, bookmarkOf.get(f.id)!, findingById));
  }
  if (m.setAside.length) {
    push(heading(2, L.finding.setAside), p(L.finding.setAsideNote, { style: 'FpiaSmall' }));
    for (const x of m.setAside) {
      push(heading(3, x.title));
      if (x.annotation) push(annotationParagraph(x.annotation, L));
      if (x.action) push(p(L.finding.setAsideAction(x.action.owner || '—', x.action.due || '—', x.action.statusLabel)));
    }
  }

  /* Risks */
  push(heading(1, L.h1.risks));
  push(p(m.risks.method));
  push(p(m.risks.scaleNote, { style: 'FpiaSmall' }));
  push(heading(2, L.risk.matrix));
  const riskTitle = new Map(m.risks.rows.map((x) => [x.id, x.title]));
  const nLik = m.risks.likelihoodLabels.length;
  push(
    table(
      [L.risk.corner, ...m.risks.likelihoodLabels.map((x) => x.label)],
      m.risks.matrix.map((row) => [
        { children: [p(row.impactLabel, { style: 'FpiaCell', bold: true })], fill: LABEL_FILL },
        ...row.cells.map((cell) => ({
          fill: LEVEL_FILL[cell.level],
          children: [p(cell.levelLabel, { style: 'FpiaCell', bold: true }), ...cell.risks.map((id) => p(`• ${riskTitle.get(id) ?? id}`, { style: 'FpiaCell' }))],
        })),
      ]),
      [0.2, ...Array.from({ length: nLik }, () => 0.8 / nLik)],
    ),
    gap(),
  );
  push(heading(2, L.risk.register));
  push(
    table(
      [L.risk.risk, L.risk.impact, L.risk.likelihood, L.risk.level, `${L.risk.reasons} / ${L.risk.treatment}`],
      m.risks.rows.map((x) => [
        { children: [p(x.title, { style: 'FpiaCell', bold: true }), p(x.description, { style: 'FpiaCell' })] },
        x.impactLabel,
        x.likelihoodLabel,
        { children: [p(x.levelLabel, { style: 'FpiaCell', bold: true })], fill: LEVEL_FILL[x.level] },
        {
          children: [
            ...x.reasons.map((y) => p(`• ${y}`, { style: 'FpiaCell' })),
            para([new TextRun({ text: L.risk.treatment + L.colon, bold: true }), ...runs(x.treatment)], 'FpiaCell'),
          ],
        },
      ]),
      [0.18, 0.12, 0.16, 0.12, 0.42],
    ),
    gap(),
  );

  /* Action plan */
  push(heading(1, L.h1.actions));
  if (!m.actions.length) push(p(L.action.none));
  else
    push(
      table(
        [L.action.no, L.action.action, L.action.owner, L.action.due, L.action.status],
        m.actions.map((a, i) => [
          String(i + 1),
          {
            children: [
              para([new TextRun({ text: `[${cleanText(findingById.get(a.id)?.severityLabel ?? a.severity)}] `, bold: true, color: SEVERITY_COLOUR[a.severity] ?? '000000' }), ...runs(findingById.get(a.id)?.title ?? a.id, { bold: true })], 'FpiaCell'),
              p(a.action, { style: 'FpiaCell' }),
            ],
          },
          a.owner,
          a.dueSuggested ? `${a.due} ${L.action.suggested}` : a.due,
          a.statusLabel,
        ]),
        [0.07, 0.5, 0.15, 0.15, 0.13],
      ),
      ...(m.actions.some((a) => a.dueSuggested) ? [p(L.action.suggestedNote)] : []),
      gap(),
    );

  /* Obligations */
  push(heading(1, L.h1.obligations));
  push(
    table(
      [L.obligation.obligation, L.obligation.detail, L.obligation.due, L.obligation.basis],
      m.obligations.map((o) => [
        { children: [p(o.title, { style: 'FpiaCell', bold: true })] },
        o.detail,
        o.due ?? '',
        { children: o.citations.map((x) => p(x.label, { style: 'FpiaCell' })) },
      ]),
      [0.23, 0.38, 0.15, 0.24],
    ),
    gap(),
  );

  /* Unknowns */
  if (m.unknowns.length) {
    push(heading(1, L.h1.unknowns));
    push(p(L.unknownIntro));
    for (const u of m.unknowns) {
      push(new Paragraph({ bullet: { level: 0 }, keepNext: true, children: runs(u.title, { bold: true }) }));
      push(new Paragraph({ bullet: { level: 1 }, children: [new TextRun({ text: L.unknownQuestions }), ...runs(u.questions.map((q) => `${q.label}（${q.section}）`).join(L.sep))] }));
    }
  }

  /* Answers record */
  push(heading(1, L.h1.answers));
  for (const s of m.answers) {
    push(heading(2, s.title));
    if (!s.rows.length) push(p(L.noAnswers, { style: 'FpiaSmall' }));
    else push(table([L.finding.question, L.finding.answer], s.rows.map((x) => [x.question, x.answer]), [0.45, 0.55]), gap());
  }

  /* Generated texts */
  push(heading(1, L.h1.texts));
  if (textsHaveGaps(m.texts)) push(p(TEXT_GAPS_WARNING[m.locale]));
  for (const tx of [m.texts.sign, m.texts.notice, m.texts.consent]) {
    push(heading(2, tx.title));
    for (const x of tx.paragraphs) push(p(x, { style: 'FpiaTextBox' }));
  }

  /* Appendix */
  push(heading(1, L.h1.appendix));
  push(p(L.appendixIntro, { style: 'FpiaSmall' }));
  if (m.abbreviations.length) {
    push(p(L.abbreviations, { bold: true, keepNext: true }));
    for (const a of m.abbreviations) push(p(`${a.short}${m.locale === 'zh-CN' ? '：' : ': '}${a.title}`, { style: 'FpiaSmall' }));
  }
  for (const a of m.appendix) {
    push(heading(2, `${a.label}　${a.heading}`));
    push(p(`${L.verification}${L.colon}${a.verification}`, { style: 'FpiaSmall' }));
    push(...citationBody(a, L));
  }

  /* Sign-off and disclaimer */
  push(heading(1, L.h1.signOff));
  push(
    table(
      [L.signOff.role, L.signOff.name, L.signOff.date, L.signOff.signature],
      m.signOff.map((s) => [{ children: [p(s.role, { style: 'FpiaCell', bold: true })] }, s.name, s.date, { children: [p('', { style: 'FpiaSignature' })] }]),
      [0.2, 0.3, 0.2, 0.3],
    ),
    gap(),
  );
  push(heading(1, L.h1.disclaimer));
  push(p(m.disclaimer, { style: 'FpiaSmall' }));

  return new Document({
    creator: 'Face PIA',
    // Word shows it under File > Info; the library's default is "Un-named".
    lastModifiedBy: 'Face PIA',
    title: cleanText(`${L.docTitle} — ${m.meta.assessmentName}`),
    subject: cleanText(`${m.meta.organisation} · ${m.meta.venueName}`),
    description: cleanText(`${m.meta.reportId}${opts.fingerprint ? ` · SHA-256 ${opts.fingerprint}` : ''}`),
    styles: styles(m.locale),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_W, height: PAGE_H },
            margin: { top: MARGIN_Y, bottom: MARGIN_Y, left: MARGIN_X, right: MARGIN_X, header: 680, footer: 680 },
          },
        },
        headers: { default: new Header({ children: [p(`${m.meta.reportId} · ${m.meta.assessmentName}`, { style: 'FpiaHeader' })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: 'FpiaFooter',
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [L.page.before, PageNumber.CURRENT, L.page.middle, PageNumber.TOTAL_PAGES, ...(L.page.after ? [L.page.after] : [])] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

/**
 * One finding. A provision's text (or summary) is printed the first time it is cited; later citations point back to
 * the finding that gives it (givenUnder, set by the report model). The appendix still gives every article whole.
 */
function finding(f: ReportFinding, L: DocxLabels, bookmark: string, findingById: ReadonlyMap<string, ReportFinding>): Block[] {
  const out: Block[] = [];
  out.push(heading(3, f.manual ? `${f.title}${L.finding.manualSuffix}` : f.title, bookmark));
  const meta: ParagraphChild[] = [
    new TextRun({ text: L.finding.severity + L.colon, bold: true }),
    new TextRun({ text: cleanText(f.severityLabel), bold: true, color: SEVERITY_COLOUR[f.severity] ?? '000000' }),
    new TextRun({ text: `　${L.finding.id}${L.colon}${cleanText(f.id)}` }),
  ];
  if (f.checklist.length) meta.push(new TextRun({ text: `　${L.finding.checklist}${L.colon}${f.checklist.join(', ')}` }));
  out.push(para(meta, 'FpiaSmall'));
  if (f.manual) out.push(p(L.finding.manual, { style: 'FpiaManual' }));

  if (f.explanation.trim()) {
    out.push(p(f.manual ? L.finding.reviewerNote : L.finding.explanation, { style: 'FpiaLabel', keepNext: true }));
    out.push(p(f.explanation));
  }

  if (f.evidence.length) {
    out.push(p(L.finding.because, { style: 'FpiaLabel', keepNext: true }));
    out.push(table([L.finding.question, L.finding.answer], f.evidence.map((e) => [e.question, e.answer]), [0.5, 0.5]), gap());
  }

  if (f.citations.length) {
    out.push(p(L.finding.citations, { style: 'FpiaLabel', keepNext: true }));
    for (const c of f.citations) {
      out.push(para([new TextRun({ text: cleanText(c.label), bold: true }), new TextRun({ text: `　${cleanText(c.heading)}` })], 'FpiaCitation', true));
      if (c.givenUnder !== undefined) {
        const same = c.givenUnder === f.id;
        const title = findingById.get(c.givenUnder)?.title ?? c.givenUnder;
        out.push(p(!c.quote?.length ? (same ? L.finding.statedAbove : L.finding.statedUnder(title)) : same ? L.finding.quotedAbove : L.finding.quotedUnder(title), { style: 'FpiaSmall' }));
      } else out.push(...citationBody(c, L));
    }
  }

  if (f.remediation.trim()) {
    out.push(p(L.finding.remediation, { style: 'FpiaLabel', keepNext: true }));
    out.push(p(f.remediation));
  }

  if (f.annotation) out.push(annotationParagraph(f.annotation, L));
  return out;
}

function annotationParagraph(a: ReportAnnotation, L: DocxLabels): Paragraph {
  return new Paragraph({
    style: 'FpiaAnnotation',
    children: [
      new TextRun({ text: `${L.finding.annotation}${L.colon}`, bold: true }),
      new TextRun({ text: cleanText(a.verdictLabel), bold: true, color: a.verdict === 'agree' ? '375623' : a.verdict === 'disagree' ? 'C00000' : '7F6000' }),
      ...(a.note.trim() ? runs(a.note).map((run, i) => (i === 0 ? [new TextRun({ text: '', break: 1 }), run] : [run])).flat() : []),
    ],
  });
}

/** The verified text as a quotation, or — for anything not verified — the substance in plain style plus its caveat. */
function citationBody(c: ReportCitation, L: DocxLabels): Paragraph[] {
  if (c.quote && c.quote.length) {
    return [p(L.finding.quoteIntro(c.verification), { style: 'FpiaSmall', keepNext: true }), ...c.quote.map((q) => p(q, { style: 'Quote' }))];
  }
  const out = [para([new TextRun({ text: L.finding.substanceIntro, bold: true }), new TextRun({ text: ' ' }), ...runs(c.substance)], 'FpiaSubstance')];
  if (c.caveat) out.push(p(c.caveat, { style: 'FpiaCaveat' }));
  return out;
}

/* ---------- styles ---------- */

function styles(locale: ReportModel['locale']) {
  const language = { value: locale === 'zh-CN' ? 'zh-CN' : 'en-GB', eastAsia: 'zh-CN' };
  const based = { basedOn: 'Normal', next: 'Normal', quickFormat: true } as const;
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, language },
        paragraph: { spacing: { after: 100, line: 300 } },
      },
      title: { run: { font: FONT, size: 44, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 160 } } },
      heading1: { run: { font: FONT, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true } },
      heading2: { run: { font: FONT, size: 26, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true } },
      heading3: { run: { font: FONT, size: 23, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true } },
      hyperlink: { run: { color: '2F5496', underline: {} } },
    },
    paragraphStyles: [
      { id: 'Subtitle', name: 'Subtitle', ...based, run: { size: 26, color: '404040' }, paragraph: { spacing: { after: 360 } } },
      { id: 'Quote', name: 'Quote', ...based, run: { color: '1F1F1F' }, paragraph: { indent: { left: 567, right: 283 }, spacing: { after: 60 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: '8EAADB', space: 8 } }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F6FB' } } },
      { id: 'FpiaKicker', name: 'Report kicker', ...based, run: { size: 24, color: '2F5496', bold: true }, paragraph: { spacing: { before: 1200, after: 120 } } },
      { id: 'FpiaBlockTitle', name: 'Block title', ...based, run: { size: 24, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      { id: 'FpiaTocTitle', name: 'TOC title', ...based, run: { size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 200 }, pageBreakBefore: true } },
      { id: 'FpiaCell', name: 'Table text', ...based, next: 'FpiaCell', paragraph: { spacing: { before: 0, after: 30, line: 276 } } },
      { id: 'FpiaCount', name: 'Count', ...based, run: { size: 32, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 40, after: 40 } } },
      { id: 'FpiaGap', name: 'Gap', ...based, run: { size: 8 }, paragraph: { spacing: { before: 0, after: 120, line: 240 } } },
      { id: 'FpiaSmall', name: 'Small', ...based, run: { size: 18, color: '404040' } },
      { id: 'FpiaLabel', name: 'Finding label', ...based, run: { bold: true, color: '2F5496' }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      { id: 'FpiaCitation', name: 'Citation', ...based, paragraph: { spacing: { before: 100, after: 40 }, keepNext: true } },
      { id: 'FpiaSubstance', name: 'Substance', ...based, paragraph: { indent: { left: 283 }, spacing: { after: 40 } } },
      { id: 'FpiaCaveat', name: 'Caveat', ...based, run: { size: 18, color: '7F6000' }, paragraph: { indent: { left: 283 }, spacing: { after: 80 } } },
      { id: 'FpiaAnnotation', name: 'Lawyer annotation', ...based, paragraph: { spacing: { before: 160, after: 160 }, indent: { left: 113, right: 113 }, border: { top: { style: BorderStyle.SINGLE, size: 8, color: 'C55A11', space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 8, color: 'C55A11', space: 4 }, left: { style: BorderStyle.SINGLE, size: 8, color: 'C55A11', space: 4 }, right: { style: BorderStyle.SINGLE, size: 8, color: 'C55A11', space: 4 } }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FBE5D6' } } },
      { id: 'FpiaManual', name: 'Added by reviewer', ...based, run: { bold: true, color: '375623' }, paragraph: { spacing: { before: 60, after: 60 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: '70AD47', space: 6 } }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E2EFDA' } } },
      { id: 'FpiaTextBox', name: 'Generated text', ...based, paragraph: { indent: { left: 283, right: 283 }, spacing: { after: 80 }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F7F7F7' } } },
      { id: 'FpiaSignature', name: 'Signature space', ...based, paragraph: { spacing: { before: 400, after: 400 } } },
      { id: 'FpiaHeader', name: 'Report header', ...based, run: { size: 16, color: '7F7F7F' } },
      { id: 'FpiaFooter', name: 'Report footer', ...based, run: { size: 16, color: '7F7F7F' } },
      { id: 'FpiaConclusion_proceed', name: 'Conclusion proceed', ...based, run: { size: 30, bold: true, color: '375623' }, paragraph: { spacing: { after: 120 } } },
      { id: 'FpiaConclusion_remediate', name: 'Conclusion remediate', ...based, run: { size: 30, bold: true, color: 'C55A11' }, paragraph: { spacing: { after: 120 } } },
      { id: 'FpiaConclusion_incomplete', name: 'Conclusion incomplete', ...based, run: { size: 30, bold: true, color: '374151' }, paragraph: { spacing: { after: 120 } } },
      { id: 'FpiaConclusion_stop', name: 'Conclusion stop', ...based, run: { size: 30, bold: true, color: 'C00000' }, paragraph: { spacing: { after: 120 } } },
    ],
  };
}

/** Render the report as a .docx file's bytes. Works in Node and in the browser. */
export async function renderReportDocx(model: ReportModel, opts: RenderDocxOptions = {}): Promise<Uint8Array> {
  const buf = await Packer.toArrayBuffer(buildReportDocument(model, opts));
  return new Uint8Array(buf);
}
