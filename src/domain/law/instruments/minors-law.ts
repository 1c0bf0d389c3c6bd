import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Minors Protection Law — 中华人民共和国未成年人保护法. Law text generated from shared/legal/brief.md; do not retype. */
export const minorsLaw = {
  id: 'minors-law',
  title: t('中华人民共和国未成年人保护法', "Law of the People's Republic of China on the Protection of Minors"),
  short: t('未成年人保护法', 'Minors Protection Law'),
  issuer: t('全国人民代表大会常务委员会', "Standing Committee of the National People's Congress"),
  effective: { date: '2024-04-26', verification: 'V2' },
  status: 'in-force',
  rank: 'law',
  numbering: 'article',
  source: 'National Law and Regulation Database scrape of the 2024 version (Ansvar-Systems/chinese-law-mcp history).',
  note: t('收录2024年修正后的文本。', 'The text as amended in 2024.'),
  articles: {
    '72': {
      num: '72',
      heading: t('未成年人个人信息', "Minors' personal information"),
      substance: t('通过网络处理未成年人个人信息要合法、正当、必要；处理不满十四周岁未成年人个人信息的，要征得其父母或其他监护人同意（法律、行政法规另有规定的除外）。未成年人或其监护人要求更正、删除的，要及时更正、删除（法律、行政法规另有规定的除外）。', "Processing minors' PI through networks must be lawful, legitimate and necessary; the PI of children under 14 needs the consent of a parent or other guardian (unless a law or administrative regulation provides otherwise). Requests by minors, parents or guardians to correct or delete must be acted on promptly (same exception)."),
      verification: 'V2',
      text: [
        { text: '信息处理者通过网络处理未成年人个人信息的，应当遵循合法、正当和必要的原则。处理不满十四周岁未成年人个人信息的，应当征得未成年人的父母或者其他监护人同意，但法律、行政法规另有规定的除外。' },
        { text: '未成年人、父母或者其他监护人要求信息处理者更正、删除未成年人个人信息的，信息处理者应当及时采取措施予以更正、删除，但法律、行政法规另有规定的除外。' },
      ],
    },
  },
} as const satisfies InstrumentDef;
