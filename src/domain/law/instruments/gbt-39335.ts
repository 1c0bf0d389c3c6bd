import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** GB/T 39335-2020 — 信息安全技术 个人信息安全影响评估指南. Law text generated from shared/legal/brief.md; do not retype. */
export const gbt39335 = {
  id: 'gbt-39335',
  title: t('信息安全技术 个人信息安全影响评估指南', 'Information security technology — Guidance for personal information security impact assessment'),
  short: t('个人信息安全影响评估指南', 'GB/T 39335-2020'),
  issuer: t('国家市场监督管理总局、国家标准化管理委员会', 'State Administration for Market Regulation (SAMR) and Standardization Administration of China (SAC)'),
  docNumber: { text: 'GB/T 39335-2020', verification: 'S' },
  published: { date: '2020-11-19', verification: 'S' },
  effective: { date: '2021-06-01', verification: 'S' },
  status: 'current-standard',
  rank: 'national-standard',
  numbering: 'clause',
  source: 'Only the 2019-10-20 approval draft (报批稿) was read, reproduced in GitHub zhaoyu5105/zhaoyu5105.github.io (gb/55.html); the final 2020 text was not retrieved.',
  note: t('推荐性国家标准（GB/T），不是强制性标准，提供影响评估的方法。以下内容均来自2019年报批稿而非正式发布文本，只记要点，绝不作为标准原文引用；使用前应与正式文本核对。', "A recommended national standard (GB/T), not mandatory; it supplies the PIA method. Everything below comes from the 2019 approval draft, not the published standard: substance only, never to be quoted as the standard's text. Check against the final text before relying on it."),
  articles: {
    '5.5.1': {
      num: '5.5.1',
      heading: t('个人权益影响的四个维度', 'Four dimensions of impact on personal rights'),
      substance: t('从四个方面分析处理活动对个人权益的影响：限制个人自主决定权、引发差别性待遇、个人名誉受损和遭受精神压力、个人财产受损。', 'Impact on personal rights is analysed in four dimensions: limiting self-determination (影响个人自主决定权); differential treatment (引发差别性待遇); damage to reputation and mental stress (个人名誉受损和遭受精神压力); property loss (个人财产受损).'),
      verification: 'V2-draft',
    },
    '5.8': {
      num: '5.8',
      heading: t('风险处置', 'Risk treatment'),
      substance: t('根据评估出的风险选择处置方式：立即处置、限期处置、权衡影响和成本后处置，或者接受风险。', 'Risk treatment options: immediate treatment (立即处置); treatment within a deadline (限期处置); treatment after weighing impact and cost (权衡影响和成本后处置); acceptance (接受).'),
      verification: 'V2-draft',
    },
    'D.1': {
      num: 'D.1',
      heading: t('个人权益影响程度分级', 'Impact levels'),
      substance: t('把对个人权益的影响分为四级：严重（可能遭受重大、不可消除、可能无法克服的影响）、高（重大影响，克服难度高、代价大）、中（较严重的困扰，克服有一定难度）、低（一定困扰，尚可克服）。大规模处理典型敏感信息（例如涉及50万人以上）或涉及未成年人、学生、老年人等群体时上调一级；去标识化确实降低了敏感程度的，可以下调一级；调整理由要记录。', 'Four impact levels: 严重 (severe — significant, irreversible, possibly insurmountable effects), 高 (high — significant effects, hard and costly to overcome), 中 (medium — considerable trouble, some difficulty to overcome), 低 (low — some trouble that can be overcome). Raise one level for typical sensitive PI at scale (e.g. ≥500,000 people) and for vulnerable groups (minors, students, the elderly); lower one level where de-identification demonstrably reduces sensitivity; record the reasons.'),
      verification: 'V2-draft',
    },
    'D.3': {
      num: 'D.3',
      heading: t('安全事件发生可能性分级', 'Likelihood levels'),
      substance: t('把安全事件发生的可能性分为四级：很高（措施严重不足，事件几乎不可避免）、高（措施不足，事件发生过或在类似场景被证实发生过）、中（有一定措施，事件在同行业被证实发生过）、低（措施较有效，事件未被证实发生过）。处理规模也是参考指标：超过1000万人归入“高”，超过100万人归入“中”。针对性控制较强的可以下调一级，理由要记录。', 'Four likelihood levels: 很高 (very high — measures seriously inadequate, an incident almost inevitable), 高 (high — inadequate measures, incidents have occurred or are proven in similar scenarios), 中 (medium — some measures, incidents proven in the same sector), 低 (low — fairly effective measures, best practice, no incident proven). Scale indicators (Table D.4): >10 million people under 高, >1 million under 中. Strong targeted controls may lower likelihood by one level, with reasons recorded.'),
      verification: 'V2-draft',
    },
    'D.5': {
      num: 'D.5',
      heading: t('风险等级矩阵', 'Risk matrix'),
      substance: t('风险等级（严重、高、中、低）由影响程度和可能性交叉确定。按可能性低、中、高、很高排列：影响严重时依次为中、高、严重、严重；影响高时为中、中、高、严重；影响中时为低、中、中、高；影响低时为低、低、中、中。组织自行确定哪一级风险不可接受，但不得随意改动矩阵。', 'The risk level (严重/高/中/低) is read from impact × likelihood. For likelihood 低, 中, 高, 很高: impact 严重 → 中, 高, 严重, 严重; impact 高 → 中, 中, 高, 严重; impact 中 → 低, 中, 中, 高; impact 低 → 低, 低, 中, 中. The organisation decides which level is unacceptable and must not change the table arbitrarily.'),
      verification: 'V2-draft',
    },
    'A': {
      num: 'A',
      heading: t('高风险处理活动示例（附录A）', 'Examples of high-risk processing (Annex A)'),
      substance: t('附录A列举的高风险处理活动包括：在公共区域进行系统性监控，以及大规模处理（例如涉及50万人以上，或超过特定群体的40%）。这两种情况在场所人脸识别中都很常见。', "Annex A's examples of high-risk processing include (c) systematic monitoring of public areas and (e) processing at large scale (≥500,000 people, or more than 40 % of a specific group) — both typical of face recognition at venues."),
      verification: 'V2-draft',
    },
  },
} as const satisfies InstrumentDef;
