import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Hangzhou Property Regs — 杭州市物业管理条例. Law text generated from shared/legal/brief.md; do not retype. */
export const hangzhouProperty = {
  id: 'hangzhou-property',
  title: t('杭州市物业管理条例', 'Hangzhou Municipal Regulations on Property Management'),
  short: t('杭州市物业管理条例', 'Hangzhou Property Regs'),
  issuer: t('杭州市人民代表大会常务委员会（经浙江省人民代表大会常务委员会批准）', "Standing Committee of the Hangzhou Municipal People's Congress (approved by the Standing Committee of the Zhejiang Provincial People's Congress)"),
  adopted: { date: '2021-06-29', verification: 'V2' },
  effective: { date: '2021-07-30', verification: 'UNVERIFIED' },
  status: 'in-force',
  rank: 'local-regulation',
  numbering: 'article',
  source: "LawRefBook/Laws (local regulations): second revision adopted 2021-06-29, approved by the Zhejiang provincial people's congress standing committee 2021-07-30.",
  note: t('地方性法规，只在杭州市适用。“通过”为第二次修订日期；施行日期未经核实，此处暂用省人大常委会批准日期（2021年7月30日）。', 'A local regulation, applicable in Hangzhou only. "Adopted" is the date of the second revision; the effective date is not verified — the provincial approval date (2021-07-30) is shown as a placeholder.'),
  articles: {
    '50': {
      num: '50',
      heading: t('不得强制以生物信息方式进入物业区域', 'No forced biometric entry to the managed area'),
      substance: t('物业服务人不得强制业主、非业主使用人通过提供人脸、指纹等生物信息的方式进入物业管理区域或使用共有部分。（节录该条最后一款的开头）', "Property service providers may not force owners or non-owner occupants to provide face, fingerprint or other biometric information in order to enter the managed area or use the common parts (excerpt from the opening of the article's last paragraph)."),
      verification: 'V2',
      excerpt: true,
      text: [
        { text: '物业服务人不得强制业主、非业主使用人通过提供人脸、指纹等生物信息方式进入物业管理区域或者使用共有部分……' },
      ],
    },
  },
} as const satisfies InstrumentDef;
