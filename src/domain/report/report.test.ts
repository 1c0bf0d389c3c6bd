import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newAssessment, type AssessmentFile } from '../persistence/assessment-file.ts';
import { scenarioById, scenarios } from '../scenarios/index.ts';
import { buildReport, formatAnswer, groupDigits } from './build-report.ts';
import { questionById } from '../questions/bank.ts';
import { addWorkingDays, addYears, policeFilingPassed } from '../deadlines.ts';
import { obligations } from './obligations.ts';
import { MATRIX, assessRisks } from './risk.ts';
import { evaluateRules } from '../rules/engine.ts';

function fileFor(id: string, patch: Partial<AssessmentFile> = {}): AssessmentFile {
  const s = scenarioById(id)!;
  return { ...newAssessment(s.meta, new Date('2026-11-23T08:00:00Z'), `test-${id}`.slice(0, 30)), answers: s.answers, ...patch };
}

describe('report model', () => {
  it('a risk above "low" comes with the measures that bring it down; a low one is kept under review', () => {
    const rows = buildReport(fileFor('shanghai-putuo-supermarket'), 'zh-CN').risks.rows;
    const leak = rows.find((r) => r.id === 'leak')!;
    expect(leak.level).not.toBe('low');
    expect(leak.treatment).toMatch(/^.+。可采取的措施：加密存储和传输；/);
    const en = buildReport(fileFor('shanghai-putuo-supermarket'), 'en').risks.rows.find((r) => r.id === 'discrimination')!;
    expect(en.treatment).toMatch(/\. Measures: generally no watchlists;/);
    const low = buildReport(fileFor('gym-compliant'), 'zh-CN').risks.rows.filter((r) => r.level === 'low');
    expect(low.length).toBeGreaterThan(0);
    for (const r of low) expect(r.treatment).toBe('可以接受，保持现有措施并定期复查。');
  });

  it('English counts agree with their number: "1 finding makes", "3 findings make", never "finding(s)"', () => {
    const words = (m: unknown) => JSON.stringify(m);
    for (const s of scenarios) expect(words(buildReport(fileFor(s.id), 'en')), s.id).not.toMatch(/\w\(s\)/);
    const reasons = scenarios.flatMap((s) => buildReport(fileFor(s.id), 'en').risks.rows.flatMap((r) => r.reasons));
    expect(reasons.filter((r) => /^1 finding makes it more likely: /.test(r)).length).toBeGreaterThan(0);
    expect(reasons.filter((r) => /^[2-9] findings make it more likely: /.test(r)).length).toBeGreaterThan(0);
    expect(reasons.filter((r) => /^1 finding make |^[2-9] findings? makes /.test(r))).toEqual([]);
  });

  it('English prose reads as sentences: answers after a lower-case label lose their capital; risk levels are named plainly', () => {
    const m = buildReport(fileFor('hangzhou-safari-park'), 'en');
    const measures = m.sections.find((x) => x.id === 'measures')!.paragraphs.join('\n');
    expect(measures).toContain('Storage and transfer: only on the face-recognition device; retention: no limit, kept indefinitely; deletion: there is no deletion.');
    // Acronyms keep their capital inside the list.
    expect(measures).toContain('Security measures: encryption in storage and transit, security audit logs, access control, ');
    expect(measures).toContain('multi-level protection scheme (MLPS) filing, staff training');
    expect(m.conclusion.reasons).toContain('Severe risk: Discrimination or labelling');
    expect(m.texts.sign.paragraphs.join('\n')).toMatch(/Personal-information handler: .+ · Contact: /);
  });

  it('device rows in the answer record say what each number and choice is, one location to a line', () => {
    const q = questionById('venue.devices')!;
    const rows: readonly Record<string, string | number>[] = [
      { location: '东门', area: 'entrance', count: 2, function: 'verification' },
      { area: 'staff-area', count: 1 },
    ];
    expect(formatAnswer(q, rows, 'zh-CN')).toBe('东门——区域类型：出入口；设备数量：2；功能：一比一验证（核验是否本人）\n设备位置 2——区域类型：仅限员工区域；设备数量：1');
    // One day is a day, one person a person.
    expect(formatAnswer(questionById('rights.deletion-days')!, 1, 'en')).toBe('1 day');
    expect(formatAnswer(questionById('rights.deletion-days')!, 7, 'en')).toBe('7 days');
    expect(formatAnswer(questionById('venue.people-stored')!, 1, 'en')).toBe('1 person');
    expect(formatAnswer(q, rows, 'en')).toBe('东门 — kind of area: entrance or exit; number of devices: 2; function: verification (1:1, is this the person?)\nDevice location 2 — kind of area: staff-only area; number of devices: 1');
  });

  it('the report is dated by the answers, not by the last save (a status change in the plan keeps its date and number)', () => {
    const f = fileFor('gym-compliant');
    const later = { ...f, updatedAt: '2026-12-02T10:00:00.000Z', actions: { 'x.y': { owner: 'Li', due: '', status: 'done' as const } } };
    expect(buildReport(later, 'zh-CN').meta.preparedOn).toBe(f.assessedAt.slice(0, 10));
    expect(buildReport(later, 'zh-CN').meta.reportId).toBe(buildReport(f, 'zh-CN').meta.reportId);
  });

  it('a finding the reviewer adds gets a plan entry with a suggested date, which is theirs once they set it', () => {
    const manual = { id: 'manual-1', severity: 'red' as const, title: '会员合同允许转授权人脸数据', note: '', cites: ['spc.11'] };
    const gym = fileFor('gym-compliant', { manualFindings: [manual] });
    const r = buildReport(gym, 'zh-CN');
    expect(r.actions[0]).toMatchObject({ id: 'manual-1', severity: 'red', action: '按审阅律师的意见，整改本项发现所述的问题。', owner: '', due: '2026-11-30', dueSuggested: true, status: 'open' });
    // The rules' own entries are suggestions too until someone sets a date; a date the user set is not.
    expect(r.actions.every((a) => a.dueSuggested)).toBe(true);
    const set = buildReport({ ...gym, actions: { 'manual-1': { owner: '法务部', due: '2026-12-15', status: 'in-progress' } } }, 'en');
    expect(set.actions[0]).toMatchObject({ id: 'manual-1', action: 'Remedy what this finding describes, as the reviewing lawyer advises.', owner: '法务部', due: '2026-12-15', dueSuggested: false, statusLabel: 'In progress' });
    // Deleting the finding deletes its plan entry (the wizard does both); a stray entry is not shown as set aside.
    expect(buildReport({ ...gym, manualFindings: [], actions: { 'manual-1': { owner: '法务部', due: '', status: 'open' } } }, 'zh-CN').setAside).toEqual([]);
  });

  it('a red line forces "must stop or be redesigned", with the red line named first', () => {
    const r = buildReport(fileFor('tianjin-property'), 'zh-CN');
    expect(r.conclusion.code).toBe('stop');
    expect(r.conclusion.title).toBe('必须停止或重新设计');
    expect(r.findings[0]!.severity).toBe('red');
    expect(r.conclusion.reasons.some((x) => x.includes('物业以人脸识别作为唯一通行方式'))).toBe(true);
  });

  it('an assessment with required questions unanswered gets no verdict, never a pass — unless a red line is already clear', () => {
    const empty = buildReport(fileFor('gym-compliant', { answers: {} }), 'zh-CN');
    expect(empty.conclusion.code).toBe('incomplete');
    expect(empty.conclusion.title).toBe('评估未完成，尚不能得出结论');
    expect(empty.conclusion.reasons[0]).toMatch(/^\d+ 个必答问题中还有 \d+ 个没有回答$/);
    const gym = scenarioById('gym-compliant')!.answers;
    const half = { ...gym };
    delete half['security.liveness'];
    expect(buildReport(fileFor('gym-compliant', { answers: half }), 'en').conclusion.title).toBe('Assessment incomplete: no conclusion yet');
    const faceOnly = { 'venue.type': 'residential', 'venue.route': 'consent', 'alternatives.offered': 'none' };
    expect(buildReport(fileFor('gym-compliant', { answers: faceOnly }), 'zh-CN').conclusion.code).toBe('stop');
    expect(buildReport(fileFor('gym-compliant'), 'zh-CN').conclusion.code).toBe('proceed');
  });

  it('each finding carries its citations, formatted, and the answers that triggered it', () => {
    const r = buildReport(fileFor('tianjin-property'), 'en');
    const f = r.findings.find((x) => x.id === 'alternatives.property-face-only')!;
    expect(f.citations.map((c) => c.label)).toContain('SPC Provisions art. 10(1)');
    const spc10 = f.citations.find((c) => c.articleId === 'spc.10')!;
    expect(spc10.quote?.[0]).toContain('物业服务企业或者其他建筑物管理人以人脸识别作为业主或者物业使用人出入物业服务区域的唯一验证方式');
    expect(f.evidence).toEqual(
      expect.arrayContaining([{ questionId: 'alternatives.offered', question: expect.any(String), answer: 'No, face recognition is the only way' }]),
    );
  });

  it('substance-only provisions are never quoted and carry a caveat', () => {
    const r = buildReport(fileFor('tianjin-property'), 'zh-CN');
    const frm10 = r.appendix.find((c) => c.articleId === 'frm.10')!;
    expect(frm10.quote).toBeUndefined();
    expect(frm10.caveat).toContain('不作为原文引用');
    for (const c of r.appendix) if (c.verification !== 'V1' && c.verification !== 'V2') expect(c.quote, c.articleId).toBeUndefined();
  });

  it('a local regulation cited for a venue anywhere says where it binds', () => {
    const r = buildReport(fileFor('tianjin-property'), 'zh-CN');
    const local = r.appendix.find((c) => c.articleId === 'hangzhou-property.50')!;
    expect(local.caveat).toContain('地方性法规，只在制定它的地方适用（《杭州市物业管理条例》）');
    expect(r.appendix.find((c) => c.articleId === 'spc.10')!.caveat ?? '').not.toContain('地方性法规');
  });

  it('a provision cited by several findings is marked as already given under the first of them', () => {
    const r = buildReport(fileFor('shanghai-putuo-supermarket'), 'zh-CN');
    const art26 = r.findings.flatMap((f) => f.citations.filter((c) => c.articleId === 'pipl.26').map((c) => ({ f: f.id, under: c.givenUnder })));
    expect(art26.length).toBeGreaterThan(1);
    expect(art26[0]!.under).toBeUndefined();
    for (const x of art26.slice(1)) expect(x.under).toBe(art26[0]!.f);
    expect(r.appendix.every((c) => c.givenUnder === undefined)).toBe(true);
  });

  it('a recommended national standard is cited as a benchmark, never as a binding rule', () => {
    const r = buildReport(fileFor('shanghai-putuo-supermarket'), 'zh-CN');
    const gbt = r.appendix.find((c) => c.articleId.startsWith('gbt-35273'))!;
    expect(gbt.caveat).toContain('推荐性国家标准（GB/T），不是强制性规定');
    expect(r.appendix.find((c) => c.articleId === 'pipl.26')!.caveat).toBeUndefined();
  });

  it('a third party that took part is named on the sign-off page (FRM art. 9)', () => {
    const gym = scenarioById('gym-compliant')!;
    expect(buildReport(fileFor('gym-compliant'), 'zh-CN').signOff.map((s) => s.role)).toEqual(['编制', '审核', '批准']);
    const r = buildReport(fileFor('gym-compliant', { answers: { ...gym.answers, 'governance.third-parties': '  某律师事务所：法律分析  ' } }), 'en');
    expect(r.signOff.at(-1)).toEqual({ role: 'Third party taking part', name: '某律师事务所：法律分析', date: '' });
  });

  it('the appendix lists every cited article exactly once', () => {
    const r = buildReport(fileFor('shanghai-putuo-supermarket'), 'en');
    const cited = new Set([...r.findings.flatMap((f) => f.citations), ...r.obligations.flatMap((o) => o.citations), ...r.sections.flatMap((s) => s.answers)].map((c) => c.articleId));
    expect(new Set(r.appendix.map((c) => c.articleId))).toEqual(cited);
    expect(r.appendix.length).toBe(cited.size);
  });

  it('the answers record leaves out hidden branches', () => {
    const file = fileFor('gym-compliant');
    const withHidden = { ...file, answers: { ...file.answers, 'public.other-uses': ['marketing'] } };
    const rows = buildReport(withHidden, 'en').answers.flatMap((s) => s.rows.map((r) => r.questionId));
    expect(rows).not.toContain('public.other-uses');
    expect(rows).toContain('venue.type');
  });

  it('the action plan has one action per finding with a default due date, and keeps the user’s edits', () => {
    const file = fileFor('tianjin-property', {});
    const r1 = buildReport(file, 'en', { today: '2026-11-23' });
    expect(r1.actions.length).toBe(r1.findings.length);
    expect(r1.actions.find((a) => a.id === 'alternatives.property-face-only')!.due).toBe('2026-12-07');
    const r2 = buildReport({ ...file, actions: { 'alternatives.property-face-only': { owner: 'Ms Wang', due: '2026-12-01', status: 'in-progress' } } }, 'en', { today: '2026-11-23' });
    expect(r2.actions.find((a) => a.id === 'alternatives.property-face-only')).toMatchObject({ owner: 'Ms Wang', due: '2026-12-01', status: 'in-progress', statusLabel: 'In progress' });
  });

  it('the generated sign, notice and consent carry the operator, purposes and the alternative', () => {
    const r = buildReport(fileFor('gym-compliant'), 'zh-CN');
    const sign = r.texts.sign.paragraphs.join('\n');
    expect(sign).toContain('示例健身有限公司');
    expect(sign).toContain('400-800-1234');
    expect(sign).toContain('卡片');
    expect(r.texts.consent.paragraphs.join('\n')).toContain('不得预先勾选或代为勾选');
    expect(r.texts.notice.paragraphs.some((p) => p.includes('必要性'))).toBe(true);
  });

  it('is the same model for the same file and date, in either language', () => {
    const f = fileFor('scenic-area-sample');
    expect(buildReport(f, 'en')).toEqual(buildReport(f, 'en'));
    const zh = buildReport(f, 'zh-CN');
    const en = buildReport(f, 'en');
    expect(zh.findings.map((x) => x.id)).toEqual(en.findings.map((x) => x.id));
    expect(zh.conclusion.code).toBe(en.conclusion.code);
  });

  it('records the law-as-of date, catalogue version and a keep-until date three years on', () => {
    const r = buildReport(fileFor('gym-compliant'), 'en', { today: '2026-11-23' });
    expect(r.meta.lawAsOf).toBe('2026-04-30');
    expect(r.meta.keepUntil).toBe('2029-11-23');
  });
});

