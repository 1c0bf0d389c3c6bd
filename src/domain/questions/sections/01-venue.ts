import { gte, includes, includesAny } from '../../conditions.ts';
import { cite } from '../../law/cite.ts';
import { t } from '../../locale.ts';
import { opt, why, YES_NO_UNSURE } from '../build.ts';
import type { QuestionDef } from '../schema.ts';

export const VENUE_TYPES = [
  opt('scenic-area', '旅游景区、公园', 'Scenic area or park'),
  opt('retail', '超市、商场', 'Supermarket or mall'),
  opt('residential', '住宅小区（物业服务）', 'Residential community (property management)'),
  opt('hotel', '酒店、宾馆、民宿', 'Hotel or guesthouse'),
  opt('gym', '健身房、体育场馆', 'Gym or sports venue'),
  opt('office', '办公楼、写字楼', 'Office building'),
  opt('transport-hub', '车站、交通枢纽', 'Station or transport hub'),
  opt('other', '其他经营场所', 'Another business venue'),
] as const;

/** The device list's areas that lie inside a private space (FRM art. 13; PS Video Regs art. 8). */
export const PRIVATE_AREAS: readonly string[] = ['guest-room', 'washroom', 'nursing-fitting', 'dormitory'];

export const venueQuestions = [
  {
    id: 'venue.type',
    section: 'venue',
    kind: 'single',
    label: t('您的场所属于哪一类？', 'What kind of venue is it?'),
    hint: t('按人脸识别设备所在的主要场所选择。', 'Choose the main place where the face-recognition devices are.'),
    options: VENUE_TYPES,
    why: why(
      '最高人民法院司法解释点名宾馆、商场、车站、体育场馆等经营场所；物业服务企业另有专门规定。',
      'The SPC Provisions name hotels, malls, stations and sports venues; property managers have a rule of their own.',
      cite('spc.2', undefined, 1),
      cite('spc.10'),
    ),
    fr: ['FR-05', 'FR-06'],
  },
  {
    id: 'venue.status',
    section: 'venue',
    kind: 'single',
    label: t('人脸识别系统目前处于什么阶段？', 'At what stage is the face-recognition system?'),
    options: [
      opt('planned', '计划中，尚未启用', 'Planned, not yet in use'),
      opt('live', '已经在使用', 'Already in use'),
    ],
    why: why(
      '影响评估应当在处理之前进行；已在使用的系统需要说明评估是否事前完成。',
      'The assessment must come before processing; a system already in use must show whether it was assessed beforehand.',
      cite('pipl.55'),
      cite('frm.9'),
    ),
    fr: ['FR-15'],
  },
  {
    id: 'venue.go-live',
    section: 'venue',
    kind: 'date',
    label: t('系统启用（或计划启用）的日期', 'Date the system went live (or will go live)'),
    entryError: t(
      '您在前面回答系统“已经在使用”，启用日期不能晚于今天（{today}）：请填写实际启用的日期；如果系统尚未启用，请先把系统阶段改为“计划中，尚未启用”。',
      'You answered that the system is already in use, so it went live today ({today}) or earlier: enter the date it went live or, if it is not in use yet, first change its stage to “Planned, not yet in use”.',
    ),
    hint: t('需要向公安机关备案的，用它计算备案期限。', 'Where police filing applies, it sets the filing deadline.'),
    why: why(
      '影响评估应当在启用前进行。人员聚集场所公共区域的安防视频系统，还应自投入使用之日起30日内向县级公安机关备案（本人刷脸通行的门禁不涉及）。',
      'An impact assessment is to be done before go-live. Security video systems in the public areas of crowded places must also be filed with county-level police within 30 days of going live (gates people open with their own face are not).',
      cite('pipl.55', 1, 1),
      cite('ps-video-regs.14'),
    ),
    fr: ['FR-06', 'FR-15'],
  },
  {
    id: 'venue.route',
    section: 'venue',
    kind: 'single',
    label: t('人脸识别是怎样使用的？', 'How is face recognition used?'),
    hint: t(
      '按实际情况选择，这决定适用的法律路径：公共区域的安防抓拍不以本人同意为基础，但只能用于维护公共安全；由本人录入人脸或刷脸核验身份的，通常以本人的单独同意为基础，有其他方式可以实现目的的，不应只能刷脸。',
      'Choose what actually happens; it decides which legal route applies. Security cameras in public areas do not rest on consent but may serve public security only. Where people enrol their own face or have it checked against their identity, it usually rests on their separate consent, and where another way would do, the face should not be the only one.',
    ),
    options: [
      // The facts an operator knows, with the route they put it on (the name the findings and the method use).
      opt('public-security', '公共区域的摄像设备为维护公共安全抓拍、识别人脸，不需要本人录入（公共安全路径）', 'Cameras in public areas capture or identify faces for public security; nobody enrols (the public-security route)'),
      opt('consent', '由本人录入人脸后刷脸使用，或刷脸核验本人身份，例如刷脸入园、开门、考勤、支付、入住核验（同意路径）', 'People enrol their own face and use it, or have it checked against their identity, e.g. to get in, open doors, clock in, pay or check in (the consent route)'),
      opt('both', '两种都有（两条路径）', 'Both (both routes)'),
    ],
    why: why(
      '公共场所的图像采集设备只能为维护公共安全所必需；其他用途要有个人的单独同意。两条路径适用的规则不同。',
      'Image-capture devices in public places are allowed only where necessary for public security; any other use needs separate consent. The two routes follow different rules.',
      cite('pipl.26'),
      cite('pipl.29'),
      cite('spc.5', undefined, 2),
    ),
    fr: ['FR-01', 'FR-06'],
  },
  {
    id: 'venue.purposes',
    section: 'venue',
    kind: 'multi',
    label: t('人脸识别用于哪些目的？', 'What is face recognition used for?'),
    hint: t('选择所有适用的目的。', 'Select every purpose that applies.'),
    options: [
      opt('security', '治安防范、公共安全监控', 'Security and public-safety monitoring'),
      opt('entry', '出入口通行验证（门禁、闸机）', 'Entry verification (doors, gates)'),
      opt('ticketing', '购票、检票、年卡核验', 'Ticketing, ticket checks, annual passes'),
      opt('check-in', '入住或登记时核验身份', 'Identity check at check-in or registration'),
      opt('payment', '刷脸支付', 'Face payment'),
      opt('attendance', '员工考勤', 'Staff attendance'),
      opt('member-recognition', '识别会员或贵宾', 'Recognising members or VIPs'),
      opt('loss-prevention', '防盗、识别可疑人员', 'Loss prevention, spotting suspects'),
      opt('marketing', '客流统计、顾客分析或营销', 'Footfall counting, customer analytics or marketing'),
    ],
    why: why(
      '处理人脸信息必须有特定的目的和充分的必要性，并与目的直接相关。',
      'Face information may be processed only for a specific purpose with sufficient necessity, directly related to that purpose.',
      cite('pipl.6'),
      cite('pipl.28', 2),
      cite('frm.4'),
    ),
    fr: ['FR-02', 'FR-07'],
  },
  {
    id: 'venue.devices',
    section: 'venue',
    kind: 'group',
    label: t('列出人脸识别设备及其位置', 'List the face-recognition devices and where they are'),
    hint: t('每个位置一行：位置名称、区域类型、设备数量、功能。', 'One row per location: its name, the kind of area, the number of devices and what they do.'),
    itemLabel: t('设备位置', 'Device location'),
    minItems: 1,
    maxItems: 50,
    fields: [
      { id: 'location', kind: 'text', label: t('位置名称', 'Location'), maxLength: 120 },
      {
        id: 'area',
        kind: 'single',
        label: t('区域类型', 'Kind of area'),
        options: [
          opt('entrance', '出入口', 'Entrance or exit'),
          opt('public-area', '公共区域（大堂、走廊、广场）', 'Public area (lobby, corridor, square)'),
          opt('ticketing', '售票处、检票口、闸机', 'Ticket office, ticket gate, turnstile'),
          opt('checkout', '收银台、支付终端', 'Checkout or payment terminal'),
          opt('staff-area', '仅限员工区域', 'Staff-only area'),
          opt('guest-room', '客房或包间内部', 'Inside a guest room or private dining room'),
          opt('washroom', '浴室、卫生间、更衣室内部', 'Inside a bathroom, toilet or changing room'),
          opt('nursing-fitting', '哺乳室、试衣间内部', 'Inside a nursing room or fitting room'),
          opt('dormitory', '宿舍或员工休息室内部', 'Inside a dormitory or staff rest room'),
        ],
      },
      { id: 'count', kind: 'number', label: t('设备数量', 'Number of devices'), min: 1, max: 10000 },
      {
        id: 'function',
        kind: 'single',
        label: t('功能', 'Function'),
        options: [
          opt('capture', '仅抓拍', 'Capture only'),
          opt('verification', '一比一验证（核验是否本人）', 'Verification (1:1, is this the person?)'),
          opt('identification', '一比多辨识（在库中查找是谁）', 'Identification (1:N, who is this?)'),
          opt('analysis', '属性分析（年龄、性别、情绪等）', 'Attribute analysis (age, gender, mood…)'),
        ],
      },
    ],
    why: why(
      '设备位置决定是否属于公共场所、是否进入了禁止安装的私密空间，以及采集区域是否合理。',
      'Where the devices are decides whether they are in a public place, whether any sits in a forbidden private space, and whether the capture area is reasonable.',
      cite('frm.13'),
      cite('ps-video-regs.8'),
      cite('ps-video-regs.13'),
    ),
    fr: ['FR-06', 'FR-20'],
  },
  {
    id: 'venue.subjects',
    section: 'venue',
    kind: 'multi',
    label: t('会采集哪些人的人脸？', 'Whose faces are captured?'),
    options: [
      opt('visitors', '访客、游客、顾客', 'Visitors, tourists, customers'),
      opt('members', '会员、年卡持有人', 'Members, annual-pass holders'),
      opt('residents', '业主、住户、租户', 'Owners, residents, renters'),
      opt('guests', '酒店住客', 'Hotel guests'),
      opt('staff', '本单位员工、外包人员', 'Your staff and contractors'),
      // An office building's or a mall's tenants employ people the operator does not: no HR basis covers them.
      opt('tenant-staff', '入驻企业或商户的员工（不是本单位员工）', 'People who work for your tenants (not your staff)'),
      opt('elderly-disabled', '老年人、残疾人（可能在其中）', 'Elderly or disabled people (may be among them)'),
    ],
    why: why(
      '员工、老年人和残疾人各有需要注意的规则；人群决定告知方式和影响程度。',
      'Staff, elderly and disabled people each bring their own rules; who is captured shapes the notice and the impact.',
      cite('pipl.13', 1, 2),
      cite('frm.5'),
    ),
    fr: ['FR-10', 'FR-36'],
  },
  {
    id: 'venue.children',
    section: 'venue',
    kind: 'single',
    label: t('是否可能采集或录入不满十四周岁儿童的人脸？', 'Could the faces of children under 14 be captured or enrolled?'),
    hint: t('例如家庭年卡、住户子女、随父母入住的儿童、儿童课程、学校团队。', 'For example family passes, residents’ children, children staying with their parents, children’s classes, school groups.'),
    options: YES_NO_UNSURE,
    why: why(
      '不满十四周岁未成年人的个人信息都属于敏感个人信息，须取得监护人同意并制定专门规则。',
      'All personal information of children under 14 is sensitive; it needs a guardian’s consent and special processing rules.',
      cite('pipl.28'),
      cite('pipl.31'),
    ),
    fr: ['FR-19'],
  },
  {
    id: 'venue.people-stored',
    section: 'venue',
    kind: 'number',
    label: t('存储了多少人的人脸信息？', 'How many people’s face information is stored?'),
    entryError: t(
      '存储了人脸的人数（{stored}）多于所有系统合计的人数（{total}）：请核对两个数字',
      'The people whose faces are stored ({stored}) outnumber the total across all systems ({total}); check both numbers',
    ),
    hint: t(
      '按不同的人计算，合并本单位所有场所和设备。尚未启用的，填写预计的人数；不确定时填写最合理的估计。',
      'Count distinct people across all your sites and devices. If the system is not live yet, give the number expected; if unsure, your best estimate.',
    ),
    min: 0,
    max: 2_000_000_000,
    integer: true,
    unit: t('人', 'people'),
    findIt: t(
      '在人脸识别系统的管理后台查看已录入的人数（云服务的控制台通常在“人员库”或“底库”下统计）；没有后台权限的，请供应商书面提供。只抓拍、不录入的，按保存期内抓拍记录涉及的人数估算，并记下估算方法。',
      'Look up the number of enrolled people in the system’s admin console (cloud services usually count them under the person or gallery library); without access, ask the vendor in writing. If faces are only captured, not enrolled, estimate from the capture records within the retention period, and note how you estimated.',
    ),
    why: why(
      '存储人脸信息达到10万人，应当在30个工作日内向所在地省级以上网信部门备案。',
      'Once face information of 100,000 people is stored, the handler must file with the provincial cyberspace office within 30 working days.',
      cite('frm.15'),
    ),
    fr: ['FR-16'],
  },
  {
    id: 'venue.threshold-date',
    section: 'venue',
    kind: 'date',
    label: t('存储数量达到10万人的日期（或预计日期）', 'Date the stored count reached 100,000 people (or is expected to)'),
    showIf: gte('venue.people-stored', 100_000),
    findIt: t(
      '在系统后台的人员库统计中查看人数随时间的变化；没有历史数据的，按每月新增录入人数推算。',
      'Look at how the enrolled count has grown in the admin console’s statistics; without history, project it from the number enrolled each month.',
    ),
    why: why(
      '备案期限从达到10万人之日起计算30个工作日。',
      'The 30-working-day filing period runs from the day the count reaches 100,000.',
      cite('frm.15'),
    ),
    fr: ['FR-16'],
  },
  {
    id: 'venue.people-total',
    section: 'venue',
    kind: 'number',
    label: t('贵单位处理多少人的个人信息（所有系统合计，不限于人脸）？', 'How many people’s personal information does your organisation process in total (all systems, not only faces)?'),
    entryError: t(
      '所有系统合计的人数（{total}）少于存储了人脸的人数（{stored}）：合计应当包括这些人',
      'The total across all systems ({total}) is less than the people whose faces are stored ({stored}); the total must include them',
    ),
    hint: t('包括会员、住户、员工等所有系统中的人数。', 'Include members, residents, staff and everyone else in all your systems.'),
    min: 0,
    max: 2_000_000_000,
    integer: true,
    unit: t('人', 'people'),
    findIt: t(
      '把会员、票务、门禁、监控、员工档案等各系统中的人数相加。同一人可能出现在多个系统中，请尽量去除重复后估计。各系统的管理员或信息部门可以提供。',
      'Add up the people in every system (members, ticketing, access control, CCTV, staff records). The same person may appear in several systems: remove duplicates as far as you can, then estimate. Each system’s administrator or your IT team can supply the figures.',
    ),
    why: why(
      '处理100万人以上个人信息的，应当指定个人信息保护负责人；超过1000万人的，至少每两年审计一次。',
      'Handlers of 1,000,000 people’s PI must appoint a PI protection officer; above 10,000,000, audits are due at least every two years.',
      cite('audit-measures.12'),
      cite('audit-measures.4'),
    ),
    fr: ['FR-17', 'FR-18'],
  },
] as const satisfies readonly QuestionDef[];

/** Routes that include the public-security route / the consent route. */
export const ON_PUBLIC_ROUTE = ['public-security', 'both'];
export const ON_CONSENT_ROUTE = ['consent', 'both'];
/** Purposes that verify or identify people (where spoofing matters). */
export const VERIFYING_PURPOSES = ['entry', 'ticketing', 'check-in', 'payment', 'attendance'];

export const usesVerification = includesAny('venue.purposes', ...VERIFYING_PURPOSES);
export const capturesStaff = includes('venue.subjects', 'staff');
