import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** CSL (2025) — 中华人民共和国网络安全法. Law text generated from shared/legal/brief.md; do not retype. */
export const csl = {
  id: 'csl',
  title: t('中华人民共和国网络安全法', "Cybersecurity Law of the People's Republic of China"),
  short: t('网络安全法（2025年修正）', 'CSL (2025)'),
  issuer: t('全国人民代表大会常务委员会', "Standing Committee of the National People's Congress"),
  adopted: { date: '2025-10-28', verification: 'V1' },
  effective: { date: '2026-01-01', verification: 'V1' },
  status: 'in-force',
  rank: 'law',
  numbering: 'article',
  source: 'Consolidated 2025 text from the National Law and Regulation Database scrape (Ansvar-Systems/chinese-law-mcp history); the amending decision (Xinhua, 2025-10-28) confirms the renumbering.',
  note: t('收录2025年10月28日修改后、2026年1月1日起施行的文本（“通过”日期为修改决定的日期；原法2016年11月7日通过、2017年6月1日施行）。条文已重新编号：原第四十一条现为第四十三条，原第四十二条现为第四十四条。2026年1月1日前的行为适用原条文和原编号。', 'The text as amended on 2025-10-28, in force from 2026-01-01 (the "adopted" date is that of the amending decision; the original law was adopted 2016-11-07, in force 2017-06-01). Articles were renumbered: former art. 41 is now art. 43, former art. 42 is now art. 44. For conduct before 2026-01-01 cite the old text and numbers.'),
  articles: {
    '42': {
      num: '42',
      heading: t('用户信息保密；依法处理个人信息', 'Confidentiality of user information; compliance with the Civil Code and PIPL'),
      substance: t('网络运营者要对收集的用户信息严格保密，建立健全用户信息保护制度；处理个人信息要遵守本法和民法典、个人信息保护法等法律法规（第二款为2025年修改新增）。', 'Network operators keep the user information they collect strictly confidential and maintain a user-information protection system. New para. 2 (2025): operators processing PI must comply with the CSL, the Civil Code, the PIPL and other laws and administrative regulations.'),
      verification: 'V1',
      text: [
        { text: '网络运营者应当对其收集的用户信息严格保密，并建立健全用户信息保护制度。' },
        { text: '网络运营者处理个人信息，应当遵守本法和《中华人民共和国民法典》、《中华人民共和国个人信息保护法》等法律、行政法规的规定。' },
      ],
    },
    '43': {
      num: '43',
      heading: t('收集、使用个人信息的原则', 'Principles for collecting and using personal information'),
      substance: t('网络运营者收集、使用个人信息要合法、正当、必要，公开收集使用规则，明示目的、方式和范围，并经被收集者同意；不得收集与所提供服务无关的信息，不得违法违约收集使用，并要依法依约处理所保存的信息。（原第四十一条）', 'Lawfulness, legitimacy and necessity; published collection and use rules; stated purpose, method and scope; consent of the person concerned; no collection unrelated to the service; no collection or use against the law or the agreement; stored PI handled according to law and the agreement with users (formerly art. 41).'),
      verification: 'V1',
      text: [
        { text: '网络运营者收集、使用个人信息，应当遵循合法、正当、必要的原则，公开收集、使用规则，明示收集、使用信息的目的、方式和范围，并经被收集者同意。' },
        { text: '网络运营者不得收集与其提供的服务无关的个人信息，不得违反法律、行政法规的规定和双方的约定收集、使用个人信息，并应当依照法律、行政法规的规定和与用户的约定，处理其保存的个人信息。' },
      ],
    },
    '44': {
      num: '44',
      heading: t('个人信息安全', 'Security of personal information'),
      substance: t('网络运营者不得泄露、篡改、毁损所收集的个人信息，未经同意不得向他人提供（经处理无法识别特定个人且不能复原的除外）；要采取技术等措施保障安全，发生或可能发生泄露、毁损、丢失时，立即补救，及时告知用户并向主管部门报告。（原第四十二条）', 'No leaking, tampering with or destroying PI; no provision to others without consent, unless processed so that no specific person can be identified and it cannot be restored; technical and other measures to keep PI secure; on an actual or possible leak, destruction or loss, remedy at once, inform users promptly and report to the authorities (formerly art. 42).'),
      verification: 'V1',
      text: [
        { text: '网络运营者不得泄露、篡改、毁损其收集的个人信息；未经被收集者同意，不得向他人提供个人信息。但是，经过处理无法识别特定个人且不能复原的除外。' },
        { text: '网络运营者应当采取技术措施和其他必要措施，确保其收集的个人信息安全，防止信息泄露、毁损、丢失。在发生或者可能发生个人信息泄露、毁损、丢失的情况时，应当立即采取补救措施，按照规定及时告知用户并向有关主管部门报告。' },
      ],
    },
    '71': {
      num: '71',
      heading: t('依照其他法律处理、处罚', 'Penalties under other laws'),
      substance: t('违反第二十四条第三款、第四十三条至第四十五条，侵害个人信息权益的，依照有关法律、行政法规（主要是个人信息保护法第六十六条）处理、处罚。这取代了原第六十四条的个人信息罚则。（节录，只收录第一项和第二项）', 'From 2026-01-01, PI violations by network operators (arts 24(3), 43–45) are dealt with and punished under the relevant laws and administrative regulations, i.e. mainly PIPL art. 66. This replaces the PI penalty of the old art. 64 (which still applies to earlier conduct). Excerpt: items (1)–(2) only.'),
      verification: 'V1',
      excerpt: true,
      text: [
        {
          text: '有下列行为之一的，依照有关法律、行政法规的规定处理、处罚：',
          items: [
            '（一）发布或者传输本法第十三条第二款和其他法律、行政法规禁止发布或者传输的信息的；',
            '（二）违反本法第二十四条第三款、第四十三条至第四十五条规定，侵害个人信息权益的；',
          ],
        },
      ],
    },
  },
} as const satisfies InstrumentDef;