describe('risk assessment (GB/T 39335 approval-draft matrix)', () => {
  it('uses the approval draft’s matrix', () => {
    expect(MATRIX.severe.high).toBe('severe');
    expect(MATRIX.high.low).toBe('medium');
    expect(MATRIX.medium['very-high']).toBe('high');
    expect(MATRIX.low.high).toBe('medium');
  });

  it('the compliant gym has no risk above medium; the Putuo supermarket has high or severe risks', () => {
    const gym = buildReport(fileFor('gym-compliant'), 'en').risks.rows;
    expect(gym.every((r) => r.level === 'low' || r.level === 'medium')).toBe(true);
    const putuo = buildReport(fileFor('shanghai-putuo-supermarket'), 'en').risks.rows;
    expect(putuo.find((r) => r.id === 'discrimination')!.level).toMatch(/high|severe/);
    expect(putuo.find((r) => r.id === 'beyond-purpose')!.reasons.join(' ')).toContain('Security-camera faces are used for other purposes');
  });

  it('scale is counted for the face processing assessed, and raises only the risks that processing can run', () => {
    // A public-security hub: 2.5 million faces stored, 12 million people in all its systems; one non-compliance.
    const hub = buildReport(fileFor('transport-hub-sample'), 'zh-CN');
    expect(hub.conclusion.code).not.toBe('stop');
    const row = (id: string) => hub.risks.rows.find((r) => r.id === id)!;
    expect(row('leak').reasons.join()).toContain('存储超过100万人的人脸信息');
    // No face check to fool: the scale floor does not make spoofing likely.
    expect(row('spoofing').reasons.join()).not.toContain('存储超过');
    const bigger = buildReport(fileFor('transport-hub-sample', { answers: { ...scenarioById('transport-hub-sample')!.answers, 'venue.people-stored': 11_000_000 } }), 'zh-CN');
    const order = ['low', 'medium', 'high', 'very-high'];
    const leak = bigger.risks.rows.find((r) => r.id === 'leak')!;
    expect(leak.reasons.join()).toContain('存储超过1000万人的人脸信息');
    expect(order.indexOf(leak.likelihood)).toBeGreaterThan(order.indexOf(row('leak').likelihood));
  });

  it('children raise the impact by one level, with the reason recorded', () => {
    const base = fileFor('gym-compliant');
    const kids = { ...base, answers: { ...base.answers, 'venue.children': 'yes', 'basis.guardian-consent': 'not-enrolled', 'basis.child-rules': 'yes' } };
    const leak = buildReport(kids, 'en').risks.rows.find((r) => r.id === 'discrimination')!;
    expect(leak.impact).toBe('severe');
    expect(leak.reasons.join(' ')).toContain('impact raised one level');
  });
});

