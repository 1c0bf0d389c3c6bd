/**
 * The report PDF read back with pdfjs-dist: conclusion, findings and citations of the six real cases in both
 * languages; the embedded assessment round-trips; rare characters are printed or reported, never lost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint, type AssessmentFile } from '../domain/persistence/assessment-file.ts';
import { extractAssessmentFromPdf, recordedFingerprint } from '../domain/persistence/pdf-carrier.ts';
import { buildReport } from '../domain/report/build-report.ts';
import type { ReportModel } from '../domain/report/report-model.ts';
import { nodeContext } from './node.ts';
import { makeReportPdf, type PdfContext, type PdfResult } from './report.ts';
import { REAL_CASES, pdfPages, scenarioFile, squash } from './test-support.ts';
import { verifyPdf } from './verify.ts';

let ctx: PdfContext;
beforeAll(async () => {
  ctx = await nodeContext();
}, 30_000);

const rendered = new Map<string, { model: ReportModel; file: AssessmentFile; pdf: PdfResult; text: string; body: string }>();
/**
 * A page's running footer — title, report ID, fingerprint, page number — ends its text: drop those four lines so a
 * paragraph across a page break reads whole.
 */
const withoutFooter = (page: string) => {
  const lines = page.split('\n');
  return /^(Page \d+ of \d+|第 \d+ 页 \/ 共 \d+ 页)$/.test(lines[lines.length - 1]!.trim()) ? lines.slice(0, -4).join('\n') : page;
};
async function render(id: string, locale: 'zh-CN' | 'en') {
  const key = `${id}/${locale}`;
  if (!rendered.has(key)) {
    const file = scenarioFile(id);
    const model = buildReport(file, locale);
    const pdf = await makeReportPdf(model, file, ctx);
    const pages = await pdfPages(pdf.bytes);
    const body = pages.map(withoutFooter).join('\n');
    rendered.set(key, { model, file, pdf, text: squash(pages.join('\n')), body: squash(body) });
  }
  return rendered.get(key)!;
}

