/**
 * Rule case tables in the OpenFisca style: each case starts from a named scenario, changes a few answers and
 * says which rules must fire and which must stay silent. Together with the scenario fixtures they must make
 * every rule fire at least once and stay silent at least once.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../conditions.ts';
import { scenarioById, scenarios } from '../scenarios/index.ts';
import { evaluateRules } from './engine.ts';
import { RULES } from './index.ts';
import { questionById, validateAnswer } from '../questions/bank.ts';

interface RuleCase {
  readonly name: string;
  readonly base: string;
  readonly answers: Readonly<Record<string, AnswerValue | undefined>>;
  readonly expect?: readonly string[];
  readonly expectNot?: readonly string[];
}

const cases: readonly RuleCase[] = [
  { name: 'Relying only on "legitimate interest" → no lawful basis', base: 'gym-compliant', answers: { 'venue.route': 'public-security', 'basis.lawful-basis': ['legitimate-interest'] }, expect: ['basis.no-lawful-basis'] },
  { name: 'Basis not yet identified → no lawful basis', base: 'gym-compliant', answers: { 'basis.lawful-basis': ['none-identified'] }, expect: ['basis.no-lawful-basis'] },
  { name: 'Separate consent as the basis → a lawful basis exists', base: 'gym-compliant', answers: {}, expectNot: ['basis.no-lawful-basis'] },
  { name: 'Consent route, but no consent obtained at all → consent relied on but not obtained', base: 'gym-compliant', answers: { 'basis.consent-form': 'not-obtained' }, expect: ['consent.not-obtained'], expectNot: ['consent.not-separate'] },
  { name: 'Consent route but resting on HR necessity, no consent obtained → not "consent relied on"', base: 'gym-compliant', answers: { 'basis.lawful-basis': ['hr'], 'basis.consent-form': 'not-obtained' }, expectNot: ['consent.not-obtained'] },
  { name: 'Consent route with no basis named, no consent obtained → consent relied on but not obtained', base: 'gym-compliant', answers: { 'basis.lawful-basis': ['convenience'], 'basis.consent-form': 'not-obtained' }, expect: ['consent.not-obtained'] },
  { name: 'Consent and "efficiency" both listed → efficiency is flagged as no basis', base: 'gym-compliant', answers: { 'basis.lawful-basis': ['separate-consent', 'convenience'] }, expect: ['basis.non-legal-grounds-listed'], expectNot: ['basis.no-lawful-basis'] },
  { name: 'Only "efficiency" → no lawful basis, not the milder flag', base: 'gym-compliant', answers: { 'basis.lawful-basis': ['convenience'] }, expect: ['basis.no-lawful-basis'], expectNot: ['basis.non-legal-grounds-listed'] },
  { name: 'Consent alone → nothing about non-legal grounds', base: 'gym-compliant', answers: {}, expectNot: ['basis.non-legal-grounds-listed'] },
  { name: 'HR necessity the only basis, members and tenants’ staff captured → not covered', base: 'gym-compliant', answers: { 'basis.lawful-basis': ['hr'], 'venue.subjects': ['members', 'tenant-staff', 'staff'] }, expect: ['basis.hr-not-own-staff'] },
  { name: 'HR necessity for staff, consent for the others → covered', base: 'gym-compliant', answers: { 'basis.lawful-basis': ['hr', 'separate-consent'], 'venue.subjects': ['members', 'staff'] }, expectNot: ['basis.hr-not-own-staff'] },
  { name: 'HR necessity, only own staff captured → no HR-scope finding', base: 'gym-compliant', answers: { 'basis.lawful-basis': ['hr'], 'venue.subjects': ['staff'] }, expectNot: ['basis.hr-not-own-staff'] },
  { name: 'Tenants’ staff records given to the tenants without separate consent → provision without consent', base: 'gym-compliant', answers: { 'venue.subjects': ['tenant-staff'], 'sharing.recipients': ['tenants'], 'sharing.recipients-consent': 'no' }, expect: ['sharing.without-consent'] },
  { name: 'Contract necessity without consent → doubtful basis', base: 'gym-compliant', answers: { 'venue.route': 'public-security', 'basis.lawful-basis': ['contract'] }, expect: ['basis.contract-necessity-doubtful'], expectNot: ['basis.no-lawful-basis'] },
  { name: 'Consent not recorded → flagged', base: 'gym-compliant', answers: { 'basis.consent-recorded': 'no' }, expect: ['consent.not-recorded'] },
  { name: 'Withdrawal only by asking staff → not convenient', base: 'gym-compliant', answers: { 'basis.withdrawal': 'on-request' }, expect: ['consent.no-withdrawal'] },
  { name: 'Children enrolled without guardian consent → flagged', base: 'gym-compliant', answers: { 'venue.children': 'yes', 'basis.guardian-consent': 'no-guardian-consent', 'basis.child-rules': 'no' }, expect: ['minors.no-guardian-consent', 'minors.no-special-rules', 'minors.face-identifying-children'] },
  { name: 'Children not enrolled → no children findings', base: 'gym-compliant', answers: { 'venue.children': 'yes', 'basis.guardian-consent': 'not-enrolled', 'basis.child-rules': 'no' }, expectNot: ['minors.no-guardian-consent', 'minors.no-special-rules', 'minors.face-identifying-children'] },
  { name: 'Asking again after a refusal → flagged', base: 'gym-compliant', answers: { 'alternatives.repeat-requests': 'yes' }, expect: ['coercion.repeat-requests'] },
  { name: 'Alternative only on request → burdensome', base: 'gym-compliant', answers: { 'alternatives.offered': 'on-paper' }, expect: ['alternatives.burdensome'], expectNot: ['alternatives.face-only'] },
  { name: 'Worse terms for those who refuse → red line', base: 'gym-compliant', answers: { 'alternatives.refusal': 'worse' }, expect: ['coercion.refusal-penalised'] },
  { name: 'Default-to-face prompts alone are not coercion', base: 'gym-compliant', answers: { 'alternatives.prompts': 'default-face' }, expectNot: ['coercion.refusal-penalised'] },
  { name: 'A tenant installs cameras on the public-security route → unauthorised installer', base: 'transport-hub-sample', answers: { 'public.installer': 'other-party' }, expect: ['public.unauthorised-installer'] },
  { name: 'A device inside a changing room → red line', base: 'gym-compliant', answers: { 'public.private-spaces': ['changing-room'] }, expect: ['private.device-in-private-space'] },
  { name: 'A device listed in a washroom → red line even if the checklist says none', base: 'gym-compliant', answers: { 'venue.devices': [{ location: '卫生间', area: 'washroom', count: 1, function: 'capture' }] }, expect: ['private.device-in-private-space'] },
  { name: 'A device at a private-space door that sees inside → risk', base: 'gym-compliant', answers: { 'public.threshold-devices': 'yes' }, expect: ['private.threshold-devices'] },
  { name: 'Signs hard to read → risk', base: 'gym-compliant', answers: { 'public.sign-readable': 'no' }, expect: ['signage.hard-to-read'] },
  { name: 'Cross-border transfer not in the notice and without a mechanism → flagged', base: 'gym-compliant', answers: { 'sharing.cross-border': 'yes', 'sharing.cross-border-mechanism': 'none', 'sharing.cross-border-consent': 'no' }, expect: ['notice.missing-cross-border', 'crossborder.no-mechanism'] },
  { name: 'Cross-border with standard contract, consent and notice → no cross-border finding', base: 'gym-compliant', answers: { 'sharing.cross-border': 'yes', 'sharing.cross-border-mechanism': 'standard-contract', 'sharing.cross-border-consent': 'yes', 'notice.items': ['operator', 'purpose', 'method', 'categories', 'retention', 'necessity-impact', 'rights', 'alternative', 'recipients', 'cross-border'] }, expectNot: ['notice.missing-cross-border', 'crossborder.no-mechanism'] },
  { name: 'Alternative offered but not mentioned in the notice → risk', base: 'gym-compliant', answers: { 'notice.items': ['operator', 'purpose', 'method', 'categories', 'retention', 'necessity-impact', 'rights', 'recipients'] }, expect: ['notice.missing-alternative'] },
  { name: 'Notice not accessible → risk', base: 'gym-compliant', answers: { 'notice.accessible': 'no' }, expect: ['notice.not-accessible'] },
  { name: 'Manual deletion → risk', base: 'gym-compliant', answers: { 'storage.auto-delete': 'manual' }, expect: ['retention.manual-deletion'], expectNot: ['retention.excessive'] },
  { name: 'A fixed period over a year → excessive', base: 'gym-compliant', answers: { 'storage.retention': 'fixed', 'storage.retention-days': 400 }, expect: ['retention.excessive'] },
  { name: 'CCTV kept 15 days on the public-security route → too short', base: 'transport-hub-sample', answers: { 'storage.video-days': 15 }, expect: ['retention.video-too-short'] },
  { name: 'CCTV kept exactly 30 days → enough', base: 'transport-hub-sample', answers: { 'storage.video-days': 30 }, expectNot: ['retention.video-too-short'] },
  { name: 'Face and identity data together → risk', base: 'gym-compliant', answers: { 'templates.separated': 'no' }, expect: ['templates.not-separated'] },
  { name: 'Emotion analysis without separate consent on the consent route → red line', base: 'gym-compliant', answers: { 'analytics.attributes': ['emotion'], 'analytics.consent': 'no' }, expect: ['analytics.without-separate-consent'], expectNot: ['analytics.attributes-on-public-route'] },
  { name: 'Analysis with separate consent on the consent route → no analytics red line', base: 'gym-compliant', answers: { 'analytics.attributes': ['frequency'], 'analytics.consent': 'yes' }, expectNot: ['analytics.without-separate-consent'] },
  { name: 'Automatic refusal on a watchlist match → flagged', base: 'gym-compliant', answers: { 'analytics.watchlist': 'suspects', 'analytics.auto-decision': 'auto-deny', 'analytics.labels-shown': 'no' }, expect: ['analytics.watchlist', 'analytics.automatic-refusal'], expectNot: ['analytics.labels-shown'] },
  { name: 'Police-required watchlist with human review → no watchlist finding', base: 'gym-compliant', answers: { 'analytics.watchlist': 'authority', 'analytics.auto-decision': 'human-review', 'analytics.labels-shown': 'no' }, expectNot: ['analytics.watchlist', 'analytics.automatic-refusal'] },
  { name: 'Vendor trains its algorithms on the faces → flagged', base: 'gym-compliant', answers: { 'sharing.vendor-own-use': 'yes' }, expect: ['vendor.own-use'] },
  { name: 'Contract without deletion on exit → incomplete', base: 'gym-compliant', answers: { 'sharing.vendor-contract': ['scope', 'security', 'supervision'] }, expect: ['vendor.no-contract'] },
  { name: 'Slow deletion (45 days) → risk', base: 'gym-compliant', answers: { 'rights.deletion-days': 45 }, expect: ['rights.slow-deletion'] },
  { name: 'Vendor keeps copies after deletion → flagged', base: 'gym-compliant', answers: { 'rights.vendor-copies': 'no' }, expect: ['rights.vendor-copies-kept'] },
  { name: 'No vendor → vendor copies are not asked and nothing fires', base: 'gym-compliant', answers: { 'sharing.vendor': 'no', 'rights.vendor-copies': 'no' }, expectNot: ['rights.vendor-copies-kept', 'vendor.no-contract'] },
  { name: 'No evidence of compliance → risk', base: 'gym-compliant', answers: { 'rights.evidence': ['none'] }, expect: ['evidence.insufficient'] },
  { name: 'No processing records → flagged', base: 'gym-compliant', answers: { 'governance.records': 'no' }, expect: ['governance.no-records'] },
  { name: 'Over 10 million people and last audit over two years ago → flagged', base: 'transport-hub-sample', answers: {}, expect: ['governance.no-audit'] },
  { name: 'Under 10 million people and last audit over two years ago → not flagged', base: 'gym-compliant', answers: { 'governance.audit': 'over-2y' }, expectNot: ['governance.no-audit'] },
  { name: '1 million people and the officer appointed but not reported → flagged', base: 'gym-compliant', answers: { 'venue.people-total': 1_000_000, 'governance.officer': 'appointed' }, expect: ['governance.no-officer'] },
  { name: '99,999 people stored → no filing question and no filing finding', base: 'gym-compliant', answers: { 'venue.people-stored': 99_999, 'governance.filing': 'not-filed' }, expectNot: ['governance.filing-missing'] },
  { name: '100,000 people stored, not filed → flagged', base: 'gym-compliant', answers: { 'venue.people-stored': 100_000, 'venue.threshold-date': '2026-10-01', 'governance.filing': 'not-filed' }, expect: ['governance.filing-missing'] },
  { name: 'Internet transfer with separate consent → allowed', base: 'gym-compliant', answers: { 'storage.location': 'cloud-vendor', 'storage.transfer-basis': 'separate-consent' }, expectNot: ['storage.internet-transmission'] },
];

function answersFor(c: RuleCase): Record<string, AnswerValue> {
  const base = scenarioById(c.base);
  if (!base) throw new Error(`unknown base scenario ${c.base}`);
  const out: Record<string, AnswerValue> = { ...base.answers };
  for (const [k, v] of Object.entries(c.answers)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

describe('rule case table', () => {
  for (const c of cases) {
    it(c.name, () => {
      const fired = evaluateRules(answersFor(c)).findings.map((f) => f.ruleId);
      for (const id of c.expect ?? []) expect(fired, `${id} should fire`).toContain(id);
      for (const id of c.expectNot ?? []) expect(fired, `${id} should stay silent`).not.toContain(id);
    });
  }
});

describe('rule coverage', () => {
  const runs = [...scenarios.map((s) => s.answers), ...cases.map(answersFor)].map((a) => new Set(evaluateRules(a).findings.map((f) => f.ruleId)));

  it('every rule fires in at least one scenario or case', () => {
    const never = RULES.filter((r) => !runs.some((fired) => fired.has(r.id))).map((r) => r.id);
    expect(never).toEqual([]);
  });

  it('every rule stays silent in at least one scenario or case', () => {
    const always = RULES.filter((r) => runs.every((fired) => fired.has(r.id))).map((r) => r.id);
    expect(always).toEqual([]);
  });

  it('every case names rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const c of cases) for (const id of [...(c.expect ?? []), ...(c.expectNot ?? [])]) expect(ids.has(id), id).toBe(true);
  });
});

describe('unknown answers never count as compliance', () => {
  it('an empty assessment has no finding but every rule is unresolved or not applicable', () => {
    const ev = evaluateRules({});
    expect(ev.findings).toEqual([]);
    expect(ev.unresolved.length).toBeGreaterThan(30);
  });

  it('"not sure" where the vendor is concerned leaves vendor checks unresolved, not passed', () => {
    const a = { ...scenarioById('gym-compliant')!.answers, 'sharing.vendor': 'unsure' };
    const ev = evaluateRules(a);
    expect(ev.unresolved.map((u) => u.ruleId)).toContain('vendor.no-contract');
    expect(ev.unresolved.find((u) => u.ruleId === 'vendor.no-contract')!.missing).toContain('sharing.vendor');
  });

  it('a rule that depends on a question hidden by a definite answer is not applicable, not unresolved', () => {
    const ev = evaluateRules(scenarioById('gym-compliant')!.answers);
    expect(ev.unresolved).toEqual([]);
  });

  it('a deletion time left blank (the question is optional: nobody should invent a number) is still unknown, not fine', () => {
    const a = { ...scenarioById('gym-compliant')!.answers };
    delete (a as Record<string, unknown>)['rights.deletion-days'];
    expect(validateAnswer(questionById('rights.deletion-days')!, undefined)).toEqual([]);
    expect(evaluateRules(a).unresolved.find((x) => x.ruleId === 'rights.slow-deletion')?.missing).toEqual(['rights.deletion-days']);
  });

  it('a rule waiting on a hidden question points the user to the routing question that opens it', () => {
    const a = { ...scenarioById('gym-compliant')!.answers };
    delete (a as Record<string, unknown>)['analytics.watchlist'];
    const u = evaluateRules(a).unresolved.find((x) => x.ruleId === 'analytics.automatic-refusal');
    expect(u?.missing).toEqual(['analytics.watchlist']);
  });

  it('the police filing and the 30-day footage minimum bind only the places the PS Video Regs art. 7 lists', () => {
    // An office building's lobby cameras on the public-security route, unfiled, footage kept 15 days and mixed with faces.
    const office = { ...scenarioById('transport-hub-sample')!.answers, 'venue.type': 'office', 'public.police-filing': 'not-filed', 'storage.video-days': 15, 'storage.video-separate': 'mixed' };
    const psv = ['public.not-filed-with-police', 'retention.video-too-short', 'retention.video-and-faces-mixed'];
    for (const type of ['office', 'hotel', 'residential']) {
      const fired = evaluateRules({ ...office, 'venue.type': type }).findings.map((f) => f.ruleId);
      for (const id of psv) expect(fired).not.toContain(id);
    }
    // The same answers at a transport hub (art. 7(2)(2)) break all three.
    const hub = evaluateRules({ ...office, 'venue.type': 'transport-hub' }).findings.map((f) => f.ruleId);
    for (const id of psv) expect(hub).toContain(id);
  });

  it('answers in a hidden branch neither trigger nor silence a rule', () => {
    // Route becomes consent-only: the public-security answers stay stored but are pruned.
    const a = { ...scenarioById('shanghai-putuo-supermarket')!.answers, 'venue.route': 'consent', 'basis.lawful-basis': ['separate-consent'], 'basis.consent-form': 'separate', 'basis.consent-recorded': 'yes', 'basis.withdrawal': 'easy', 'analytics.consent': 'yes' };
    const fired = evaluateRules(a).findings.map((f) => f.ruleId);
    expect(fired).not.toContain('public.other-uses');
    expect(fired).not.toContain('public.not-filed-with-police');
  });
});