describe('sample assessments', () => {
  it('each states its own purpose and necessity, not another venue’s', () => {
    const samples = scenarios.filter((s) => s.exampleFile);
    const statements = samples.map((s) => s.answers['purpose.statement']);
    expect(new Set(statements).size).toBe(samples.length);
    expect(new Set(samples.map((s) => s.answers['purpose.alternatives-rejected'])).size).toBe(samples.length);
    const hub = buildReport(fileFor('transport-hub-sample'), 'zh-CN');
    expect(JSON.stringify(hub)).not.toContain('会员卡转借');
  });
});

describe('obligations and dates', () => {
  it('counts 30 working days Monday to Friday, holidays counted as working days (the safe side)', () => {
    // 2026-10-12 is a Monday: 30 weekdays later is Monday 2026-11-23.
    expect(addWorkingDays('2026-10-12', 30)).toBe('2026-11-23');
    // From a Friday the count starts on Monday.
    expect(addWorkingDays('2026-10-16', 1)).toBe('2026-10-19');
  });

  it('three years from 29 February is 28 February', () => {
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
  });

  it('the filing deadline follows the date 100,000 was reached, and pre-Measures stock had until 2025-07-14', () => {
    const hub = scenarioById('scenic-area-sample')!.answers;
    const filing = obligations(hub, '2026-11-23').find((o) => o.id === 'frm-filing')!;
    expect(filing.due).toBe('2026-11-23');
    expect(filing.detail.en).toContain('counts Monday to Friday without taking out public holidays');
    expect(filing.detail['zh-CN']).toContain('本工具按周一至周五计算，未扣除法定节假日');
    // Adjusted working weekends make the real deadline earlier: the text must not call the date the latest one.
    expect(filing.detail['zh-CN']).not.toContain('最迟');
    expect(filing.detail.en).toContain('public holidays in the period make the real deadline later and adjusted working weekends (调休) earlier');
    const old = obligations({ ...hub, 'venue.threshold-date': '2024-01-10' }, '2026-11-23').find((o) => o.id === 'frm-filing')!;
    expect(old.due).toBe('2025-07-14');
    // Already at 100,000 on the day the Measures took effect: the transition deadline, not 30 working days.
    expect(obligations({ ...hub, 'venue.threshold-date': '2025-06-01' }, '2026-11-23').find((o) => o.id === 'frm-filing')!.due).toBe('2025-07-14');
    expect(obligations({ ...hub, 'venue.threshold-date': '2025-06-03' }, '2026-11-23').find((o) => o.id === 'frm-filing')!.due).toBe('2025-07-15');
  });

  it('the police filing of a public-security video system is due 30 days after go-live', () => {
    const a = { ...scenarioById('scenic-area-sample')!.answers, 'venue.go-live': '2026-05-01' };
    expect(obligations(a, '2026-11-23').find((o) => o.id === 'police-filing')!.due).toBe('2026-05-31');
    expect(obligations({ ...a, 'venue.go-live': '2024-06-01' }, '2026-11-23').find((o) => o.id === 'police-filing')!.due).toBe('2025-06-30');
  });

  it('spells out each short name the citations use, once, in English and Chinese', () => {
    const en = buildReport(fileFor('shanghai-putuo-supermarket'), 'en');
    expect(en.abbreviations).toContainEqual({ short: 'FRM', title: 'Measures for the Security Management of the Application of Face Recognition Technology' });
    expect(new Set(en.abbreviations.map((a) => a.short)).size).toBe(en.abbreviations.length);
    // Every citation label starts with a short name that is spelled out.
    for (const c of en.appendix) expect(en.abbreviations.some((a) => c.label.startsWith(`${a.short} `)), c.label).toBe(true);
    expect(buildReport(fileFor('shanghai-putuo-supermarket'), 'zh-CN').abbreviations).toContainEqual({ short: '个人信息保护法', title: '中华人民共和国个人信息保护法' });
  });

  it('keeping only templates, apart from names, does not lower the impact of a leak: a template is still biometric', () => {
    const base = scenarioById('gym-compliant')!.answers;
    const leak = (patch: Record<string, string>) => {
      const a = { ...base, ...patch };
      return assessRisks(a, evaluateRules(a)).find((r) => r.id === 'leak')!;
    };
    expect(leak({ 'templates.raw-images': 'deleted', 'templates.separated': 'yes' }).impact).toBe(leak({ 'templates.raw-images': 'kept', 'templates.separated': 'no' }).impact);
    expect(leak({ 'templates.raw-images': 'deleted', 'templates.separated': 'yes' }).reasons.map((r) => r['zh-CN']).join()).not.toContain('敏感程度降低');
  });

  it('a hotel, office or residential community on the public route is told art. 9(2) lifts the filing and the 30-day minimum', () => {
    const a = { ...scenarioById('scenic-area-sample')!.answers, 'venue.type': 'hotel' };
    const ids = obligations(a, '2026-11-23').map((o) => o.id);
    expect(ids).toContain('police-filing-art9');
    expect(ids).not.toContain('police-filing');
    expect(ids).not.toContain('video-retention');
    expect(obligations(a, '2026-11-23').find((o) => o.id === 'police-filing-art9')!.detail['zh-CN']).toContain('第十四条的备案和第十七条的保存期限不是强制性要求');
    expect(obligations(scenarioById('scenic-area-sample')!.answers, '2026-11-23').map((o) => o.id)).toContain('police-filing');
  });

  it('a filing deadline before the report date is said to have passed, unless the filing is done', () => {
    const a = { ...scenarioById('scenic-area-sample')!.answers, 'venue.go-live': '2025-06-15', 'public.police-filing': 'not-filed' };
    const police = (answers: typeof a, on: string) => obligations(answers, on).find((o) => o.id === 'police-filing')!;
    expect(police(a, '2026-12-02').detail.en).toContain('File with the county-level police by 2025-07-15 (30 days from going live). That date is before this report’s date (2026-12-02): the deadline has passed');
    expect(police(a, '2026-12-02').detail['zh-CN']).toContain('该期限在本报告日期（2026年12月2日）之前已经届满');
    expect(police(a, '2025-07-01').detail.en).not.toContain('has passed');
    expect(police({ ...a, 'public.police-filing': 'filed' }, '2026-12-02').detail.en).not.toContain('has passed');
    // Day 30 on a public holiday runs on to the next working day: a system live on 2025-04-01 is due on
    // Labour Day, and is not called late for certain until the holiday week is over.
    expect(policeFilingPassed('2025-04-01', '2025-05-06')).toBe(false);
    expect(policeFilingPassed('2025-04-01', '2025-05-10')).toBe(true);
    const hub = scenarioById('scenic-area-sample')!.answers;
    expect(obligations({ ...hub, 'governance.filing': 'not-filed' }, '2027-03-01').find((o) => o.id === 'frm-filing')!.detail.en).toContain('the deadline has passed');
  });

  it('dates inside Chinese prose are written as Chinese writes them; due-date columns keep ISO dates', () => {
    const keep = obligations(scenarioById('gym-compliant')!.answers, '2026-11-23').find((o) => o.id === 'keep-report')!;
    expect(keep.detail['zh-CN']).toContain('即至少到 2029年11月23日');
    expect(keep.due).toBe('2029-11-23');
    const r = buildReport(fileFor('gym-compliant'), 'zh-CN');
    const golive = r.answers.flatMap((s) => s.rows).find((row) => row.questionId === 'venue.go-live');
    expect(golive?.answer).toBe('2027年1月4日');
  });

  it('above 10 million people an audit more than two years old, or none, is due now, not two years on', () => {
    const hub = scenarioById('transport-hub-sample')!.answers;
    const audit = (a: typeof hub) => obligations(a, '2026-11-23').find((o) => o.id === 'audit')!;
    expect(audit({ ...hub, 'governance.audit': 'within-2y' }).due).toBe('2028-11-23');
    for (const last of ['over-2y', 'never']) {
      const o = audit({ ...hub, 'governance.audit': last });
      expect(o.due).toBe('2026-11-23');
      expect(o.detail['zh-CN']).toContain('已经逾期，应立即开展');
    }
    expect(audit({ ...hub, 'venue.people-total': 9_000_000 }).due).toBeUndefined();
    // Art. 4's two-year rule is cited only where it applies.
    expect(audit(hub).cites.map((c) => c.article)).toEqual(['pipl.54', 'audit-measures.3', 'audit-measures.4']);
    expect(audit({ ...hub, 'venue.people-total': 9_000_000 }).cites.map((c) => c.article)).toEqual(['pipl.54', 'audit-measures.3']);
  });

  it('below 100,000 people there is no filing obligation', () => {
    expect(obligations(scenarioById('gym-compliant')!.answers, '2026-11-23').map((o) => o.id)).not.toContain('frm-filing');
  });
});

