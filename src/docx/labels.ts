/**
 * The fixed wording of the Word export, in both languages. Everything else in the document comes from the
 * report model, which is already in one language.
 */
import type { Locale } from '../domain/locale.ts';

export interface DocxLabels {
  readonly docTitle: string;
  readonly toc: string;
  readonly meta: {
    readonly assessmentName: string;
    readonly organisation: string;
    readonly venue: string;
    readonly venueType: string;
    readonly reportId: string;
    readonly assessmentId: string;
    readonly preparedOn: string;
    readonly keepUntil: string;
    readonly lawAsOf: string;
    readonly catalogueVersion: string;
    readonly versions: string;
    readonly fingerprint: string;
  };
  readonly versions: (bank: number, schema: number) => string;
  readonly campaign: {
    readonly heading: string;
    readonly authority: string;
    readonly name: string;
    readonly venueTypes: string;
    readonly reference: string;
    readonly contact: string;
    readonly deadline: string;
    readonly instructions: string;
    readonly checks: string;
  };
  readonly review: { readonly heading: string; readonly client: string; readonly matter: string; readonly reviewer: string };
  readonly h1: {
    readonly conclusion: string;
    readonly sections: string;
    readonly findings: string;
    readonly risks: string;
    readonly actions: string;
    readonly obligations: string;
    readonly unknowns: string;
    readonly answers: string;
    readonly texts: string;
    readonly appendix: string;
    readonly signOff: string;
    readonly disclaimer: string;
  };
  readonly counts: { readonly red: string; readonly nc: string; readonly risk: string; readonly unknown: string };
  readonly reasons: string;
  readonly sectionAnswers: string;
  readonly sectionFindings: string;
  readonly finding: {
    readonly severity: string;
    readonly checklist: string;
    readonly explanation: string;
    readonly reviewerNote: string;
    readonly because: string;
    readonly question: string;
    readonly answer: string;
    readonly citations: string;
    readonly quoteIntro: (verification: string) => string;
    readonly substanceIntro: string;
    readonly quotedAbove: string;
    readonly quotedUnder: (finding: string) => string;
    readonly statedAbove: string;
    readonly statedUnder: (finding: string) => string;
    readonly remediation: string;
    readonly annotation: string;
    readonly setAside: string;
    readonly setAsideNote: string;
    readonly setAsideAction: (owner: string, due: string, status: string) => string;
    readonly manual: string;
    readonly manualSuffix: string;
    readonly none: string;
    readonly id: string;
  };
  readonly risk: {
    readonly matrix: string;
    readonly corner: string;
    readonly register: string;
    readonly risk: string;
    readonly impact: string;
    readonly likelihood: string;
    readonly level: string;
    readonly reasons: string;
    readonly treatment: string;
  };
  readonly action: { readonly no: string; readonly action: string; readonly severity: string; readonly owner: string; readonly due: string; readonly status: string; readonly none: string; readonly suggested: string; readonly suggestedNote: string };
  readonly obligation: { readonly obligation: string; readonly detail: string; readonly due: string; readonly basis: string };
  readonly unknownIntro: string;
  readonly unknownQuestions: string;
  readonly noAnswers: string;
  readonly appendixIntro: string;
  readonly abbreviations: string;
  readonly verification: string;
  readonly signOff: { readonly role: string; readonly name: string; readonly date: string; readonly signature: string };
  readonly page: { readonly before: string; readonly middle: string; readonly after: string };
  readonly sep: string;
  readonly colon: string;
}

