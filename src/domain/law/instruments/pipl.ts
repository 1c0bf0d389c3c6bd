import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** PIPL — 中华人民共和国个人信息保护法. Law text generated from shared/legal/brief.md; do not retype. */
export const pipl = {
  id: 'pipl',
  title: t('中华人民共和国个人信息保护法', "Personal Information Protection Law of the People's Republic of China"),
  short: t('个人信息保护法', 'PIPL'),
  issuer: t('全国人民代表大会常务委员会', "Standing Committee of the National People's Congress"),
  docNumber: { text: '中华人民共和国主席令第九十一号', verification: 'UNVERIFIED' },
  adopted: { date: '2021-08-20', verification: 'V1' },
  effective: { date: '2021-11-01', verification: 'V1' },
  status: 'in-force',
  rank: 'law',
  numbering: 'article',
  source: 'National Law and Regulation Database (flk.npc.gov.cn) text, checked in two independent copies (LawRefBook/Laws; Ansvar-Systems/chinese-law-mcp history); all 74 articles matched.',
  articles: {
    '4': {
      num: '4',
      heading: t('个人信息与处理的定义', 'Definitions of personal information and processing'),
      substance: t('个人信息是与已识别或可识别的自然人有关的各种记录信息，匿名化处理后的信息不算；“处理”涵盖收集、存储、使用、加工、传输、提供、公开、删除等环节。本条没有提到生物识别信息，人脸属于敏感个人信息的依据见第二十八条。', 'Defines personal information (anonymised data excluded) and "processing" (collection, storage, use, processing, transmission, provision, disclosure, deletion). Biometrics are not mentioned here — see art. 28.'),
      verification: 'V1',
      text: [
        { text: '个人信息是以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息，不包括匿名化处理后的信息。' },
        { text: '个人信息的处理包括个人信息的收集、存储、使用、加工、传输、提供、公开、删除等。' },
      ],
    },
    '5': {
      num: '5',
      heading: t('合法、正当、必要和诚信原则', 'Lawfulness, legitimacy, necessity and good faith'),
      substance: t('处理个人信息必须合法、正当、必要、诚信，不能靠误导、欺诈、胁迫等手段。', 'Lawfulness, legitimacy, necessity and good faith; no misleading, fraud or coercion.'),
      verification: 'V1',
      text: [
        { text: '处理个人信息应当遵循合法、正当、必要和诚信原则，不得通过误导、欺诈、胁迫等方式处理个人信息。' },
      ],
    },
    '6': {
      num: '6',
      heading: t('目的明确与最小必要', 'Purpose limitation and data minimisation'),
      substance: t('处理要有明确、合理的目的，并与目的直接相关，选用对个人权益影响最小的方式；收集范围以实现目的所需的最小范围为限，不得过度收集。', 'A clear and reasonable purpose, directly related to the processing; the least intrusive method; collection limited to the minimum needed; no excessive collection.'),
      verification: 'V1',
      text: [
        { text: '处理个人信息应当具有明确、合理的目的，并应当与处理目的直接相关，采取对个人权益影响最小的方式。' },
        { text: '收集个人信息，应当限于实现处理目的的最小范围，不得过度收集个人信息。' },
      ],
    },
    '7': {
      num: '7',
      heading: t('公开透明', 'Openness and transparency'),
      substance: t('要公开个人信息处理规则，讲清楚处理的目的、方式和范围。', 'Openness and transparency: publish the processing rules and state the purpose, method and scope.'),
      verification: 'V1',
      text: [
        { text: '处理个人信息应当遵循公开、透明原则，公开个人信息处理规则，明示处理的目的、方式和范围。' },
      ],
    },
    '9': {
      num: '9',
      heading: t('处理者的安全责任', "Handler's responsibility for security"),
      substance: t('处理者要对自己的处理活动负责，并采取必要措施保障所处理个人信息的安全。', 'The handler is responsible for its processing and must take the necessary measures to keep PI secure.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者应当对其个人信息处理活动负责，并采取必要措施保障所处理的个人信息的安全。' },
      ],
    },
    '10': {
      num: '10',
      heading: t('禁止非法处理', 'No unlawful processing'),
      substance: t('任何组织和个人不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或公开，也不得从事危害国家安全、公共利益的处理活动。', 'No illegal collection, use, processing or transmission; no illegal sale, provision or disclosure of PI.'),
      verification: 'V1',
      text: [
        { text: '任何组织、个人不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息；不得从事危害国家安全、公共利益的个人信息处理活动。' },
      ],
    },
    '13': {
      num: '13',
      heading: t('处理的合法性基础', 'Lawful bases for processing'),
      substance: t('只有在法律列明的情形下才能处理个人信息：取得个人同意；订立或履行合同、实施人力资源管理所必需；履行法定职责或义务所必需；应对突发公共卫生事件或紧急情况下保护生命健康和财产安全所必需；为公共利益在合理范围内进行新闻报道、舆论监督；在合理范围内处理已公开的信息；法律、行政法规规定的其他情形。法律没有“合法利益”这一基础；属于第二至第七项情形的，不需要取得同意。', "Closed list of lawful bases: consent; contract or HR necessity; statutory duty or obligation; public-health emergency or emergency protection of life and property; reasonable news reporting; already-public PI; others set by law. There is no 'legitimate interest' basis. Where another provision requires consent, bases (2)–(7) remove that need."),
      verification: 'V1',
      text: [
        {
          text: '符合下列情形之一的，个人信息处理者方可处理个人信息：',
          items: [
            '（一）取得个人的同意；',
            '（二）为订立、履行个人作为一方当事人的合同所必需，或者按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需；',
            '（三）为履行法定职责或者法定义务所必需；',
            '（四）为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；',
            '（五）为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；',
            '（六）依照本法规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；',
            '（七）法律、行政法规规定的其他情形。',
          ],
        },
        { text: '依照本法其他有关规定，处理个人信息应当取得个人同意，但是有前款第二项至第七项规定情形的，不需取得个人同意。' },
      ],
    },
    '14': {
      num: '14',
      heading: t('有效同意与重新同意', 'Valid consent; fresh consent on change'),
      substance: t('同意必须在充分知情的前提下自愿、明确地作出；法律法规要求单独同意或书面同意的，按其规定；处理目的、方式或信息种类变化的，要重新取得同意。', 'Consent must be fully informed, voluntary and explicit; separate or written consent where the law requires it; fresh consent when the purpose, method or category changes.'),
      verification: 'V1',
      text: [
        { text: '基于个人同意处理个人信息的，该同意应当由个人在充分知情的前提下自愿、明确作出。法律、行政法规规定处理个人信息应当取得个人单独同意或者书面同意的，从其规定。' },
        { text: '个人信息的处理目的、处理方式和处理的个人信息种类发生变更的，应当重新取得个人同意。' },
      ],
    },
    '15': {
      num: '15',
      heading: t('撤回同意', 'Withdrawal of consent'),
      substance: t('个人可以撤回同意，处理者要提供便捷的撤回方式；撤回不影响撤回前已经进行的处理的效力。', 'Consent may be withdrawn, and the handler must offer a convenient way to withdraw. Withdrawal is not retroactive.'),
      verification: 'V1',
      text: [
        { text: '基于个人同意处理个人信息的，个人有权撤回其同意。个人信息处理者应当提供便捷的撤回同意的方式。' },
        { text: '个人撤回同意，不影响撤回前基于个人同意已进行的个人信息处理活动的效力。' },
      ],
    },
    '16': {
      num: '16',
      heading: t('不得因拒绝同意而拒绝服务', 'No refusal of service for refusing consent'),
      substance: t('个人不同意或撤回同意的，处理者不能因此拒绝提供产品或服务，除非这项处理是提供该产品或服务所必需的。', 'A handler may not refuse products or services because a person refuses or withdraws consent, unless the processing is necessary to provide them.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者不得以个人不同意处理其个人信息或者撤回同意为由，拒绝提供产品或者服务；处理个人信息属于提供产品或者服务所必需的除外。' },
      ],
    },
    '17': {
      num: '17',
      heading: t('处理前的告知', 'Notice before processing'),
      substance: t('处理前要以显著方式、清晰易懂的语言，真实、准确、完整地告知：处理者名称或姓名和联系方式；处理目的、方式、信息种类和保存期限；个人行使权利的方式和程序；其他应告知的事项。事项变化的要告知变化部分；通过处理规则告知的，规则要公开并便于查阅和保存。', 'Notice before processing, prominent, in clear language, true, accurate and complete: identity and contact; purpose, method, categories and retention period; how to exercise rights; anything else the law requires. Changes must be notified. Published rules must be easy to consult and keep.'),
      verification: 'V1',
      text: [
        {
          text: '个人信息处理者在处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项：',
          items: [
            '（一）个人信息处理者的名称或者姓名和联系方式；',
            '（二）个人信息的处理目的、处理方式，处理的个人信息种类、保存期限；',
            '（三）个人行使本法规定权利的方式和程序；',
            '（四）法律、行政法规规定应当告知的其他事项。',
          ],
        },
        { text: '前款规定事项发生变更的，应当将变更部分告知个人。' },
        { text: '个人信息处理者通过制定个人信息处理规则的方式告知第一款规定事项的，处理规则应当公开，并且便于查阅和保存。' },
      ],
    },
    '18': {
      num: '18',
      heading: t('告知的例外', 'Exceptions to notice'),
      substance: t('法律、行政法规规定应当保密或不需要告知的，可以不告知；紧急情况下来不及告知的，要在紧急情况消除后及时告知。', 'Exceptions to notice: confidentiality or no-notice required by law or regulation; in emergencies, notify once the emergency ends.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者处理个人信息，有法律、行政法规规定应当保密或者不需要告知的情形的，可以不向个人告知前条第一款规定的事项。' },
        { text: '紧急情况下为保护自然人的生命健康和财产安全无法及时向个人告知的，个人信息处理者应当在紧急情况消除后及时告知。' },
      ],
    },
    '19': {
      num: '19',
      heading: t('保存期限', 'Retention period'),
      substance: t('除法律、行政法规另有规定外，个人信息只能保存实现处理目的所必要的最短时间。', 'Retention is limited to the shortest time necessary for the purpose, unless a law or regulation provides otherwise.'),
      verification: 'V1',
      text: [
        { text: '除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。' },
      ],
    },
    '21': {
      num: '21',
      heading: t('委托处理', 'Entrusted processing'),
      substance: t('委托他人处理个人信息，要与受托人约定目的、期限、方式、信息种类、保护措施和双方权利义务，并监督受托人；受托人只能按约定处理，合同终止或无效等情况下要返还或删除信息、不得保留；未经处理者同意不得转委托。', 'Entrusted processing: a contract fixing purpose, term, method, categories, protection measures and rights and duties; the handler supervises; the processor stays within the mandate and returns or deletes the data at the end; no sub-entrustment without consent.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者委托处理个人信息的，应当与受托人约定委托处理的目的、期限、处理方式、个人信息的种类、保护措施以及双方的权利和义务等，并对受托人的个人信息处理活动进行监督。' },
        { text: '受托人应当按照约定处理个人信息，不得超出约定的处理目的、处理方式等处理个人信息；委托合同不生效、无效、被撤销或者终止的，受托人应当将个人信息返还个人信息处理者或者予以删除，不得保留。' },
        { text: '未经个人信息处理者同意，受托人不得转委托他人处理个人信息。' },
      ],
    },
    '23': {
      num: '23',
      heading: t('向其他处理者提供', 'Provision to another handler'),
      substance: t('把个人信息提供给其他处理者，要告知个人接收方的名称或姓名、联系方式、处理目的、处理方式和信息种类，并取得单独同意；接收方只能在该范围内处理，变更目的或方式要重新取得同意。', "Providing PI to another handler: tell the person the recipient's name and contact, purpose, method and categories, and obtain separate consent. The recipient is bound by that scope."),
      verification: 'V1',
      text: [
        { text: '个人信息处理者向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意。接收方应当在上述处理目的、处理方式和个人信息的种类等范围内处理个人信息。接收方变更原先的处理目的、处理方式的，应当依照本法规定重新取得个人同意。' },
      ],
    },
    '24': {
      num: '24',
      heading: t('自动化决策', 'Automated decision-making'),
      substance: t('用个人信息做自动化决策，要保证透明、结果公平公正，不得在交易价格等条件上实行不合理的差别待遇；个性化推送和营销要同时提供不针对个人特征的选项或便捷的拒绝方式；对个人权益有重大影响的决定，个人有权要求说明，并有权拒绝仅由自动化决策作出决定。', 'Automated decision-making: transparent, fair and just results; no unreasonable differential treatment in trading terms; an opt-out for personalised push or marketing; a right to an explanation and to refuse decisions with significant impact made solely by automated means.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者利用个人信息进行自动化决策，应当保证决策的透明度和结果公平、公正，不得对个人在交易价格等交易条件上实行不合理的差别待遇。' },
        { text: '通过自动化决策方式向个人进行信息推送、商业营销，应当同时提供不针对其个人特征的选项，或者向个人提供便捷的拒绝方式。' },
        { text: '通过自动化决策方式作出对个人权益有重大影响的决定，个人有权要求个人信息处理者予以说明，并有权拒绝个人信息处理者仅通过自动化决策的方式作出决定。' },
      ],
    },
    '25': {
      num: '25',
      heading: t('不得公开个人信息', 'No public disclosure'),
      substance: t('处理者不得公开其处理的个人信息，取得个人单独同意的除外。', 'No public disclosure of PI without separate consent.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。' },
      ],
    },
    '26': {
      num: '26',
      heading: t('公共场所的图像采集、个人身份识别设备', 'Image-capture and identity-recognition devices in public places'),
      substance: t('在公共场所安装图像采集、个人身份识别设备，必须是维护公共安全所必需，遵守国家有关规定，并设置显著的提示标识；收集到的图像和身份识别信息只能用于维护公共安全，用于其他目的须取得个人单独同意。', 'Image-capture or personal-identity-recognition devices in public places only where necessary for public security, in line with state rules, with prominent signs. Images and identity data collected may be used only for public security, unless the person gives separate consent.'),
      verification: 'V1',
      text: [
        { text: '在公共场所安装图像采集、个人身份识别设备，应当为维护公共安全所必需，遵守国家有关规定，并设置显著的提示标识。所收集的个人图像、身份识别信息只能用于维护公共安全的目的，不得用于其他目的；取得个人单独同意的除外。' },
      ],
    },
    '28': {
      num: '28',
      heading: t('敏感个人信息', 'Sensitive personal information'),
      substance: t('敏感个人信息是一旦泄露或被非法使用，容易侵害人格尊严或危害人身、财产安全的信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等，以及不满十四周岁未成年人的全部个人信息。只有在目的特定、有充分必要性并采取严格保护措施时，才能处理。', 'Sensitive PI includes biometrics and all PI of children under 14. It may be processed only with a specific purpose, sufficient necessity and strict protection.'),
      verification: 'V1',
      text: [
        { text: '敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。' },
        { text: '只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，个人信息处理者方可处理敏感个人信息。' },
      ],
    },
    '29': {
      num: '29',
      heading: t('敏感个人信息须单独同意', 'Separate consent for sensitive personal information'),
      substance: t('处理敏感个人信息要取得个人的单独同意；法律、行政法规要求书面同意的，按其规定。', 'Sensitive PI requires separate consent (written consent where a law or regulation requires it).'),
      verification: 'V1',
      text: [
        { text: '处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定。' },
      ],
    },
    '30': {
      num: '30',
      heading: t('敏感个人信息的额外告知', 'Additional notice for sensitive personal information'),
      substance: t('处理敏感个人信息，除一般告知事项外，还要告诉个人为什么有必要处理以及对其权益有什么影响（依法可以不告知的除外）。', "For sensitive PI, the notice must also state why the processing is necessary and how it affects the person's rights."),
      verification: 'V1',
      text: [
        { text: '个人信息处理者处理敏感个人信息的，除本法第十七条第一款规定的事项外，还应当向个人告知处理敏感个人信息的必要性以及对个人权益的影响；依照本法规定可以不向个人告知的除外。' },
      ],
    },
    '31': {
      num: '31',
      heading: t('不满十四周岁未成年人的个人信息', 'Personal information of children under 14'),
      substance: t('处理不满十四周岁未成年人的个人信息，要取得其父母或其他监护人的同意，并制定专门的个人信息处理规则。', 'Children under 14: consent of a parent or guardian, and special processing rules.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他监护人的同意。' },
        { text: '个人信息处理者处理不满十四周岁未成年人个人信息的，应当制定专门的个人信息处理规则。' },
      ],
    },
    '38': {
      num: '38',
      heading: t('向境外提供的条件', 'Conditions for cross-border transfer'),
      substance: t('确需向境外提供个人信息的，要满足以下条件之一：通过国家网信部门组织的安全评估；经专业机构进行个人信息保护认证；按国家网信部门的标准合同与境外接收方订立合同；其他规定条件。国际条约、协定另有规定的可以按其执行。处理者还要确保境外接收方的处理达到本法的保护标准。', "Cross-border transfer conditions: a regulator's security assessment, certification, the regulator's standard contract, or another condition; and ensure the overseas recipient meets the PIPL standard."),
      verification: 'V1',
      text: [
        {
          text: '个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的，应当具备下列条件之一：',
          items: [
            '（一）依照本法第四十条的规定通过国家网信部门组织的安全评估；',
            '（二）按照国家网信部门的规定经专业机构进行个人信息保护认证；',
            '（三）按照国家网信部门制定的标准合同与境外接收方订立合同，约定双方的权利和义务；',
            '（四）法律、行政法规或者国家网信部门规定的其他条件。',
          ],
        },
        { text: '中华人民共和国缔结或者参加的国际条约、协定对向中华人民共和国境外提供个人信息的条件等有规定的，可以按照其规定执行。' },
        { text: '个人信息处理者应当采取必要措施，保障境外接收方处理个人信息的活动达到本法规定的个人信息保护标准。' },
      ],
    },
    '39': {
      num: '39',
      heading: t('跨境提供的告知与单独同意', 'Notice and separate consent for cross-border transfer'),
      substance: t('向境外提供个人信息，要告知境外接收方的名称或姓名、联系方式、处理目的、方式、信息种类以及个人向其行使权利的方式和程序，并取得单独同意。', 'Cross-border transfer: tell the person the overseas recipient and how to exercise rights against it, and obtain separate consent.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者向中华人民共和国境外提供个人信息的，应当向个人告知境外接收方的名称或者姓名、联系方式、处理目的、处理方式、个人信息的种类以及个人向境外接收方行使本法规定权利的方式和程序等事项，并取得个人的单独同意。' },
      ],
    },
    '40': {
      num: '40',
      heading: t('境内存储和出境安全评估', 'Local storage and the security assessment for transfers abroad'),
      substance: t('关键信息基础设施运营者，以及个人信息处理量达到国家网信部门所定数量的处理者，须把在中国境内收集或产生的个人信息存放在境内；要传往境外的，须先通过国家网信部门组织的安全评估（法律、行政法规或国家网信部门规定免于评估的除外）。本工具未收录本条原文，这里只陈述要点。', 'Critical information infrastructure operators, and handlers processing PI in the amount the national cyberspace authority sets, must store PI collected or generated in China within China; a transfer abroad then needs the security assessment organised by that authority, unless laws, administrative regulations or its rules exempt it. This tool does not reproduce the wording; only the substance is stated.'),
      verification: 'V1',
    },
    '44': {
      num: '44',
      heading: t('知情权和决定权', 'Right to know and to decide'),
      substance: t('个人对自己信息的处理享有知情权、决定权，可以限制或拒绝他人处理，法律、行政法规另有规定的除外。', 'A right to know and decide, and to restrict or refuse processing.'),
      verification: 'V1',
      text: [
        { text: '个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理；法律、行政法规另有规定的除外。' },
      ],
    },
    '45': {
      num: '45',
      heading: t('查阅、复制和转移', 'Access, copy and portability'),
      substance: t('个人有权查阅、复制自己的个人信息，处理者要及时提供（法定例外除外）；符合国家网信部门规定条件的，处理者要提供转移到指定处理者的途径。', "A right to access and copy, answered promptly; portability under the regulator's conditions."),
      verification: 'V1',
      text: [
        { text: '个人有权向个人信息处理者查阅、复制其个人信息；有本法第十八条第一款、第三十五条规定情形的除外。' },
        { text: '个人请求查阅、复制其个人信息的，个人信息处理者应当及时提供。' },
        { text: '个人请求将个人信息转移至其指定的个人信息处理者，符合国家网信部门规定条件的，个人信息处理者应当提供转移的途径。' },
      ],
    },
    '46': {
      num: '46',
      heading: t('更正和补充', 'Correction and completion'),
      substance: t('个人发现自己的信息不准确或不完整，有权要求更正、补充；处理者要核实并及时更正、补充。本工具未收录本条原文，这里只陈述要点。', 'A person who finds their PI inaccurate or incomplete has the right to ask for it to be corrected or completed; the handler must verify it and correct or complete it promptly. This tool does not reproduce the wording; only the substance is stated.'),
      verification: 'V1',
    },
    '47': {
      num: '47',
      heading: t('删除', 'Deletion'),
      substance: t('目的已实现、无法实现或不再必要，停止提供产品服务或保存期限届满，个人撤回同意，违法或违约处理，以及法律法规规定的其他情形，处理者要主动删除；没有删除的，个人可以要求删除。法定保存期限未满或技术上难以删除的，只能存储并采取必要安全措施，停止其他处理。', "Duty to delete on the handler's own initiative (purpose achieved or no longer necessary; service ended or retention period expired; consent withdrawn; unlawful processing; other) and a right to request deletion. Where deletion is technically hard or a legal retention period runs, stop all processing except storage and security measures."),
      verification: 'V1',
      text: [
        {
          text: '有下列情形之一的，个人信息处理者应当主动删除个人信息；个人信息处理者未删除的，个人有权请求删除：',
          items: [
            '（一）处理目的已实现、无法实现或者为实现处理目的不再必要；',
            '（二）个人信息处理者停止提供产品或者服务，或者保存期限已届满；',
            '（三）个人撤回同意；',
            '（四）个人信息处理者违反法律、行政法规或者违反约定处理个人信息；',
            '（五）法律、行政法规规定的其他情形。',
          ],
        },
        { text: '法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的，个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理。' },
      ],
    },
    '48': {
      num: '48',
      heading: t('要求解释说明处理规则', 'Explanation of the processing rules'),
      substance: t('个人有权要求处理者解释说明其个人信息处理规则。本工具未收录本条原文，这里只陈述要点。', "A person has the right to ask the handler to explain its rules for processing their PI. This tool does not reproduce the wording; only the substance is stated."),
      verification: 'V1',
    },
    '50': {
      num: '50',
      heading: t('权利请求的受理和处理', 'Handling rights requests'),
      substance: t('处理者要建立便捷的个人行使权利的申请受理和处理机制；拒绝请求的要说明理由，被拒绝的个人可以向法院起诉。', 'A convenient mechanism for receiving and handling rights requests; reasons must be given for a refusal; the person may sue.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者应当建立便捷的个人行使权利的申请受理和处理机制。拒绝个人行使权利的请求的，应当说明理由。' },
        { text: '个人信息处理者拒绝个人行使权利的请求的，个人可以依法向人民法院提起诉讼。' },
      ],
    },
    '51': {
      num: '51',
      heading: t('安全保护措施', 'Security measures'),
      substance: t('处理者要根据处理目的、方式、信息种类、对个人的影响和安全风险，采取以下措施：制定内部管理制度和操作规程；分类管理；加密、去标识化等技术措施；合理设定操作权限并定期培训；制定并实施安全事件应急预案；其他法定措施。', 'Security measures: internal rules; classification; encryption and de-identification; access permissions and training; incident-response plans; others.'),
      verification: 'V1',
      text: [
        {
          text: '个人信息处理者应当根据个人信息的处理目的、处理方式、个人信息的种类以及对个人权益的影响、可能存在的安全风险等，采取下列措施确保个人信息处理活动符合法律、行政法规的规定，并防止未经授权的访问以及个人信息泄露、篡改、丢失：',
          items: [
            '（一）制定内部管理制度和操作规程；',
            '（二）对个人信息实行分类管理；',
            '（三）采取相应的加密、去标识化等安全技术措施；',
            '（四）合理确定个人信息处理的操作权限，并定期对从业人员进行安全教育和培训；',
            '（五）制定并组织实施个人信息安全事件应急预案；',
            '（六）法律、行政法规规定的其他措施。',
          ],
        },
      ],
    },
    '52': {
      num: '52',
      heading: t('个人信息保护负责人', 'Personal information protection officer'),
      substance: t('处理个人信息达到国家网信部门规定数量的，要指定个人信息保护负责人负责监督，公开其联系方式，并把其姓名、联系方式等报送主管部门。', "A PI protection officer once the regulator's volume threshold is reached; publish the officer's contact details and report them to the authorities."),
      verification: 'V1',
      text: [
        { text: '处理个人信息达到国家网信部门规定数量的个人信息处理者应当指定个人信息保护负责人，负责对个人信息处理活动以及采取的保护措施等进行监督。' },
        { text: '个人信息处理者应当公开个人信息保护负责人的联系方式，并将个人信息保护负责人的姓名、联系方式等报送履行个人信息保护职责的部门。' },
      ],
    },
    '54': {
      num: '54',
      heading: t('合规审计', 'Compliance audits'),
      substance: t('处理者要定期对自己的处理活动是否遵守法律、行政法规进行合规审计。', 'Regular compliance audits.'),
      verification: 'V1',
      text: [
        { text: '个人信息处理者应当定期对其处理个人信息遵守法律、行政法规的情况进行合规审计。' },
      ],
    },
    '55': {
      num: '55',
      heading: t('应事前进行个人信息保护影响评估的情形', 'When a personal information protection impact assessment is required'),
      substance: t('以下情形要事前做个人信息保护影响评估并记录处理情况：处理敏感个人信息；自动化决策；委托处理、向他人提供或公开个人信息；向境外提供；其他对个人权益有重大影响的处理。', 'PIA in advance plus processing records for: sensitive PI; automated decision-making; entrusted processing, provision to others or disclosure; cross-border transfer; other processing with significant impact.'),
      verification: 'V1',
      text: [
        {
          text: '有下列情形之一的，个人信息处理者应当事前进行个人信息保护影响评估，并对处理情况进行记录：',
          items: [
            '（一）处理敏感个人信息；',
            '（二）利用个人信息进行自动化决策；',
            '（三）委托处理个人信息、向其他个人信息处理者提供个人信息、公开个人信息；',
            '（四）向境外提供个人信息；',
            '（五）其他对个人权益有重大影响的个人信息处理活动。',
          ],
        },
      ],
    },
    '56': {
      num: '56',
      heading: t('影响评估的内容和保存', 'Contents and retention of the impact assessment'),
      substance: t('影响评估要包括：处理目的、方式等是否合法、正当、必要；对个人权益的影响和安全风险；保护措施是否合法、有效并与风险程度相适应。评估报告和处理情况记录至少保存三年。', 'PIA contents: whether purpose and method are lawful, legitimate and necessary; impact on rights and security risks; whether the measures are lawful, effective and proportionate. Keep PIA reports and processing records for at least 3 years.'),
      verification: 'V1',
      text: [
        {
          text: '个人信息保护影响评估应当包括下列内容：',
          items: [
            '（一）个人信息的处理目的、处理方式等是否合法、正当、必要；',
            '（二）对个人权益的影响及安全风险；',
            '（三）所采取的保护措施是否合法、有效并与风险程度相适应。',
          ],
        },
        { text: '个人信息保护影响评估报告和处理情况记录应当至少保存三年。' },
      ],
    },
    '57': {
      num: '57',
      heading: t('安全事件的补救和通知', 'Remedy and notification of incidents'),
      substance: t('发生或可能发生个人信息泄露、篡改、丢失的，要立即补救，并通知主管部门和个人，通知内容包括涉及的信息种类、原因和可能的危害，已采取的补救措施和个人可采取的减损措施，以及联系方式。措施能有效避免危害的可以不通知个人，但主管部门认为可能造成危害的，可以要求通知。', 'On a leak, tampering or loss (actual or possible): remedy at once and notify the authority and the individuals (categories, cause, harm; remedies; contact). The handler may skip notifying individuals if its measures effectively avoid harm, unless the authority requires notice.'),
      verification: 'V1',
      text: [
        {
          text: '发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人。通知应当包括下列事项：',
          items: [
            '（一）发生或者可能发生个人信息泄露、篡改、丢失的信息种类、原因和可能造成的危害；',
            '（二）个人信息处理者采取的补救措施和个人可以采取的减轻危害的措施；',
            '（三）个人信息处理者的联系方式。',
          ],
        },
        { text: '个人信息处理者采取措施能够有效避免信息泄露、篡改、丢失造成危害的，个人信息处理者可以不通知个人；履行个人信息保护职责的部门认为可能造成危害的，有权要求个人信息处理者通知个人。' },
      ],
    },
    '59': {
      num: '59',
      heading: t('受托人的义务', 'Duties of entrusted processors'),
      substance: t('受托人要采取必要措施保障所处理个人信息的安全，并协助处理者履行法定义务。', 'Entrusted processors must secure the data and help the handler meet its duties.'),
      verification: 'V1',
      text: [
        { text: '接受委托处理个人信息的受托人，应当依照本法和有关法律、行政法规的规定，采取必要措施保障所处理的个人信息的安全，并协助个人信息处理者履行本法规定的义务。' },
      ],
    },
    '62': {
      num: '62',
      heading: t('国家网信部门统筹推进的工作', 'Co-ordinated rule-making by the national cyberspace administration'),
      substance: t('国家网信部门统筹协调有关部门制定个人信息保护的具体规则和标准，其中包括针对人脸识别、人工智能等新技术新应用制定专门规则和标准，并推进身份认证公共服务、评估认证服务和投诉举报机制建设。', 'The national regulator is to make special rules and standards for face recognition, among other things.'),
      verification: 'V1',
      text: [
        {
          text: '国家网信部门统筹协调有关部门依据本法推进下列个人信息保护工作：',
          items: [
            '（一）制定个人信息保护具体规则、标准；',
            '（二）针对小型个人信息处理者、处理敏感个人信息以及人脸识别、人工智能等新技术、新应用，制定专门的个人信息保护规则、标准；',
            '（三）支持研究开发和推广应用安全、方便的电子身份认证技术，推进网络身份认证公共服务建设；',
            '（四）推进个人信息保护社会化服务体系建设，支持有关机构开展个人信息保护评估、认证服务；',
            '（五）完善个人信息保护投诉、举报工作机制。',
          ],
        },
      ],
    },
    '64': {
      num: '64',
      heading: t('约谈和责令合规审计', 'Regulatory interviews and ordered audits'),
      substance: t('主管部门发现处理活动风险较大或发生安全事件的，可以约谈处理者的法定代表人或主要负责人，或要求其委托专业机构进行合规审计，处理者要整改、消除隐患；涉嫌犯罪的移送公安机关。', 'Regulators may summon the legal representative or principal for an interview (约谈), or order a third-party compliance audit, where there is major risk or an incident; crimes are referred to the police.'),
      verification: 'V1',
      text: [
        { text: '履行个人信息保护职责的部门在履行职责中，发现个人信息处理活动存在较大风险或者发生个人信息安全事件的，可以按照规定的权限和程序对该个人信息处理者的法定代表人或者主要负责人进行约谈，或者要求个人信息处理者委托专业机构对其个人信息处理活动进行合规审计。个人信息处理者应当按照要求采取措施，进行整改，消除隐患。' },
        { text: '履行个人信息保护职责的部门在履行职责中，发现违法处理个人信息涉嫌犯罪的，应当及时移送公安机关依法处理。' },
      ],
    },
    '66': {
      num: '66',
      heading: t('行政处罚', 'Administrative penalties'),
      substance: t('违法处理个人信息或不履行保护义务的，责令改正、警告、没收违法所得，对违法的应用程序责令暂停或终止服务；拒不改正的，并处一百万元以下罚款，直接负责的人员处一万至十万元罚款。情节严重的，由省级以上部门责令改正、没收违法所得，并处五千万元以下或上一年度营业额百分之五以下罚款，可以责令暂停业务、停业整顿，或通报吊销许可、执照；直接负责的人员处十万至一百万元罚款，并可以禁止其在一定期限内担任董事、监事、高级管理人员和个人信息保护负责人。', "Administrative penalties: order to correct, warning, confiscation of illegal gains, suspension or termination of offending apps; on refusal to correct, a fine of up to RMB 1 million, and RMB 10,000–100,000 for the responsible individuals. In serious cases a provincial-level or higher authority imposes a fine of up to RMB 50 million or 5 % of the previous year's turnover, may suspend the business or have permits or the business licence revoked, fines responsible individuals RMB 100,000–1,000,000 and may bar them for a period from serving as director, supervisor, senior manager or PI protection officer."),
      verification: 'V1',
      text: [
        { text: '违反本法规定处理个人信息，或者处理个人信息未履行本法规定的个人信息保护义务的，由履行个人信息保护职责的部门责令改正，给予警告，没收违法所得，对违法处理个人信息的应用程序，责令暂停或者终止提供服务；拒不改正的，并处一百万元以下罚款；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。' },
        { text: '有前款规定的违法行为，情节严重的，由省级以上履行个人信息保护职责的部门责令改正，没收违法所得，并处五千万元以下或者上一年度营业额百分之五以下罚款，并可以责令暂停相关业务或者停业整顿、通报有关主管部门吊销相关业务许可或者吊销营业执照；对直接负责的主管人员和其他直接责任人员处十万元以上一百万元以下罚款，并可以决定禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人。' },
      ],
    },
    '69': {
      num: '69',
      heading: t('侵权责任与过错推定', 'Tort liability with presumed fault'),
      substance: t('处理个人信息侵害权益造成损害、处理者不能证明自己没有过错的，要承担损害赔偿等侵权责任；赔偿按个人的损失或处理者的获益确定，都难以确定的，由法院根据实际情况确定。', "Tort liability with a presumption of fault; damages measured by the person's loss or the handler's gain, otherwise set by the court."),
      verification: 'V1',
      text: [
        { text: '处理个人信息侵害个人信息权益造成损害，个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任。' },
        { text: '前款规定的损害赔偿责任按照个人因此受到的损失或者个人信息处理者因此获得的利益确定;个人因此受到的损失和个人信息处理者因此获得的利益难以确定的，根据实际情况确定赔偿数额。' },
      ],
    },
    '70': {
      num: '70',
      heading: t('公益诉讼', 'Public-interest litigation'),
      substance: t('违法处理个人信息、侵害众多个人权益的，人民检察院、法定的消费者组织和国家网信部门确定的组织可以向法院起诉。', "Public-interest litigation by prosecutors, consumer organisations and designated bodies where many people's rights are harmed."),
      verification: 'V1',
      text: [
        { text: '个人信息处理者违反本法规定处理个人信息，侵害众多个人的权益的，人民检察院、法律规定的消费者组织和由国家网信部门确定的组织可以依法向人民法院提起诉讼。' },
      ],
    },
    '71': {
      num: '71',
      heading: t('治安管理处罚和刑事责任', 'Public-security penalties and criminal liability'),
      substance: t('违反本法的行为构成违反治安管理行为的，给予治安管理处罚；构成犯罪的，追究刑事责任。', 'Public-security administrative penalties or criminal liability where applicable.'),
      verification: 'V1',
      text: [
        { text: '违反本法规定，构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。' },
      ],
    },
    '73': {
      num: '73',
      heading: t('用语含义', 'Definitions'),
      substance: t('解释“个人信息处理者”“自动化决策”“去标识化”“匿名化”四个用语的含义。', 'Definitions: handler; automated decision-making; de-identification; anonymisation.'),
      verification: 'V1',
      text: [
        {
          text: '本法下列用语的含义：',
          items: [
            '（一）个人信息处理者，是指在个人信息处理活动中自主决定处理目的、处理方式的组织、个人。',
            '（二）自动化决策，是指通过计算机程序自动分析、评估个人的行为习惯、兴趣爱好或者经济、健康、信用状况等，并进行决策的活动。',
            '（三）去标识化，是指个人信息经过处理，使其在不借助额外信息的情况下无法识别特定自然人的过程。',
            '（四）匿名化，是指个人信息经过处理无法识别特定自然人且不能复原的过程。',
          ],
        },
      ],
    },
  },
} as const satisfies InstrumentDef;
