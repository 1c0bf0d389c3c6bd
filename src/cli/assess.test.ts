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
    expect(r.out).toMatch(/红线 0 · 不合规 0 · 风险 1/);
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
    expect(r.err).toContain('answers["venue.type"]: "casino" is not one of the options');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses unknown options, bad languages, missing files and the PDF/Word outputs not built yet', async () => {
    expect((await run([example('gym'), '--colour'])).err).toContain('未知选项 --colour');
    expect((await run([example('gym'), '--lang', 'fr'])).err).toContain('--lang 只能是 zh-CN 或 en');
    expect((await run(['/nonexistent.json', '--lang', 'en'])).err).toContain('No such file: /nonexistent.json');
    expect((await run([example('gym'), '--lang', 'en', '--docx', '/tmp/x.docx'])).code).toBe(2);
  });
});
