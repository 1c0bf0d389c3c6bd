import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Audit Measures — 个人信息保护合规审计管理办法. Law text generated from shared/legal/brief.md; do not retype. */
export const auditMeasures = {
  id: 'audit-measures',
  title: t('个人信息保护合规审计管理办法', 'Measures for the Administration of Personal Information Protection Compliance Audits'),
  short: t('个人信息保护合规审计管理办法', 'Audit Measures'),
  issuer: t('国家互联网信息办公室', 'Cyberspace Administration of China (CAC)'),
  docNumber: { text: '国家互联网信息办公室令第18号', verification: 'UNVERIFIED' },
  published: { date: '2025-02-14', verification: 'V3' },
  effective: { date: '2025-05-01', verification: 'V2' },
  status: 'in-force',
  rank: 'departmental-rule',
  numbering: 'article',
  source: 'Full text with its annex republished by 信息安全国家工程研究中心 (WeChat, 2025-02-18), archived in GitHub chainreactors/picker; art. 12 also confirmed verbatim by the CAC Q&A of January 2026.',
  note: t('附件为《个人信息保护合规审计指引》（单独收录）。通过日期未核实。', 'Its annex, the Audit Guideline, is catalogued separately. The adoption date is not verified.'),
  articles: {
    '1': {
      num: '1',
      heading: t('目的和依据', 'Purpose and legal basis'),
      substance: t('为规范个人信息保护合规审计、保护个人信息权益，依据个人信息保护法、网络数据安全管理条例等制定本办法。', 'Purpose: to regulate PI protection compliance audits and protect PI rights; legal basis: the PIPL, the NDSR and other laws and administrative regulations.'),
      verification: 'V2',
      text: [
        { text: '为了规范个人信息保护合规审计活动，保护个人信息权益，根据《中华人民共和国个人信息保护法》、《网络数据安全管理条例》等法律、行政法规，制定本办法。' },
      ],
    },
    '2': {
      num: '2',
      heading: t('适用范围和定义', 'Scope and definition'),
      substance: t('在中国境内开展个人信息保护合规审计适用本办法。合规审计是对处理者的处理活动是否遵守法律、行政法规进行审查和评价的监督活动。', "Applies to PI protection compliance audits in China. A compliance audit is a supervisory activity that reviews and evaluates whether a handler's processing complies with laws and administrative regulations."),
      verification: 'V2',
      text: [
        { text: '在中华人民共和国境内开展个人信息保护合规审计，适用本办法。' },
        { text: '本办法所称个人信息保护合规审计，是指对个人信息处理者的个人信息处理活动是否遵守法律、行政法规的情况进行审查和评价的监督活动。' },
      ],
    },
    '3': {
      num: '3',
      heading: t('自行开展的合规审计', "Audits on the handler's own initiative"),
      substance: t('处理者自行开展合规审计的，由内部机构或委托专业机构定期进行。', 'A handler auditing on its own initiative has its internal body, or a commissioned professional body, audit its compliance periodically.'),
      verification: 'V2',
      text: [
        { text: '个人信息处理者自行开展个人信息保护合规审计的，应当由个人信息处理者内部机构或者委托专业机构定期对其处理个人信息遵守法律、行政法规的情况进行合规审计。' },
      ],
    },
    '4': {
      num: '4',
      heading: t('超过1000万人：每两年至少一次', 'Above 10 million people: at least every two years'),
      substance: t('处理超过1000万人个人信息的处理者，每两年至少开展一次合规审计。', 'Handlers of PI of more than 10 million people must carry out a compliance audit at least once every two years.'),
      verification: 'V2',
      text: [
        { text: '处理超过1000万人个人信息的个人信息处理者，应当每两年至少开展一次个人信息保护合规审计。' },
      ],
    },
    '5': {
      num: '5',
      heading: t('保护部门要求的合规审计', 'Audits required by the authorities'),
      substance: t('存在严重影响个人权益或严重缺乏安全措施等较大风险，处理活动可能侵害众多个人权益，或发生导致100万人以上个人信息或10万人以上敏感个人信息泄露、篡改、丢失、毁损的安全事件的，保护部门可以要求处理者委托专业机构进行合规审计；同一事件或风险不得重复要求。', 'The authorities may require a handler to commission a professional body to audit it where there is a major risk (serious impact on individual rights or a serious lack of security measures), where the processing may harm many people, or after an incident leaking, tampering with, losing or destroying PI of ≥1 million people or sensitive PI of ≥100,000 people. Not twice for the same incident or risk.'),
      verification: 'V2',
      text: [
        {
          text: '个人信息处理者有以下情形之一的，国家网信部门和其他履行个人信息保护职责的部门（以下统称为保护部门），可以要求个人信息处理者委托专业机构对个人信息处理活动进行合规审计：',
          items: [
            '（一）发现个人信息处理活动存在严重影响个人权益或者严重缺乏安全措施等较大风险的；',
            '（二）个人信息处理活动可能侵害众多个人的权益的；',
            '（三）发生个人信息安全事件，导致100万人以上个人信息或者10万人以上敏感个人信息泄露、篡改、丢失、毁损的。',
          ],
        },
        { text: '对同一个人信息安全事件或者风险，不得重复要求个人信息处理者委托专业机构开展个人信息保护合规审计。' },
      ],
    },
    '6': {
      num: '6',
      heading: t('参照审计指引', 'Audit Guideline to be followed'),
      substance: t('无论自行审计还是按保护部门要求委托审计，都要参照附件《个人信息保护合规审计指引》。', "Audits, whether on the handler's own initiative or required by the authorities, follow the annexed Audit Guideline."),
      verification: 'V2',
      text: [
        { text: '个人信息处理者自行开展或者按照保护部门要求委托专业机构开展个人信息保护合规审计的，应当参照本办法附件《个人信息保护合规审计指引》。' },
      ],
    },
    '12': {
      num: '12',
      heading: t('100万人以上：个人信息保护负责人', 'From 1 million people: PI protection officer'),
      substance: t('处理100万人以上个人信息的，要指定个人信息保护负责人，负责合规审计工作；提供重要互联网平台服务、用户数量巨大、业务类型复杂的处理者，要成立主要由外部成员组成的独立机构监督合规审计。', 'Handlers of PI of ≥1 million people must designate a PI protection officer responsible for compliance audits. Handlers providing important internet platform services, with huge user numbers and complex business, must set up an independent body composed mainly of external members to oversee audits.'),
      verification: 'V2',
      text: [
        { text: '处理100万人以上个人信息的个人信息处理者应当指定个人信息保护负责人，负责个人信息处理者的个人信息保护合规审计工作。' },
        { text: '提供重要互联网平台服务、用户数量巨大、业务类型复杂的个人信息处理者，应当成立主要由外部成员组成的独立机构对个人信息保护合规审计情况进行监督。' },
      ],
    },
    '18': {
      num: '18',
      heading: t('法律责任', 'Legal liability'),
      substance: t('处理者、专业机构违反本办法的，依照个人信息保护法、网络数据安全管理条例等处理；构成犯罪的，追究刑事责任。', 'Breaches by handlers or professional bodies are dealt with under the PIPL, the NDSR and other laws and regulations; crimes are prosecuted.'),
      verification: 'V2',
      text: [
        { text: '个人信息处理者、专业机构违反本办法规定的，依照《中华人民共和国个人信息保护法》、《网络数据安全管理条例》等法律法规的规定处理；构成犯罪的，依法追究刑事责任。' },
      ],
    },
    '19': {
      num: '19',
      heading: t('国家机关不适用', 'State organs excluded'),
      substance: t('对国家机关和法律、法规授权的具有管理公共事务职能的组织的合规审计，不适用本办法。', 'Does not apply to audits of state organs or of organisations authorised by law to manage public affairs.'),
      verification: 'V2',
      text: [
        { text: '对国家机关和法律、法规授权的具有管理公共事务职能的组织的个人信息保护合规审计，不适用本办法。' },
      ],
    },
    '20': {
      num: '20',
      heading: t('施行日期', 'Entry into force'),
      substance: t('本办法自2025年5月1日起施行。', 'In force from 2025-05-01.'),
      verification: 'V2',
      text: [
        { text: '本办法自2025年5月1日起施行。' },
      ],
    },
  },
} as const satisfies InstrumentDef;
