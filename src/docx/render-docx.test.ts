import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../domain/locale.ts';
import { fingerprint, newAssessment, type AssessmentFile } from '../domain/persistence/assessment-file.ts';
import { buildReport } from '../domain/report/build-report.ts';
import type { ReportCitation, ReportModel } from '../domain/report/report-model.ts';
import { scenarioById } from '../domain/scenarios/index.ts';
import { docxFileName, downloadReportDocx } from './browser.ts';
import { readDocx, type DocxReadBack } from './read-docx.ts';
import { cleanText, renderReportDocx } from './render-docx.ts';

/** A scenario fixture as a lawyer's file: review details, one annotation and one finding added by hand. */
function lawyerFile(id: string, annotate: string, extra: Partial<AssessmentFile> = {}): AssessmentFile {
  const s = scenarioById(id)!;
  return {
    ...newAssessment(s.meta, new Date('2026-11-23T08:00:00Z'), `docx-${id}`.slice(0, 30)),
    answers: s.answers,
    review: { client: '某客户有限公司 Client Ltd', matter: '人脸识别合规审查 2026-017', reviewer: '王律师 Wang' },
    annotations: { [annotate]: { verdict: 'disagree', note: '不同意：已在入口张贴告示。\nDisagree: a sign is posted at the entrance.' } },
    manualFindings: [{ id: 'manual-1', severity: 'nc', title: '员工培训记录缺失 Staff training not recorded', note: '未见员工个人信息保护培训记录。No record of staff training.', cites: ['pipl.51', 'frm.10'] }],
    ...extra,
  };
}

async function render(file: AssessmentFile, locale: Locale): Promise<{ model: ReportModel; doc: DocxReadBack; bytes: Uint8Array }> {
  const model = buildReport(file, locale, { today: '2026-11-23' });
  const bytes = await renderReportDocx(model, { fingerprint: await fingerprint(file) });
  return { model, doc: readDocx(bytes), bytes };
}

const quotes = (doc: DocxReadBack) => doc.paragraphs.filter((p) => p.style === 'Quote').map((p) => p.text);
const allCitations = (m: ReportModel): ReportCitation[] => [...m.findings.flatMap((f) => f.citations), ...m.appendix, ...m.obligations.flatMap((o) => o.citations), ...m.sections.flatMap((s) => s.answers)];

/** The invariants every export must keep, whatever the fixture or language. */
function expectSound(model: ReportModel, doc: DocxReadBack) {
  expect(doc.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  // The conclusion, with its reasons.
  expect(doc.paragraphs.some((p) => p.style.startsWith('FpiaConclusion_') && p.text === model.conclusion.title)).toBe(true);
  for (const r of model.conclusion.reasons) expect(doc.text).toContain(r);
  // Every finding is a Heading 3; every citation label is printed.
  const h3 = doc.paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text);
  for (const f of model.findings) {
    expect(h3.some((h) => h.startsWith(f.title)), f.id).toBe(true);
    for (const c of f.citations) expect(doc.text, c.label).toContain(c.label);
  }
  // Every quotation is verified law text (a paragraph of a V1/V2 `quote`), and nothing else is ever quoted.
  const verified = new Set(allCitations(model).flatMap((c) => (c.quote && (c.verification === 'V1' || c.verification === 'V2') ? c.quote : [])));
  const qs = quotes(doc);
  expect(qs.length).toBeGreaterThan(0);
  for (const q of qs) expect(verified.has(q), q).toBe(true);
  for (const c of allCitations(model)) {
    if (c.quote) continue;
    expect(qs.some((q) => q.includes(c.substance.slice(0, 20))), c.articleId).toBe(false);
    expect(doc.paragraphs.some((p) => p.style === 'FpiaSubstance' && p.text.includes(c.substance)), c.articleId).toBe(true);
    if (c.caveat) expect(doc.paragraphs.some((p) => p.style === 'FpiaCaveat' && p.text === c.caveat)).toBe(true);
  }
  // Every cited article is in the appendix, as a Heading 2.
  const h2 = doc.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
  for (const a of model.appendix) expect(h2).toContain(`${a.label}　${a.heading}`);
  // Each short name the citations use is spelled out once.
  for (const a of model.abbreviations) expect(doc.paragraphs.some((p) => p.text.startsWith(a.short) && p.text.endsWith(a.title)), a.short).toBe(true);
  // Real headings, repeating table header rows, a CJK font, page numbers in the footer.
  expect(doc.paragraphs.some((p) => p.style === 'Heading1')).toBe(true);
  // (Booleans, so a failure does not print the whole XML.)
  expect(doc.documentXml.includes('<w:tblHeader/>'), 'repeating header rows').toBe(true);
  expect(doc.stylesXml.includes('w:eastAsia="Microsoft YaHei"'), 'CJK font').toBe(true);
  for (const h of ['Heading1', 'Heading2', 'Heading3', 'Quote']) expect(doc.stylesXml.includes(`w:styleId="${h}"`), h).toBe(true);
  expect(/PAGE\b/.test(doc.footerXml) && /NUMPAGES/.test(doc.footerXml), 'page x of y').toBe(true);
  expect(doc.documentXml.includes('TOC \\h \\o &quot;1-2&quot;'), 'table of contents').toBe(true);
}

