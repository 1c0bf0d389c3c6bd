import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Consumer Law — 中华人民共和国消费者权益保护法. Law text generated from shared/legal/brief.md; do not retype. */
export const consumerLaw = {
  id: 'consumer-law',
  title: t('中华人民共和国消费者权益保护法', "Law of the People's Republic of China on the Protection of Consumer Rights and Interests"),
  short: t('消费者权益保护法', 'Consumer Law'),
  issuer: t('全国人民代表大会常务委员会', "Standing Committee of the National People's Congress"),
  adopted: { date: '2013-10-25', verification: 'V1' },
  effective: { date: '2014-03-15', verification: 'V1' },
  status: 'in-force',
  rank: 'law',
  numbering: 'article',
  source: 'National Law and Regulation Database text (2013 amendment), checked in two independent copies (LawRefBook/Laws; Ansvar-Systems/chinese-law-mcp history).',
  note: t('收录2013年修正后的文本（“通过”日期为修正日期）。', 'The text as amended in 2013 (the "adopted" date is that of the amendment).'),
  articles: {
    '29': {
      num: '29',
      heading: t('经营者收集、使用消费者个人信息', "Businesses' collection and use of consumers' personal information"),
      substance: t('经营者收集、使用消费者个人信息要合法、正当、必要，明示目的、方式和范围并经消费者同意，公开收集使用规则，不得违法违约收集使用；对收集的信息要严格保密，不得泄露、出售或非法提供，要采取措施保障安全并在泄露时立即补救；未经同意或请求，或消费者明确拒绝的，不得发送商业性信息。', "Consumers' PI: lawfulness, legitimacy and necessity; stated purpose, method and scope; consent; published collection and use rules; no collection or use against the law or the agreement; strict confidentiality, no leaking, selling or illegal provision; technical and other security measures and immediate remedy on a leak; no commercial messages without consent or request or after a refusal."),
      verification: 'V1',
      text: [
        { text: '经营者收集、使用消费者个人信息，应当遵循合法、正当、必要的原则，明示收集、使用信息的目的、方式和范围，并经消费者同意。经营者收集、使用消费者个人信息，应当公开其收集、使用规则，不得违反法律、法规的规定和双方的约定收集、使用信息。' },
        { text: '经营者及其工作人员对收集的消费者个人信息必须严格保密，不得泄露、出售或者非法向他人提供。经营者应当采取技术措施和其他必要措施，确保信息安全，防止消费者个人信息泄露、丢失。在发生或者可能发生信息泄露、丢失的情况时，应当立即采取补救措施。' },
        { text: '经营者未经消费者同意或者请求，或者消费者明确表示拒绝的，不得向其发送商业性信息。' },
      ],
    },
    '50': {
      num: '50',
      heading: t('侵害人格尊严和个人信息的民事责任', 'Civil liability for infringing dignity and personal information'),
      substance: t('经营者侵害消费者人格尊严、人身自由或个人信息依法受保护的权利的，要停止侵害、恢复名誉、消除影响、赔礼道歉并赔偿损失。', "A business that infringes a consumer's personal dignity, personal freedom or right to the protection of PI must stop the infringement, restore the consumer's reputation, eliminate the effects, apologise and compensate."),
      verification: 'V1',
      text: [
        { text: '经营者侵害消费者的人格尊严、侵犯消费者人身自由或者侵害消费者个人信息依法得到保护的权利的，应当停止侵害、恢复名誉、消除影响、赔礼道歉，并赔偿损失。' },
      ],
    },
    '56': {
      num: '56',
      heading: t('行政处罚（节录第一款第九项）', 'Administrative penalties (excerpt: para. 1 item 9)'),
      substance: t('经营者侵害消费者人格尊严、人身自由或个人信息依法受保护的权利的，除承担民事责任外，其他法律法规对处罚有规定的按其规定；没有规定的，由市场监管等部门责令改正，可以单处或并处警告、没收违法所得、违法所得一倍以上十倍以下罚款，没有违法所得的处五十万元以下罚款；情节严重的，责令停业整顿、吊销营业执照。', "Where no other law or regulation sets the penalty, infringing a consumer's dignity, personal freedom or right to the protection of PI (para. 1 item (9)) is punished by the market regulator or other authority: order to correct, and, alone or combined, a warning, confiscation of illegal gains, a fine of 1–10 times the illegal gains, or up to RMB 500,000 where there are none; in serious cases, suspension of business or revocation of the business licence. Basis of the Shanghai Putuo supermarket fine."),
      verification: 'V1',
      excerpt: true,
      text: [
        {
          text: '经营者有下列情形之一，除承担相应的民事责任外，其他有关法律、法规对处罚机关和处罚方式有规定的，依照法律、法规的规定执行；法律、法规未作规定的，由工商行政管理部门或者其他有关行政部门责令改正，可以根据情节单处或者并处警告、没收违法所得、处以违法所得一倍以上十倍以下的罚款，没有违法所得的，处以五十万元以下的罚款；情节严重的，责令停业整顿、吊销营业执照:',
          items: [
            '（九）侵害消费者人格尊严、侵犯消费者人身自由或者侵害消费者个人信息依法得到保护的权利的；',
          ],
        },
      ],
    },
  },
} as const satisfies InstrumentDef;
