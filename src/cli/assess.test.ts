import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './assess.ts';

const root = join(import.meta.dirname, '..', '..');
const example = (n: string) => join(root, 'public', 'examples', `${n}.json`);

function run(args: string[]) {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  return main(args).then((code) => ({ code, out, err }));
}

afterEach(() => vi.restoreAllMocks());

describe('npm run assess', () => {
  it('prints the conclusion, the counts and each finding with its citation (Chinese by default)', async () => {
    const r = await run([example('residential')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('结论：可以开展');
    expect(r.out).toMatch(/红线 0 · 不合规 0 · 风险提示 1 · 尚不清楚 0/);
    expect(r.out).toContain('用人脸识别儿童身份');
    expect(r.out).toContain('《信息安全技术 人脸识别数据安全要求》（GB/T 41819-2022）');
  });

  it('prints English with --lang en and writes the report model with --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const out = join(dir, 'report.json');
    const r = await run([example('retail'), '--lang', 'en', '--json', out, '--date', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Conclusion: Must stop or be redesigned');
    expect(r.out).toContain('[Red line] Public-security devices are used for attribute analysis or profiling');
    const model = JSON.parse(readFileSync(out, 'utf8'));
    expect(model.findings.map((f: { id: string }) => f.id)).toContain('analytics.attributes-on-public-route');
    expect(model.meta.preparedOn).toBe('2026-11-23');
  });

  it('an invalid file exits non-zero, names the problem and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const bad = join(dir, 'bad.json');
    const f = JSON.parse(readFileSync(example('gym'), 'utf8'));
    f.answers['venue.type'] = 'casino';
    writeFileSync(bad, JSON.stringify(f));
    const out = join(dir, 'report.json');
    const r = await run([bad, '--lang', 'en', '--json', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('(answers["venue.type"]): "casino" is not one of the options');
    expect(existsSync(out)).toBe(false);
  });

  it('writes the PDF report with --pdf, and the PDF re-opens as the same assessment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const out = join(dir, 'report.pdf');
    const r = await run([example('transport-hub'), '--lang', 'en', '--pdf', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/PDF report written to .*report\.pdf \(\d+ pages, \d+ KB, SHA-256 [0-9a-f]{64}\)/);
    const bytes = new Uint8Array(readFileSync(out));
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const { extractAssessmentFromPdf } = await import('../domain/persistence/pdf-carrier.ts');
    const { canonicalJson, parseAssessmentText } = await import('../domain/persistence/assessment-file.ts');
    const back = extractAssessmentFromPdf(bytes);
    const orig = parseAssessmentText(readFileSync(example('transport-hub'), 'utf8'));
    expect(back.ok && orig.ok && canonicalJson(back.value) === canonicalJson(orig.value)).toBe(true);
  }, 30_000);

  it('refuses unknown options, bad languages, missing files and an output option without a file name', async () => {
    expect((await run([example('gym'), '--colour'])).err).toContain('未知选项 --colour');
    expect((await run([example('gym'), '--lang', 'fr'])).err).toContain('--lang 只能是 zh-CN 或 en');
    expect((await run(['/nonexistent.json', '--lang', 'en'])).err).toContain('No such file: /nonexistent.json');
    expect((await run([example('gym'), '--lang', 'en', '--docx'])).err).toContain('--docx needs a value');
  });

  it('writes the Word report with --docx, and it reads back with the lawyer’s annotation and added finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const file = JSON.parse(readFileSync(example('retail'), 'utf8'));
    file.review = { client: '某超市有限公司', matter: '合规审查 2026-017', reviewer: '王律师' };
    file.annotations = { 'public.other-uses': { verdict: 'agree', note: '同意，应立即停用。' } };
    file.manualFindings = [{ id: 'manual-1', severity: 'nc', title: '员工培训记录缺失', note: '未见培训记录。', cites: ['pipl.51'] }];
    const input = join(dir, 'reviewed.json');
    writeFileSync(input, JSON.stringify(file));
    const out = join(dir, 'report.docx');
    const r = await run([input, '--docx', out, '--date', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/已写入 Word 报告：.*report\.docx（\d+ KB）/);
    const { readDocx } = await import('../docx/read-docx.ts');
    const doc = readDocx(new Uint8Array(readFileSync(out)));
    expect(doc.text).toContain('必须停止或重新设计');
    expect(doc.text).toContain('《个人信息保护法》第二十六条');
    expect(doc.paragraphs.find((p) => p.style === 'FpiaAnnotation')?.text).toBe('律师意见：同意\n同意，应立即停用。');
    expect(doc.paragraphs.some((p) => p.style === 'Heading3' && p.text === '员工培训记录缺失（律师添加）')).toBe(true);
    expect(doc.text).toContain('王律师');
  }, 30_000);

  it('takes a report PDF as input, since the PDF carries its assessment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const pdf = join(dir, 'r.pdf');
    expect((await run([example('office'), '--lang', 'en', '--pdf', pdf])).code).toBe(0);
    const again = await run([pdf, '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Staff must enrol their faces');
    writeFileSync(join(dir, 'fake.pdf'), '%PDF-1.7\n%%EOF');
    const fake = await run([join(dir, 'fake.pdf'), '--lang', 'en']);
    expect(fake.code).toBe(2);
  });
});
