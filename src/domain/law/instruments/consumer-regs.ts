import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Consumer Law Implementing Regs — 中华人民共和国消费者权益保护法实施条例. Law text generated from shared/legal/brief.md; do not retype. */
export const consumerRegs = {
  id: 'consumer-regs',
  title: t('中华人民共和国消费者权益保护法实施条例', "Regulations for the Implementation of the Law of the People's Republic of China on the Protection of Consumer Rights and Interests"),
  short: t('消费者权益保护法实施条例', 'Consumer Law Implementing Regs'),
  issuer: t('国务院', 'State Council'),
  published: { date: '2024-03-15', verification: 'V2' },
  effective: { date: '2024-07-01', verification: 'V2' },
  status: 'in-force',
  rank: 'administrative-regulation',
  numbering: 'article',
  source: 'National Law and Regulation Database scrape record (Ansvar-Systems/chinese-law-mcp history).',
  articles: {
    '23': {
      num: '23',
      heading: t('不得过度收集、强制授权；敏感个人信息', 'No excessive collection or forced authorisation; sensitive personal information'),
      substance: t('经营者要依法保护消费者个人信息，不得过度收集，不得用一次概括授权、默认授权等方式强制或变相强制消费者同意收集、使用与经营活动无直接关系的信息；处理生物识别等敏感个人信息和不满十四周岁未成年人信息的，要符合法律法规的规定。', "Businesses must protect consumers' PI: no excessive collection; no blanket or default authorisation that forces or disguisedly forces consumers to consent to collection or use of PI not directly related to the business; processing sensitive PI (biometrics and others, and the PI of children under 14) must comply with the laws and administrative regulations."),
      verification: 'V2',
      text: [
        { text: '经营者应当依法保护消费者的个人信息。经营者在提供商品或者服务时，不得过度收集消费者个人信息，不得采用一次概括授权、默认授权等方式，强制或者变相强制消费者同意收集、使用与经营活动无直接关系的个人信息。' },
        { text: '经营者处理包含消费者的生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息以及不满十四周岁未成年人的个人信息等敏感个人信息的，应当符合有关法律、行政法规的规定。' },
      ],
    },
  },
} as const satisfies InstrumentDef;