describe('numbers in the report', () => {
  it('groupDigits writes a number exactly as toLocaleString does in zh-CN and in en-US', () => {
    const same = (n: number) => {
      expect(groupDigits(n), String(n)).toBe(n.toLocaleString('en-US'));
      expect(groupDigits(n), String(n)).toBe(n.toLocaleString('zh-CN'));
    };
    for (const n of [0, -0, 7, 999, 1000, 100000, 1234567.891, 0.0005, 1.0005, 2.5e-7, -1234.5, 99999.9996, 1e20]) same(n);
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), same));
    fc.assert(fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), same));
  });
});

describe('the PIPL art. 56 parts of the report', () => {
  const verdicts = (f: AssessmentFile, locale: 'zh-CN' | 'en') =>
    buildReport(f, locale)
      .sections.filter((s) => s.id !== 'impact-risks')
      .map((s) => s.paragraphs.at(-1)!);

  it('never say "no problem found" while checks in them cannot be judged (nothing answered, or "not sure")', () => {
    const empty = { ...newAssessment({ name: '空白', organisation: '甲公司', venueName: '东门' }, new Date('2026-11-23T08:00:00Z'), 'test-empty'), answers: {} };
    const zh = verdicts(empty, 'zh-CN');
    for (const v of zh) {
      expect(v).not.toBe('在本部分检查的事项中未发现问题。');
      expect(v).toMatch(/^在已能判断的事项中未发现问题。另有 \d+ 项检查因未回答或回答“不确定”而无法判断，详见“尚不清楚的事项”一节；在此之前，不能认为本部分没有问题。$/);
    }
    for (const v of verdicts(empty, 'en')) expect(v).toMatch(/^No problem was found among the matters that can be judged\. \d+ more checks cannot be judged yet, .*see “Still unknown”\. Until then this part cannot be taken as free of problems\.$/);
    // The two parts' counts add up to the report's.
    const n = zh.map((v) => Number(/另有 (\d+) 项/.exec(v)![1]));
    expect(n[0]! + n[1]!).toBe(buildReport(empty, 'zh-CN').counts.unknown);
  });

  it('say "no problem found" only when every check in them is answered and passed; findings and open checks are both counted', () => {
    const done = fileFor('gym-compliant');
    expect(buildReport(done, 'zh-CN').counts.unknown).toBe(0);
    expect(verdicts(done, 'zh-CN')).toContain('在本部分检查的事项中未发现问题。');
    // "Not sure" where the faces are kept: a measures check that cannot be judged.
    const gymUnsure = fileFor('gym-compliant', { answers: { ...done.answers, 'storage.location': 'unsure' } });
    expect(verdicts(gymUnsure, 'zh-CN')).toEqual(['在本部分检查的事项中未发现问题。', '在已能判断的事项中未发现问题。另有 1 项检查因未回答或回答“不确定”而无法判断，详见“尚不清楚的事项”一节；在此之前，不能认为本部分没有问题。']);
    expect(verdicts(gymUnsure, 'en')[1]).toBe('No problem was found among the matters that can be judged. One more check cannot be judged yet, because questions it needs are unanswered or answered “not sure”; see “Still unknown”. Until then this part cannot be taken as free of problems.');
    const unsure = fileFor('shanghai-putuo-supermarket', { answers: { ...scenarioById('shanghai-putuo-supermarket')!.answers, 'storage.location': 'unsure' } });
    expect(verdicts(unsure, 'zh-CN')[1]).toMatch(/^本部分有 \d+ 项发现，详见“发现”一节。另有 1 项检查因未回答或回答“不确定”而无法判断/);
  });

  it('do not double the brackets when the venue type is unanswered', () => {
    const f = fileFor('gym-compliant');
    const { 'venue.type': _, ...rest } = f.answers;
    const zh = buildReport({ ...f, answers: rest }, 'zh-CN').sections[0]!.paragraphs[0]!;
    expect(zh).toMatch(/^场所：.+（类型未回答）。路径：/);
    expect(zh).not.toContain('（（');
    expect(buildReport({ ...f, answers: rest }, 'en').sections[0]!.paragraphs[0]).toMatch(/^Venue: .+ \(type not answered\)\. Route: /);
  });
});

