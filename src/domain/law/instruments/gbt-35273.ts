import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** GB/T 35273-2020 — 信息安全技术 个人信息安全规范. Law text generated from shared/legal/brief.md; do not retype. */
export const gbt35273 = {
  id: 'gbt-35273',
  title: t('信息安全技术 个人信息安全规范', 'Information security technology — Personal information security specification'),
  short: t('个人信息安全规范', 'GB/T 35273-2020'),
  issuer: t('国家市场监督管理总局、国家标准化管理委员会', 'State Administration for Market Regulation (SAMR) and Standardization Administration of China (SAC)'),
  docNumber: { text: 'GB/T 35273-2020', verification: 'V2' },
  published: { date: '2020-03-06', verification: 'V2' },
  effective: { date: '2020-10-01', verification: 'V2' },
  status: 'current-standard',
  rank: 'national-standard',
  numbering: 'clause',
  source: 'Full text reproduced in GitHub zhaoyu5105/zhaoyu5105.github.io (gb/52.html); one reproduction.',
  note: t('推荐性国家标准（GB/T），不是强制性标准；监管部门和法院常以其作为“必要措施”的参照。替代GB/T 35273-2017。只收录与生物识别有关的条款中被引用的分项（节录）；分项字母是按复制件中的列表顺序推断的。', 'A recommended national standard (GB/T), not mandatory; regulators and courts use it as a benchmark for "necessary measures". Replaces GB/T 35273-2017. Only the quoted biometric sub-items are catalogued (excerpts); the sub-item letters are inferred from list order in the reproduction.'),
  articles: {
    '5.4': {
      num: '5.4',
      heading: t('收集个人生物识别信息前的单独告知和明示同意', 'Separate notice and express consent before collecting biometrics'),
      substance: t('收集个人生物识别信息前，要单独告知收集、使用的目的、方式、范围和存储时间等规则，并取得明示同意；面部识别特征属于个人生物识别信息。', 'Before collecting biometric information, separately inform the person of the purpose, method and scope of collection and use and of the storage period and other rules, and obtain express consent. Biometric information includes facial recognition features (item c) and its note).'),
      verification: 'V2',
      excerpt: true,
      text: [
        { text: 'c) 收集个人生物识别信息前，应单独向个人信息主体告知收集、使用个人生物识别信息的目的、方式和范围，以及存储时间等规则，并征得个人信息主体的明示同意；' },
        { text: '注：个人生物识别信息包括个人基因、指纹、声纹、掌纹、耳廓、虹膜、面部识别特征等。' },
      ],
    },
    '6.1': {
      num: '6.1',
      heading: t('存储时间最小化', 'Minimal storage period'),
      substance: t('个人信息的存储期限应为实现授权目的所必需的最短时间（法律法规另有规定或个人另行授权的除外），超期后要删除或匿名化。', 'Storage limited to the shortest time necessary for the purpose the person authorised (unless the law provides otherwise or the person authorises otherwise); delete or anonymise after that (items a)–b)).'),
      verification: 'V2',
      excerpt: true,
      text: [
        { text: 'a) 个人信息存储期限应为实现个人信息主体授权使用的目的所必需的最短时间，法律法规另有规定或者个人信息主体另行授权同意的除外；' },
        { text: 'b) 超出上述个人信息存储期限后，应对个人信息进行删除或匿名化处理。' },
      ],
    },
    '6.3': {
      num: '6.3',
      heading: t('个人敏感信息的传输和存储', 'Transmission and storage of sensitive personal information'),
      substance: t('传输和存储敏感个人信息要加密；生物识别信息要与身份信息分开存储；原则上不存储原始生物识别信息（样本、图像等），可以只存摘要、在采集终端直接完成识别认证，或在识别认证完成后删除原始图像。', 'Encrypt sensitive PI in transit and at rest (item a)); store biometric information separately from identity information (item b)); in principle do not store raw biometric information such as samples and images — store only digests, perform identification on the capture terminal, or delete raw images after identification or authentication (item c)).'),
      verification: 'V2',
      excerpt: true,
      text: [
        { text: 'a) 传输和存储个人敏感信息时，应采用加密等安全措施' },
        { text: 'b) 个人生物识别信息应与个人身份信息分开存储；' },
        {
          text: 'c) 原则上不应存储原始个人生物识别信息（如样本、图像等），可采取的措施包括但不限于：',
          items: [
            '1) 仅存储个人生物识别信息的摘要信息；',
            '2) 在采集终端中直接使用个人生物识别信息实现身份识别、认证等功能；',
            '3) 在使用面部识别特征、指纹、掌纹、虹膜等实现识别身份、认证等功能后删除可提取个人生物识别信息的原始图像。',
          ],
        },
        { text: '注1：摘要信息通常具有不可逆特点，无法回溯到原始信息。' },
        { text: '注2：个人信息控制者履行法律法规规定的义务相关的情形除外。' },
      ],
    },
    '9.2': {
      num: '9.2',
      heading: t('生物识别信息原则上不共享、转让', 'No sharing or transfer of biometrics in principle'),
      substance: t('个人生物识别信息原则上不应共享、转让；业务确需的，要单独告知目的、信息类型、接收方身份和数据安全能力等，并取得明示同意。', "Biometric information should in principle not be shared or transferred; where the business truly requires it, separately inform the person of the purpose, the types of biometric information, the recipient's identity and data-security capability, and obtain express consent (item i))."),
      verification: 'V2',
      excerpt: true,
      text: [
        { text: 'i) 个人生物识别信息原则上不应共享、转让。因业务需要，确需共享、转让的，应单独向个人信息主体告知目的、涉及的个人生物识别信息类型、数据接收方的具体身份和数据安全能力等，并征得个人信息主体的明示同意。' },
      ],
    },
    '9.4': {
      num: '9.4',
      heading: t('不公开披露生物识别信息', 'No public disclosure of biometrics'),
      substance: t('不应公开披露个人生物识别信息。', 'Biometric information should not be publicly disclosed (item f)).'),
      verification: 'V2',
      excerpt: true,
      text: [
        { text: 'f) 不应公开披露个人生物识别信息；' },
      ],
    },
  },
} as const satisfies InstrumentDef;