const ZH: DocxLabels = {
  docTitle: '人脸识别个人信息保护影响评估报告',
  toc: '目录',
  meta: {
    assessmentName: '评估名称',
    organisation: '个人信息处理者',
    venue: '场所',
    venueType: '场所类型',
    reportId: '报告编号',
    assessmentId: '评估编号',
    preparedOn: '报告日期',
    keepUntil: '至少保存至',
    lawAsOf: '法律依据截至',
    catalogueVersion: '法规目录版本',
    versions: '问题库 / 文件格式版本',
    fingerprint: '回答指纹（SHA-256）',
  },
  versions: (bank, schema) => `问题库 ${bank} / 文件格式 ${schema}`,
  campaign: {
    heading: '专项检查',
    authority: '发起部门',
    name: '专项检查名称',
    venueTypes: '场所类型',
    reference: '文号',
    contact: '联系方式',
    deadline: '截止日期',
    instructions: '说明',
    checks: '检查范围',
  },
  review: { heading: '律师审阅', client: '委托人', matter: '事项', reviewer: '审阅律师' },
  h1: {
    conclusion: '结论',
    sections: '评估内容（《个人信息保护法》第五十六条）',
    findings: '发现',
    risks: '风险评估',
    actions: '整改计划',
    obligations: '法定义务和期限',
    unknowns: '尚不清楚的事项',
    answers: '回答记录',
    texts: '生成的文本',
    appendix: '附录：引用条文',
    signOff: '签署',
    disclaimer: '声明',
  },
  counts: { red: '红线', nc: '不合规', risk: '风险提示', unknown: '尚不清楚' },
  reasons: '理由：',
  sectionAnswers: '本部分回应：',
  sectionFindings: '本部分的发现：',
  finding: {
    severity: '严重程度',
    checklist: '检查项',
    explanation: '说明',
    reviewerNote: '律师说明',
    because: '因为您的回答',
    question: '问题',
    answer: '回答',
    citations: '法律依据',
    quoteIntro: (v) => `原文（核实等级 ${v}）：`,
    substanceIntro: '规则内容（非原文）：',
    quotedAbove: '原文见上。',
    quotedUnder: (finding) => `原文见发现“${finding}”。`,
    statedAbove: '规则内容见上。',
    statedUnder: (finding) => `规则内容见发现“${finding}”。`,
    remediation: '整改建议',
    annotation: '律师意见',
    setAside: '已不再出现的发现上的意见和整改记录',
    setAsideNote: '按目前的回答，下列发现已不再出现；之前记录的律师意见和整改计划仍保存在评估文件中。',
    setAsideAction: (owner, due, status) => `整改计划：负责人 ${owner}，完成日期 ${due}，状态 ${status}`,
    manual: '本项发现由审阅律师添加。',
    manualSuffix: '（律师添加）',
    none: '按照本次回答，未发现问题。',
    id: '编号',
  },
  risk: {
    matrix: '风险矩阵',
    corner: '影响程度 \\ 可能性',
    register: '风险清单',
    risk: '风险',
    impact: '影响程度',
    likelihood: '可能性',
    level: '风险等级',
    reasons: '理由',
    treatment: '处置',
  },
  action: { no: '序号', action: '整改措施', severity: '严重程度', owner: '负责人', due: '期限', status: '状态', none: '没有需要整改的事项。', suggested: '（建议）', suggestedNote: '标有“（建议）”的期限由本工具根据问题的紧迫程度推算，不是负责人定下的期限；请整改负责人确认或修改。' },
  obligation: { obligation: '义务', detail: '说明', due: '期限', basis: '依据' },
  unknownIntro: '以下检查因缺少回答而无法判断，请补充回答后重新生成报告：',
  unknownQuestions: '需要回答：',
  noAnswers: '（本部分没有回答。）',
  appendixIntro: '本报告引用的全部条文。只有经核实（V1、V2）的条文才以原文引用；其余条文只陈述其规则内容。',
  abbreviations: '引用中使用的简称',
  verification: '核实等级',
  signOff: { role: '角色', name: '姓名', date: '日期', signature: '签字' },
  page: { before: '第 ', middle: ' 页，共 ', after: ' 页' },
  sep: '；',
  colon: '：',
};

