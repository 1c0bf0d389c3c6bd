import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** NDSR — 网络数据安全管理条例. Law text generated from shared/legal/brief.md; do not retype. */
export const ndsr = {
  id: 'ndsr',
  title: t('网络数据安全管理条例', 'Regulations on the Administration of Network Data Security'),
  short: t('网络数据安全管理条例', 'NDSR'),
  issuer: t('国务院', 'State Council'),
  docNumber: { text: '中华人民共和国国务院令第790号', verification: 'V3' },
  adopted: { date: '2024-08-30', verification: 'UNVERIFIED' },
  published: { date: '2024-09-24', verification: 'V1' },
  effective: { date: '2025-01-01', verification: 'V1' },
  status: 'in-force',
  rank: 'administrative-regulation',
  numbering: 'article',
  source: 'National Law and Regulation Database text, checked in two independent copies (LawRefBook/Laws; Ansvar-Systems/chinese-law-mcp history); all 64 articles matched.',
  articles: {
    '9': {
      num: '9',
      heading: t('数据安全保护的一般义务', 'General data-security duties'),
      substance: t('在网络安全等级保护的基础上加强数据安全防护，建立数据安全管理制度，采取加密、备份、访问控制、安全认证等措施，防止数据被篡改、破坏、泄露或非法获取、利用，处置安全事件，并对所处理数据的安全承担主体责任。', 'General security duty: on top of MLPS, take encryption, backup, access control, authentication and other measures; the handler bears primary responsibility.'),
      verification: 'V1',
      text: [
        { text: '网络数据处理者应当依照法律、行政法规的规定和国家标准的强制性要求，在网络安全等级保护的基础上，加强网络数据安全防护，建立健全网络数据安全管理制度，采取加密、备份、访问控制、安全认证等技术措施和其他必要措施，保护网络数据免遭篡改、破坏、泄露或者非法获取、非法利用，处置网络数据安全事件，防范针对和利用网络数据实施的违法犯罪活动，并对所处理网络数据的安全承担主体责任。' },
      ],
    },
    '11': {
      num: '11',
      heading: t('安全事件应急和通知', 'Incident response and notification'),
      substance: t('要有数据安全事件应急预案，发生事件立即启动，防止危害扩大并按规定报告；事件对个人、组织造成危害的，要及时通过电话、短信、即时通信工具、电子邮件或公告等方式通知利害关系人，说明事件和风险、危害后果和已采取的补救措施；发现违法犯罪线索的，向公安机关、国家安全机关报案。', 'Incident-response plan; report to authorities; notify affected people (by phone, SMS, IM, e-mail or public notice) with the incident, harm and remedies; report suspected crimes to the police.'),
      verification: 'V1',
      text: [
        { text: '网络数据处理者应当建立健全网络数据安全事件应急预案，发生网络数据安全事件时，应当立即启动预案，采取措施防止危害扩大，消除安全隐患，并按照规定向有关主管部门报告。' },
        { text: '网络数据安全事件对个人、组织合法权益造成危害的，网络数据处理者应当及时将安全事件和风险情况、危害后果、已经采取的补救措施等，以电话、短信、即时通信工具、电子邮件或者公告等方式通知利害关系人；法律、行政法规规定可以不通知的，从其规定。网络数据处理者在处置网络数据安全事件过程中发现涉嫌违法犯罪线索的，应当按照规定向公安机关、国家安全机关报案，并配合开展侦查、调查和处置工作。' },
      ],
    },
    '12': {
      num: '12',
      heading: t('提供、委托处理和共同处理', 'Provision, entrustment and joint processing'),
      substance: t('向他人提供或委托处理个人信息和重要数据，要通过合同等约定目的、方式、范围和安全保护义务，并监督对方履行，相关处理情况记录至少保存3年；接收方要按约定处理；两个以上处理者共同决定目的和方式的，要约定各自的权利义务。', 'Providing or entrusting PI: a contract fixing purpose, method, scope and security duties, with supervision; keep records of provision and entrustment for ≥3 years.'),
      verification: 'V1',
      text: [
        { text: '网络数据处理者向其他网络数据处理者提供、委托处理个人信息和重要数据的，应当通过合同等与网络数据接收方约定处理目的、方式、范围以及安全保护义务等，并对网络数据接收方履行义务的情况进行监督。向其他网络数据处理者提供、委托处理个人信息和重要数据的处理情况记录，应当至少保存3年。' },
        { text: '网络数据接收方应当履行网络数据安全保护义务，并按照约定的目的、方式、范围等处理个人信息和重要数据。' },
        { text: '两个以上的网络数据处理者共同决定个人信息和重要数据的处理目的和处理方式的，应当约定各自的权利和义务。' },
      ],
    },
    '21': {
      num: '21',
      heading: t('个人信息处理规则的内容', 'Contents of personal-information processing rules'),
      substance: t('通过处理规则告知的，规则要集中公开、易于访问、放在醒目位置，内容明确具体、清晰易懂，至少写明：处理者名称和联系方式；处理目的、方式、种类，以及处理敏感个人信息的必要性和对个人权益的影响；保存期限和到期后的处理方式，期限难以确定的写明确定方法；查阅、复制、转移、更正、补充、删除、限制处理、注销账号、撤回同意的方法和途径。收集和对外提供的情况要用清单列明；处理不满十四周岁未成年人信息的，还要制定专门规则。', 'Contents of published processing rules: identity and contact; purpose, method, categories, necessity and impact for sensitive PI; retention period and what happens on expiry (or how the period is determined); how to exercise rights. Recipients must be set out in list form; special rules for under-14s.'),
      verification: 'V1',
      text: [
        {
          text: '网络数据处理者在处理个人信息前，通过制定个人信息处理规则的方式依法向个人告知的，个人信息处理规则应当集中公开展示、易于访问并置于醒目位置，内容明确具体、清晰易懂，包括但不限于下列内容：',
          items: [
            '（一）网络数据处理者的名称或者姓名和联系方式；',
            '（二）处理个人信息的目的、方式、种类，处理敏感个人信息的必要性以及对个人权益的影响；',
            '（三）个人信息保存期限和到期后的处理方式，保存期限难以确定的，应当明确保存期限的确定方法；',
            '（四）个人查阅、复制、转移、更正、补充、删除、限制处理个人信息以及注销账号、撤回同意的方法和途径等。',
          ],
        },
        { text: '网络数据处理者按照前款规定向个人告知收集和向其他网络数据处理者提供个人信息的目的、方式、种类以及网络数据接收方信息的，应当以清单等形式予以列明。网络数据处理者处理不满十四周岁未成年人个人信息的，还应当制定专门的个人信息处理规则。' },
      ],
    },
    '22': {
      num: '22',
      heading: t('基于同意处理的要求', 'Rules for consent-based processing'),
      substance: t('基于同意处理时：收集要为提供产品或服务所必需，不得超范围收集，不得通过误导、欺诈、胁迫取得同意；处理生物识别等敏感个人信息要取得单独同意；不满十四周岁的要取得父母或其他监护人同意；不得超出同意的目的、方式、种类和保存期限；个人明确拒绝后不得频繁征求同意；目的、方式、种类变化要重新取得同意。法律法规要求书面同意的，按其规定。', 'Consent-based processing: no over-collection and no misleading, fraud or coercion; separate consent for biometrics; guardian consent for under-14s; stay within the consented scope and period; no repeated requests after a refusal; re-consent on change.'),
      verification: 'V1',
      text: [
        {
          text: '网络数据处理者基于个人同意处理个人信息的，应当遵守下列规定：',
          items: [
            '（一）收集个人信息为提供产品或者服务所必需，不得超范围收集个人信息，不得通过误导、欺诈、胁迫等方式取得个人同意；',
            '（二）处理生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等敏感个人信息的，应当取得个人的单独同意；',
            '（三）处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他监护人的同意；',
            '（四）不得超出个人同意的个人信息处理目的、方式、种类、保存期限处理个人信息；',
            '（五）不得在个人明确表示不同意处理其个人信息后，频繁征求同意；',
            '（六）个人信息的处理目的、方式、种类发生变更的，应当重新取得个人同意。',
          ],
        },
        { text: '法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定。' },
      ],
    },
    '23': {
      num: '23',
      heading: t('权利请求的处理', 'Handling rights requests'),
      substance: t('个人请求查阅、复制、更正、补充、删除、限制处理，或注销账号、撤回同意的，要及时受理，提供便捷的方法和途径，不得设置不合理条件。', 'Handle rights requests promptly, by convenient means, with no unreasonable conditions.'),
      verification: 'V1',
      text: [
        { text: '个人请求查阅、复制、更正、补充、删除、限制处理其个人信息，或者个人注销账号、撤回同意的，网络数据处理者应当及时受理，并提供便捷的支持个人行使权利的方法和途径，不得设置不合理条件限制个人的合理请求。' },
      ],
    },
    '24': {
      num: '24',
      heading: t('删除或匿名化', 'Deletion or anonymisation'),
      substance: t('因自动化采集等无法避免地采集到非必要信息或未依法取得同意的信息，以及个人注销账号的，要删除或匿名化处理；法定保存期限未满或技术上难以实现的，只能存储并采取必要安全措施，停止其他处理。', 'Delete or anonymise PI collected unavoidably by automated collection or without valid consent; if deletion is impossible, stop processing except storage and security.'),
      verification: 'V1',
      text: [
        { text: '因使用自动化采集技术等无法避免采集到非必要个人信息或者未依法取得个人同意的个人信息，以及个人注销账号的，网络数据处理者应当删除个人信息或者进行匿名化处理。法律、行政法规规定的保存期限未届满，或者删除、匿名化处理个人信息从技术上难以实现的，网络数据处理者应当停止除存储和采取必要的安全保护措施之外的处理。' },
      ],
    },
    '27': {
      num: '27',
      heading: t('定期合规审计', 'Regular compliance audits'),
      substance: t('要定期自行或委托专业机构，对处理个人信息遵守法律、行政法规的情况进行合规审计。', 'Regular compliance audits, done in-house or by a professional body.'),
      verification: 'V1',
      text: [
        { text: '网络数据处理者应当定期自行或者委托专业机构对其处理个人信息遵守法律、行政法规的情况进行合规审计。' },
      ],
    },
    '28': {
      num: '28',
      heading: t('处理1000万人以上个人信息', 'Processing personal information of 10 million people or more'),
      substance: t('处理1000万人以上个人信息的，还要遵守本条例第三十条、第三十二条对重要数据处理者的规定。', "Handlers of PI of ≥10 million people must also meet the important-data handlers' duties in arts 30 and 32."),
      verification: 'V1',
      text: [
        { text: '网络数据处理者处理1000万人以上个人信息的，还应当遵守本条例第三十条、第三十二条对处理重要数据的网络数据处理者（以下简称重要数据的处理者）作出的规定。' },
      ],
    },
    '35': {
      num: '35',
      heading: t('向境外提供个人信息的条件', 'Conditions for cross-border transfer'),
      substance: t('满足下列条件之一才可以向境外提供个人信息：通过数据出境安全评估；经个人信息保护认证；符合个人信息出境标准合同的规定；为订立、履行个人作为一方的合同确需；按劳动规章制度和集体合同实施跨境人力资源管理确需；为履行法定职责或义务确需；紧急情况下为保护生命健康和财产安全确需；其他规定条件。', 'Conditions for cross-border transfer of PI: a CAC data-export security assessment; PI protection certification; the CAC standard contract; necessity for a contract to which the individual is a party; cross-border HR management under lawful rules and collective contracts; a statutory duty or obligation; emergency protection of life, health and property; other conditions set by law or the CAC.'),
      verification: 'V1',
      text: [
        {
          text: '符合下列条件之一的，网络数据处理者可以向境外提供个人信息：',
          items: [
            '（一）通过国家网信部门组织的数据出境安全评估；',
            '（二）按照国家网信部门的规定经专业机构进行个人信息保护认证；',
            '（三）符合国家网信部门制定的关于个人信息出境标准合同的规定；',
            '（四）为订立、履行个人作为一方当事人的合同，确需向境外提供个人信息；',
            '（五）按照依法制定的劳动规章制度和依法签订的集体合同实施跨境人力资源管理，确需向境外提供员工个人信息；',
            '（六）为履行法定职责或者法定义务，确需向境外提供个人信息；',
            '（七）紧急情况下为保护自然人的生命健康和财产安全，确需向境外提供个人信息；',
            '（八）法律、行政法规或者国家网信部门规定的其他条件。',
          ],
        },
      ],
    },
    '55': {
      num: '55',
      heading: t('罚则', 'Penalties'),
      substance: t('违反第十二条、第十六条至第二十条、第二十二条、第四十条第一款和第二款、第四十一条、第四十二条的，由主管部门责令改正、警告、没收违法所得；拒不改正或情节严重的，处100万元以下罚款，并可以责令暂停业务、停业整顿、吊销许可证或营业执照，直接责任人员可处1万至10万元罚款。', 'Penalties for breaching arts 12, 16–20, 22, 40(1)–(2), 41 and 42: warning and confiscation; on refusal to correct or in serious cases fine up to RMB 1 million, business suspension or licence revocation; responsible individuals RMB 10,000–100,000.'),
      verification: 'V1',
      text: [
        { text: '违反本条例第十二条、第十六条至第二十条、第二十二条、第四十条第一款和第二款、第四十一条、第四十二条规定的，由网信、电信、公安等主管部门依据各自职责责令改正，给予警告，没收违法所得；拒不改正或者情节严重的，处100万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员可以处1万元以上10万元以下罚款。' },
      ],
    },
    '58': {
      num: '58',
      heading: t('其他违法行为的法律责任', 'Other breaches'),
      substance: t('违反本条例其他规定的，依照网络安全法、数据安全法、个人信息保护法等法律追究责任。', 'Other breaches are punished under the CSL, DSL and PIPL.'),
      verification: 'V1',
      text: [
        { text: '违反本条例其他有关规定的，由有关主管部门依照《中华人民共和国网络安全法》、《中华人民共和国数据安全法》、《中华人民共和国个人信息保护法》等法律的有关规定追究法律责任。' },
      ],
    },
    '59': {
      num: '59',
      heading: t('从轻、减轻或不予处罚', 'Lenient, mitigated or no penalty'),
      substance: t('主动消除或减轻危害后果、违法行为轻微并及时改正且没有造成危害后果、初次违法且危害后果轻微并及时改正等情形，依照行政处罚法从轻、减轻或不予处罚。', 'Lenient, mitigated or no penalty under the Administrative Penalty Law (minor, promptly corrected, first offence with little harm, and so on).'),
      verification: 'V1',
      text: [
        { text: '网络数据处理者存在主动消除或者减轻违法行为危害后果、违法行为轻微并及时改正且没有造成危害后果或者初次违法且危害后果轻微并及时改正等情形的，依照《中华人民共和国行政处罚法》的规定从轻、减轻或者不予行政处罚。' },
      ],
    },
    '62': {
      num: '62',
      heading: t('用语含义', 'Definitions'),
      substance: t('解释网络数据、网络数据处理活动、网络数据处理者、重要数据、委托处理、共同处理、单独同意、大型网络平台等用语；其中“单独同意”是个人针对其个人信息的特定处理专门作出的具体、明确的同意。', "Definitions, including (7) 单独同意 = consent given specifically and expressly for a particular processing of one's PI."),
      verification: 'V1',
      text: [
        {
          text: '本条例下列用语的含义：',
          items: [
            '（一）网络数据，是指通过网络处理和产生的各种电子数据。',
            '（二）网络数据处理活动，是指网络数据的收集、存储、使用、加工、传输、提供、公开、删除等活动。',
            '（三）网络数据处理者，是指在网络数据处理活动中自主决定处理目的和处理方式的个人、组织。',
            '（四）重要数据，是指特定领域、特定群体、特定区域或者达到一定精度和规模，一旦遭到篡改、破坏、泄露或者非法获取、非法利用，可能直接危害国家安全、经济运行、社会稳定、公共健康和安全的数据。',
            '（五）委托处理，是指网络数据处理者委托个人、组织按照约定的目的和方式开展的网络数据处理活动。',
            '（六）共同处理，是指两个以上的网络数据处理者共同决定网络数据的处理目的和处理方式的网络数据处理活动。',
            '（七）单独同意，是指个人针对其个人信息进行特定处理而专门作出具体、明确的同意。',
            '（八）大型网络平台，是指注册用户5000万以上或者月活跃用户1000万以上，业务类型复杂，网络数据处理活动对国家安全、经济运行、国计民生等具有重要影响的网络平台。',
          ],
        },
      ],
    },
  },
} as const satisfies InstrumentDef;
