/** Text of the static pages (law library, guidance, methodology), in both languages. */
import { t } from '../domain/locale.ts';
import type { Verification } from '../domain/law/schema.ts';

export const S = {
  lawTitle: t('法规目录', 'Legal catalogue'),
  lawLead: t(
    '本工具引用的全部法律、法规、规章、司法解释、地方性法规和国家标准。每条规定都有固定网址，并注明核实程度。',
    'Every law, regulation, rule, judicial interpretation, local regulation and national standard the tool cites. Each provision has a stable address and shows how far it was verified.',
  ),
  lawAsOf: t('法律截至 {date}，法规目录版本 {version}。', 'Law as of {date}; catalogue version {version}.'),
  legendTitle: t('核实程度', 'Verification levels'),
  colInstrument: t('名称', 'Instrument'),
  colRank: t('效力级别', 'Rank'),
  colEffective: t('施行日期', 'In force'),
  colStatus: t('状态', 'Status'),
  colProvisions: t('收录条文', 'Provisions'),
  issuer: t('制定机关', 'Issued by'),
  docNumber: t('文号', 'Document number'),
  adopted: t('通过日期', 'Adopted'),
  published: t('公布日期', 'Published'),
  effective: t('施行日期', 'In force'),
  status: t('状态', 'Status'),
  rank: t('效力级别', 'Rank'),
  source: t('文本来源', 'Where the text comes from'),
  provisions: t('收录的条文', 'Provisions in the catalogue'),
  officialText: t('条文原文', 'Official text'),
  officialTextNote: t('以下为经核实的中文原文（{level}）。', 'The verified official Chinese text ({level}). Chinese is authoritative.'),
  excerptNote: t('以下为节录。', 'This is an excerpt.'),
  substance: t('规则内容（非条文原文）', 'The rule in substance (not the official wording)'),
  substanceNote: t('本条措辞未经核实，这里只陈述规则内容，不能作为原文引用。', 'The wording of this provision is not verified; only its substance is stated here, and it must not be quoted as the law.'),
  notReproducedNote: t('本条的核实程度见上，但本工具没有收录它的原文，所以这里只陈述规则内容，不作为原文引用。', 'The provision is verified to the level above, but this tool does not reproduce its wording, so only its substance is stated here; it must not be quoted as the law.'),
  gist: t('英文要旨（非官方）', 'English gist (unofficial)'),
  numberingCaveat: t('条号的核实程度：{level}。条号来自官方发布稿或二手资料，尚未与原文核对。', 'Article number verified only to level {level}: it comes from an official release or secondary sources and has not been checked against the text.'),
  reliedOnBy: t('引用本条的问题和检查规则', 'Questions and rules that rely on this provision'),
  questions: t('问题', 'Questions'),
  rules: t('检查规则', 'Rules'),
  noneRely: t('目前没有问题或规则直接引用本条。', 'No question or rule cites this provision directly.'),
  inInstrument: t('所属文件', 'In'),
  backToCatalogue: t('返回法规目录', 'Back to the legal catalogue'),
  searchLabel: t('搜索条文、问题和检查规则', 'Search provisions, questions and rules'),
  searchHint: t('例如：单独同意、公共场所、备案、第二十六条', 'For example: separate consent, public places, filing, art. 26'),
  searchButton: t('搜索', 'Search'),
  searchResults: t('找到 {n} 条结果', '{n} results'),
  searchNone: t('没有找到结果。', 'No results.'),
  searchLoading: t('正在载入索引……', 'Loading the index…'),
  searchFailed: t('无法载入搜索索引，请检查网络后重试。', 'The search index could not be loaded; check your connection and try again.'),
  kindArticle: t('条文', 'Provision'),
  kindQuestion: t('问题', 'Question'),
  kindRule: t('检查规则', 'Rule'),
} as const;

