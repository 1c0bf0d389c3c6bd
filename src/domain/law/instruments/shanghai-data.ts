import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Shanghai Data Regs — 上海市数据条例. Law text generated from shared/legal/brief.md; do not retype. */
export const shanghaiData = {
  id: 'shanghai-data',
  title: t('上海市数据条例', 'Shanghai Municipal Data Regulations'),
  short: t('上海市数据条例', 'Shanghai Data Regs'),
  issuer: t('上海市人民代表大会常务委员会', "Standing Committee of the Shanghai Municipal People's Congress"),
  adopted: { date: '2021-11-25', verification: 'V2' },
  effective: { date: '2022-01-01', verification: 'UNVERIFIED' },
  status: 'in-force',
  rank: 'local-regulation',
  numbering: 'article',
  source: 'Official text reproduction cited in the legal brief (§1.9.4); the brief records the substance of art. 22 only.',
  note: t('地方性法规，只在上海市适用。施行日期未经核实。', 'A local regulation, applicable in Shanghai only. The effective date is not verified.'),
  articles: {
    '22': {
      num: '22',
      heading: t('处理生物识别信息的条件', 'Conditions for processing biometric information'),
      substance: t('处理生物识别信息要有特定目的和充分必要性，采取严格保护措施，并取得个人的单独同意。本工具未收录本条原文，这里只陈述要点。', 'Biometric processing needs a specific purpose, sufficient necessity, strict protection measures and separate consent. This tool does not reproduce the wording; only the substance is stated.'),
      verification: 'V2',
    },
  },
} as const satisfies InstrumentDef;
