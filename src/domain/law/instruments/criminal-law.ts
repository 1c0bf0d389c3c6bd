import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** Criminal Law — 中华人民共和国刑法. Law text generated from shared/legal/brief.md; do not retype. */
export const criminalLaw = {
  id: 'criminal-law',
  title: t('中华人民共和国刑法', "Criminal Law of the People's Republic of China"),
  short: t('刑法', 'Criminal Law'),
  issuer: t('全国人民代表大会', "National People's Congress"),
  effective: { date: '1997-10-01', verification: 'UNVERIFIED' },
  status: 'in-force',
  rank: 'law',
  numbering: 'article',
  source: 'National Law and Regulation Database text of art. 253-1, checked in two independent copies (LawRefBook/Laws; Ansvar-Systems/chinese-law-mcp history).',
  note: t('只收录第二百五十三条之一，该条由《刑法修正案（九）》（2015年8月29日通过）增设。刑法整体的施行日期未经核实。', 'Only art. 253-1 is catalogued; it was inserted by Criminal Law Amendment (IX), adopted 2015-08-29. The effective date of the Criminal Law as a whole is not verified.'),
  articles: {
    '253-1': {
      num: '253-1',
      heading: t('侵犯公民个人信息罪', "Crime of infringing citizens' personal information"),
      substance: t('违反国家有关规定向他人出售或提供公民个人信息，情节严重的，处三年以下有期徒刑或拘役，并处或单处罚金；情节特别严重的，处三年以上七年以下有期徒刑并处罚金。把履行职责或提供服务中获得的个人信息出售、提供给他人的，从重处罚；窃取或以其他方法非法获取的，同样处罚；单位犯罪的，对单位判处罚金，并处罚直接责任人员。', "Selling or providing citizens' PI to others in breach of state rules, where serious: up to 3 years' imprisonment or criminal detention, and/or a fine; especially serious: 3–7 years plus a fine. Heavier punishment for selling or providing PI obtained while performing duties or providing services; the same punishment for stealing or otherwise illegally obtaining PI; units are fined and their responsible persons punished."),
      verification: 'V1',
      text: [
        { text: '违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。' },
        { text: '违反国家有关规定，将在履行职责或者提供服务过程中获得的公民个人信息，出售或者提供给他人的，依照前款的规定从重处罚。' },
        { text: '窃取或者以其他方法非法获取公民个人信息的，依照第一款的规定处罚。' },
        { text: '单位犯前三款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照各该款的规定处罚。' },
      ],
    },
  },
} as const satisfies InstrumentDef;