/** What each verification level means; pages show the level's code in a tag beside it. */
export const VERIFICATION_LABELS: Record<Verification, ReturnType<typeof t>> = {
  V1: t('与国家法律法规数据库的两个独立副本逐字核对', 'Checked word for word against two independent copies of the national law database'),
  V2: t('取自一份官方全文的转载', 'From one reproduction of the official full text'),
  'V2-draft': t('报批稿：取自标准报批稿，最终文本未核对', 'Approval draft: from the standard’s approval draft; the final text was not checked'),
  V3: t('官方新闻发布稿或问答，规则内容官方、措辞未核实', 'Official press release or Q&A — the content is official, the wording is not verified'),
  S: t('二手资料，只陈述内容', 'Secondary sources; substance only'),
  UNVERIFIED: t('未核实', 'Unverified'),
};

export const RANK_LABELS = {
  law: t('法律', 'Law'),
  'administrative-regulation': t('行政法规', 'Administrative regulation'),
  'departmental-rule': t('部门规章', 'Departmental rule'),
  'judicial-interpretation': t('司法解释', 'Judicial interpretation'),
  'normative-document': t('规范性文件', 'Normative document'),
  'national-standard': t('推荐性国家标准', 'Recommended national standard'),
  'local-regulation': t('地方性法规', 'Local regulation'),
} as const;

export const STATUS_LABELS = {
  'in-force': t('现行有效', 'In force'),
  'current-standard': t('现行（推荐性）', 'Current (recommended)'),
  'approval-draft': t('报批稿', 'Approval draft'),
} as const;

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export const G = {
  guidanceTitle: t('各类场所指引', 'Guidance by venue'),
  guidanceLead: t('按场所类型说明人脸识别的常见用途、必须避免的红线、可以参考的真实案例，以及合规的做法。', 'For each kind of venue: typical uses of face recognition, the red lines, the real cases that apply, and what a compliant set-up looks like.'),
  typicalUses: t('常见用途', 'Typical uses'),
  redLines: t('红线（必须避免）', 'Red lines (must be avoided)'),
  watchFor: t('重点检查', 'What to check first'),
  cases: t('相关真实案例', 'Real cases that apply'),
  noCases: t('本工具收录的案例中没有直接涉及这类场所的；下列规则同样适用。', 'None of the cases this tool covers concerns this kind of venue; the same rules apply.'),
  compliant: t('合规的做法', 'What a compliant set-up looks like'),
  alternatives: t('可提供的替代方式', 'Alternatives that usually work'),
  retention: t('保存期限参考', 'Retention'),
  source: t('来源', 'Source'),
  start: t('为这类场所开始评估', 'Start an assessment for this kind of venue'),
  cited: t('依据', 'Cites'),
  methodologyTitle: t('评估方法', 'How the assessment works'),
} as const;

/** What a compliant set-up looks like — the same for every venue, from the brief's ten most important rules. */
export const COMPLIANT_SETUP = [
  t('人脸识别只是可选方式：每个入口都有卡片、二维码、证件或人工等同等便捷的替代方式，拒绝刷脸不影响服务。', 'Face recognition is optional: every entrance offers an equally convenient card, QR code, ID or staffed alternative, and declining changes nothing.'),
  t('依赖同意的，取得针对人脸信息的单独同意，有记录，可随时撤回；儿童须经监护人同意，最好不录入。', 'Where consent is the basis, it is separate consent to the face processing, recorded and revocable at any time; children only with a guardian’s consent, preferably not enrolled at all.'),
  t('公共安全设备只用于公共安全，不做属性分析、画像或营销；采集区域合理划定，向公安机关备案。', 'Public-security devices serve public security only — no attribute analysis, profiling or marketing; the capture area is defined and the system filed with the police.'),
  t('在进入采集区域之前设置显著提示标识，附二维码链接到完整的处理规则（两层告知）。', 'A prominent sign before the capture zone, with a QR code to the full rules (a two-layer notice).'),
  t('人脸信息存储在设备内或内部封闭网络，不通过互联网传输；只保存特征值，目的实现后自动删除。', 'Face data stays on the device or a closed internal network, never sent over the internet; only templates are kept, deleted automatically when the purpose ends.'),
  t('私密空间内部没有任何图像采集设备。', 'No image-capture device anywhere inside a private space.'),
  t('与供应商签订委托处理合同，关闭远程访问，退出时删除并出具证明。', 'A processing contract with the vendor, remote access switched off, deletion certified on exit.'),
  t('启用前完成影响评估，保存至少三年，变更或发生事件后重新评估；存储达到10万人时30个工作日内备案。', 'The impact assessment done before go-live, kept at least three years and redone after changes or incidents; filing within 30 working days at 100,000 people stored.'),
] as const;

