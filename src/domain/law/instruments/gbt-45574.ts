import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** GB/T 45574-2025 — 数据安全技术 敏感个人信息处理安全要求. Law text generated from shared/legal/brief.md; do not retype. */
export const gbt45574 = {
  id: 'gbt-45574',
  title: t('数据安全技术 敏感个人信息处理安全要求', 'Data security technology — Security requirements for processing of sensitive personal information'),
  short: t('敏感个人信息处理安全要求', 'GB/T 45574-2025'),
  issuer: t('国家市场监督管理总局、国家标准化管理委员会', 'State Administration for Market Regulation (SAMR) and Standardization Administration of China (SAC)'),
  docNumber: { text: 'GB/T 45574-2025', verification: 'V3' },
  published: { date: '2025-04-25', verification: 'S' },
  effective: { date: '2025-11-01', verification: 'S' },
  status: 'current-standard',
  rank: 'national-standard',
  numbering: 'clause',
  source: 'Table of contents from a book118 preview; status confirmed by the CAC Q&A of January 2026; commentary by 竞天公诚 (2025-07-11). Clause text not retrieved.',
  note: t('推荐性国家标准（GB/T 45574-2025），不是强制性标准（常被误写为GB 45574-2025）。条文未取得，只有要点。有报道称处理10万人以上敏感个人信息须指定负责人，未经核实，不得据此设定义务。', "A recommended national standard (GB/T 45574-2025), not mandatory (often mis-cited as \"GB 45574-2025\"). Clause text not retrieved: substance only. A reported duty to appoint a responsible person above 100,000 people's sensitive PI is unverified and must not be implemented."),
  articles: {
    '6.1': {
      num: '6.1',
      heading: t('生物识别信息', 'Biometric information'),
      substance: t('第6.1条专门规定生物识别信息的处理安全要求（依据目录，条文未取得）。据二手资料，要点包括单独同意和专门告知，加密、字段级访问控制、去标识化、水印，影响评估和审计日志。国家网信办问答确认附录A把人脸、基因、声纹列为生物识别信息。', 'Clause 6.1 sets the security requirements for processing biometric information (known from the table of contents; clause text not retrieved). Reported points: separate consent and specific notice; encryption, field-level access control, de-identification, watermarking; impact assessment and audit logs. The CAC Q&A confirms that Annex A lists face, genes and voiceprint as biometrics.'),
      verification: 'S',
    },
  },
} as const satisfies InstrumentDef;