const EN: DocxLabels = {
  docTitle: 'Personal Information Protection Impact Assessment — Face Recognition',
  toc: 'Contents',
  meta: {
    assessmentName: 'Assessment',
    organisation: 'Personal information handler',
    venue: 'Venue',
    venueType: 'Venue type',
    reportId: 'Report ID',
    assessmentId: 'Assessment ID',
    preparedOn: 'Report date',
    keepUntil: 'Keep until at least',
    lawAsOf: 'Law as of',
    catalogueVersion: 'Legal catalogue version',
    versions: 'Question bank / file format',
    fingerprint: 'Answers fingerprint (SHA-256)',
  },
  versions: (bank, schema) => `question bank ${bank} / file format ${schema}`,
  campaign: {
    heading: 'Inspection campaign',
    authority: 'Authority',
    name: 'Campaign name',
    venueTypes: 'Venue types',
    reference: 'Reference',
    contact: 'Contact',
    deadline: 'Deadline',
    instructions: 'Instructions',
    checks: 'Checks in scope',
  },
  review: { heading: 'Legal review', client: 'Client', matter: 'Matter', reviewer: 'Reviewer' },
  h1: {
    conclusion: 'Conclusion',
    sections: 'The assessment (PIPL art. 56)',
    findings: 'Findings',
    risks: 'Risk assessment',
    actions: 'Action plan',
    obligations: 'Legal obligations and deadlines',
    unknowns: 'Still unknown',
    answers: 'Answers record',
    texts: 'Generated texts',
    appendix: 'Appendix: articles cited',
    signOff: 'Sign-off',
    disclaimer: 'Disclaimer',
  },
  counts: { red: 'Red lines', nc: 'Non-compliance', risk: 'Risks', unknown: 'Unknown' },
  reasons: 'Reasons:',
  sectionAnswers: 'This section answers: ',
  sectionFindings: 'Findings in this section:',
  finding: {
    severity: 'Severity',
    checklist: 'Checklist rows',
    explanation: 'Explanation',
    reviewerNote: 'Reviewer’s note',
    because: 'Because you answered',
    question: 'Question',
    answer: 'Answer',
    citations: 'Legal basis',
    quoteIntro: (v) => `Official Chinese text (verified ${v}):`,
    substanceIntro: 'The rule in substance (not a quotation):',
    quotedAbove: 'Text quoted above.',
    quotedUnder: (finding) => `Text quoted under the finding “${finding}”.`,
    statedAbove: 'Substance stated above.',
    statedUnder: (finding) => `Substance stated under the finding “${finding}”.`,
    remediation: 'Remediation',
    annotation: 'Lawyer’s view',
    setAside: 'Notes and plan entries on findings no longer given',
    setAsideNote: 'On the answers as they are now these findings no longer appear; the notes and plan entries recorded on them are still in the assessment file.',
    setAsideAction: (owner, due, status) => `Action plan: owner ${owner}, due ${due}, status ${status}`,
    manual: 'This finding was added by the reviewing lawyer.',
    manualSuffix: ' (added by reviewer)',
    none: 'On these answers there are no findings.',
    id: 'ID',
  },
  risk: {
    matrix: 'Risk matrix',
    corner: 'Impact \\ likelihood',
    register: 'Risk register',
    risk: 'Risk',
    impact: 'Impact',
    likelihood: 'Likelihood',
    level: 'Level',
    reasons: 'Reasons',
    treatment: 'Treatment',
  },
  action: { no: 'No.', action: 'Action', severity: 'Severity', owner: 'Owner', due: 'Due', status: 'Status', none: 'Nothing to remedy.', suggested: '(suggested)', suggestedNote: 'A date marked “(suggested)” was worked out by this tool from how urgent the finding is and has not been set by anyone; the owner should confirm or change it.' },
  obligation: { obligation: 'Obligation', detail: 'Detail', due: 'Due', basis: 'Legal basis' },
  unknownIntro: 'These checks cannot be decided because answers are missing; answer them and generate the report again:',
  unknownQuestions: 'Needs answers to: ',
  noAnswers: '(No answers in this section.)',
  appendixIntro: 'Every article this report cites. Only verified articles (V1, V2) are quoted, in the official Chinese; the others are stated in substance only.',
  abbreviations: 'Short names used in the citations',
  verification: 'Verification',
  signOff: { role: 'Role', name: 'Name', date: 'Date', signature: 'Signature' },
  page: { before: 'Page ', middle: ' of ', after: '' },
  sep: '; ',
  colon: ': ',
};

export function docxLabels(locale: Locale): DocxLabels {
  return locale === 'zh-CN' ? ZH : EN;
}
