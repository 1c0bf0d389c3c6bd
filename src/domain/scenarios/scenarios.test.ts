/** The real cases of the legal brief §2 must produce the checklist rows the brief lists for each. */
import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../rules/engine.ts';
import { newAssessment } from '../persistence/assessment-file.ts';
import { buildReport } from '../report/build-report.ts';
import { scenarios } from './index.ts';

describe('real cases from the legal brief', () => {
  for (const s of scenarios.filter((x) => x.source)) {
    it(`${s.name.en} — ${s.source}`, () => {
      const ev = evaluateRules(s.answers);
      const rows = new Set(ev.findings.flatMap((f) => f.rule.fr));
      for (const want of s.expectRows ?? []) {
        const alternatives = typeof want === 'string' ? [want] : want;
        expect(alternatives.some((r) => rows.has(r)), `expected ${alternatives.join(' or ')} among ${[...rows].sort().join(', ')}`).toBe(true);
      }
      const fired = ev.findings.map((f) => f.ruleId);
      for (const id of s.expectRules ?? []) expect(fired).toContain(id);
      for (const id of s.expectNotRules ?? []) expect(fired).not.toContain(id);
      // Every real case here is a serious breach: none may be reported as fit to proceed.
      const file = { ...newAssessment(s.meta, new Date('2026-11-23T00:00:00Z'), 'case-' + s.id.slice(0, 10)), answers: s.answers };
      expect(buildReport(file, 'en').conclusion.code).not.toBe('proceed');
    });
  }
});

describe('sample assessments', () => {
  it('the compliant gym produces no red line and no non-compliance, and may proceed', () => {
    const s = scenarios.find((x) => x.id === 'gym-compliant')!;
    const ev = evaluateRules(s.answers);
    expect(ev.findings.filter((f) => f.severity !== 'risk')).toEqual([]);
    const file = { ...newAssessment(s.meta, new Date('2026-11-23T00:00:00Z'), 'gymcompliant'), answers: s.answers };
    expect(buildReport(file, 'zh-CN').conclusion.code).toBe('proceed');
  });

  it('every sample names the rules it expects, and they fire', () => {
    for (const s of scenarios) {
      const fired = evaluateRules(s.answers).findings.map((f) => f.ruleId);
      for (const id of s.expectRules ?? []) expect(fired, s.id).toContain(id);
      for (const id of s.expectNotRules ?? []) expect(fired, s.id).not.toContain(id);
    }
  });

  it('every venue preset has one sample assessment file', () => {
    const files = scenarios.map((s) => s.meta.preset && s.exampleFile ? s.meta.preset : undefined).filter(Boolean);
    expect(new Set(files)).toEqual(new Set(['scenic-area', 'retail', 'residential', 'hotel', 'gym', 'office', 'transport-hub']));
  });
});
