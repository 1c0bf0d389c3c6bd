import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** SPC Provisions — 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定. Law text generated from shared/legal/brief.md; do not retype. */
export const spc = {
  id: 'spc',
  title: t('最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定', "Provisions of the Supreme People's Court on Several Issues concerning the Application of Law in the Trial of Civil Cases relating to the Processing of Personal Information by Face Recognition Technology"),
  short: t('最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定', 'SPC Provisions'),
  issuer: t('最高人民法院', "Supreme People's Court"),
  docNumber: { text: '法释〔2021〕15号', verification: 'UNVERIFIED' },
  adopted: { date: '2021-06-08', verification: 'V2' },
  published: { date: '2021-07-27', verification: 'S' },
  effective: { date: '2021-08-01', verification: 'V2' },
  status: 'in-force',
  rank: 'judicial-interpretation',
  numbering: 'article',
  source: 'LawRefBook/Laws reproduction of the official text (judicial interpretations folder); all 16 articles, one source.',
  note: t('司法解释，对法院审理有约束力；不适用于2021年8月1日前发生的行为（第十六条）。中文引用时使用全称（司法解释无官方简称）。', 'A judicial interpretation, binding on the courts; it does not apply to conduct before 2021-08-01 (art. 16). Chinese citations use the full title (judicial interpretations have no official short title).'),
  articles: {
    '1': {
      num: '1',
      heading: t('适用范围；人脸信息属于生物识别信息', 'Scope; face information is biometric information'),
      substance: t('因违法或违约使用人脸识别技术处理人脸信息引起的民事案件适用本规定。人脸信息的处理包括收集、存储、使用、加工、传输、提供、公开等；人脸信息属于民法典第一千零三十四条所说的生物识别信息。', 'Scope: civil cases from processing face information in breach of law or agreement; face information = biometric information under Civil Code art. 1034.'),
      verification: 'V2',
      text: [
        { text: '因信息处理者违反法律、行政法规的规定或者双方的约定使用人脸识别技术处理人脸信息、处理基于人脸识别技术生成的人脸信息所引起的民事案件，适用本规定。' },
        { text: '人脸信息的处理包括人脸信息的收集、存储、使用、加工、传输、提供、公开等。' },
        { text: '本规定所称人脸信息属于民法典第一千零三十四条规定的“生物识别信息”。' },
      ],
    },
    '2': {
      num: '2',
      heading: t('侵害人格权益的八种情形', 'Eight forms of infringement'),
      substance: t('列出八种应认定为侵害人格权益的行为：在宾馆、商场、银行、车站、机场、体育场馆、娱乐场所等经营场所、公共场所违法使用人脸识别进行验证、辨识或分析；没有公开处理规则或没有明示目的、方式、范围；基于同意处理却没有取得单独同意或法定的书面同意；超出明示或约定的目的、方式、范围；安全措施不到位导致泄露、篡改、丢失；违法或违约向他人提供；违背公序良俗；其他违反合法、正当、必要原则的情形。', 'Eight forms of infringement. Item (1) targets hotels, malls, banks, stations, airports, sports venues, entertainment venues and other business or public places that use face verification, identification or analysis in breach of law or regulation. Also listed: no published rules; no separate consent (or no written consent where required); going beyond the stated scope; inadequate security leading to leaks; illegal provision to others; acts against public order and good morals; other breaches of lawfulness, legitimacy and necessity.'),
      verification: 'V2',
      text: [
        {
          text: '信息处理者处理人脸信息有下列情形之一的，人民法院应当认定属于侵害自然人人格权益的行为：',
          items: [
            '（一）在宾馆、商场、银行、车站、机场、体育场馆、娱乐场所等经营场所、公共场所违反法律、行政法规的规定使用人脸识别技术进行人脸验证、辨识或者分析；',
            '（二）未公开处理人脸信息的规则或者未明示处理的目的、方式、范围；',
            '（三）基于个人同意处理人脸信息的，未征得自然人或者其监护人的单独同意，或者未按照法律、行政法规的规定征得自然人或者其监护人的书面同意；',
            '（四）违反信息处理者明示或者双方约定的处理人脸信息的目的、方式、范围等；',
            '（五）未采取应有的技术措施或者其他必要措施确保其收集、存储的人脸信息安全，致使人脸信息泄露、篡改、丢失；',
            '（六）违反法律、行政法规的规定或者双方的约定，向他人提供人脸信息；',
            '（七）违背公序良俗处理人脸信息；',
            '（八）违反合法、正当、必要原则处理人脸信息的其他情形。',
          ],
        },
      ],
    },
    '3': {
      num: '3',
      heading: t('认定责任的考量因素', 'Factors in finding liability'),
      substance: t('法院依民法典第九百九十八条认定责任时，要综合考虑受害人是否未成年人、告知和同意的情况以及处理的必要程度等因素。', 'Liability under Civil Code art. 998, weighing whether the victim is a minor, how notice and consent were handled, and how necessary the processing was.'),
      verification: 'V2',
      text: [
        { text: '人民法院认定信息处理者承担侵害自然人人格权益的民事责任，应当适用民法典第九百九十八条的规定，并结合案件具体情况综合考量受害人是否为未成年人、告知同意情况以及信息处理的必要程度等因素。' },
      ],
    },
    '4': {
      num: '4',
      heading: t('“已获同意”抗辩不成立的情形', 'When consent is no defence'),
      substance: t('以下情形下处理者以“已经同意”抗辩的，法院不支持：把同意人脸处理作为提供产品或服务的前提（人脸处理确属必需的除外）；把人脸授权与其他授权捆绑；强迫或变相强迫同意。', 'The processor cannot rely on consent where: the service was made conditional on face consent (unless face processing is necessary for the service); consent was bundled with other authorisations; or consent was forced or disguised-forced.'),
      verification: 'V2',
      text: [
        {
          text: '有下列情形之一，信息处理者以已征得自然人或者其监护人同意为由抗辩的，人民法院不予支持：',
          items: [
            '（一）信息处理者要求自然人同意处理其人脸信息才提供产品或者服务的，但是处理人脸信息属于提供产品或者服务所必需的除外；',
            '（二）信息处理者以与其他授权捆绑等方式要求自然人同意处理其人脸信息的；',
            '（三）强迫或者变相强迫自然人同意处理其人脸信息的其他情形。',
          ],
        },
      ],
    },
    '5': {
      num: '5',
      heading: t('不承担民事责任的情形', 'Defences'),
      substance: t('以下情形处理者可以不承担民事责任：为应对突发公共卫生事件或紧急情况下保护生命健康和财产安全所必需；为维护公共安全，依据国家有关规定在公共场所使用人脸识别技术；为公共利益在合理范围内进行新闻报道、舆论监督；在本人或监护人同意的范围内合理处理；法律、行政法规规定的其他情形。', 'Defences: public-health emergency or emergency protection of life and property; use of face recognition in public places to maintain public security under state rules; news reporting in the public interest; reasonable processing within consent; others set by law.'),
      verification: 'V2',
      text: [
        {
          text: '有下列情形之一，信息处理者主张其不承担民事责任的，人民法院依法予以支持：',
          items: [
            '（一）为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需而处理人脸信息的；',
            '（二）为维护公共安全，依据国家有关规定在公共场所使用人脸识别技术的；',
            '（三）为公共利益实施新闻报道、舆论监督等行为在合理的范围内处理人脸信息的；',
            '（四）在自然人或者其监护人同意的范围内合理处理人脸信息的；',
            '（五）符合法律、行政法规规定的其他情形。',
          ],
        },
      ],
    },
    '6': {
      num: '6',
      heading: t('举证责任', 'Burden of proof'),
      substance: t('举证责任按民事诉讼法和相关司法解释分配；处理者主张符合民法典第一千零三十五条第一款，或主张本规定第五条的免责情形的，要对此举证。', 'Burden of proof: the processor must prove its Civil Code art. 1035 compliance and any art. 5 defence.'),
      verification: 'V2',
      text: [
        { text: '当事人请求信息处理者承担民事责任的，人民法院应当依据民事诉讼法第六十四条及《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条、第九十一条，《最高人民法院关于民事诉讼证据的若干规定》的相关规定确定双方当事人的举证责任。' },
        { text: '信息处理者主张其行为符合民法典第一千零三十五条第一款规定情形的，应当就此所依据的事实承担举证责任。' },
        { text: '信息处理者主张其不承担民事责任的，应当就其行为符合本规定第五条规定的情形承担举证责任。' },
      ],
    },
    '7': {
      num: '7',
      heading: t('多个处理者的责任；网络服务', 'Several processors; network services'),
      substance: t('多个处理者共同侵权的，按过错程度和损害大小承担责任，符合民法典相关规定的承担连带责任；利用网络服务处理人脸信息侵权的，适用民法典关于网络侵权的规定。', 'Joint and several or proportionate liability of several processors; network-service rules apply online.'),
      verification: 'V2',
      text: [
        { text: '多个信息处理者处理人脸信息侵害自然人人格权益，该自然人主张多个信息处理者按照过错程度和造成损害结果的大小承担侵权责任的，人民法院依法予以支持；符合民法典第一千一百六十八条、第一千一百六十九条第一款、第一千一百七十条、第一千一百七十一条等规定的相应情形，该自然人主张多个信息处理者承担连带责任的，人民法院依法予以支持。' },
        { text: '信息处理者利用网络服务处理人脸信息侵害自然人人格权益的，适用民法典第一千一百九十五条、第一千一百九十六条、第一千一百九十七条等规定。' },
      ],
    },
    '8': {
      num: '8',
      heading: t('财产损失和维权费用', 'Property damages and costs'),
      substance: t('受害人可以要求赔偿财产损失；为制止侵权支出的合理开支（包括调查、取证的合理费用）算作财产损失，法院还可以把合理的律师费计入赔偿范围。', "Property losses include reasonable costs of stopping the infringement, including investigation, evidence gathering and reasonable lawyers' fees."),
      verification: 'V2',
      text: [
        { text: '信息处理者处理人脸信息侵害自然人人格权益造成财产损失，该自然人依据民法典第一千一百八十二条主张财产损害赔偿的，人民法院依法予以支持。' },
        { text: '自然人为制止侵权行为所支付的合理开支，可以认定为民法典第一千一百八十二条规定的财产损失。合理开支包括该自然人或者委托代理人对侵权行为进行调查、取证的合理费用。人民法院根据当事人的请求和具体案情，可以将合理的律师费用计算在赔偿范围内。' },
      ],
    },
    '9': {
      num: '9',
      heading: t('人格权侵害禁令', 'Personality-rights injunctions'),
      substance: t('有证据证明处理者正在或即将实施侵权行为、不及时制止会造成难以弥补的损害的，可以申请法院责令其停止，法院可以作出人格权侵害禁令。', 'Injunctions against ongoing or imminent infringement that would cause irreparable harm.'),
      verification: 'V2',
      text: [
        { text: '自然人有证据证明信息处理者使用人脸识别技术正在实施或者即将实施侵害其隐私权或者其他人格权益的行为，不及时制止将使其合法权益受到难以弥补的损害，向人民法院申请采取责令信息处理者停止有关行为的措施的，人民法院可以根据案件具体情况依法作出人格权侵害禁令。' },
      ],
    },
    '10': {
      num: '10',
      heading: t('物业小区的人脸识别门禁', 'Face recognition at residential property entrances'),
      substance: t('物业服务企业或其他建筑物管理人把人脸识别作为业主或物业使用人出入的唯一验证方式的，不同意的业主或使用人可以要求提供其他合理验证方式，法院予以支持；物业存在第二条所列情形的，要承担侵权责任。', 'Property managers and building managers: where face recognition is the only way for owners or occupants to enter, those who do not agree may demand another reasonable method, and courts will support them. Art. 2 breaches by a property manager also create tort liability.'),
      verification: 'V2',
      text: [
        { text: '物业服务企业或者其他建筑物管理人以人脸识别作为业主或者物业使用人出入物业服务区域的唯一验证方式，不同意的业主或者物业使用人请求其提供其他合理验证方式的，人民法院依法予以支持。' },
        { text: '物业服务企业或者其他建筑物管理人存在本规定第二条规定的情形，当事人请求物业服务企业或者其他建筑物管理人承担侵权责任的，人民法院依法予以支持。' },
      ],
    },
    '11': {
      num: '11',
      heading: t('格式条款无效', 'Void standard terms'),
      substance: t('处理者用格式条款要求个人授予无期限限制、不可撤销、可任意转授权等人脸处理权利的，个人可以依民法典第四百九十七条请求确认该条款无效。', 'Standard terms granting unlimited-term, irrevocable or freely sub-licensable rights over face information can be declared void (Civil Code art. 497).'),
      verification: 'V2',
      text: [
        { text: '信息处理者采用格式条款与自然人订立合同，要求自然人授予其无期限限制、不可撤销、可任意转授权等处理人脸信息的权利，该自然人依据民法典第四百九十七条请求确认格式条款无效的，人民法院依法予以支持。' },
      ],
    },
    '12': {
      num: '12',
      heading: t('违约责任和删除', 'Breach of contract and deletion'),
      substance: t('处理者违反约定处理人脸信息的，要承担违约责任；个人同时要求删除人脸信息的，即使双方没有约定删除，法院也予支持。', 'Breach of contract: deletion can be ordered even if the contract says nothing about deletion.'),
      verification: 'V2',
      text: [
        { text: '信息处理者违反约定处理自然人的人脸信息，该自然人请求其承担违约责任的，人民法院依法予以支持。该自然人请求信息处理者承担违约责任时，请求删除人脸信息的，人民法院依法予以支持；信息处理者以双方未对人脸信息的删除作出约定为由抗辩的，人民法院不予支持。' },
      ],
    },
    '13': {
      num: '13',
      heading: t('合并审理', 'Joint hearing of claims'),
      substance: t('多名受害人因同一处理者的人脸处理行为分别向同一法院起诉的，经当事人同意可以合并审理。', "Several victims' claims may be heard together."),
      verification: 'V2',
      text: [
        { text: '基于同一信息处理者处理人脸信息侵害自然人人格权益发生的纠纷，多个受害人分别向同一人民法院起诉的，经当事人同意，人民法院可以合并审理。' },
      ],
    },
    '14': {
      num: '14',
      heading: t('民事公益诉讼', 'Civil public-interest litigation'),
      substance: t('人脸信息处理行为符合民事公益诉讼相关规定，法律规定的机关和有关组织提起公益诉讼的，法院应当受理。', 'Civil public-interest suits by authorised bodies are admissible.'),
      verification: 'V2',
      text: [
        { text: '信息处理者处理人脸信息的行为符合民事诉讼法第五十五条、消费者权益保护法第四十七条或者其他法律关于民事公益诉讼的相关规定，法律规定的机关和有关组织提起民事公益诉讼的，人民法院应予受理。' },
      ],
    },
    '15': {
      num: '15',
      heading: t('死者的人脸信息', 'Face information of deceased persons'),
      substance: t('自然人死亡后，处理者违法或违约处理其人脸信息的，近亲属可以依民法典第九百九十四条要求处理者承担民事责任。', "Close relatives may sue after the person's death."),
      verification: 'V2',
      text: [
        { text: '自然人死亡后，信息处理者违反法律、行政法规的规定或者双方的约定处理人脸信息，死者的近亲属依据民法典第九百九十四条请求信息处理者承担民事责任的，适用本规定。' },
      ],
    },
    '16': {
      num: '16',
      heading: t('施行日期；不溯及既往', 'Entry into force; no retroactive effect'),
      substance: t('本规定自2021年8月1日起施行；施行前发生的人脸处理行为不适用本规定。', 'In force 2021-08-01; no retroactive effect.'),
      verification: 'V2',
      text: [
        { text: '本规定自2021年8月1日起施行。' },
        { text: '信息处理者使用人脸识别技术处理人脸信息、处理基于人脸识别技术生成的人脸信息的行为发生在本规定施行前的，不适用本规定。' },
      ],
    },
  },
} as const satisfies InstrumentDef;