describe('report PDF of the real cases, read back with pdfjs-dist', () => {
  for (const id of REAL_CASES) {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`${id} (${locale}): conclusion, every finding, every citation, the fingerprint`, async () => {
        const { model, pdf, body: text, file } = await render(id, locale);
        expect(model.findings.length).toBeGreaterThan(0);
        expect(pdf.unprintable).toEqual([]);
        expect(text).toContain(squash(model.conclusion.title));
        expect(text).toContain(squash(model.conclusion.summary));
        for (const r of model.conclusion.reasons) expect(text).toContain(squash(r));
        for (const f of model.findings) {
          expect(text).toContain(squash(f.title));
          expect(text).toContain(squash(f.explanation));
          expect(text).toContain(squash(f.remediation));
          for (const c of f.citations) {
            expect(text).toContain(squash(c.label));
            // verified text is quoted, in the official Chinese; unverified provisions appear as their substance
            if (c.quote) expect(text).toContain(squash(c.quote[0]!));
            else expect(text).toContain(squash(c.substance));
          }
        }
        for (const a of model.appendix) expect(text).toContain(squash(a.label));
        for (const a of model.abbreviations) expect(text).toContain(squash(`${a.short}${locale === 'zh-CN' ? '：' : ': '}${a.title}`));
        expect(text).toContain(await fingerprint(file));
        expect(text).toContain(model.meta.reportId);
        expect(pdf.bytes.length).toBeLessThan(600 * 1024);
      }, 20_000);
    }
  }

  it('prints a page number "x of y" on every page but the cover', async () => {
    const { pdf } = await render('guangzhou-spoofing', 'en');
    const pages = await pdfPages(pdf.bytes);
    pages.slice(1).forEach((p, i) => expect(p).toContain(`Page ${i + 2} of ${pages.length}`));
    const zh = await render('guangzhou-spoofing', 'zh-CN');
    expect(zh.text).toContain(squash(`第 2 页 / 共 ${zh.pdf.pages} 页`));
  });

  it('the action plan names each finding and its number, in the status words the page uses, without internal ids', async () => {
    const { model, text } = await render('shanghai-putuo-supermarket', 'en');
    const plan = squash(text).split(squash('Action plan')).slice(2).join('');
    expect(model.actions.length).toBeGreaterThan(1);
    model.actions.forEach((a) => {
      const n = model.findings.findIndex((f) => f.id === a.id) + 1;
      expect(plan).toContain(squash(`See finding ${n}`));
      expect(a.statusLabel).toBe('Not started');
    });
    expect(plan).toContain(squash('Not started'));
    // The rule ids (e.g. "retention.indefinite") appear beside the findings for lawyers, not in the venue's plan.
    for (const a of model.actions) expect(plan).not.toContain(squash(`${a.action}${a.id}`));
  });

  it('warns before the generated texts when they still have gaps to fill in', async () => {
    const gaps = await render('shanghai-putuo-supermarket', 'zh-CN');
    expect(gaps.text).toContain(squash('文本中用〔 〕标出的内容需要您填写或改正'));
  });

  it('quotes a provision in the findings once, then points back; an item cited alone is quoted alone', async () => {
    const { model, text } = await render('shanghai-putuo-supermarket', 'zh-CN');
    const pages = squash(text);
    // PIPL art. 26 is cited by several findings: its text is printed under the first, the others point to it.
    const citing = model.findings.map((f, i) => ({ n: i + 1, f })).filter(({ f }) => f.citations.some((c) => c.articleId === 'pipl.26'));
    expect(citing.length).toBeGreaterThan(1);
    expect(pages).toContain(squash(`原文见发现 ${citing[0]!.n}。`));
    const art26 = model.findings.flatMap((f) => f.citations).find((c) => c.articleId === 'pipl.26')!;
    expect(pages.split(squash(art26.quote![0]!)).length - 1).toBe(2); // under the first finding, and in the appendix
    // SPC art. 2(1): the lead and item (一), the other seven items left out and marked.
    const spc21 = model.findings.flatMap((f) => f.citations).find((c) => c.articleId === 'spc.2' && c.label.endsWith('第二条第（一）项'))!;
    expect(spc21.quote).toEqual([expect.stringContaining('有下列情形之一的'), expect.stringMatching(/^（一）/), '……']);
    // A provision known only in substance (FRM art. 13, under three findings) is stated once, then pointed to.
    const frm13 = model.findings.map((f, i) => ({ n: i + 1, f })).filter(({ f }) => f.citations.some((c) => c.articleId === 'frm.13'));
    expect(frm13.length).toBeGreaterThan(1);
    expect(pages).toContain(squash(`规则内容见发现 ${frm13[0]!.n}。`));
    const substance = model.appendix.find((c) => c.articleId === 'frm.13')!.substance;
    expect(pages.split(squash(substance)).length - 1).toBe(2); // under the first finding, and in the appendix
  });

  it('never prints unverified provisions as quotations', async () => {
    const { model, text } = await render('shanghai-putuo-supermarket', 'zh-CN');
    const unverified = model.appendix.filter((c) => !c.quote);
    expect(unverified.length).toBeGreaterThan(0);
    for (const c of unverified) {
      expect(text).toContain(squash(c.substance));
      expect(text).not.toContain(squash(`“${c.substance}`));
    }
  });
});

describe('the PDF carries the assessment', () => {
  it('importing the PDF gives back exactly the same assessment, and its fingerprint matches', async () => {
    const { pdf, file } = await render('tianjin-property', 'zh-CN');
    const back = extractAssessmentFromPdf(pdf.bytes);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value).toEqual(file);
    expect(canonicalJson(back.value)).toBe(canonicalJson(file));
    expect(recordedFingerprint(pdf.bytes)).toBe(await fingerprint(file));
    const v = await verifyPdf(pdf.bytes, JSON.stringify(file));
    expect(v.code).toBe(0);
    const other = await verifyPdf(pdf.bytes, JSON.stringify({ ...file, meta: { ...file.meta, venueName: 'x' } }));
    expect(other.code).toBe(1);
  });

  it('says, in both languages, when a file is not a PDF, carries no assessment, or carries a damaged one', async () => {
    const notPdf = extractAssessmentFromPdf(new TextEncoder().encode('{"format":"face-pia-assessment"}'));
    expect(notPdf.ok).toBe(false);
    if (!notPdf.ok) expect(notPdf.errors[0]).toEqual({ 'zh-CN': '这不是 PDF 文件。', en: 'This is not a PDF file.' });

    const plain = new TextEncoder().encode('%PDF-1.3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF');
    const none = extractAssessmentFromPdf(plain);
    expect(none.ok).toBe(false);
    if (!none.ok) {
      expect(none.errors[0]!['zh-CN']).toContain('没有内嵌的评估文件');
      expect(none.errors[0]!.en).toContain('carries no assessment');
    }

    const { pdf } = await render('tianjin-property', 'en');
    const bytes = pdf.bytes.slice();
    const at = new TextDecoder('latin1').decode(bytes).indexOf('"format": "face-pia-assessment"');
    expect(at).toBeGreaterThan(0);
    bytes[at + 2] = 'X'.charCodeAt(0); // "Xormat"
    const bad = extractAssessmentFromPdf(bytes);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors[0]!['zh-CN']).toContain('内嵌的评估文件已损坏');
      expect(bad.errors[0]!.en).toContain('assessment inside this PDF is damaged');
    }
    const cut = pdf.bytes.slice(0, at + 100);
    const truncated = extractAssessmentFromPdf(cut);
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(truncated.errors[0]!.en).toContain('damaged');
  });
});

