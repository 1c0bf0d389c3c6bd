import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** PSAPL (2025) — 中华人民共和国治安管理处罚法. Law text generated from shared/legal/brief.md; do not retype. */
export const psapl = {
  id: 'psapl',
  title: t('中华人民共和国治安管理处罚法', "Public Security Administration Punishments Law of the People's Republic of China"),
  short: t('治安管理处罚法（2025年修订）', 'PSAPL (2025)'),
  issuer: t('全国人民代表大会常务委员会', "Standing Committee of the National People's Congress"),
  adopted: { date: '2025-06-27', verification: 'V2' },
  effective: { date: '2026-01-01', verification: 'V2' },
  status: 'in-force',
  rank: 'law',
  numbering: 'article',
  source: 'National Law and Regulation Database scrape record of the 2025 revision (Ansvar-Systems/chinese-law-mcp history).',
  note: t('收录2025年修订后、2026年1月1日起施行的文本（条号按修订后编号）。', 'The 2025 revision, in force from 2026-01-01 (article numbers of the revised text).'),
  articles: {
    '50': {
      num: '50',
      heading: t('偷窥、偷拍、窃听、散布他人隐私', "Peeping at, secretly filming, eavesdropping on or spreading others' privacy"),
      substance: t('第五十条第一款第六项把偷窥、偷拍、窃听、散布他人隐私列为应受治安管理处罚的行为，与在私密空间安装摄像设备有关。本工具未收录本条原文，这里只陈述要点。', "Art. 50(1)(6) penalises peeping at, secretly filming, eavesdropping on or spreading others' privacy (「偷窥、偷拍、窃听、散布他人隐私」) — relevant to cameras in private spaces. This tool does not reproduce the wording; only the substance is stated."),
      verification: 'V2',
    },
    '56': {
      num: '56',
      heading: t('出售、提供或非法获取个人信息', 'Selling, providing or illegally obtaining personal information'),
      substance: t('违反国家有关规定向他人出售或提供个人信息的，处十日以上十五日以下拘留；情节较轻的，处五日以下拘留。窃取或以其他方法非法获取个人信息的，同样处罚。', "Selling or providing PI to others in breach of state rules: 10–15 days' detention (up to 5 days where the circumstances are minor); the same for stealing or otherwise illegally obtaining PI."),
      verification: 'V2',
      text: [
        { text: '违反国家有关规定，向他人出售或者提供个人信息的，处十日以上十五日以下拘留；情节较轻的，处五日以下拘留。' },
        { text: '窃取或者以其他方法非法获取个人信息的，依照前款的规定处罚。' },
      ],
    },
  },
} as const satisfies InstrumentDef;
