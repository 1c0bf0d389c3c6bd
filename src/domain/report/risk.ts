/**
 * Risk assessment after GB/T 39335 (impact × likelihood → risk level). The scales, the modifiers and the
 * matrix are those of the standard's 2019 approval draft (报批稿), as recorded in the legal brief §1.8.1;
 * the final 2020 text was not available, and every report says so.
 */
import { eq, evaluate, gte, includes, includesAny, isIn, type Answers, type Condition } from '../conditions.ts';
import { enCount, t, type Localized } from '../locale.ts';
import { evalContext } from '../questions/bank.ts';
import { VERIFYING_PURPOSES } from '../questions/sections/01-venue.ts';
import { ANALYTIC_ATTRIBUTES } from '../questions/sections/04-data.ts';
import type { Evaluation } from '../rules/engine.ts';
import { RISK_IDS, type RiskId } from '../rules/schema.ts';
import type { ImpactLevel, LikelihoodLevel, RiskLevel } from './report-model.ts';

export const IMPACT_LEVELS: readonly ImpactLevel[] = ['low', 'medium', 'high', 'severe'];
export const LIKELIHOOD_LEVELS: readonly LikelihoodLevel[] = ['low', 'medium', 'high', 'very-high'];

/** Table D.5 of the approval draft: MATRIX[impact][likelihood]. */
export const MATRIX: Readonly<Record<ImpactLevel, Readonly<Record<LikelihoodLevel, RiskLevel>>>> = {
  severe: { low: 'medium', medium: 'high', high: 'severe', 'very-high': 'severe' },
  high: { low: 'medium', medium: 'medium', high: 'high', 'very-high': 'severe' },
  medium: { low: 'low', medium: 'medium', high: 'medium', 'very-high': 'high' },
  low: { low: 'low', medium: 'low', high: 'medium', 'very-high': 'medium' },
};

export const IMPACT_LABELS: Record<ImpactLevel, Localized> = {
  low: t('低', 'Low'),
  medium: t('中', 'Medium'),
  high: t('高', 'High'),
  severe: t('严重', 'Severe'),
};
export const LIKELIHOOD_LABELS: Record<LikelihoodLevel, Localized> = {
  low: t('低', 'Low'),
  medium: t('中', 'Medium'),
  high: t('高', 'High'),
  'very-high': t('很高', 'Very high'),
};
export const RISK_LABELS: Record<RiskLevel, Localized> = IMPACT_LABELS;

/** Treatment options of clause 5.8, by risk level. */
export const TREATMENT: Record<RiskLevel, Localized> = {
  severe: t('立即处置：在风险降低之前不应继续处理。', 'Treat immediately: processing should not continue until the risk is reduced.'),
  high: t('限期处置：在整改计划规定的期限内降低风险。', 'Treat within a deadline set in the action plan.'),
  medium: t('权衡影响和成本后处置。', 'Treat after weighing impact and cost.'),
  low: t('可以接受，保持现有措施并定期复查。', 'Acceptable: keep the current measures and review periodically.'),
};

/**
 * The measures that bring each risk down, from the "fine" column of the brief's checklist rows behind it
 * (FR-14, FR-22 to FR-25, FR-28, FR-29, FR-07, FR-32): what a treatment plan for a medium, high or severe risk
 * names, beside the findings' own remediation.
 */
export const RISK_MEASURES: Record<RiskId, Localized> = {
  leak: t('加密存储和传输；授权管理和访问控制；只保存特征值并与身份信息分开存储；查看和调取登记；应急预案和演练。', 'encryption in storage and transit; authorisation management and access control; templates only, kept apart from identity data; a register of every viewing and export; an incident plan, rehearsed.'),
  tampering: t('授权管理和访问控制；安全审计日志；入侵检测和防御；管理员账号由本单位掌握，供应商远程访问须经批准并留痕。', 'authorisation management and access control; security audit logs; intrusion detection and defence; administrator accounts held by the operator, vendor remote access only when approved and logged.'),
  loss: t('定期备份并演练恢复；存储设备和介质登记管理；应急预案。', 'regular backups with rehearsed restores; a register of storage devices and media; an incident plan.'),
  'unlawful-use': t('书面委托合同（目的、期限、保护措施、退出时删除、禁止转委托）并监督执行；不向他人提供，确需提供的告知接收方并取得单独同意；查看和调取登记。', 'a written processing contract (purpose, term, safeguards, deletion on exit, no sub-contracting), supervised; no provision to others, or notice of the recipient and separate consent; a register of every viewing and export.'),
  'beyond-purpose': t('在技术和合同上锁定用途；其他用途另行取得单独同意；目的或方式变化时重新告知、取得同意并重新评估。', 'the purpose locked technically and by contract; separate consent for any other use; new notice, consent and assessment when the purpose or method changes.'),
  discrimination: t('一般不建立名单；确需依法使用的，写明依据，设人工复核和说明渠道；不向员工显示标签。', 'generally no watchlists; where the law requires one, a documented basis, human review and a way to ask for an explanation; no labels shown to staff.'),
  spoofing: t('活体检测和防伪；核验失败时由工作人员人工核验；定期测试识别效果。', 'liveness detection and anti-spoofing; staff check by hand when verification fails; regular testing of the matching.'),
};

