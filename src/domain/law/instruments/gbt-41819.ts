import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** GB/T 41819-2022 — 信息安全技术 人脸识别数据安全要求. Law text generated from shared/legal/brief.md; do not retype. */
export const gbt41819 = {
  id: 'gbt-41819',
  title: t('信息安全技术 人脸识别数据安全要求', 'Information security technology — Security requirements of face recognition data'),
  short: t('人脸识别数据安全要求', 'GB/T 41819-2022'),
  issuer: t('国家市场监督管理总局、国家标准化管理委员会', 'State Administration for Market Regulation (SAMR) and Standardization Administration of China (SAC)'),
  docNumber: { text: 'GB/T 41819-2022', verification: 'S' },
  published: { date: '2022-10-14', verification: 'S' },
  effective: { date: '2023-05-01', verification: 'S' },
  status: 'current-standard',
  rank: 'national-standard',
  numbering: 'clause',
  source: 'Full text not retrieved; substance from commentary on the final text (竞天公诚, 2022-11-30) and on the 2021 draft; dates from a standards listing (bzpt.com).',
  note: t('推荐性国家标准（GB/T），不是强制性标准。全文未取得，只有二手资料中的要点，部分来自2021年征求意见稿，不得作为原文引用。', 'A recommended national standard (GB/T), not mandatory. Full text not retrieved: substance from secondary sources only, partly from the 2021 draft; never to be quoted.'),
  articles: {
    'whole': {
      num: '',
      heading: t('标准整体', 'The standard as a whole'),
      substance: t('据二手资料：标准先规定安全通用要求，再分章规定人脸识别数据的收集、存储、使用、传输、提供、公开和删除，并分别定义人脸图像、人脸特征和人脸识别数据。要点包括：收集要取得明示或单独同意；提供非人脸识别的身份识别方式，不能因个人拒绝刷脸而拒绝基本服务，拒绝后不反复提示；不得用人脸数据评估或预测工作表现、经济状况、健康、偏好或兴趣；完成验证或辨识后删除人脸图像，保留须取得单独（书面）授权；原则上不对不满十四周岁未成年人使用人脸识别进行身份识别；存储和传输要加密，安全能力与数据规模相适应。其中多项出自征求意见稿，正式文本是否保留相同表述未经核实。', 'Per secondary sources: general security requirements, then chapters on collection, storage, use, transmission, provision, disclosure and deletion of face recognition data; face image, face features and face recognition data are defined separately. Reported points: explicit or separate consent for collection; offer a non-face identification option, do not refuse basic services because a person declines face recognition and do not prompt again after a refusal; do not use face data to evaluate or predict work performance, economic status, health, preferences or interests; delete face images once verification or identification is done (keeping them needs separate, written authorisation); in principle no face identification of children under 14; encryption in storage and transmission, security capability proportionate to the scale of face data. Several points come from the 2021 draft; whether the final text keeps them is not verified.'),
      verification: 'S',
    },
  },
} as const satisfies InstrumentDef;