describe('Chinese characters outside the embedded subset', () => {
  it('prints 喆 (from a fallback slice of the full font) and reports 𠮷 (in no font) instead of dropping it', async () => {
    const base = scenarioFile('huzhou-scenic-area');
    const file: AssessmentFile = {
      ...base,
      meta: { ...base.meta, organisation: '张喆文旅有限公司', venueName: '𠮷祥山景区' },
      answers: { ...base.answers, 'notice.contact': '联系人 陶喆 400-800-1234' },
      actions: { 'retention.indefinite': { owner: '王𠮷', due: '', status: 'open' } },
    };
    const model = buildReport(file, 'zh-CN');
    const pdf = await makeReportPdf(model, file, ctx);
    const text = (await pdfPages(pdf.bytes)).join('\n');
    expect(text).toContain('张喆文旅有限公司');
    expect(text).toContain('陶喆');
    expect(text).toContain('〓祥山景区');
    expect(text).not.toContain('𠮷');
    expect(pdf.unprintable.map((u) => u.char)).toEqual(['𠮷']);
    const u = pdf.unprintable[0]!;
    expect(u.codePoint).toBe('U+20BB7');
    expect(u.fields.map((f) => f.path)).toEqual(expect.arrayContaining(['meta.venueName']));
    // and the file inside the PDF still holds the real characters
    const back = extractAssessmentFromPdf(pdf.bytes);
    expect(back.ok && back.value.meta.venueName).toBe('𠮷祥山景区');
  }, 20_000);
});

describe('notes on findings the answers no longer give', () => {
  it('are kept and shown apart in the model, the PDF and the Word file, never dropped in silence', async () => {
    // A lawyer disagreed with the Tianjin finding and the operator planned its fix; then the answer changed.
    const before = scenarioFile('tianjin-property');
    const annotations = {
      'alternatives.property-face-only': { verdict: 'disagree' as const, note: '物业另有门禁卡，需核实' },
      'no.such-rule': { verdict: 'more-facts' as const, note: '旧版本的检查' },
    };
    const actions = { 'alternatives.property-face-only': { owner: '物业经理王某', due: '2026-12-31', status: 'in-progress' as const } };
    expect(buildReport({ ...before, annotations, actions }, 'zh-CN').findings.some((f) => f.id === 'alternatives.property-face-only')).toBe(true);
    const file = { ...before, annotations, actions, answers: { ...before.answers, 'alternatives.offered': 'every-entry', 'alternatives.methods': ['card'] } };
    const model = buildReport(file, 'zh-CN');
    expect(model.findings.some((f) => f.id === 'alternatives.property-face-only')).toBe(false);
    expect(model.setAside.map((x) => x.id).sort()).toEqual(['alternatives.property-face-only', 'no.such-rule']);
    const gone = model.setAside.find((x) => x.id === 'alternatives.property-face-only')!;
    expect(gone.annotation?.note).toBe('物业另有门禁卡，需核实');
    expect(gone.action).toEqual({ owner: '物业经理王某', due: '2026-12-31', statusLabel: '进行中' });
    expect(model.setAside.find((x) => x.id === 'no.such-rule')!.title).toBe('no.such-rule（本版本没有这项检查）');

    const text = squash((await pdfPages((await makeReportPdf(model, file, ctx)).bytes)).join('\n'));
    for (const s of ['已不再出现的发现上的意见和整改记录', '物业另有门禁卡，需核实', '物业经理王某', '旧版本的检查']) expect(text).toContain(squash(s));
    const { renderReportDocx } = await import('../docx/render-docx.ts');
    const { readDocx } = await import('../docx/read-docx.ts');
    const doc = readDocx(await renderReportDocx(model));
    for (const s of ['已不再出现的发现上的意见和整改记录', '物业另有门禁卡，需核实', '物业经理王某']) expect(doc.text).toContain(s);
  });
});