export const RISK_TITLES: Record<RiskId, { title: Localized; description: Localized; base: ImpactLevel; baseReason: Localized }> = {
  leak: {
    title: t('泄露', 'Leak'),
    description: t('人脸信息被未经授权地获取或外泄。', 'Face information is obtained or disclosed without authorisation.'),
    base: 'high',
    baseReason: t('人脸是无法更改的生物识别信息，泄露后可能被用于诈骗或冒用身份（高）。', 'A face is biometric and cannot be changed; once leaked it can be used for fraud or impersonation (high).'),
  },
  tampering: {
    title: t('篡改', 'Tampering'),
    description: t('人脸库或比对结果被篡改，导致错误放行或拒绝。', 'The face database or match results are altered, letting the wrong people in or keeping the right ones out.'),
    base: 'medium',
    baseReason: t('错误比对会使人付出额外成本或无法使用应提供的服务（中）。', 'Wrong matches cost people extra effort or deny them a service they are owed (medium).'),
  },
  loss: {
    title: t('丢失', 'Loss'),
    description: t('人脸信息或比对记录丢失、毁损。', 'Face information or match records are lost or destroyed.'),
    base: 'low',
    baseReason: t('丢失主要造成重新录入等困扰，尚可克服（低）。', 'Loss mainly means the bother of enrolling again, which people can overcome (low).'),
  },
  'unlawful-use': {
    title: t('非法使用或出售', 'Unlawful use or sale'),
    description: t('人脸信息被提供、出售或用于违法目的。', 'Face information is provided, sold or used unlawfully.'),
    base: 'high',
    baseReason: t('被出售或非法提供的人脸信息可用于诈骗和冒用身份（高）。', 'Sold or unlawfully provided face data can be used for fraud and impersonation (high).'),
  },
  'beyond-purpose': {
    title: t('超出目的使用', 'Use beyond the purpose'),
    description: t('人脸信息被用于告知和依据之外的目的（追踪、营销、考勤）。', 'Face information is used for purposes beyond the notice and the legal basis (tracking, marketing, attendance).'),
    base: 'medium',
    baseReason: t('超出目的使用限制个人的自主决定权，造成困扰和紧张（中）。', 'Use beyond the purpose limits people’s self-determination and causes distress (medium).'),
  },
  discrimination: {
    title: t('歧视或贴标签', 'Discrimination or labelling'),
    description: t('基于人脸的名单、标签或自动决定使人受到差别待遇或名誉受损。', 'Face-based lists, labels or automated decisions lead to unequal treatment or damage to reputation.'),
    base: 'high',
    baseReason: t('歧视和名誉受损在标准中属于“高”影响。', 'Discrimination and damage to reputation are "high" impacts in the standard.'),
  },
  spoofing: {
    title: t('冒用（伪造人脸）', 'Spoofing (faked faces)'),
    description: t('他人用照片、视频或面具冒充本人通过核验。', 'Someone passes verification as the person using photos, videos or masks.'),
    base: 'high',
    baseReason: t('冒用可导致财产损失、账户被盗用（高）。', 'Impersonation can lead to property loss and stolen accounts (high).'),
  },
};

export interface RiskResult {
  readonly id: RiskId;
  readonly impact: ImpactLevel;
  readonly likelihood: LikelihoodLevel;
  readonly level: RiskLevel;
  readonly reasons: readonly Localized[];
}

const up = <T>(scale: readonly T[], v: T, by = 1): T => scale[Math.max(0, Math.min(scale.length - 1, scale.indexOf(v) + by))]!;

