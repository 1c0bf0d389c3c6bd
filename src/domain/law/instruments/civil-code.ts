import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Civil Code — 中华人民共和国民法典. Law text generated from shared/legal/brief.md; do not retype. */
export const civilCode = {
  id: 'civil-code',
  title: t('中华人民共和国民法典', "Civil Code of the People's Republic of China"),
  short: t('民法典', 'Civil Code'),
  issuer: t('全国人民代表大会', "National People's Congress"),
  docNumber: { text: '中华人民共和国主席令第四十五号', verification: 'UNVERIFIED' },
  adopted: { date: '2020-05-28', verification: 'V1' },
  effective: { date: '2021-01-01', verification: 'V1' },
  status: 'in-force',
  rank: 'law',
  numbering: 'article',
  source: 'National Law and Regulation Database text (Book IV, Personality Rights), checked in two independent copies (LawRefBook/Laws; Ansvar-Systems/chinese-law-mcp history). Art. 497 only as the SPC face-recognition provisions (art. 11) apply it.',
  note: t('收录人格权编第一千零三十二条至第一千零三十九条（隐私权和个人信息保护），以及最高人民法院人脸识别规定第十一条援引的第四百九十七条（格式条款无效，只记要点）。', 'Arts 1032–1039 of Book IV (privacy and personal information) are catalogued, and art. 497 (void standard terms, substance only) as art. 11 of the SPC face-recognition provisions applies it.'),
  articles: {
    '497': {
      num: '497',
      heading: t('格式条款无效', 'Void standard terms'),
      substance: t('最高人民法院人脸识别规定第十一条援引本条：信息处理者用格式条款要求个人授予无期限、不可撤销或可任意转授权的人脸信息处理权利的，个人可以依据本条请求法院确认该格式条款无效。本工具只收录该规定援引本条的要点，不陈述本条其他内容。', "As applied by art. 11 of the SPC face-recognition provisions: where standard terms require a person to grant unlimited-term, irrevocable or freely sub-licensable rights to process their face information, the person may rely on this article to have the term declared void. Only this application is recorded; the article's other content is not stated."),
      verification: 'S',
    },
    '1032': {
      num: '1032',
      heading: t('隐私权', 'Right of privacy'),
      substance: t('自然人享有隐私权，任何人不得以刺探、侵扰、泄露、公开等方式侵害。隐私包括私人生活安宁，以及不愿为他人知晓的私密空间、私密活动和私密信息。', 'Right of privacy; privacy covers private spaces, private activities and private information.'),
      verification: 'V1',
      text: [
        { text: '自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。' },
        { text: '隐私是自然人的私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息。' },
      ],
    },
    '1033': {
      num: '1033',
      heading: t('侵害隐私权的行为', 'Acts infringing privacy'),
      substance: t('除法律另有规定或权利人明确同意外，不得以电话、短信等方式侵扰他人生活安宁，不得进入、拍摄、窥视住宅、宾馆房间等私密空间，不得拍摄、窥视、窃听、公开私密活动，不得拍摄、窥视身体私密部位，不得处理私密信息，也不得以其他方式侵害隐私权。', 'Without legal basis or express consent, no one may enter, film or peep into private spaces such as homes and hotel rooms, among other prohibited acts.'),
      verification: 'V1',
      text: [
        {
          text: '除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为：',
          items: [
            '（一）以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁；',
            '（二）进入、拍摄、窥视他人的住宅、宾馆房间等私密空间；',
            '（三）拍摄、窥视、窃听、公开他人的私密活动；',
            '（四）拍摄、窥视他人身体的私密部位；',
            '（五）处理他人的私密信息；',
            '（六）以其他方式侵害他人的隐私权。',
          ],
        },
      ],
    },
    '1034': {
      num: '1034',
      heading: t('个人信息受法律保护；定义', 'Protection and definition of personal information'),
      substance: t('个人信息受法律保护。个人信息是能够单独或与其他信息结合识别特定自然人的各种信息，明确包括生物识别信息。个人信息中的私密信息适用隐私权的规定，没有规定的适用个人信息保护的规定。', 'PI is protected by law; the definition expressly lists 生物识别信息 (biometric information); private information also follows the privacy rules.'),
      verification: 'V1',
      text: [
        { text: '自然人的个人信息受法律保护。' },
        { text: '个人信息是以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人的各种信息，包括自然人的姓名、出生日期、身份证件号码、生物识别信息、住址、电话号码、电子邮箱、健康信息、行踪信息等。' },
        { text: '个人信息中的私密信息，适用有关隐私权的规定；没有规定的，适用有关个人信息保护的规定。' },
      ],
    },
    '1035': {
      num: '1035',
      heading: t('处理个人信息的原则和条件', 'Principles and conditions for processing'),
      substance: t('处理个人信息要合法、正当、必要，不得过度处理，并要征得本人或其监护人同意（法律、行政法规另有规定的除外），公开处理规则，明示处理的目的、方式和范围，且不违反法律法规和双方约定。', 'Processing must be lawful, legitimate and necessary, not excessive, with consent (unless a law or regulation provides otherwise), published rules, and a stated purpose, method and scope.'),
      verification: 'V1',
      text: [
        {
          text: '处理个人信息的，应当遵循合法、正当、必要原则，不得过度处理，并符合下列条件：',
          items: [
            '（一）征得该自然人或者其监护人同意，但是法律、行政法规另有规定的除外；',
            '（二）公开处理信息的规则；',
            '（三）明示处理信息的目的、方式和范围；',
            '（四）不违反法律、行政法规的规定和双方的约定。',
          ],
        },
        { text: '个人信息的处理包括个人信息的收集、存储、使用、加工、传输、提供、公开等。' },
      ],
    },
    '1036': {
      num: '1036',
      heading: t('不承担民事责任的情形', 'Exemptions from civil liability'),
      substance: t('以下情形不承担民事责任：在本人或监护人同意范围内合理实施的行为；合理处理本人自行公开或已合法公开的信息（本人明确拒绝或侵害其重大利益的除外）；为维护公共利益或本人合法权益合理实施的其他行为。', "Exemptions from civil liability: reasonable acts within consent; reasonable processing of public info; reasonable acts for the public interest or the person's own lawful interests."),
      verification: 'V1',
      text: [
        {
          text: '处理个人信息，有下列情形之一的，行为人不承担民事责任：',
          items: [
            '（一）在该自然人或者其监护人同意的范围内合理实施的行为；',
            '（二）合理处理该自然人自行公开的或者其他已经合法公开的信息，但是该自然人明确拒绝或者处理该信息侵害其重大利益的除外；',
            '（三）为维护公共利益或者该自然人合法权益，合理实施的其他行为。',
          ],
        },
      ],
    },
    '1037': {
      num: '1037',
      heading: t('查阅、复制、更正和删除', 'Access, copy, correction and deletion'),
      substance: t('自然人可以依法查阅、复制自己的个人信息，发现错误可以提出异议并要求及时更正；发现处理者违法或违约处理的，有权要求及时删除。', 'A right to access and copy, to object and have errors corrected, and to have unlawful processing deleted.'),
      verification: 'V1',
      text: [
        { text: '自然人可以依法向信息处理者查阅或者复制其个人信息；发现信息有错误的，有权提出异议并请求及时采取更正等必要措施。' },
        { text: '自然人发现信息处理者违反法律、行政法规的规定或者双方的约定处理其个人信息的，有权请求信息处理者及时删除。' },
      ],
    },
    '1038': {
      num: '1038',
      heading: t('信息处理者的安全义务', 'Security duties of information handlers'),
      substance: t('处理者不得泄露、篡改所收集、存储的个人信息，未经同意不得非法向他人提供（经加工无法识别特定个人且不能复原的除外）；要采取技术和其他必要措施保障安全，发生或可能发生泄露、篡改、丢失时，要及时补救、告知本人并向主管部门报告。', 'No leaking or tampering; no illegal provision to others without consent; security measures; remedy, notify individuals and report to authorities on incidents.'),
      verification: 'V1',
      text: [
        { text: '信息处理者不得泄露或者篡改其收集、存储的个人信息；未经自然人同意，不得向他人非法提供其个人信息，但是经过加工无法识别特定个人且不能复原的除外。' },
        { text: '信息处理者应当采取技术措施和其他必要措施，确保其收集、存储的个人信息安全，防止信息泄露、篡改、丢失；发生或者可能发生个人信息泄露、篡改、丢失的，应当及时采取补救措施，按照规定告知自然人并向有关主管部门报告。' },
      ],
    },
    '1039': {
      num: '1039',
      heading: t('国家机关的保密义务', 'Confidentiality duty of state organs'),
      substance: t('国家机关、承担行政职能的法定机构及其工作人员，对履职中知悉的隐私和个人信息要保密，不得泄露或非法提供。', 'Confidentiality duty of state organs and their staff.'),
      verification: 'V1',
      text: [
        { text: '国家机关、承担行政职能的法定机构及其工作人员对于履行职责过程中知悉的自然人的隐私和个人信息，应当予以保密，不得泄露或者向他人非法提供。' },
      ],
    },
  },
} as const satisfies InstrumentDef;
