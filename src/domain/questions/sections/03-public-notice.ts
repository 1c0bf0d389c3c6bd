import { all, includes, includesAny, isIn, not } from '../../conditions.ts';
import { cite } from '../../law/cite.ts';
import { t } from '../../locale.ts';
import { opt, UNSURE, why, YES_NO, YES_NO_UNSURE } from '../build.ts';
import type { QuestionDef } from '../schema.ts';
import { ON_PUBLIC_ROUTE } from './01-venue.ts';

export const onPublicRoute = isIn('venue.route', ...ON_PUBLIC_ROUTE);

/**
 * Venue types that the PS Video Regs art. 7 does not list — hotels, office buildings, residential communities.
 * Under art. 9(2), cameras installed in such other public places follow the regulation except the mandatory
 * requirements of arts 11, 14, 15, 16(2) and 17: the police filing and the 30-day minimum do not bind them.
 * Every other type (scenic areas, shops and malls, sports venues, transport hubs, and "other") is taken as a
 * place art. 7 lists, so those duties are not missed where they apply.
 */
export const PSV_ART9_VENUES = ['hotel', 'office', 'residential'] as const;
/** On the public-security route at a place the PS Video Regs art. 7 lists: filing and the 30-day minimum apply. */
export const psvArt7Place = all(onPublicRoute, not(isIn('venue.type', ...PSV_ART9_VENUES)));

export const PRIVATE_SPACES = [
  'guest-room',
  'private-dining',
  'dormitory',
  'bathroom',
  'toilet',
  'changing-room',
  'nursing-room',
  'fitting-room',
] as const;