export const N = {
  footerNav: t('更多', 'More'),
  law: t('法规目录', 'Legal catalogue'),
  guidance: t('各类场所指引', 'Guidance by venue'),
  methodology: t('评估方法', 'How it works'),
  checklist: t('监管检查表', 'Checklists for regulators'),
  examples: t('示例评估文件', 'Sample assessment files'),
} as const;

export const LANDING = {
  title: t('人脸识别个人信息保护影响评估向导', 'Face recognition: personal-information protection impact assessment'),
  lead: t(
    '在经营场所使用人脸识别之前，法律要求先做个人信息保护影响评估，并把报告保存至少三年。本向导逐项提问，对照法律给出结论，并生成可以备案、据以整改的报告。',
    'Before a venue uses face recognition, Chinese law requires a personal-information protection impact assessment, kept for at least three years. This guide asks one question at a time, checks your answers against the law and produces a report you can file and act on.',
  ),
  businessTitle: t('场所经营者', 'Venue operators'),
  businessText: t(
    '景区、商场超市、物业、酒店、健身房、写字楼、车站：回答关于您场所的问题（约30至45分钟，可分多次），得到明确结论、必须整改的红线、行动计划、提示标识和告知同意文本，以及PDF报告。',
    'Scenic areas, malls, property managers, hotels, gyms, offices, stations: answer questions about your venue (30 to 45 minutes, in as many sittings as you like) and get a clear verdict, the red lines to fix, an action plan, sign, notice and consent texts, and a PDF report.',
  ),
  businessCta: t('开始评估', 'Start an assessment'),
  businessMore: t('先看看您这类场所的要点', 'First read the key points for your kind of venue'),
  lawyerTitle: t('律师', 'Lawyers'),
  lawyerText: t(
    '打开客户的评估文件或报告PDF，每项发现都附有触发它的条文和回答；可以逐项标注意见、补充发现，并导出可编辑的Word文件。',
    'Open a client’s assessment file or report PDF: every finding shows the article behind it and the answers that triggered it. Annotate each finding, add your own, and export an editable Word file.',
  ),
  lawyerCta: t('打开评估文件', 'Open an assessment file'),
  lawyerMore: t('查看法规目录和核实程度', 'Browse the legal catalogue and how it was verified'),
  regulatorTitle: t('监管部门', 'Regulators'),
  regulatorText: t(
    '为专项检查生成一个链接：选择场所类型和检查项，企业打开链接即进入限定范围的评估，报告注明专项行动名称；无需服务器，也可打印空白现场检查表。',
    'Make a link for your campaign: choose venue types and checks, and a business that opens it gets an assessment scoped to them, with the campaign named in the report. No server involved; you can also print a blank on-site checklist.',
  ),
  regulatorCta: t('制作检查表链接', 'Build a checklist link'),
  regulatorMore: t('了解评估方法', 'How the assessment works'),
  privacy: t(
    '您的答案只保存在本设备的浏览器中，不会上传到任何服务器；链接和文件本身携带全部内容。本工具不构成法律意见。',
    'Your answers stay in this browser on this device and are never uploaded; links and files carry everything themselves. The tool is not legal advice.',
  ),
} as const;
