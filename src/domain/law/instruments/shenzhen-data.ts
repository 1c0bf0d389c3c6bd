import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Shenzhen Data Regs — 深圳经济特区数据条例. Law text generated from shared/legal/brief.md; do not retype. */
export const shenzhenData = {
  id: 'shenzhen-data',
  title: t('深圳经济特区数据条例', 'Data Regulations of the Shenzhen Special Economic Zone'),
  short: t('深圳经济特区数据条例', 'Shenzhen Data Regs'),
  issuer: t('深圳市人民代表大会常务委员会', "Standing Committee of the Shenzhen Municipal People's Congress"),
  adopted: { date: '2021-06-29', verification: 'V2' },
  effective: { date: '2022-01-01', verification: 'UNVERIFIED' },
  status: 'in-force',
  rank: 'local-regulation',
  numbering: 'article',
  source: 'Official text reproduction cited in the legal brief (§1.9.4); one source.',
  note: t('经济特区法规，只在深圳经济特区适用。施行日期未经核实。', 'A special-economic-zone regulation, applicable in Shenzhen only. The effective date is not verified.'),
  articles: {
    '19': {
      num: '19',
      heading: t('提供非生物识别的替代方案', 'A non-biometric alternative'),
      substance: t('处理生物识别数据的，在征求本人明示同意时，要同时提供处理其他非生物识别数据的替代方案。（节录）', "When seeking a person's express consent to process biometric data, the handler must offer an alternative that processes other, non-biometric data (excerpt)."),
      verification: 'V2',
      excerpt: true,
      text: [
        { text: '处理生物识别数据的，应当在征得该自然人明示同意时，提供处理其他非生物识别数据的替代方案。……' },
      ],
    },
  },
} as const satisfies InstrumentDef;
