import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Audit Guideline — 个人信息保护合规审计指引. Law text generated from shared/legal/brief.md; do not retype. */
export const auditGuideline = {
  id: 'audit-guideline',
  title: t('个人信息保护合规审计指引', 'Guideline for Personal Information Protection Compliance Audits'),
  short: t('个人信息保护合规审计指引', 'Audit Guideline'),
  issuer: t('国家互联网信息办公室', 'Cyberspace Administration of China (CAC)'),
  published: { date: '2025-02-14', verification: 'V3' },
  effective: { date: '2025-05-01', verification: 'V2' },
  status: 'in-force',
  rank: 'departmental-rule',
  numbering: 'guideline-item',
  source: 'Annex to the Audit Measures, in the same republication (信息安全国家工程研究中心, 2025-02-18; archived in GitHub chainreactors/picker). Item 20 is cut off in that copy.',
  note: t('《个人信息保护合规审计管理办法》的附件，按项（二、三……）编号，审计时参照适用。只收录与场所人脸识别相关的各项。', 'The annex to the Audit Measures, numbered by item (二, 三 …); audits follow it. Only the items relevant to face recognition at venues are catalogued.'),
  articles: {
    '2': {
      num: '2',
      heading: t('合法性基础', 'Lawful basis'),
      substance: t('审查基于同意的处理是否取得了充分知情、自愿、明确的同意；目的、方式、种类变更后是否重新取得同意；是否依法取得单独同意或书面同意；未取得同意的，是否属于法律法规规定无需同意的情形。', 'Audit of the lawful basis: informed, voluntary and explicit consent; fresh consent after a change of purpose, method or categories; separate or written consent where required; whether processing without consent falls under a statutory exception.'),
      verification: 'V2',
      text: [
        {
          text: '对个人信息处理活动的合法性基础进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）基于个人同意处理个人信息的，是否取得个人同意，该同意是否由个人在充分知情的前提下自愿、明确作出；',
            '（二）基于个人同意处理个人信息的，个人信息的处理目的、处理方式、处理的个人信息种类发生变更的，是否重新取得个人同意；',
            '（三）基于个人同意处理个人信息的，是否依照法律、行政法规取得个人单独同意或者书面同意；',
            '（四）处理个人信息未取得个人同意的，是否属于法律、行政法规规定不需要取得个人同意的情形。',
          ],
        },
      ],
    },
    '3': {
      num: '3',
      heading: t('个人信息处理规则', 'Processing rules'),
      substance: t('审查处理规则是否如实告知处理者名称或姓名和联系方式；是否用清单等形式列明收集的信息及其处理方式和种类；是否与处理目的直接相关、影响最小；是否写明保存期限或确定方法、到期后的处理方式，且期限为最短必要时间；是否写明各项权利的行使途径和方法。', "Audit of the processing rules: the handler's name and contact; a list of the PI collected, its processing and categories; direct relevance to the purpose and least impact; the retention period (or how it is set), handling on expiry, and that it is the shortest necessary; how individuals exercise their rights."),
      verification: 'V2',
      text: [
        {
          text: '对个人信息处理规则进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）是否真实、准确、完整地告知个人信息处理者的名称或者姓名和联系方式；',
            '（二）是否以清单等便于查看的形式列明所收集的个人信息及其处理方式和种类；',
            '（三）是否与处理目的直接相关，采取对个人权益影响最小的方式；',
            '（四）是否明确个人信息保存期限或者保存期限的确定方法、到期后的处理方式，以及确定保存期限为实现处理目的所必要的最短时间；',
            '（五）是否明确个人查阅、复制、转移、更正、补充、删除、限制处理个人信息以及注销账号、撤回同意的途径和方法。',
          ],
        },
      ],
    },
    '4': {
      num: '4',
      heading: t('告知义务的履行', 'How notice is given'),
      substance: t('审查处理前是否以显著方式、清晰易懂的语言如实告知处理规则；告知文本的大小、字体、颜色是否便于完整阅读；线下是否通过标注、说明等多种方式告知；线上是否提供文本等；规则变更是否及时告知；不告知的是否属于法定保密或无需告知的情形。', 'Audit of how notice is given: prominent, clear, true, accurate and complete notice before processing; text size, font and colour readable; offline notice by labels, explanations and other means; online notice in text or another suitable way; timely notice of changes; no notice only where the law requires confidentiality or no notice.'),
      verification: 'V2',
      text: [
        {
          text: '对个人信息处理者履行告知个人信息处理规则义务进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）个人信息处理者在处理个人信息前，是否以显著方式、清晰易懂的语言真实、准确、完整地向个人告知个人信息处理规则；',
            '（二）告知文本的大小、字体和颜色是否便于个人完整阅读告知事项；',
            '（三）线下告知是否通过标注、说明等多种方式向个人履行告知义务；',
            '（四）在线告知是否提供文本信息或者通过适当方式向个人履行告知义务；',
            '（五）个人信息处理规则发生变更的，是否将变更内容及时告知个人；',
            '（六）处理个人信息不需要告知的，是否属于法律、行政法规规定应当保密或者不需要告知的情形。',
          ],
        },
      ],
    },
    '6': {
      num: '6',
      heading: t('委托处理', 'Entrusted processing'),
      substance: t('审查委托前是否做了影响评估；委托合同是否约定目的、期限、方式、信息种类、保护措施和双方权利义务；是否通过定期检查等方式监督受托人。', 'Audit of entrusted processing: a PIA before entrusting; contract terms (purpose, term, method, categories, protection measures, rights and duties); supervision of the processor, e.g. by regular checks.'),
      verification: 'V2',
      text: [
        {
          text: '对个人信息处理者委托处理个人信息进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）个人信息处理者在委托处理个人信息前，是否开展个人信息保护影响评估；',
            '（二）个人信息处理者与受托人签订的合同，是否与受托人约定了委托处理的目的、期限、方式、个人信息的种类、保护措施以及双方的权利义务等；',
            '（三）个人信息处理者是否采取定期检查等方式，对受托人的个人信息处理活动进行监督。',
          ],
        },
      ],
    },
    '8': {
      num: '8',
      heading: t('向其他处理者提供', 'Provision to other handlers'),
      substance: t('审查基于同意的是否取得单独同意；是否告知接收方名称或姓名、联系方式、处理目的、方式和信息种类（法定例外除外）；是否事前做影响评估。', "Audit of provision to other handlers: separate consent where consent is the basis; notice of the recipient's name, contact, purpose, method and categories (statutory exceptions aside); a PIA in advance."),
      verification: 'V2',
      text: [
        {
          text: '对个人信息处理者向其他个人信息处理者提供其处理的个人信息进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）基于个人同意处理个人信息的，是否取得个人的单独同意；',
            '（二）是否向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，法律、行政法规规定应当保密或者不需要告知的除外；',
            '（三）是否事前进行个人信息保护影响评估。',
          ],
        },
      ],
    },
    '9': {
      num: '9',
      heading: t('自动化决策', 'Automated decision-making'),
      substance: t('审查自动化决策是否透明、结果是否公平公正；是否事前告知涉及的信息种类和可能的影响；是否事前做影响评估；是否提供拒绝重大影响决定和要求说明的机制；推送和营销是否提供不针对个人特征的选项或便捷的拒绝方式；是否防止在交易条件上不合理的差别待遇；以及其他影响透明和公平的事项。', 'Audit of automated decision-making: transparency and fair, just results; prior notice of the categories of PI and possible effects; a PIA in advance; a mechanism to refuse decisions with significant impact and to obtain an explanation; a non-personalised option or easy opt-out for push and marketing; effective measures against unreasonable differential treatment in trading terms; other matters affecting transparency and fairness.'),
      verification: 'V2',
      text: [
        {
          text: '对个人信息处理者利用自动化决策处理个人信息进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）自动化决策的透明度，以及自动化决策的结果是否公平、公正；',
            '（二）是否事前告知个人自动化决策处理个人信息的种类及可能带来的影响；',
            '（三）是否事前进行个人信息保护影响评估；',
            '（四）是否向用户提供保障机制，以便个人通过便捷方式拒绝通过自动化决策方式作出对个人权益有重大影响的决定，并要求个人信息处理者就通过自动化决策方式作出对用户个人权益有重大影响的决定予以说明；',
            '（五）向个人进行信息推送、商业营销的，是否同时提供不针对个人特征的选项，或者提供便捷的拒绝自动化决策服务的方式；',
            '（六）是否采取了有效措施，防止自动化决策根据消费者的偏好、交易习惯等对个人在交易条件上实行不合理的差别待遇；',
            '（七）其他可能影响自动化决策的透明度和结果公平、公正的事项。',
          ],
        },
      ],
    },
    '11': {
      num: '11',
      heading: t('公共场所的图像收集、个人身份识别设备', 'Image-capture and identity-recognition devices in public places'),
      substance: t('在公共场所安装图像收集、个人身份识别设备的，重点审查安装是否合法和所收集信息的用途，包括：是否为维护公共安全所必需、是否把信息用于商业目的；是否设置显著的提示标识；把图像、身份识别信息用于公共安全以外用途的，是否取得单独同意。', 'Devices in public places: audit the legality of installing image-capture and identity-recognition devices and the use of the PI collected, including: whether the installation is necessary for public security and whether the PI is processed for commercial purposes; whether prominent signs are in place; separate consent for any use other than public security.'),
      verification: 'V2',
      text: [
        {
          text: '个人信息处理者在公共场所安装图像收集、个人身份识别设备的，应当重点对其安装图像收集、个人信息身份识别设备的合法性及所收集个人信息的用途进行审查。审查内容包括但不限于：',
          items: [
            '（一）是否为维护公共安全所必需，是否为商业目的处理所收集的个人信息；',
            '（二）是否设置了显著的提示标识；',
            '（三）个人信息处理者所收集的个人图像、身份识别信息用于维护公共安全以外用途的，是否取得个人单独同意。',
          ],
        },
      ],
    },
    '13': {
      num: '13',
      heading: t('敏感个人信息', 'Sensitive personal information'),
      substance: t('审查处理生物识别等敏感个人信息是否事前取得单独同意；处理不满十四周岁未成年人信息是否事前取得监护人同意；目的、方式、范围是否合法、正当、必要；是否事前做影响评估；是否告知必要性和对个人权益的影响；法律要求书面同意的是否取得；是否遵守法律法规的限制性规定。', 'Audit of sensitive PI: prior separate consent (biometrics and other sensitive PI); prior guardian consent for children under 14; lawful, legitimate and necessary purpose, method and scope; a PIA in advance; notice of the necessity and the impact on rights; written consent where required; compliance with statutory restrictions.'),
      verification: 'V2',
      text: [
        {
          text: '对个人信息处理者处理敏感个人信息进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）基于个人同意处理个人信息的，处理生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等敏感个人信息，是否事前取得个人的单独同意；',
            '（二）基于个人同意处理个人信息的，处理不满十四周岁未成年人的个人信息，是否事前取得未成年人的父母或者其他监护人的同意；',
            '（三）处理敏感个人信息的目的、方式、范围是否合法、正当、必要；',
            '（四）是否在事前进行个人信息保护影响评估；',
            '（五）是否向个人告知处理敏感个人信息的必要性以及对个人权益的影响，法律、行政法规规定应当保密或者不需要告知的除外；',
            '（六）法律、行政法规规定应当取得书面同意的，是否取得书面同意；',
            '（七）是否遵守法律、行政法规对处理敏感个人信息的限制性规定。',
          ],
        },
      ],
    },
    '14': {
      num: '14',
      heading: t('不满十四周岁未成年人', 'Children under 14'),
      substance: t('审查是否制定专门的处理规则；是否向未成年人及其监护人告知处理目的、方式、必要性、信息种类和保护措施等；是否强制要求未成年人或监护人同意处理非必要的个人信息。', "Audit of children's PI: special processing rules; notice to the child and the guardian of the purpose, method, necessity, categories and protection measures; no forced consent to processing of non-necessary PI."),
      verification: 'V2',
      text: [
        {
          text: '对个人信息处理者处理不满十四周岁未成年人个人信息进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）是否制定专门的个人信息处理规则；',
            '（二）是否向未成年人及其监护人告知未成年人个人信息的处理目的、处理方式、处理必要性，以及处理个人信息的种类、所采取的保护措施等，法律、行政法规规定不需要告知的除外；',
            '（三）基于个人同意处理个人信息，是否存在强制要求未成年人或者其监护人同意处理非必要个人信息的行为。',
          ],
        },
      ],
    },
    '15': {
      num: '15',
      heading: t('向境外提供', 'Transfers abroad'),
      substance: t('审计向境外提供个人信息时，要关注按规定数量门槛适用的安全评估或者标准合同。本工具未收录本项原文，这里只陈述要点。', 'In auditing transfers abroad, attention goes to the volume thresholds at which the security assessment or the standard contract applies. This tool does not reproduce the item’s wording; only its substance is stated.'),
      verification: 'V2',
    },
    '16': {
      num: '16',
      heading: t('删除权', 'Right to deletion'),
      substance: t('审查处理目的是否已实现、无法实现或不再必要；是否已停止提供产品服务或个人已注销账号；保存期限是否届满；个人是否撤回同意；是否存在违法违约处理；应删除但无法删除的，是否已停止存储和安全措施以外的处理。', 'Audit of deletion: purpose achieved, unachievable or no longer necessary; service ended or account closed; retention period expired; consent withdrawn; unlawful or contract-breaching processing; where deletion is not possible, whether all processing other than storage and security measures has stopped.'),
      verification: 'V2',
      text: [
        {
          text: '对个人信息删除权保障情况进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）个人信息处理目的是否已实现、无法实现或者为实现处理目的不再必要；',
            '（二）个人信息处理者是否停止提供产品或者服务，或者个人是否已注销账号；',
            '（三）保存期限是否已届满；',
            '（四）个人是否撤回同意；',
            '（五）个人信息处理者是否违反法律、行政法规或者违反约定处理个人信息；',
            '（六）应当删除个人信息，但法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的，个人信息处理者是否停止除存储和采取必要的安全措施之外的处理。',
          ],
        },
      ],
    },
    '17': {
      num: '17',
      heading: t('个人权利的保障', "Protection of individuals' rights"),
      substance: t('审查是否建立便捷的权利申请受理和处理机制；是否及时响应，并及时、完整、准确告知处理意见或结果；拒绝请求时是否说明理由。', 'Audit of rights handling: a convenient mechanism for receiving and handling requests; prompt responses with timely, complete and accurate results; reasons given for refusals.'),
      verification: 'V2',
      text: [
        {
          text: '对个人信息处理者保障个人在个人信息处理活动中的权利情况进行合规审计的，应当重点审查下列事项：',
          items: [
            '（一）是否建立便捷的个人行使权利的申请受理机制和处理机制；',
            '（二）是否及时响应个人行使权利的申请，是否及时、完整、准确告知处理意见或者执行结果；',
            '（三）拒绝个人行使权利请求的，是否向个人说明理由。',
          ],
        },
      ],
    },
  },
} as const satisfies InstrumentDef;
