import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../build/prebuild.ts';
import { QUESTIONS } from '../questions/bank.ts';
import {
  MAX_FILE_BYTES,
  SCHEMA_VERSION,
  canonicalJson,
  fingerprint,
  newAssessment,
  parseAssessment,
  parseAssessmentText,
  serialiseAssessment,
  type AssessmentFile,
} from './assessment-file.ts';
import { exampleFiles } from './examples.ts';
import { MIGRATIONS } from './migrations.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const sample = (): AssessmentFile => exampleFiles().find((e) => e.name === 'gym.json')!.file;
const errorsOf = (text: string) => {
  const r = parseAssessmentText(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map((e) => e.en).join('\n');
};

describe('assessment files', () => {
  it('round-trip exactly through JSON', () => {
    const f = sample();
    const r = parseAssessmentText(serialiseAssessment(f));
    expect(r).toEqual({ ok: true, value: f });
  });

  it('a new assessment is valid and empty', () => {
    const f = newAssessment({ name: 'x', organisation: 'y', venueName: 'z' });
    expect(parseAssessment(JSON.parse(JSON.stringify(f))).ok).toBe(true);
    expect(f.answers).toEqual({});
  });

  it('bad input gets an error that names the field, in both languages', () => {
    const f = sample();
    const bad = { ...f, answers: { ...f.answers, 'venue.type': 'casino', 'venue.people-stored': -1, 'venue.nonsense': 'x' } };
    const r = parseAssessment(JSON.parse(JSON.stringify(bad)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const en = r.errors.map((e) => e.en);
    // Named by the question's own words, with the path for whoever reads the file.
    expect(en).toContain('Question “What kind of venue is it?” (answers["venue.type"]): "casino" is not one of the options');
    expect(en).toContain('Question “How many people’s face information is stored?” (answers["venue.people-stored"]): Enter a number between 0 and 2,000,000,000');
    expect(r.errors.map((e) => e['zh-CN'])).toContain('问题“您的场所属于哪一类？”（answers["venue.type"]）：“casino”不在选项中');
    expect(en).toContain('answers["venue.nonsense"]: is not a question of this tool');
    expect(r.errors.map((e) => e['zh-CN']).join()).toContain('不是本工具的问题');
  });

  it('refuses corrupted, truncated, foreign, future and oversized files with a clear message', () => {
    const text = serialiseAssessment(sample());
    // The engine's English message is not shown: where the file breaks is, in the user's language.
    expect(errorsOf(text.slice(0, text.length / 2))).toMatch(/^This is not a valid assessment file: it is not complete JSON, and may be corrupted or cut short \(near line \d+, column \d+\)\.$/);
    const hello = parseAssessmentText('hello world');
    expect(hello.ok ? '' : hello.errors[0]!['zh-CN']).toBe('这不是有效的评估文件：内容不是完整的 JSON，可能已损坏或不完整。');
    // Another program's JSON, or a bare array: what an assessment file is, in words, not a field name.
    for (const foreign of ['[1,2,3]', JSON.stringify({ hello: 'world' })]) {
      expect(errorsOf(foreign)).toContain('not a Face PIA assessment file. An assessment file is the .json file exported from “Your assessments”');
      expect(errorsOf(foreign)).not.toMatch(/format|JSON object/);
    }
    expect(errorsOf(JSON.stringify({ ...sample(), schemaVersion: SCHEMA_VERSION + 1 }))).toContain('newer version');
    expect(errorsOf('x'.repeat(MAX_FILE_BYTES + 1))).toContain('too large');
    expect(errorsOf('x'.repeat(2_100_000))).toContain('The file is too large (2.1 MB); an assessment file is at most 2 MB.');
    expect(errorsOf(JSON.stringify({ ...sample(), extra: 1 }))).toContain('The file holds things this tool does not know (extra)');
    expect(errorsOf(JSON.stringify({ ...sample(), actions: { 'x.y': { owner: 'a', due: '2026-13-01', status: 'open' } } }))).toContain('actions["x.y"].due');
    // A manual finding's plan entry is keyed by its id; anything else that is not a rule id is refused by name.
    const plan = (key: string) => JSON.stringify({ ...sample(), actions: { [key]: { owner: '法务部', due: '', status: 'open' } } });
    expect(parseAssessmentText(plan('manual-3')).ok).toBe(true);
    expect(errorsOf(plan('manual-x'))).toContain('The action-plan entry for check manual-x (actions["manual-x"]): is not a valid rule id or manual finding id (manual-<number>)');
  });

  it('names a hand-edited field in words first, and its path after', () => {
    const zhErrors = (text: string) => {
      const r = parseAssessmentText(text);
      return r.ok ? '' : r.errors.map((e) => e['zh-CN']).join('\n');
    };
    const edited = { ...sample(), annotations: { 'public.other-uses': { verdict: 'maybe', note: '' } }, manualFindings: [{ id: 'manual-1', severity: 'nc', title: '合同', note: '', cites: ['pipl.999'] }] };
    const zh = zhErrors(JSON.stringify(edited));
    expect(zh).toContain('对检查 public.other-uses 的律师意见的结论（annotations["public.other-uses"].verdict）：应为“同意”“不同意”或“需要更多事实”');
    expect(zh).toContain('律师添加的第 1 项发现的法律依据（manualFindings[0].cites）：“pipl.999” 不在法规目录中');
    const campaign = { authority: '某区网信办', name: '专项检查', reference: '', contact: '', deadline: '2026-02-30', instructions: '', venueTypes: [], checks: ['FR-04'] };
    expect(zhErrors(JSON.stringify({ ...sample(), campaign }))).toContain('专项检查的截止日期（campaign.deadline）：应为实际存在的日期（年-月-日），不晚于2100年');
  });

  it('treats hostile strings as plain data', () => {
    const f = { ...sample(), meta: { ...sample().meta, name: '<img src=x onerror=alert(1)>' } };
    const r = parseAssessmentText(serialiseAssessment(f));
    expect(r.ok && r.value.meta.name).toBe('<img src=x onerror=alert(1)>');
    expect(errorsOf(JSON.stringify({ ...sample(), __proto__: { polluted: true }, constructor: 1 }))).toContain('does not know (constructor)');
  });

  it('has a migration from every earlier schema version, and every published sample still opens', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function');
    const dir = join(import.meta.dirname, 'samples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => Number(/^v(\d+)\.json$/.exec(f)?.[1])).sort()).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    for (const f of files) expect(parseAssessmentText(readFileSync(join(dir, f), 'utf8')).ok, f).toBe(true);
  });

  it('the fingerprint depends on the answers, not on key order or the last-saved time', async () => {
    const f = sample();
    const reordered = Object.fromEntries(Object.entries({ ...f, updatedAt: '2030-01-01T00:00:00.000Z' }).reverse()) as unknown as AssessmentFile;
    expect(canonicalJson(reordered)).toBe(canonicalJson(f));
    expect(await fingerprint(reordered)).toBe(await fingerprint(f));
    expect(await fingerprint({ ...f, answers: { ...f.answers, 'venue.people-stored': 3201 } })).not.toBe(await fingerprint(f));
    expect(await fingerprint(f)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('generated public files', () => {
  it('the JSON Schema and the example files in public/ are up to date (run `npm run build` to regenerate)', () => {
    for (const g of generatedFiles()) expect(readFileSync(join(root, g.path), 'utf8'), g.path).toBe(g.text);
  });

  it('the JSON Schema lists every question and every example parses', () => {
    const schema = JSON.parse(readFileSync(join(root, `public/schema/assessment-v${SCHEMA_VERSION}.schema.json`), 'utf8'));
    expect(Object.keys(schema.properties.answers.properties)).toEqual(QUESTIONS.map((q) => q.id));
    for (const e of exampleFiles()) expect(parseAssessment(JSON.parse(serialiseAssessment(e.file))).ok, e.name).toBe(true);
  });
});