describe('Word export', () => {
  it('zh-CN: conclusion, findings, citations, verified quotations only, the lawyer’s annotation and manual finding', async () => {
    const file = lawyerFile('tianjin-property', 'alternatives.property-face-only');
    const { model, doc } = await render(file, 'zh-CN');
    expectSound(model, doc);
    expect(doc.text).toContain('必须停止或重新设计');
    expect(doc.text).toContain('物业以人脸识别作为唯一通行方式');

    // SPC art. 10 is verified: quoted. FRM art. 10 is substance only: never a quotation, but stated with its caveat.
    expect(doc.text).toContain('《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》第十条');
    expect(quotes(doc).some((q) => q.includes('物业服务企业或者其他建筑物管理人以人脸识别作为业主或者物业使用人出入物业服务区域的唯一验证方式'))).toBe(true);
    const frm10 = model.appendix.find((c) => c.articleId === 'frm.10')!;
    expect(frm10.quote).toBeUndefined();
    expect(doc.text).toContain(frm10.label);
    expect(quotes(doc).some((q) => q.includes(frm10.substance.slice(0, 12)))).toBe(false);
    expect(doc.paragraphs.find((p) => p.style === 'FpiaSubstance' && p.text.includes(frm10.substance))!.text).toMatch(/^规则内容（非原文）：/);

    // The lawyer: review block, annotation (verdict + note, marked), the finding added by hand.
    for (const v of ['某客户有限公司 Client Ltd', '人脸识别合规审查 2026-017', '王律师 Wang']) expect(doc.text).toContain(v);
    const ann = doc.paragraphs.filter((p) => p.style === 'FpiaAnnotation');
    expect(ann).toHaveLength(1);
    expect(ann[0]!.text).toBe('律师意见：不同意\n不同意：已在入口张贴告示。\nDisagree: a sign is posted at the entrance.');
    const h3 = doc.paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text);
    expect(h3).toContain('员工培训记录缺失 Staff training not recorded（律师添加）');
    expect(doc.paragraphs.some((p) => p.style === 'FpiaManual' && p.text === '本项发现由审阅律师添加。')).toBe(true);
    expect(doc.text).toContain('未见员工个人信息保护培训记录。No record of staff training.');
    // The fingerprint is on the title page; the footer says 第 x 页，共 y 页.
    expect(doc.text).toContain(await fingerprint(file));
    expect(doc.footerXml).toContain('第 ');
    // File > Info in Word: made and last modified by this tool, not the library's "Un-named".
    expect(doc.coreXml).toContain('<dc:creator>Face PIA</dc:creator>');
    expect(doc.coreXml).toContain('<cp:lastModifiedBy>Face PIA</cp:lastModifiedBy>');
  });

  it('en: the same report in English, with PIPL art. 26 quoted in the official Chinese and the annotation marked', async () => {
    const file = lawyerFile('shanghai-putuo-supermarket', 'public.other-uses');
    const { model, doc } = await render(file, 'en');
    expectSound(model, doc);
    expect(doc.text).toContain('Must stop or be redesigned');
    expect(doc.text).toContain('Public-security devices are used for attribute analysis or profiling');
    expect(doc.text).toContain('PIPL art. 26');
    const pipl26 = model.appendix.find((c) => c.articleId === 'pipl.26')!;
    expect(pipl26.verification).toBe('V1');
    expect(quotes(doc)).toContain(pipl26.quote![0]);
    expect(doc.text).toContain('Official Chinese text (verified V1):');
    // Quoted under the first finding that cites it (and in the appendix), pointed to from the others.
    expect(quotes(doc).filter((q) => q === pipl26.quote![0])).toHaveLength(2);
    expect(doc.text).toContain(`Text quoted under the finding “${model.findings[0]!.title}”.`);
    const ann = doc.paragraphs.filter((p) => p.style === 'FpiaAnnotation');
    expect(ann.map((p) => p.text)).toEqual(['Lawyer’s view: Disagree\n不同意：已在入口张贴告示。\nDisagree: a sign is posted at the entrance.']);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text)).toContain('员工培训记录缺失 Staff training not recorded (added by reviewer)');
    expect(doc.text).toContain('This finding was added by the reviewing lawyer.');
    expect(doc.footerXml).toContain('Page ');
  });

  it('the campaign block, the risk matrix shading, the action plan and the answers record are there', async () => {
    const file = lawyerFile('shanghai-putuo-supermarket', 'public.other-uses', {
      campaign: { authority: '上海市普陀区网信办', name: '人脸识别专项检查', reference: '普网信〔2026〕3号', contact: '021-0000', deadline: '2026-12-31', instructions: '请于截止日前提交报告。', venueTypes: ['supermarket'], checks: ['FR-04', 'FR-21'] },
    });
    const { model, doc } = await render(file, 'zh-CN');
    for (const v of ['专项检查', '上海市普陀区网信办', '普网信〔2026〕3号', '2026-12-31', ...model.meta.campaign!.checks]) expect(doc.text).toContain(v);
    for (const fill of ['D9EAD3', 'FFF2CC', 'FCE4D6', 'F4CCCC']) expect(doc.documentXml).toContain(`w:fill="${fill}"`);
    for (const a of model.actions) expect(doc.text).toContain(a.action);
    for (const s of model.answers) for (const r of s.rows) expect(doc.text).toContain(r.answer);
    for (const t of [model.texts.sign, model.texts.notice, model.texts.consent]) expect(doc.text).toContain(t.paragraphs[0]);
    expect(doc.text).toContain(model.disclaimer);
  });

  it('a compliant assessment says there are no findings; hostile text is escaped and never breaks the XML', async () => {
    const s = scenarioById('gym-compliant')!;
    const base = newAssessment({ ...s.meta, name: 'Gym <script>alert(1)</script> & \u0007bell' }, new Date('2026-11-23T08:00:00Z'), 'docx-gym-compliant');
    const { model, doc, bytes } = await render({ ...base, answers: s.answers }, 'en');
    expect(model.findings).toHaveLength(0);
    expect(doc.text).toContain('On these answers there are no findings.');
    expect(doc.text).toContain('Gym <script>alert(1)</script> & bell');
    expect(doc.documentXml.includes('<script>')).toBe(false);
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(doc.documentXml)).toBe(false);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(cleanText('a\u0000b\uD800c\r\nd')).toBe('abc\nd');
    expect(docxFileName('report: 2026/11?')).toBe('report- 2026-11-.docx');
    expect(docxFileName('')).toBe('face-pia-report.docx');
  });

  it('the browser entry loads the renderer only when asked, and hands the browser a .docx download', async () => {
    const src = readFileSync(join(import.meta.dirname, 'browser.ts'), 'utf8');
    const staticImports = [...src.matchAll(/^import\s+(?!type\b)[^;]*from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(staticImports).toEqual([]);
    expect(src).toContain("await import('./render-docx.ts')");

    const s = scenarioById('gym-compliant')!;
    const model = buildReport({ ...newAssessment(s.meta, new Date('2026-11-23T08:00:00Z'), 'docx-browser'), answers: s.answers }, 'zh-CN');
    const anchor = { href: '', download: '', rel: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
    let blob: Blob | undefined;
    vi.stubGlobal('document', { createElement: () => anchor, body: { appendChild: vi.fn() } });
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:x'));
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    try {
      await downloadReportDocx(model, '健身房评估');
      expect(anchor.click).toHaveBeenCalledOnce();
      expect(anchor.download).toBe('健身房评估.docx');
      expect(blob!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const doc = readDocx(new Uint8Array(await blob!.arrayBuffer()));
      expect(doc.text).toContain(model.conclusion.title);
    } finally {
      vi.unstubAllGlobals();
      create.mockRestore();
      revoke.mockRestore();
    }
  });
});