export const publicQuestions = [
  {
    id: 'public.necessity',
    section: 'public',
    kind: 'single',
    label: t('每台公共区域的设备是否都有维护公共安全所必需的书面理由？', 'Does every device in a public area have a written public-security necessity?'),
    showIf: onPublicRoute,
    options: [
      opt('documented', '有，逐个位置说明了治安风险', 'Yes, with the security risk set out for each location'),
      opt('not-documented', '没有书面说明', 'No written reasons'),
    ],
    why: why(
      '在公共场所安装图像采集、个人身份识别设备，应当为维护公共安全所必需。',
      'Image-capture and identity-recognition devices in public places must be necessary for public security.',
      cite('pipl.26'),
      cite('frm.13'),
      cite('audit-guideline.11', undefined, 1),
    ),
    fr: ['FR-06'],
  },
  {
    id: 'public.installer',
    section: 'public',
    kind: 'single',
    label: t('设备由谁安装和管理？', 'Who installed and runs the devices?'),
    showIf: onPublicRoute,
    options: [
      opt('security-duty', '对该场所负有经营管理或安全防范责任的单位（即本单位）', 'The organisation responsible for running or securing the place (us)'),
      opt('other-party', '商户、供应商或其他不负安全责任的单位自行安装', 'A tenant, vendor or other party without that duty, on its own account'),
    ],
    why: why(
      '公共场所的图像采集设备只能由负有经营管理责任或安全防范义务的单位安装。',
      'Only the party responsible for running or securing a public place may install image-capture devices there.',
      cite('ps-video-regs.7', 3),
      cite('ps-video-regs.9', 1),
    ),
    fr: ['FR-06'],
  },
  {
    id: 'public.police-filing',
    section: 'public',
    kind: 'single',
    label: t('视频系统是否已向所在地县级公安机关备案？', 'Has the video system been filed with the county-level police?'),
    entryError: t(
      '系统于{live}启用，备案期限（{due}）已过：请选择“已备案”或“未备案”。',
      'The system went live on {live}, so the filing period ended on {due}: choose “Filed” or “Not filed”.',
    ),
    // Not asked where art. 9(2) lifts the filing duty (hotels, offices, residential communities).
    showIf: psvArt7Place,
    options: [
      opt('filed', '已备案', 'Filed'),
      opt('within-30-days', '尚未备案：系统尚未启用，或启用未满30日', 'Not yet: the system is not in use yet, or went live less than 30 days ago'),
      opt('not-filed', '未备案', 'Not filed'),
      UNSURE,
    ],
    findIt: t(
      '备案回执通常由安装和管理视频系统的部门（保卫、安保或物业）保管；找不到的，可向所在地县级公安机关治安部门查询。',
      'The filing receipt is usually kept by the department that installed and runs the video system (security or property management); if you cannot find it, ask the public-order office of the county-level police.',
    ),
    why: why(
      '公共安全视频系统应当在投入使用之日起30日内向县级公安机关备案。这一要求适用于条例第七条列明的场所（如商贸中心、旅游景区、文化体育娱乐场所、交通枢纽等人员聚集场所）；其他公共场所依照第九条第二款不受第十四条强制性要求的约束。',
      'Public-security video systems must be filed with county-level police within 30 days of going live. This applies to the places art. 7 of the regulation lists (crowded places such as shopping centres, scenic areas, cultural, sports and entertainment venues, and transport hubs); under art. 9(2), other public places are not bound by the mandatory requirements of art. 14.',
      cite('ps-video-regs.14'),
      cite('ps-video-regs.9', 2),
    ),
    fr: ['FR-06'],
  },
  {
    id: 'public.capture-area',
    section: 'public',
    kind: 'single',
    label: t('设备的采集范围是怎样确定的？', 'How is the devices’ capture area set?'),
    showIf: onPublicRoute,
    options: [
      opt('limited', '按需要划定，只覆盖必要区域，有区域图', 'Defined to cover only what is needed, with a map'),
      opt('excessive', '覆盖了街道、邻近区域等不必要的范围', 'It also covers the street or neighbouring areas'),
      opt('undefined', '没有划定', 'Not defined'),
    ],
    why: why(
      '应当依法合理确定人脸信息采集区域，合理确定设备的位置、角度和采集范围。',
      'The capture area, and each device’s position, angle and range, must be set lawfully and reasonably.',
      cite('frm.13'),
      cite('ps-video-regs.13'),
    ),
    fr: ['FR-06'],
  },
  {
    id: 'public.other-uses',
    section: 'public',
    kind: 'multi',
    label: t('安防设备采集的图像或身份信息还用于什么？', 'What else are the images or identity data from security devices used for?'),
    showIf: onPublicRoute,
    options: [
      opt('marketing', '营销、推送', 'Marketing or push messages'),
      opt('footfall', '客流统计', 'Footfall counting'),
      opt('vip', '识别贵宾或会员', 'Recognising VIPs or members'),
      opt('attendance', '员工考勤', 'Staff attendance'),
      opt('analytics', '顾客属性分析', 'Customer attribute analytics'),
      opt('none', '只用于维护公共安全', 'Only public security', { exclusive: true }),
    ],
    why: why(
      '公共场所收集的个人图像、身份识别信息只能用于维护公共安全的目的；取得个人单独同意的除外。',
      'Images and identity data collected in public places may be used only for public security, unless the person gives separate consent.',
      cite('pipl.26'),
      cite('audit-guideline.11', undefined, 3),
    ),
    fr: ['FR-07'],
  },
  {
    id: 'public.other-uses-consent',
    section: 'public',
    kind: 'single',
    label: t('这些其他用途是否取得了每个人的单独同意？', 'Did each person give separate consent to those other uses?'),
    showIf: includesAny('public.other-uses', 'marketing', 'footfall', 'vip', 'attendance', 'analytics'),
    options: YES_NO,
    why: why(
      '用于公共安全以外的目的，须取得个人单独同意。',
      'Uses beyond public security require separate consent.',
      cite('pipl.26'),
    ),
    fr: ['FR-07'],
  },
  {
    id: 'public.private-spaces',
    section: 'public',
    kind: 'multi',
    label: t('是否有任何人脸识别或图像采集设备安装在以下场所的内部？', 'Is any face-recognition or image-capture device installed inside any of these?'),
    entryError: t(
      '设备清单中有装在私密空间内部的设备（{location}），这里却选择了“都没有”：请选择这些设备所在的场所；如果设备清单有误，请先回到“场所与范围”修改。',
      'The device list has devices inside a private space ({location}), yet this answer is “None of these”: choose where they are, or, if the device list is wrong, correct it under “Venue and scope” first.',
    ),
    options: [
      opt('guest-room', '客房', 'Guest rooms'),
      opt('private-dining', '包间', 'Private dining rooms'),
      opt('dormitory', '宿舍或员工休息室', 'Dormitories or staff rest rooms'),
      opt('bathroom', '浴室、淋浴间', 'Bathrooms or showers'),
      opt('toilet', '卫生间', 'Toilets'),
      opt('changing-room', '更衣室', 'Changing rooms'),
      opt('nursing-room', '哺乳室', 'Nursing rooms'),
      opt('fitting-room', '试衣间', 'Fitting rooms'),
      opt('none', '都没有', 'None of these', { exclusive: true }),
    ],
    why: why(
      '不得在宾馆客房、公共浴室、公共更衣室、公共卫生间等公共场所中的私密空间内部安装人脸识别设备；视频条例还禁止在哺乳室、试衣间、宿舍内安装图像采集设备。',
      'Face-recognition devices are banned inside private spaces within public places, such as hotel guest rooms, public bathhouses, public changing rooms and public toilets; the video regulation also bans any image-capture device in nursing rooms, fitting rooms and dormitories.',
      cite('frm.13'),
      cite('ps-video-regs.8', 1),
      cite('civil-code.1033', undefined, 2),
    ),
    fr: ['FR-20'],
  },
  {
    id: 'public.threshold-devices',
    section: 'public',
    kind: 'single',
    label: t('是否有设备装在私密空间门口而能拍到内部，或在卫生间内使用刷脸取纸等设施？', 'Does any device at the door of a private space see inside, or is face-operated equipment (e.g. a toilet-paper dispenser) used inside one?'),
    options: YES_NO_UNSURE,
    why: why(
      '能够拍摄、窥视他人隐私的其他区域、部位也禁止安装图像采集设备。',
      'Image-capture devices are also banned wherever they could film or peep at others’ privacy.',
      cite('ps-video-regs.8', 1, 4),
    ),
    fr: ['FR-20'],
  },
  {
    id: 'public.signage',
    section: 'public',
    kind: 'single',
    label: t('现场有怎样的提示标识？', 'What signs are there on site?'),
    options: [
      opt('before-zone', '每个入口在进入采集区域之前都有显著的人脸识别提示标识', 'A prominent face-recognition sign before the capture zone at every entrance'),
      opt('after-or-hidden', '有标识，但位置不显眼或在设备之后', 'Signs, but hard to see or placed after the camera'),
      opt('cctv-only', '只有“视频监控”标识，没有说明人脸识别', 'Only "CCTV in operation" signs, nothing about face recognition'),
      opt('none', '没有标识', 'No signs'),
    ],
    why: why(
      '在公共场所安装人脸识别设备，应当设置显著的提示标识。',
      'Face-recognition devices in public places require prominent signs.',
      cite('pipl.26'),
      cite('frm.13'),
      cite('ps-video-regs.13'),
    ),
    fr: ['FR-08'],
  },
  {
    id: 'public.sign-readable',
    section: 'public',
    kind: 'single',
    label: t('标识是否清晰易读（字号、对比度、语言）？', 'Are the signs easy to read (size, contrast, language)?'),
    showIf: isIn('public.signage', 'before-zone', 'after-or-hidden'),
    options: YES_NO_UNSURE,
    why: why(
      '告知文本的大小、字体和颜色应当便于个人完整阅读。',
      'The size, font and colour of the notice must let people read all of it.',
      cite('audit-guideline.4', undefined, 2),
    ),
    fr: ['FR-08'],
  },
  {
    id: 'public.notice-url',
    section: 'public',
    kind: 'text',
    format: 'url',
    label: t('完整处理规则的网址', 'Web address of your full processing rules'),
    hint: t('填写后，生成的提示标识会附上二维码，形成两层告知。', 'If given, the generated sign carries a QR code to it: a two-layer notice.'),
    optional: true,
    maxLength: 500,
    why: why(
      '处理规则应当公开，并且便于查阅和保存。',
      'Processing rules must be public and easy to consult and keep.',
      cite('pipl.17', 3),
    ),
    fr: ['FR-08', 'FR-09'],
  },
] as const satisfies readonly QuestionDef[];

