/**
 * Venue presets: what is typical for each kind of venue — purposes, alternatives, retention, and what to watch
 * out for. They SUGGEST; they never answer for the user. The wizard shows them as hints beside the questions
 * named in `suggests`.
 */
import { t, type Localized } from '../locale.ts';

export interface VenuePreset {
  readonly venueType: string;
  readonly summary: Localized;
  /** Option codes of `venue.purposes` typical for this venue. */
  readonly typicalPurposes: readonly string[];
  /** Option codes of `alternatives.methods` that usually work here. */
  readonly typicalAlternatives: readonly string[];
  readonly typicalRetention: Localized;
  /** The red lines most often crossed in this kind of venue (checklist rows). */
  readonly watchFor: readonly string[];
  readonly watchNote: Localized;
}

export const PRESETS: readonly VenuePreset[] = [
  {
    venueType: 'scenic-area',
    summary: t('景区常见：年卡刷脸入园、售检票核验、游客中心和索道的公共安全监控。', 'Typical: face entry for annual passes, ticket checks, public-security cameras at visitor centres and cableways.'),
    typicalPurposes: ['security', 'ticketing', 'entry'],
    typicalAlternatives: ['qr-code', 'id-card', 'paper-ticket', 'staff-check'],
    typicalRetention: t('年卡：年卡到期或退卡时删除；单次门票：离园当日删除；监控录像：不少于30日。', 'Annual passes: delete when the pass expires or is returned; day tickets: delete the same day; CCTV: at least 30 days.'),
    watchFor: ['FR-04', 'FR-05', 'FR-11'],
    watchNote: t('杭州野生动物世界、湖州和涪陵景区案都涉及“只能刷脸”；湖州、涪陵案还涉及不删除。', 'The Hangzhou, Huzhou and Fuling cases all involved face-only entry; Huzhou and Fuling also involved no deletion.'),
  },
  {
    venueType: 'retail',
    summary: t('商场超市常见：出入口防盗监控、客流统计、会员识别、刷脸支付。', 'Typical: anti-theft cameras at entrances, footfall counting, member recognition, face payment.'),
    typicalPurposes: ['security', 'loss-prevention', 'payment'],
    typicalAlternatives: ['card', 'qr-code', 'staff-check'],
    typicalRetention: t('人脸信息：尽可能不保存，支付核验完成即删除；监控录像：不少于30日。', 'Face data: keep none where possible, delete once payment is verified; CCTV: at least 30 days.'),
    watchFor: ['FR-07', 'FR-21', 'FR-22', 'FR-26'],
    watchNote: t('上海普陀超市案：出入口抓拍、年龄情绪分析和“小偷”标签都是红线或严重问题。', 'Shanghai Putuo: entrance capture, age and emotion analysis and "thief" labels are red lines or serious breaches.'),
  },
  {
    venueType: 'residential',
    summary: t('住宅小区常见：单元门和人行闸机刷脸通行。', 'Typical: face entry at building doors and pedestrian gates.'),
    typicalPurposes: ['entry'],
    typicalAlternatives: ['card', 'pin', 'qr-code', 'staff-check'],
    typicalRetention: t('业主或住户搬离、注销时删除；访客：离开当日删除。', 'Delete when an owner or resident moves out or deregisters; visitors: the same day.'),
    watchFor: ['FR-05', 'FR-04', 'FR-12', 'FR-19'],
    watchNote: t('物业以刷脸作为唯一通行方式的，业主可以要求其他方式（天津物业案）。', 'Owners may demand another way in if face recognition is the only one (the Tianjin case).'),
  },
  {
    venueType: 'hotel',
    summary: t('酒店常见：入住时人证核验、刷脸开门或乘梯。', 'Typical: identity checks at check-in, face-operated doors or lifts.'),
    typicalPurposes: ['check-in', 'entry'],
    typicalAlternatives: ['id-card', 'card', 'staff-check'],
    typicalRetention: t('核验完成即删除比对图像；房卡替代方式始终可用。', 'Delete match images once verified; room cards always available instead.'),
    watchFor: ['FR-20', 'FR-04', 'FR-35'],
    watchNote: t('客房和包间内部禁止安装任何图像采集设备。', 'No image-capture device of any kind inside guest rooms or private dining rooms.'),
  },
  {
    venueType: 'gym',
    summary: t('健身房和体育场馆常见：会员刷脸入场、储物柜。', 'Typical: member face entry, lockers.'),
    typicalPurposes: ['entry'],
    typicalAlternatives: ['card', 'qr-code'],
    typicalRetention: t('会员终止或退卡时删除。', 'Delete when the membership ends.'),
    watchFor: ['FR-20', 'FR-05', 'FR-03'],
    watchNote: t('更衣室、淋浴间内部禁止安装设备；刷脸入场必须可选。', 'No devices inside changing rooms or showers; face entry must be optional.'),
  },
  {
    venueType: 'office',
    summary: t('办公楼常见：大堂闸机、员工考勤、访客登记。', 'Typical: lobby gates, staff attendance, visitor registration.'),
    typicalPurposes: ['entry', 'attendance'],
    typicalAlternatives: ['card', 'qr-code', 'staff-check'],
    typicalRetention: t('员工离职、访客离开当日删除。', 'Delete when staff leave the company and when visitors leave.'),
    watchFor: ['FR-05', 'FR-36', 'FR-03'],
    watchNote: t('强制员工录入人脸存在争议；写字楼物业同样适用物业服务的规定。', 'Compulsory staff enrolment is contested; building managers fall under the property-management rule too.'),
  },
  {
    venueType: 'transport-hub',
    summary: t('车站和交通枢纽常见：公共安全布控、刷脸检票或乘车。', 'Typical: public-security monitoring, face ticket checks or boarding.'),
    typicalPurposes: ['security', 'ticketing'],
    typicalAlternatives: ['id-card', 'qr-code', 'paper-ticket'],
    typicalRetention: t('人脸比对记录：最短必要期限；监控录像：不少于30日。', 'Face match records: the shortest necessary time; CCTV: at least 30 days.'),
    watchFor: ['FR-06', 'FR-07', 'FR-16'],
    watchNote: t('规模大时注意10万人备案和100万人负责人的门槛。', 'At scale, mind the 100,000-person filing and 1,000,000-person officer thresholds.'),
  },
  {
    venueType: 'other',
    summary: t('请按您的实际用途回答每个问题。', 'Answer each question for your actual use.'),
    typicalPurposes: [],
    typicalAlternatives: ['card', 'qr-code', 'id-card', 'staff-check'],
    typicalRetention: t('目的实现即删除；监控录像：不少于30日。', 'Delete when the purpose is met; CCTV: at least 30 days.'),
    watchFor: ['FR-04', 'FR-05', 'FR-20'],
    watchNote: t('不得强制刷脸，必须提供替代方式，私密空间不得安装设备。', 'No compulsion, always an alternative, no devices in private spaces.'),
  },
];

export function presetFor(venueType: string | undefined): VenuePreset | undefined {
  return PRESETS.find((p) => p.venueType === venueType);
}
