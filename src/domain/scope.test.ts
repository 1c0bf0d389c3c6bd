import { describe, expect, it } from 'vitest';
import { newAssessment } from './persistence/assessment-file.ts';
import { buildReport } from './report/build-report.ts';
import { scenarioById } from './scenarios/index.ts';
import { questionScope } from './scope.ts';
import { rulesInScope } from './rules/scope.ts';
import { visibleQuestions } from './questions/bank.ts';
import type { Answers } from './conditions.ts';

const campaign = { authority: '某区网信办', name: '人脸识别专项检查', reference: 'R-1', contact: '', deadline: '2026-12-31', instructions: '', venueTypes: ['residential'], checks: ['FR-05', 'FR-08'] };

describe('a campaign scopes the assessment to its checks', () => {
  it('only rules for those checks apply', () => {
    const ids = rulesInScope(campaign.checks).map((r) => r.id);
    expect(ids).toContain('alternatives.property-face-only');
    expect(ids).toContain('signage.missing');
    expect(ids).not.toContain('security.core-measures-missing');
  });

  it('only the questions needed to decide them are asked, with the venue section and routing questions', () => {
    const scope = questionScope(campaign.checks)!;
    const asked = visibleQuestions({ 'venue.type': 'residential' }, scope).map((q) => q.id);
    expect(asked).toContain('venue.type');
    expect(asked).toContain('alternatives.offered');
    expect(asked).toContain('public.signage');
    expect(asked).not.toContain('security.measures');
    expect(asked).not.toContain('analytics.attributes');
  });

  /** The answers a campaign's operator gives: the scenario's, to the questions the campaign asks. */
  const scopedAnswers = (answers: Answers, checks: readonly string[]): Answers => {
    const asked = new Set(visibleQuestions(answers, questionScope(checks)).map((q) => q.id));
    return Object.fromEntries(Object.entries(answers).filter(([q]) => asked.has(q)));
  };

  it('the report of a scoped assessment names the campaign and holds only in-scope findings', () => {
    const s = scenarioById('tianjin-property')!;
    const file = { ...newAssessment(s.meta, new Date('2026-11-23T00:00:00Z'), 'scopedtest'), answers: scopedAnswers(s.answers, campaign.checks), campaign };
    const r = buildReport(file, 'zh-CN');
    expect(r.meta.campaign?.name).toBe('人脸识别专项检查');
    expect(r.meta.campaign?.checks[0]).toMatch(/^FR-05 /);
    expect(r.meta.campaign?.venueTypes).toBe('住宅小区（物业服务）');
    expect(r.findings.map((f) => f.id)).toEqual(['alternatives.property-face-only']);
    // The verdict says first that it covers only the campaign's checks.
    expect(r.conclusion.reasons[0]).toBe('本评估只涵盖专项检查“人脸识别专项检查”要求的 2 项检查（共 36 项），结论不代表其他事项合规');
  });

  it('a red line the answers show is reported even outside the campaign’s checks, and stops the verdict', () => {
    // The Hangzhou safari park, in a campaign on the notice (FR-09): its answers also show entry by face only.
    const s = scenarioById('hangzhou-safari-park')!;
    const signage = { ...campaign, checks: ['FR-09'] };
    const answers = scopedAnswers(s.answers, signage.checks);
    const r = buildReport({ ...newAssessment(s.meta, new Date('2026-11-23T00:00:00Z'), 'scopedred'), answers, campaign: signage }, 'zh-CN');
    expect(r.findings.filter((f) => f.severity === 'red').map((f) => f.id)).toEqual(['alternatives.face-only']);
    expect(r.conclusion.code).toBe('stop');
    expect(r.conclusion.reasons[1]).toMatch(/^另有 \d+ 项问题不属于本次专项检查/);
    // Only the campaign's own checks can be left undecided: the questions of the others were never asked.
    expect(r.unknowns.every((u) => rulesInScope(signage.checks).some((x) => x.id === u.ruleId))).toBe(true);
  });

  it('finding nothing in the campaign’s checks is not a clearance to use face recognition', () => {
    const s = scenarioById('gym-compliant')!;
    const only = { ...campaign, checks: ['FR-08'] };
    const r = buildReport({ ...newAssessment(s.meta, new Date('2026-11-23T00:00:00Z'), 'scopedok'), answers: scopedAnswers(s.answers, only.checks), campaign: only }, 'en');
    expect(r.conclusion.code).toBe('proceed');
    expect(r.conclusion.title).toBe('No problem found in the campaign’s checks');
    expect(r.conclusion.summary).toMatch(/not a finding that face recognition may be used/);
  });
});

describe('lawyer mode in the report', () => {
  it('carries annotations and hand-added findings, which count like the tool’s own', () => {
    const s = scenarioById('gym-compliant')!;
    const file = {
      ...newAssessment(s.meta, new Date('2026-11-23T00:00:00Z'), 'lawyertest'),
      answers: s.answers,
      review: { client: '示例健身有限公司', matter: 'FRT-2026-01', reviewer: '王律师' },
      annotations: {},
      manualFindings: [{ id: 'manual-1', severity: 'nc' as const, title: '会员章程第8条授权范围过宽', note: '建议删除"用于其他合作方"一语。', cites: ['spc.11', 'pipl.23'] }],
    };
    const r = buildReport(file, 'zh-CN');
    expect(r.meta.review?.reviewer).toBe('王律师');
    expect(r.signOff.find((x) => x.role === '审阅律师')?.name).toBe('王律师');
    const m = r.findings.find((f) => f.id === 'manual-1')!;
    expect(m.manual).toBe(true);
    expect(m.citations.map((c) => c.label)).toEqual(['《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》第十一条', '《个人信息保护法》第二十三条']);
    expect(r.conclusion.code).toBe('remediate');
    const annotated = buildReport({ ...scenarioFile('tianjin-property'), annotations: { 'alternatives.property-face-only': { verdict: 'agree', note: '与天津案一致' } } }, 'en');
    expect(annotated.findings.find((f) => f.id === 'alternatives.property-face-only')!.annotation).toEqual({ verdict: 'agree', verdictLabel: 'Agree', note: '与天津案一致' });
  });
});

function scenarioFile(id: string) {
  const s = scenarioById(id)!;
  return { ...newAssessment(s.meta, new Date('2026-11-23T00:00:00Z'), `t-${id}`.slice(0, 20)), answers: s.answers };
}