describe('an assessment with required questions unanswered', () => {
  it('lists each of them in the record of answers as "not answered", and a red-line verdict still says how many', () => {
    const s = scenarioById('shanghai-putuo-supermarket')!;
    const { 'storage.retention': _, 'rights.channels': __, ...rest } = s.answers;
    const f = fileFor('shanghai-putuo-supermarket', { answers: rest });
    const zh = buildReport(f, 'zh-CN');
    expect(zh.conclusion.code).toBe('stop');
    expect(zh.conclusion.reasons.at(-1)).toBe('另有 2 个必答问题没有回答，在回答中标为“未回答”');
    const rows = zh.answers.flatMap((a) => a.rows);
    expect(rows.find((r) => r.questionId === 'storage.retention')!.answer).toBe('（未回答）');
    expect(rows.find((r) => r.questionId === 'rights.channels')!.answer).toBe('（未回答）');
    const en = buildReport(f, 'en');
    expect(en.conclusion.reasons.at(-1)).toBe('2 required questions are still not answered, marked “not answered” among the answers');
    expect(en.answers.flatMap((a) => a.rows).find((r) => r.questionId === 'storage.retention')!.answer).toBe('(not answered)');
    // Answered in full: no such reason, no such row.
    const full = buildReport(fileFor('shanghai-putuo-supermarket'), 'zh-CN');
    expect(full.conclusion.reasons.join('')).not.toContain('必答问题没有回答');
    expect(full.answers.flatMap((a) => a.rows).filter((r) => r.answer === '（未回答）')).toEqual([]);
  });

  it('is not asked about consent to analytics on the public-security route, where analytics is a red line whatever the consent', () => {
    const s = scenarioById('shanghai-putuo-supermarket')!;
    expect(s.answers['venue.route']).toBe('public-security');
    const { 'analytics.consent': _, ...rest } = s.answers;
    const r = buildReport(fileFor('shanghai-putuo-supermarket', { answers: rest }), 'zh-CN');
    expect(r.answers.flatMap((a) => a.rows).map((x) => x.questionId)).not.toContain('analytics.consent');
    expect(r.findings.map((x) => x.id)).toContain('analytics.attributes-on-public-route');
    expect(r.conclusion.reasons.join('')).not.toContain('必答问题没有回答');
  });
});