export const NOTICE_ITEMS = [
  'operator',
  'purpose',
  'method',
  'categories',
  'retention',
  'necessity-impact',
  'rights',
  'alternative',
  'recipients',
  'cross-border',
] as const;

export const noticeQuestions = [
  {
    id: 'notice.items',
    section: 'notice',
    kind: 'multi',
    label: t('您的告知（标识加完整规则）写明了哪些事项？', 'What does your notice (signs plus full rules) state?'),
    hint: t('只勾选已经写明的事项。', 'Tick only what is already stated.'),
    options: [
      opt('operator', '处理者名称和联系方式', 'Your name and contact details'),
      opt('purpose', '处理目的', 'The purpose'),
      opt('method', '处理方式（验证、辨识、抓拍）', 'The method (verification, identification, capture)'),
      opt('categories', '处理的信息种类（人脸图像、特征值）', 'The categories (face images, templates)'),
      opt('retention', '保存期限和到期后的处理', 'How long data is kept and what happens then'),
      opt('necessity-impact', '处理人脸信息的必要性及对个人权益的影响', 'Why face processing is necessary and how it affects people'),
      opt('rights', '个人行使权利的方式和程序', 'How people exercise their rights'),
      opt('alternative', '不刷脸的替代方式', 'The non-face alternative'),
      opt('recipients', '受托方或接收方', 'Vendors or recipients'),
      opt('cross-border', '境外提供情况', 'Transfers outside mainland China'),
      opt('nothing', '目前没有任何告知', 'There is no notice yet', { exclusive: true }),
    ],
    why: why(
      '处理前应当以显著方式、清晰易懂的语言告知法定事项；处理敏感个人信息的，还应告知必要性和对个人权益的影响。',
      'Before processing, the handler must give the required information prominently and clearly; for sensitive PI, also why it is necessary and how it affects the person.',
      cite('pipl.17', 1),
      cite('pipl.30'),
      cite('frm.5'),
      cite('ndsr.21', 1),
    ),
    fr: ['FR-09'],
  },
  {
    id: 'notice.timing',
    section: 'notice',
    kind: 'single',
    label: t('什么时候告知？', 'When is the notice given?'),
    showIf: not(includes('notice.items', 'nothing')),
    options: [
      opt('before', '在采集或录入之前', 'Before capture or enrolment'),
      opt('after', '录入之后或事后才告知', 'After enrolment or afterwards'),
    ],
    why: why(
      '告知应当在处理个人信息之前进行。',
      'Notice must be given before the processing.',
      cite('pipl.17', 1),
    ),
    fr: ['FR-10'],
  },
  {
    id: 'notice.accessible',
    section: 'notice',
    kind: 'single',
    label: t('老年人和残疾人能否方便地获得告知（大字、语音、人工说明）？', 'Can elderly and disabled people use the notice (large print, audio, a person to explain)?'),
    options: YES_NO_UNSURE,
    why: why(
      '处理残疾人、老年人人脸信息的，还应当符合无障碍环境建设的规定。',
      'Processing the faces of disabled and elderly people must also meet the accessibility rules.',
      cite('frm.5'),
    ),
    fr: ['FR-10'],
  },
  {
    id: 'notice.contact',
    section: 'notice',
    kind: 'text',
    label: t('个人信息问题的联系方式（电话或邮箱）', 'Contact for personal-information questions (phone or e-mail)'),
    entryError: t(
      '请填写电话号码或电子邮箱，例如 400-123-4567 或 privacy@example.com：它会印在提示标识和告知书上。',
      'Enter a phone number or e-mail address, such as 400-123-4567 or privacy@example.com: it is printed on the sign and in the notice.',
    ),
    hint: t('用于生成提示标识、告知书和同意书。', 'Used in the generated sign, notice and consent texts.'),
    maxLength: 200,
    format: 'contact',
    why: why(
      '告知事项包括个人信息处理者的名称和联系方式。',
      'The notice must give the handler’s name and contact details.',
      cite('pipl.17', 1, 1),
    ),
    fr: ['FR-09'],
  },
] as const satisfies readonly QuestionDef[];