/** Assess the seven risks from the (pruned) answers and the rule evaluation. */
export function assessRisks(answers: Answers, ev: Evaluation): RiskResult[] {
  const ctx = evalContext(answers);
  const holds = (c: Condition) => evaluate(c, ctx) === true;
  const stored = typeof answers['venue.people-stored'] === 'number' ? (answers['venue.people-stored'] as number) : undefined;
  // The scale of the face processing assessed (Table D.4), not of every system the organisation runs: the
  // organisation-wide count sets duties (an officer, audits), not how likely a risk of this processing is.
  const scale = stored ?? 0;
  // Risks that need something the answers may rule out: spoofing needs a face check someone could fool;
  // discrimination needs a watchlist, labels or analysis of people.
  // (Recognising members is a face check too: someone could pass as a member.)
  const inPlay: Partial<Record<RiskId, boolean>> = {
    spoofing: holds(includesAny('venue.purposes', ...VERIFYING_PURPOSES, 'member-recognition')),
    discrimination:
      holds(includesAny('analytics.attributes', ...ANALYTIC_ATTRIBUTES)) ||
      holds(eq('analytics.profiles', 'yes')) ||
      holds(isIn('analytics.watchlist', 'suspects', 'vip', 'authority')) ||
      holds(includesAny('public.other-uses', 'vip', 'analytics')),
  };

  // Impact modifiers (approval draft Annex D.1): vulnerable groups and sensitive PI at scale raise one level;
  // demonstrable de-identification lowers one level. Reasons are recorded.
  const vulnerable = holds(eq('venue.children', 'yes')) || holds(includes('venue.subjects', 'elderly-disabled'));
  const atScale = holds(gte('venue.people-stored', 500_000));

  const coreControls =
    holds(includes('security.measures', 'encryption')) &&
    holds(includes('security.measures', 'access-control')) &&
    holds(includes('security.measures', 'audit-log')) &&
    holds(isIn('security.incident-plan', 'drilled'));

  return RISK_IDS.map((id) => {
    const def = RISK_TITLES[id];
    const reasons: Localized[] = [def.baseReason];
    let impact = def.base;
    if (vulnerable || atScale) {
      impact = up(IMPACT_LEVELS, impact);
      reasons.push(
        vulnerable
          ? t('涉及儿童、老年人或残疾人等需要特别保护的群体，影响提高一级。', 'Children, elderly or disabled people are involved: impact raised one level.')
          : t('存储50万人以上的人脸信息，属于大规模处理敏感个人信息，影响提高一级。', 'Face data of 500,000 or more people is stored — sensitive PI at scale: impact raised one level.'),
      );
    }
    // Templates kept apart from names are still biometric information (GB/T 35273 5.4 c) lists facial
    // recognition features), not de-identified data: keeping only templates does not lower the impact.

    // Likelihood: each finding that raises this risk adds to it (a red line counts double); unanswered checks
    // never count as safe; scale and past incidents set floors (approval draft Tables D.3 and D.4).
    let score = 0;
    const raising = ev.findings.filter((f) => f.rule.raises?.includes(id));
    for (const f of raising) score += f.severity === 'red' ? 2 : 1;
    if (raising.length) {
      reasons.push(
        t(
          `${raising.length} 项发现增加了发生可能性：${raising.map((f) => f.rule.title['zh-CN']).join('；')}。`,
          `${enCount(raising.length, 'finding')} ${raising.length === 1 ? 'makes' : 'make'} it more likely: ${raising.map((f) => f.rule.title.en).join('; ')}.`,
        ),
      );
    }
    const open = ev.unresolved.filter((u) => u.rule.raises?.includes(id));
    if (open.length) {
      score += 1;
      reasons.push(t(`${open.length} 项相关检查尚未回答，不能按“措施有效”评估。`, `${enCount(open.length, 'related check')} ${open.length === 1 ? 'is' : 'are'} unanswered, so measures cannot be counted as effective.`));
    }
    let likelihood: LikelihoodLevel = score === 0 ? 'low' : score === 1 ? 'medium' : score <= 3 ? 'high' : 'very-high';

    const floor = (min: LikelihoodLevel, why: Localized) => {
      if (LIKELIHOOD_LEVELS.indexOf(likelihood) < LIKELIHOOD_LEVELS.indexOf(min)) {
        likelihood = min;
        reasons.push(why);
      }
    };
    if (inPlay[id] !== false) {
      if (scale > 10_000_000) floor('high', t('存储超过1000万人的人脸信息（规模按本次评估的人脸信息处理计算），可能性至少为“高”。', 'Face data of more than 10 million people is stored (scale counted for the face processing assessed): likelihood at least high.'));
      else if (scale > 1_000_000) floor('medium', t('存储超过100万人的人脸信息（规模按本次评估的人脸信息处理计算），可能性至少为“中”。', 'Face data of more than 1 million people is stored (scale counted for the face processing assessed): likelihood at least medium.'));
    }
    if (id === 'leak' || id === 'tampering' || id === 'loss') {
      if (holds(eq('security.past-incidents', 'major'))) floor('high', t('曾经发生过严重安全事件，可能性至少为“高”。', 'A serious incident has happened before: likelihood at least high.'));
      else if (holds(eq('security.past-incidents', 'minor'))) floor('medium', t('曾经发生过安全事件，可能性至少为“中”。', 'Incidents have happened before: likelihood at least medium.'));
    }
    if (id === 'spoofing' && holds(eq('security.liveness', 'no')) && holds(includesAny('venue.purposes', 'payment', 'check-in'))) {
      floor('high', t('支付或入住核验没有活体检测，可能性至少为“高”。', 'Payment or check-in verification without liveness detection: likelihood at least high.'));
    }
    if (coreControls && likelihood !== 'low' && raising.every((f) => f.severity !== 'red') && (id === 'leak' || id === 'tampering' || id === 'loss')) {
      likelihood = up(LIKELIHOOD_LEVELS, likelihood, -1);
      reasons.push(t('已采取加密、访问控制、审计日志并演练应急预案，可能性降低一级。', 'Encryption, access control, audit logs and a rehearsed incident plan are in place: likelihood lowered one level.'));
    }
    return { id, impact, likelihood, level: MATRIX[impact][likelihood], reasons };
  });
}
