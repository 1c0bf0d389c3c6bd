import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** 2017 PI Crime Interpretation — 最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释. Law text generated from shared/legal/brief.md; do not retype. */
export const piCrimeInterpretation = {
  id: 'pi-crime-interpretation',
  title: t('最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释', "Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues concerning the Application of Law in Handling Criminal Cases of Infringing Citizens' Personal Information"),
  short: t('最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释', '2017 PI Crime Interpretation'),
  issuer: t('最高人民法院、最高人民检察院', "Supreme People's Court and Supreme People's Procuratorate"),
  published: { date: '2017-05-08', verification: 'V2' },
  effective: { date: '2017-06-01', verification: 'UNVERIFIED' },
  status: 'in-force',
  rank: 'judicial-interpretation',
  numbering: 'article',
  source: 'LawRefBook/Laws reproduction of the official text (judicial interpretations folder).',
  note: t('司法解释；中文引用时使用全称。其第五条规定的“情节严重”数量标准（如行踪轨迹等50条、住宿记录等500条、其他信息5000条、违法所得5000元）见简报，未收录条文；人脸信息未单独列出。', 'A judicial interpretation; Chinese citations use the full title. Its art. 5 thresholds for "serious circumstances" (e.g. 50 items of whereabouts and similar data, 500 items of accommodation records and similar data, 5,000 items of other PI, RMB 5,000 of illegal gains) are summarised in the brief but not catalogued; face data is not listed separately.'),
  articles: {
    '3': {
      num: '3',
      heading: t('“提供公民个人信息”的认定', 'What counts as "providing" personal information'),
      substance: t('向特定人提供公民个人信息，或通过信息网络等途径发布，都属于刑法第二百五十三条之一的“提供”；未经被收集者同意，把合法收集的个人信息提供给他人的，也属于“提供”，但经处理无法识别特定个人且不能复原的除外。', "Providing PI to specific persons, or publishing it through information networks or otherwise, counts as \"providing\" under Criminal Law art. 253-1; so does passing lawfully collected PI to others without the data subject's consent, unless it has been processed so that no specific person can be identified and it cannot be restored."),
      verification: 'V2',
      text: [
        { text: '向特定人提供公民个人信息，以及通过信息网络或者其他途径发布公民个人信息的，应当认定为刑法第二百五十三条之一规定的“提供公民个人信息”。' },
        { text: '未经被收集者同意，将合法收集的公民个人信息向他人提供的，属于刑法第二百五十三条之一规定的“提供公民个人信息”，但是经过处理无法识别特定个人且不能复原的除外。' },
      ],
    },
  },
} as const satisfies InstrumentDef;
