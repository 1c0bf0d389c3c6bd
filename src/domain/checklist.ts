/**
 * The on-site inspection checklist: the 36 checks FR-01…FR-36 of the legal brief §3, each with the question an
 * inspector asks, its citations and its severity. It drives the blank inspection checklist PDF and the
 * regulator's campaign builder. The wording is this tool's, not the law's.
 */
import type { Citation } from './law/catalogue.ts';
import { cite } from './law/cite.ts';
import { t, type Localized } from './locale.ts';
import type { FrId } from './questions/schema.ts';
import type { Severity } from './rules/schema.ts';

export interface Check {
  readonly id: FrId;
  readonly title: Localized;
  readonly question: Localized;
  readonly severity: Severity;
  readonly cites: readonly [Citation, ...Citation[]];
  /** Venue types the check applies to; absent = all. */
  readonly venues?: readonly string[];
}

const c = (
  id: FrId,
  severity: Severity,
  title: [string, string],
  question: [string, string],
  cites: [Citation, ...Citation[]],
  venues?: string[],
): Check => ({ id, severity, title: t(...title), question: t(...question), cites, ...(venues ? { venues } : {}) });

export const CHECKS: readonly Check[] = [
  c('FR-01', 'nc', ['合法性基础', 'Lawful basis'], ['处理人脸信息依据什么：单独同意、依照国家规定为公共安全安装、法定职责（写明法律）、合同必需，还是其他？', 'On what basis is face information processed: separate consent, public-security installation under state rules, a statutory duty (which law), contract necessity, or something else?'], [cite('pipl.13'), cite('pipl.28', 2), cite('pipl.29'), cite('frm.4'), cite('spc.2', undefined, 3), cite('spc.5')]),
  c('FR-02', 'nc', ['特定目的和充分必要性', 'Specific purpose and sufficient necessity'], ['目的是否具体？不用人脸（卡片、二维码、身份证、人工）能否达到同样目的？是否采用了影响最小的方式？', 'Is the purpose specific? Could cards, QR codes, ID checks or staff achieve it without faces? Is the least intrusive option used?'], [cite('pipl.5'), cite('pipl.6'), cite('pipl.28', 2), cite('frm.4'), cite('spc.2', undefined, 8), cite('civil-code.1035')]),
  c('FR-03', 'nc', ['单独同意', 'Separate consent'], ['依赖同意的，是否专门针对人脸信息（单独页面或表格、单独勾选、未预先勾选、不在一般条款中、不以“进入即同意”代替），并有记录？', 'Where consent is relied on, is it specific to face information (own screen or form, own unticked box, not in general terms, not "entering means consent"), and recorded?'], [cite('pipl.14'), cite('pipl.29'), cite('ndsr.22', 1, 2), cite('ndsr.62', undefined, 7), cite('frm.6'), cite('spc.2', undefined, 3), cite('spc.4', undefined, 2), cite('gbt-35273.5.4', undefined, 'c')]),
  c('FR-04', 'red', ['不得强制，同意不是服务条件', 'No coercion; consent is not a condition of service'], ['拒绝刷脸的访客、住户或会员，能否以同等条件获得门票、通行、客房、会员或购物服务？员工是否说“不刷脸进不去”？', 'Do visitors, residents or members who refuse face recognition still get the ticket, entry, room, membership or purchase on equal terms? Do staff say "no face, no entry"?'], [cite('pipl.16'), cite('frm.12'), cite('spc.4', undefined, 1), cite('spc.4', undefined, 3), cite('consumer-regs.23'), cite('ndsr.22', 1, 1)]),
  c('FR-05', 'red', ['提供非人脸替代方式', 'A non-face alternative'], ['是否有合理、便捷、能达到同样目的的非人脸方式（卡片、二维码、身份证、密码、人工），并且在现场每个入口都实际可用？', 'Is there a reasonable, convenient non-face method for the same purpose (card, QR, ID card, PIN, staff), actually available at every entrance?'], [cite('frm.10'), cite('spc.10'), cite('shenzhen-data.19'), cite('hangzhou-property.50')]),
  c('FR-06', 'nc', ['公共安全路径的条件', 'Conditions of the public-security route'], ['依公共安全路径的：每台设备是否在公共区域、为维护公共安全所必需、由负有安全责任的单位安装、30日内向县级公安机关备案，采集区域是否合理划定？', 'On the public-security route: is each device in a public area, necessary for public security, installed by the party with the security duty, filed with county police within 30 days, with a reasonably defined capture area?'], [cite('pipl.26'), cite('frm.13'), cite('ps-video-regs.7'), cite('ps-video-regs.9'), cite('ps-video-regs.13'), cite('ps-video-regs.14'), cite('spc.5', undefined, 2), cite('audit-guideline.11')]),
  c('FR-07', 'red', ['安防设备的目的限制', 'Purpose limitation of security devices'], ['安防设备采集的图像或身份信息是否用于营销、客流统计、贵宾识别、会员、考勤或分析等公共安全以外的目的？', 'Are images or identity data from security devices used for anything beyond public security — marketing, footfall, VIP recognition, membership, attendance, analytics?'], [cite('pipl.26'), cite('audit-guideline.11', undefined, 1), cite('audit-guideline.11', undefined, 3), cite('spc.2', undefined, 4)]),
  c('FR-08', 'nc', ['显著提示标识', 'Prominent signs'], ['每个入口在进入采集区域之前是否设有显著、清晰（大小、对比度、语言）且说明人脸识别的提示标识？', 'Is there a prominent, readable sign saying face recognition is in use before the capture zone at every entrance?'], [cite('pipl.26'), cite('frm.13'), cite('ps-video-regs.13'), cite('spc.2', undefined, 2), cite('audit-guideline.4', undefined, 2), cite('audit-guideline.4', undefined, 3)]),
  c('FR-09', 'nc', ['告知内容', 'Notice contents'], ['标识和处理规则是否写明：处理者名称和联系方式、目的、方式、信息种类、保存期限、必要性及对权益的影响、行使权利的方式、替代方式、受托方或接收方、境外提供？', 'Do the signs and rules state: operator and contact; purpose; method; categories; retention; necessity and impact on rights; how to exercise rights; the alternative; vendors or recipients; transfers abroad?'], [cite('pipl.17', 1), cite('pipl.30'), cite('pipl.23'), cite('pipl.39'), cite('frm.5'), cite('ndsr.21'), cite('audit-guideline.3'), cite('audit-guideline.4')]),
  c('FR-10', 'nc', ['告知的时机和无障碍', 'Timing and accessibility of the notice'], ['是否在采集前以清晰的语言告知，老年人和残疾人能否获得？', 'Is notice given before capture, in clear language, in a form elderly and disabled people can use?'], [cite('pipl.17'), cite('frm.5')]),
  c('FR-11', 'nc', ['保存期限和自动删除', 'Retention and automatic deletion'], ['人脸图像、特征值和比对记录保存多久？目的实现（门票到期、会员终止、搬离）时是否自动删除？监控录像是否另行保存不少于30日？', 'How long are face images, templates and match logs kept? Are they deleted automatically when the purpose ends? Is CCTV footage kept separately for at least 30 days?'], [cite('pipl.19'), cite('pipl.47', 1), cite('frm.8'), cite('ndsr.21', 1, 3), cite('ps-video-regs.17'), cite('gbt-35273.6.1')]),
  c('FR-12', 'nc', ['撤回和删除请求', 'Withdrawal and deletion on request'], ['个人能否方便地撤回同意、要求删除？删除是否覆盖供应商副本和备份，并在规定时间内完成？', 'Can people easily withdraw consent and ask for deletion? Does deletion reach vendor copies and backups within a set time?'], [cite('pipl.15'), cite('pipl.47'), cite('pipl.50'), cite('civil-code.1037'), cite('spc.12'), cite('ndsr.23'), cite('ndsr.24')]),
  c('FR-13', 'nc', ['本地存储、不经互联网传输', 'Local storage; no internet transfer'], ['人脸信息在哪里存储和比对：设备内、内部封闭网络，还是经互联网传到服务器、云端或供应商？', 'Where is face information stored and matched: on the device, on a closed internal network, or sent over the internet to a server, cloud or vendor?'], [cite('frm.8')]),
  c('FR-14', 'risk', ['原始图像与特征值分离', 'Raw images versus templates'], ['录入或核验后是否保留原始人脸图像？人脸信息是否与姓名、证件号、电话等身份信息分开存储并加密？', 'Are raw face images kept after enrolment or verification? Is face data stored apart from names, ID numbers and phone numbers, encrypted?'], [cite('gbt-35273.6.3'), cite('gbt-41819.whole'), cite('pipl.6'), cite('pipl.51', undefined, 3)]),
  c('FR-15', 'nc', ['事前影响评估并保存三年', 'Prior impact assessment, kept three years'], ['是否在部署前完成覆盖《个人信息保护法》第五十六条和《办法》第九条内容的影响评估，签字并保存至少三年，变更或重大事件后重新评估？', 'Was an impact assessment covering PIPL art. 56 and FRM art. 9 done before deployment, signed, kept at least three years, and redone after changes or major incidents?'], [cite('pipl.55', 1, 1), cite('pipl.56'), cite('frm.9'), cite('audit-guideline.13', undefined, 4)]),
  c('FR-16', 'nc', ['存储10万人时备案', 'Filing at 100,000 people'], ['本单位所有场所和设备合计存储多少人的人脸信息？达到10万人的，是否在30个工作日内向所在地省级以上网信部门备案？', 'How many people’s face information is stored across all sites? At 100,000, was it filed with the provincial cyberspace office within 30 working days?'], [cite('frm.15')]),
  c('FR-17', 'nc', ['个人信息保护负责人', 'PI protection officer'], ['处理100万人以上个人信息的，是否指定负责人、公开联系方式并报送？', 'With 1,000,000 or more people’s PI, is an officer appointed, the contact published and reported?'], [cite('pipl.52'), cite('audit-measures.12')]),
  c('FR-18', 'nc', ['合规审计', 'Compliance audits'], ['是否定期进行个人信息保护合规审计？超过1000万人的，是否每两年至少一次？', 'Are PI compliance audits done regularly? Above 10 million people, at least every two years?'], [cite('pipl.54'), cite('ndsr.27'), cite('audit-measures.3'), cite('audit-measures.4'), cite('audit-measures.6')]),
  c('FR-19', 'nc', ['不满十四周岁的儿童', 'Children under 14'], ['是否可能录入或识别儿童（家庭卡、住户子女、儿童课程、学校团队）？是否取得监护人同意并制定专门规则？', 'Can children be enrolled or recognised (family passes, residents’ children, classes, school trips)? Is there guardian consent and special rules?'], [cite('pipl.28'), cite('pipl.31'), cite('frm.7'), cite('ndsr.21'), cite('ndsr.22', 1, 3), cite('minors-law.72'), cite('spc.3')]),
  c('FR-20', 'red', ['私密空间', 'Private spaces'], ['客房、包间、宿舍、浴室、卫生间、更衣室、哺乳室、试衣间内部是否安装了任何人脸识别或图像采集设备？', 'Is any face-recognition or image-capture device installed inside guest rooms, private dining rooms, dormitories, bathrooms, toilets, changing rooms, nursing rooms or fitting rooms?'], [cite('frm.13'), cite('ps-video-regs.8'), cite('ps-video-regs.27'), cite('civil-code.1033', undefined, 2), cite('psapl.50')]),
  c('FR-21', 'red', ['营销、画像和属性分析', 'Marketing, profiling and attribute analysis'], ['系统是否分析年龄、性别、情绪、到访频率或消费，或建立画像、贵宾或营销名单？', 'Does the system analyse age, gender, emotion, visit frequency or spending, or build profiles, VIP or marketing lists?'], [cite('pipl.6'), cite('pipl.24'), cite('pipl.26'), cite('spc.2', undefined, 1), cite('gbt-41819.whole')]),
  c('FR-22', 'nc', ['名单和自动化决策', 'Watchlists and automated decisions'], ['是否保存“可疑人员”、禁入人员或贵宾名单，并自动报警或自动拒绝进入？员工屏幕是否显示标签？', 'Are there lists of suspects, banned people or VIPs with automatic alerts or refusals? Are labels shown to staff?'], [cite('pipl.24'), cite('pipl.55', 1, 2), cite('spc.2', undefined, 1), cite('spc.2', undefined, 7), cite('consumer-law.50'), cite('audit-guideline.9')]),
  c('FR-23', 'nc', ['委托处理（供应商）', 'Entrusted processing (vendors)'], ['集成商、云或软件供应商是否处理人脸信息？是否有书面合同约定目的、期限、方式、种类、保护措施、监督、退出时返还或删除、禁止转委托？委托前是否评估？', 'Does an integrator, cloud or software vendor process face data? Is there a written contract (purpose, term, method, categories, safeguards, supervision, return or deletion on exit, no sub-contracting)? Was it assessed first?'], [cite('pipl.21'), cite('pipl.55', 1, 3), cite('pipl.59'), cite('ndsr.12'), cite('ps-video-regs.15'), cite('audit-guideline.6')]),
  c('FR-24', 'risk', ['供应商远程访问', 'Vendor remote access'], ['供应商或安装方能否远程查看、推送或同步数据？管理员账号由谁掌握？', 'Can the vendor or installer view, push or sync data remotely? Who holds the admin credentials?'], [cite('frm.8'), cite('frm.14'), cite('pipl.51', undefined, 4), cite('ps-video-regs.16')]),
  c('FR-25', 'nc', ['向他人提供', 'Provision to others'], ['是否向集团公司、其他场所、营销伙伴或其他任何人提供人脸信息？是否告知接收方并取得单独同意？', 'Is face data provided to group companies, other venues, marketing partners or anyone else? With notice of the recipient and separate consent?'], [cite('pipl.13', 1, 3), cite('pipl.23'), cite('civil-code.1038'), cite('spc.2', undefined, 6), cite('gbt-35273.9.2', undefined, 'i'), cite('criminal-law.253-1'), cite('pi-crime-interpretation.3')]),
  c('FR-26', 'red', ['公开披露', 'Public disclosure'], ['是否公开张贴或展示人脸（“小偷墙”、带姓名的屏幕）？', 'Are faces posted or shown publicly (a "thieves’ wall", screens with names)?'], [cite('pipl.25'), cite('gbt-35273.9.4', undefined, 'f'), cite('ps-video-regs.22')]),
  c('FR-27', 'nc', ['出境', 'Transfers abroad'], ['人脸信息是否在境外存储、被境外访问或由境外提供支持？是否具备法定条件、告知并取得单独同意、事前评估？', 'Is face data stored, accessed or supported from outside mainland China? With a legal mechanism, notice, separate consent and a prior assessment?'], [cite('pipl.38'), cite('pipl.39'), cite('pipl.55', 1, 4), cite('ndsr.35')]),
  c('FR-28', 'nc', ['安全措施', 'Security measures'], ['是否具备加密、安全审计日志、访问控制、授权管理、入侵检测和防御、等级保护备案、活体检测、员工培训，以及查看和调取登记？', 'Are encryption, audit logs, access control, authorisation management, intrusion detection, MLPS filing, liveness detection, staff training and a register of viewings and exports in place?'], [cite('frm.14'), cite('pipl.9'), cite('pipl.51'), cite('ndsr.9'), cite('csl.44'), cite('ps-video-regs.15'), cite('ps-video-regs.16'), cite('gbt-35273.6.3')]),
  c('FR-29', 'nc', ['事件应对和通知', 'Incident response and notification'], ['是否有应急预案？发生泄露时能否立即补救并按法定内容通知主管部门和个人？', 'Is there an incident plan? On a leak, can you remedy at once and notify the regulator and individuals with the required content?'], [cite('pipl.51', undefined, 5), cite('pipl.57'), cite('ndsr.11'), cite('civil-code.1038', 2), cite('csl.44', 2)]),
  c('FR-30', 'nc', ['个人权利的行使', 'Handling rights requests'], ['是否有便捷的查阅、复制、更正、删除、撤回和解释规则的途径？拒绝时是否说明理由？', 'Is there a convenient channel for access, copy, correction, deletion, withdrawal and explanation? Are reasons given for refusals?'], [cite('pipl.44'), cite('pipl.45'), cite('pipl.47'), cite('pipl.50'), cite('ndsr.23'), cite('civil-code.1037'), cite('audit-guideline.17')]),
  c('FR-31', 'nc', ['处理情况记录', 'Records of processing'], ['是否记录处理情况（内容、目的、地点、人员、期限、接收方），并与影响评估一起保存至少三年？', 'Are processing records kept (what, why, where, who, how long, to whom), alongside the assessment, for at least three years?'], [cite('pipl.55'), cite('pipl.56'), cite('ndsr.12'), cite('frm.9')]),
  c('FR-32', 'nc', ['变更管理', 'Change management'], ['自取得同意或评估以来，目的、方式或信息种类是否变化（新增分析、新场所、迁移云端）？是否重新告知、取得同意并重新评估？', 'Has the purpose, method or kind of data changed since consent or the assessment (new analytics, new sites, a move to the cloud)? With new notice, consent and assessment?'], [cite('pipl.14', 2), cite('pipl.17', 2), cite('ndsr.22', 1, 6), cite('frm.9')]),
  c('FR-33', 'nc', ['不公平的格式条款', 'Unfair standard terms'], ['条款或会员章程是否授予无期限、不可撤销、可转授权的人脸信息处理权，或排除删除？', 'Do terms or membership rules grant unlimited, irrevocable or sub-licensable rights over face data, or rule out deletion?'], [cite('spc.11'), cite('spc.12')]),
  c('FR-34', 'risk', ['合规证据', 'Evidence of compliance'], ['如被起诉，能否证明告知、同意、标识和必要性（记录、标识照片、同意记录）？', 'If sued, can you prove notice, consent, signs and necessity (logs, photos of signs, consent records)?'], [cite('spc.6'), cite('pipl.69')]),
  c('FR-35', 'risk', ['国家身份认证渠道', 'National identity channels'], ['核验身份（如无证件入住）时，是否优先使用国家人口基础信息库、国家网络身份认证公共服务，而不是自建人脸库？', 'For identity checks (e.g. check-in without an ID card), are national channels preferred over a face database of your own?'], [cite('frm.11')], ['hotel', 'transport-hub']),
  c('FR-36', 'risk', ['员工人脸（考勤、门禁）', 'Employees’ faces (attendance, access)'], ['员工或外包人员是否录入人脸用于考勤或门禁？是否有必要性分析、单独同意和替代方式？', 'Do staff or contractors enrol faces for attendance or access? With a necessity analysis, separate consent and an alternative?'], [cite('pipl.13', 1, 2), cite('pipl.28'), cite('pipl.29'), cite('frm.10')]),
];

/** The checks that apply to a venue type (all of them, except those limited to certain venues). */
export function checksFor(venueType: string | undefined): Check[] {
  return CHECKS.filter((ch) => !ch.venues || (venueType !== undefined && ch.venues.includes(venueType)));
}

export function checkById(id: string): Check | undefined {
  return CHECKS.find((ch) => ch.id === id);
}
