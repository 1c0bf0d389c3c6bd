import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../conditions.ts';
import { questionById } from '../questions/bank.ts';
import { scenarioById } from '../scenarios/index.ts';
import { generateTexts, textsHaveGaps } from './texts.ts';

type A = Readonly<Record<string, AnswerValue>>;
const gym = scenarioById('gym-compliant')!;
const texts = (patch: A, locale: 'zh-CN' | 'en' = 'zh-CN', base: A = gym.answers) => generateTexts({ ...base, ...patch }, gym.meta, locale);
const all = (t: ReturnType<typeof texts>) => [t.sign, t.notice, t.consent].flatMap((g) => [g.title, ...g.paragraphs]).join('\n');

/** A supermarket's security cameras (PIPL art. 26) also used for marketing and footfall counting. */
const publicCameras: A = {
  'venue.route': 'public-security',
  'venue.purposes': ['security', 'loss-prevention', 'marketing'],
  'public.other-uses': ['marketing', 'footfall'],
  'alternatives.offered': 'not-verification',
};

describe('generated texts say only what the answers support (PIPL art. 17: true, accurate, complete)', () => {
  it('public-security cameras are announced for public security only, and other uses without consent block every text until they stop', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = texts({ ...publicCameras, 'public.other-uses': ['none'] }, locale);
      expect(all(t)).not.toMatch(/营销|客流|防盗|marketing|footfall|loss prevention/i);
      expect(t.sign.paragraphs[0]).toContain(locale === 'zh-CN' ? '只用于维护公共安全，不用于其他目的' : 'used for public security only and for no other purpose');
    }
    // The same cameras also used for marketing and footfall counting with no consent: "public security only"
    // would be untrue, so the sign, the notice's purposes and the note on consent each say what is going on.
    const used = texts({ ...publicCameras, 'public.other-uses-consent': 'no' });
    const gap = '〔目前人脸信息还被用于营销、推送；客流统计，这些用途既没有如实告知，也没有取得单独同意';
    expect(used.sign.paragraphs[0]).toContain(gap);
    expect(used.notice.paragraphs[1]).toContain(gap);
    expect(used.consent.paragraphs[0]).toContain(gap);
    expect(textsHaveGaps(used)).toBe(true);
    // Attribute analysis, a suspects list and a "thieves' wall" count too, on any route where they occur.
    const retail = texts({ ...publicCameras, 'public.other-uses': ['none'], 'analytics.attributes': ['age', 'emotion'], 'analytics.watchlist': 'suspects', 'sharing.public-disclosure': 'yes' }, 'en');
    expect(retail.sign.paragraphs[0]).toContain('[face information is currently also used for analysing age and emotion or expression, matching against a list of suspects or banned people to raise alerts, and showing faces in public, none of which');
    expect(all(texts({ 'analytics.watchlist': 'suspects' }))).toContain('与可疑人员或禁入人员名单比对报警');
    // On the consent route, analysis with separate consent is a stated purpose; without it, a gap.
    expect(all(texts({ 'analytics.attributes': ['age'], 'analytics.consent': 'yes' }))).not.toContain('〔目前人脸信息还被用于');
    expect(texts({ 'analytics.attributes': ['age'], 'analytics.consent': 'no' }).sign.paragraphs[0]).toContain('〔目前人脸信息还被用于分析年龄');
    expect(texts({ 'analytics.profiles': 'yes', 'analytics.consent': 'no' }).sign.paragraphs[0]).toContain('建立顾客画像或营销名单');
  });

  it('the public-security route gets no consent form and offers no "withdraw consent"', () => {
    const t = texts({ ...publicCameras, 'public.other-uses-consent': 'no' });
    expect(t.consent.title).toBe('关于同意的说明');
    expect(t.consent.paragraphs.join()).toContain('不以个人同意为基础');
    expect(all(t)).not.toContain('□');
    expect(all(t)).not.toContain('撤回同意');
    // No alternative to offer: the cameras do not verify anyone.
    expect(t.notice.paragraphs.join()).not.toContain('替代方式');
  });

  it('other uses of those images the person separately consents to get a consent form of their own', () => {
    const t = texts({ ...publicCameras, 'public.other-uses-consent': 'yes' });
    expect(t.sign.paragraphs.join()).toContain('经您单独同意，还用于：防盗、识别可疑人员；客流统计、顾客分析或营销');
    expect(t.consent.title).toBe('人脸信息处理单独同意书');
    expect(t.consent.paragraphs[0]).toContain('用于：防盗、识别可疑人员；客流统计、顾客分析或营销');
    expect(t.consent.paragraphs[0]).not.toContain('治安防范');
  });

  it('consented other uses of security images are named even when only "public security" was ticked as a purpose', () => {
    const t = texts({ ...publicCameras, 'venue.purposes': ['security'], 'public.other-uses': ['footfall', 'attendance'], 'public.other-uses-consent': 'yes' });
    expect(t.sign.paragraphs.join()).toContain('经您单独同意，还用于：客流统计、员工考勤');
    expect(t.consent.title).toBe('人脸信息处理单独同意书');
  });

  it('on both routes, the public-area capture and the voluntary enrolment are each described, with their own purposes', () => {
    const t = texts({ 'venue.route': 'both', 'venue.purposes': ['security', 'ticketing'] });
    expect(t.notice.paragraphs[1]).toBe('二、处理目的：（一）公共区域：维护公共安全；（二）自愿录入人脸的：购票、检票、年卡核验。');
    // Purposes that are lists themselves are joined so that the two levels stay apart.
    expect(texts({ 'venue.route': 'both', 'venue.purposes': ['security', 'entry', 'ticketing'] }).notice.paragraphs[1]).toContain('（二）自愿录入人脸的：出入口通行验证（门禁、闸机），以及购票、检票、年卡核验。');
    // The period answered is the enrolment's; the plaza cameras' footage has its own, or a gap.
    const retention = texts({ 'venue.route': 'both', 'venue.purposes': ['security', 'ticketing'], 'storage.video-separate': 'separate', 'storage.video-days': 30 }).notice.paragraphs.find((p) => p.includes('保存期限'))!;
    expect(retention).toMatch(/自愿录入的人脸信息保存至目的实现时.*；公共区域的监控录像另行保存 30 天。/);
    expect(texts({ 'venue.route': 'both', 'venue.purposes': ['security', 'ticketing'], 'storage.video-separate': 'no-video' }).sign.paragraphs.join()).toContain('公共区域采集的图像：〔写明保存期限〕');
    // Declining is about enrolling: nobody opts out of the public area's cameras.
    expect(t.sign.paragraphs.join()).toContain('不愿录入人脸？');
    expect(t.notice.paragraphs[2]).toMatch(/^三、处理方式：在公共区域通过摄像设备.*；对自愿录入的人/);
    expect(t.sign.paragraphs.join()).toContain('自愿录入人脸的，用于：购票、检票、年卡核验');
  });

  it('a transfer to a server is said to rest on consent only when that is the answer', () => {
    const server = (basis: string, locale: 'zh-CN' | 'en' = 'zh-CN') => texts({ 'storage.location': 'internet-server', 'storage.transfer-basis': basis }, locale).notice.paragraphs[2]!;
    expect(server('separate-consent')).toContain('经您单独同意后传输至服务器');
    expect(server('legal-basis')).toContain('依据法律、行政法规的规定传输至服务器');
    expect(server('none')).not.toContain('经您单独同意后');
    expect(server('none')).toContain('〔传输依据：');
    expect(server('none', 'en')).toContain('[basis for the transfer:');
  });

  it('automatic deletion is promised only when deletion is automatic, and never as "irreversible"', () => {
    expect(texts({ 'storage.auto-delete': 'automatic' }).notice.paragraphs[4]).toContain('目的实现后系统自动删除');
    expect(texts({ 'storage.auto-delete': 'automatic', 'storage.retention': 'fixed', 'storage.retention-days': 7 }).notice.paragraphs[4]).toContain('保存 7 天；到期后系统自动删除');
    expect(all(texts({ 'storage.auto-delete': 'automatic' }))).not.toMatch(/不可恢复|irreversibl/);
    for (const how of ['manual', 'none']) {
      const t = texts({ 'storage.auto-delete': how });
      expect(all(t)).not.toContain('自动删除');
      expect(t.notice.paragraphs[4]).toContain('〔写明到期后的删除方式〕');
    }
  });

  it('children: the notice follows what is done about them', () => {
    const child = (how: string) => texts({ 'venue.children': 'yes', 'basis.guardian-consent': how }).notice.paragraphs.find((p) => p.includes('不满十四周岁'))!;
    expect(child('guardian-consent')).toContain('取得其父母或其他监护人同意后才处理');
    expect(child('not-enrolled')).toContain('我们不录入不满十四周岁儿童的人脸，儿童可使用卡片或二维码（电子票）');
    expect(child('captured-public')).toContain('仅用于维护公共安全');
    expect(child('captured-public')).not.toContain('监护人同意后');
    expect(child('no-guardian-consent')).toContain('〔须先取得其父母或其他监护人同意');
    // The special rules for children are promised only when the operator has them.
    const rules = (has: string) => texts({ 'venue.children': 'yes', 'basis.guardian-consent': 'guardian-consent', 'basis.child-rules': has }).notice.paragraphs.find((p) => p.includes('不满十四周岁'))!;
    expect(rules('yes')).toContain('并适用我们专门的儿童个人信息处理规则');
    expect(rules('no')).not.toContain('我们专门的儿童个人信息处理规则');
    expect(rules('no')).toContain('〔制定并公开专门的儿童个人信息处理规则');
    // A child's consent is ticked by the guardian, and the form says so.
    const guardianForm = texts({ 'venue.children': 'yes', 'basis.guardian-consent': 'guardian-consent' }).consent.paragraphs.join('');
    expect(guardianForm).toContain('不满十四周岁的，由其父母或其他监护人勾选');
    expect(guardianForm).toContain('监护人签名：');
    // Children never enrolled: the form does not invite a guardian to sign one up.
    const adultsOnly = texts({ 'venue.children': 'yes', 'basis.guardian-consent': 'not-enrolled' }).consent.paragraphs.join('');
    expect(adultsOnly).toContain('本同意书只适用于年满十四周岁的人');
    expect(adultsOnly).not.toContain('监护人');
    // Where public-area cameras run as well, children are captured there and the notice says so.
    expect(texts({ 'venue.route': 'both', 'venue.purposes': ['security', 'ticketing'], 'venue.children': 'yes', 'basis.guardian-consent': 'not-enrolled' }).notice.paragraphs.find((p) => p.includes('不满十四周岁'))).toContain('在公共区域，儿童的图像也可能被安防设备采集');
  });

  it('a one-to-one check against an identity document, with nobody enrolled, is not described as an enrolment', () => {
    const hotel = { 'venue.route': 'consent', 'venue.people-stored': 0, 'venue.devices': [{ location: '前台自助入住机', area: 'public-area', count: 3, function: 'verification' }] } as const;
    const n = texts(hotel).notice.paragraphs.join('');
    expect(n).toContain('与您出示的身份证件中的照片比对（一比一验证）');
    expect(n).not.toContain('录入的特征值');
    expect(texts({ ...hotel, 'venue.people-stored': 200 }).notice.paragraphs.join('')).toContain('与您录入的特征值比对');
  });

  it('retention: a match not kept is said so, a day is a day, and the purpose’s end is the venue’s own', () => {
    const sign = (patch: A, locale: 'zh-CN' | 'en' = 'zh-CN') => texts({ 'storage.retention': 'fixed', ...patch }, locale).sign.paragraphs.join('\n');
    expect(sign({ 'storage.retention-days': 0 })).toContain('不保存（比对完成后立即删除）');
    expect(sign({ 'storage.retention-days': 0 })).toContain('我们不保存您的人脸信息');
    expect(sign({ 'storage.retention-days': 0 })).not.toContain('您可以查阅、复制、删除');
    // Nothing kept: no deletion within so many days of a request either.
    expect(texts({ 'storage.retention': 'fixed', 'storage.retention-days': 0, 'rights.deletion-days': 7 }).notice.paragraphs.join()).not.toContain('日内完成删除');
    expect(sign({ 'storage.retention-days': 0 })).not.toContain('保存 0 天');
    expect(sign({ 'storage.retention-days': 0, 'storage.auto-delete': 'automatic' })).not.toContain('到期自动删除');
    expect(texts({ 'storage.retention': 'fixed', 'storage.retention-days': 0, 'storage.auto-delete': 'automatic' }).notice.paragraphs.join('')).toContain('保存期限：不保存（比对完成后立即删除）。');
    expect(sign({ 'storage.retention-days': 0 }, 'en')).toContain('Retention: not kept (deleted as soon as the match is done).');
    expect(sign({ 'storage.retention-days': 1 }, 'en')).toContain('kept for 1 day,');
    expect(sign({ 'storage.retention-days': 30 }, 'en')).toContain('kept for 30 days,');
    // Kept until the disk fills up, or for ever: there is no period to state, only one to set.
    expect(texts({ 'storage.retention': 'until-full' }).notice.paragraphs.join('')).toContain('〔目前存满硬盘后才被覆盖，没有确定的期限：设定期限后写明〕');
    expect(texts({ 'storage.retention': 'until-full', 'storage.auto-delete': 'automatic' }).sign.paragraphs.join('')).not.toContain('自动删除');
    expect(texts({ 'storage.retention': 'indefinite' }, 'en').notice.paragraphs.join('')).toContain('[kept with no time limit: state the period once one is set]');
    const until = (venue: string) => texts({ 'storage.retention': 'purpose-end', 'venue.type': venue, 'venue.subjects': ['members'] }).sign.paragraphs.join('');
    expect(until('hotel')).toContain('保存至目的实现时（如退房）');
    expect(until('gym')).not.toContain('门票');
    // Staff enrolled at a gym: their data's purpose ends with the job, not a membership.
    expect(texts({ 'storage.retention': 'purpose-end', 'venue.type': 'gym', 'venue.subjects': ['members', 'staff'], 'alternatives.staff': 'optional' }).sign.paragraphs.join('')).toContain('（如会员资格终止；员工的，至劳动关系结束时）');
  });

  it('the protective measures named are the ones ticked, and none are claimed when none were', () => {
    expect(texts({ 'security.measures': ['access-control', 'training'] }).notice.paragraphs[5]).toContain('并采取访问控制等保护措施');
    expect(texts({ 'security.measures': ['encryption', 'access-control', 'audit-log'] }, 'en').notice.paragraphs[5]).toContain('and protect it with encryption in storage and transit, access control, and');
    const none = texts({ 'security.measures': ['none'] }).notice.paragraphs[5]!;
    expect(none).not.toContain('加密');
    expect(none).toContain('〔写明实际采取的保护措施〕');
  });

  it('the consent form has a box for each purpose, so that agreeing to one use is not agreeing to all', () => {
    const boxes = (a: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') => texts({ 'venue.route': 'consent', ...a }, locale).consent.paragraphs.filter((p) => p.startsWith('□'));
    expect(boxes({ 'venue.purposes': ['entry'] })).toEqual(['□ 我已阅读并单独同意上述人脸信息处理（请本人勾选，不得预先勾选或代为勾选）。']);
    expect(boxes({ 'venue.purposes': ['entry', 'attendance'] })).toEqual(['□ 我单独同意为“出入口通行验证（门禁、闸机）”处理我的人脸信息。', '□ 我单独同意为“员工考勤”处理我的人脸信息。']);
    expect(boxes({ 'venue.purposes': ['entry', 'attendance'] }, 'en')).toEqual([
      '□ I separately consent to my face information being processed for entry verification (doors, gates).',
      '□ I separately consent to my face information being processed for staff attendance.',
    ]);
    const form = texts({ 'venue.route': 'consent', 'venue.purposes': ['entry', 'attendance'] }).consent.paragraphs;
    // Withdrawn the same way: from any of the uses, with deletion once none is left.
    // The gym withdraws on site and online ("easy"): the form names its channels.
    expect(form).toContain('您可以随时撤回对全部或部分用途的同意；全部撤回的，我们将删除您的人脸信息。撤回方式：现场服务台、线上（https://example.com/face-rules）。');
    expect(texts({ 'venue.route': 'consent', 'venue.purposes': ['entry'] }).consent.paragraphs.join('\n')).toContain('您可以随时撤回同意，撤回后我们将删除您的人脸信息。');
    expect(form).toContain('我已阅读上述内容。请就每项用途分别勾选，可以只同意部分用途（请本人勾选，不得预先勾选或代为勾选）：');
  });

  it('recipients and transfers abroad: the notice asks for the items PIPL arts 23 and 39 require, and the form has a box for each', () => {
    const t = texts({ 'sharing.recipients': ['partners'], 'sharing.cross-border': 'yes' });
    const notice = t.notice.paragraphs.join('\n');
    expect(notice).toMatch(/向他人提供：.*接收方：〔名称〕，联系方式〔…〕，处理目的〔…〕，处理方式〔…〕，信息种类〔…〕/);
    expect(notice).toMatch(/向境外提供：境外接收方〔名称〕.*向境外接收方行使权利/);
    const boxes = t.consent.paragraphs.filter((p) => p.startsWith('□'));
    expect(boxes).toHaveLength(3);
    expect(boxes[1]).toContain('我单独同意向');
    expect(boxes[2]).toContain('境外接收方');
    expect(notice).toContain('在取得您单独同意后，向');
    // Shared and sent abroad without consent: the notice cannot say "only with your consent".
    const without = texts({ 'sharing.recipients': ['partners'], 'sharing.recipients-consent': 'no', 'sharing.cross-border': 'yes', 'sharing.cross-border-consent': 'no' }).notice.paragraphs.join('\n');
    expect(without).not.toMatch(/提供：在取得您单独同意后|仅在取得您单独同意后提供。/);
    expect(without).toContain('向营销合作方提供〔目前提供前没有取得单独同意');
    expect(without).toContain('〔目前没有取得单独同意：取得后才能写明〕');
    // The items are numbered without gaps.
    expect(t.notice.paragraphs.map((p) => p.split('、')[0])).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']);
  });

  it('tenants’ staff keep their face until they leave the tenant, not until a membership ends', () => {
    const notice = texts({ 'venue.subjects': ['members', 'tenant-staff'], 'storage.retention': 'purpose-end' }).notice.paragraphs.join('\n');
    expect(notice).toContain('；入驻企业或商户员工的，至其离职或所在单位迁出时');
    expect(texts({ 'venue.subjects': ['members'], 'storage.retention': 'purpose-end' }).notice.paragraphs.join('\n')).not.toContain('入驻企业');
  });

  it('records given to tenants about their employees are a provision to others, told and consented to like any other', () => {
    const t = texts({ 'venue.subjects': ['tenant-staff'], 'sharing.recipients': ['tenants'], 'sharing.recipients-consent': 'yes' });
    expect(t.notice.paragraphs.join('\n')).toContain('向他人提供：在取得您单独同意后，向入驻企业或商户（如其员工的考勤、通行记录）提供。');
    expect(t.consent.paragraphs).toContain('□ 我单独同意向入驻企业或商户（如其员工的考勤、通行记录）（接收方〔名称〕）提供我的人脸信息。');
  });

  it('help for those who find the texts hard to read is promised only where the venue gives it', () => {
    const line = '阅读帮助：阅读有困难的，可以向现场工作人员或通过上述联系方式求助，我们将为您说明。';
    const yes = texts({ 'notice.accessible': 'yes' });
    expect(yes.sign.paragraphs).toContain(line);
    expect(yes.consent.paragraphs).toContain(line);
    expect(yes.notice.paragraphs.at(-1)).toMatch(new RegExp(`^[一二三四五六七八九十]+、${line}$`));
    expect(texts({ 'notice.accessible': 'yes' }, 'en').sign.paragraphs).toContain('Help with reading: if you find this hard to read, ask our staff on site or use the contact above, and we will explain it to you.');
    // No desk on site: the contact only.
    expect(texts({ 'notice.accessible': 'yes', 'rights.channels': ['phone-email'] }).sign.paragraphs).toContain('阅读帮助：阅读有困难的，可以通过上述联系方式求助，我们将为您说明。');
    for (const answer of ['no', 'unsure']) {
      const t = texts({ 'notice.accessible': answer });
      expect([...t.sign.paragraphs, ...t.notice.paragraphs].join('\n')).not.toContain('阅读有困难的');
    }
  });

  it('face only: the sign says there is no other way yet, as a gap, and no text calls enrolment voluntary', () => {
    const faceOnly = texts({ 'alternatives.offered': 'none', 'alternatives.refusal': 'denied', 'venue.route': 'both', 'venue.purposes': ['security', 'ticketing'] });
    expect(faceOnly.sign.paragraphs.join()).toContain('〔目前不愿刷脸的人没有合理、便捷的其他方式');
    expect(all(faceOnly)).not.toContain('自愿录入');
  });

  it('enrolment is called voluntary only where there is another way in', () => {
    expect(texts({}).notice.paragraphs[2]).toContain('在您自愿录入后');
    expect(texts({ 'alternatives.offered': 'none', 'alternatives.refusal': 'denied' }).notice.paragraphs[2]).toContain('在您录入后');
    expect(texts({ 'alternatives.offered': 'none' }, 'en').notice.paragraphs[2]).not.toContain('voluntarily');
  });

  it('staff and residents are told declining keeps their access, not their "service"', () => {
    // An office without attendance by face promises nothing about attendance.
    expect(all(texts({ 'venue.type': 'office', 'venue.purposes': ['entry'] }))).not.toContain('考勤');
    const office = all(texts({ 'venue.type': 'office', 'venue.purposes': ['entry', 'attendance'] }));
    expect(office).toContain('通行和考勤不受影响');
    expect(office).toContain('不同意不影响您通行和考勤');
    expect(office).not.toMatch(/服务不受影响|获得服务|同等服务/);
    expect(all(texts({ 'venue.type': 'residential' }, 'en'))).toContain('Saying no does not affect your access');
    expect(all(texts({ 'venue.type': 'gym' }))).toContain('不同意不影响您获得服务');
    // Staff made to enrol: nothing may tell them that saying no costs them nothing.
    const compulsory = texts({ 'venue.type': 'office', 'venue.subjects': ['staff'], 'alternatives.staff': 'compulsory' });
    for (const g of [compulsory.sign, compulsory.notice, compulsory.consent]) expect(g.paragraphs.join()).toContain('〔目前员工须强制录入人脸、没有替代方式');
  });

  it('a vendor is said to be bound by contract only when a written contract sets what it may do', () => {
    const processor = (patch: A) => texts({ 'sharing.vendor': 'yes', ...patch }).notice.paragraphs.find((p) => p.includes('委托处理'))!;
    expect(processor({ 'sharing.vendor-contract': ['scope', 'security'] })).toContain('并以合同约束其只按我们的指示处理');
    expect(processor({ 'sharing.vendor-contract': ['no-contract'] })).not.toContain('并以合同约束');
    expect(processor({ 'sharing.vendor-contract': ['no-contract'] })).toContain('〔签订书面合同');
    // A contract that exists, with a vendor using the data for itself: the gap names that, not the contract.
    const ownUse = processor({ 'sharing.vendor-contract': ['scope'], 'sharing.vendor-own-use': 'yes' });
    expect(ownUse).not.toContain('并以合同约束');
    expect(ownUse).toContain('〔目前技术服务商还把人脸信息用于自己的目的');
  });

  it('the rights item lists every right and says where and how fast', () => {
    const rights = (patch: A, locale: 'zh-CN' | 'en' = 'zh-CN') => texts(patch, locale).notice.paragraphs.find((p) => /您的权利|Your rights/.test(p))!;
    const r = rights({ 'rights.channels': ['on-site', 'online'], 'rights.deletion-days': 7, 'public.notice-url': 'https://example.cn/face' });
    expect(r).toContain('查阅、复制、更正、补充、删除您的人脸信息，限制或者拒绝我们处理');
    expect(r).toContain('途径：现场服务台、线上（https://example.cn/face）。我们在收到删除请求后 7 日内完成删除。');
    expect(rights({ 'rights.channels': ['online'], 'public.notice-url': '' })).toContain('线上（〔网址或小程序名称〕）');
    expect(rights({ 'rights.channels': ['on-site', 'phone-email'] }, 'en')).toContain('How: a desk on site, or phone or e-mail.');
  });

  it('the necessity is the operator’s own reason for using a face, and the harm is the one PIPL art. 28 names', () => {
    const n = texts({ 'purpose.alternatives-rejected': '会员卡可以转借。' }).notice.paragraphs[5]!;
    expect(n).toContain('我们使用人脸识别，原因是会员卡可以转借。');
    expect(n).toContain('人格尊严受到侵害或者人身、财产安全受到危害');
    expect(texts({ 'purpose.alternatives-rejected': '' }).notice.paragraphs[5]).toContain('〔写明为什么必须使用人脸');
  });

  it('raw images deleted after enrolment are not described as kept for the whole period', () => {
    expect(texts({ 'templates.raw-images': 'deleted' }).notice.paragraphs[3]).toContain('人脸图像（提取特征值后即删除）');
    expect(texts({ 'templates.raw-images': 'kept' }).notice.paragraphs[3]).toBe('四、处理的信息种类：人脸图像、人脸特征值及比对记录。');
  });

  it('a large handler’s notice names its personal-information protection officer', () => {
    expect(all(texts({ 'governance.officer': 'reported' }))).toContain('个人信息保护负责人：〔姓名或职务〕');
    expect(all(texts({ 'governance.officer': 'none' }))).not.toContain('个人信息保护负责人');
  });

  it('police access on a lawful request is told in the notice, without a consent box, and only when it happens', () => {
    const t = texts({ 'sharing.recipients': ['police'] });
    expect(t.notice.paragraphs.join('\n')).toContain('依法调取：公安机关依法要求调取时，我们按照法律规定提供，并如实登记调取的事由、内容和调取人员。');
    expect(t.notice.paragraphs.join('\n')).not.toContain('向他人提供');
    expect(t.consent.paragraphs.filter((p) => p.includes('公安'))).toEqual([]);
    expect(all(texts({ 'sharing.recipients': ['police'] }, 'en'))).toContain('Lawful requests: when the police lawfully require it');
    expect(all(texts({ 'sharing.recipients': ['none'] }))).not.toContain('依法调取');
  });

  it('options whose labels are lists themselves are set apart, so three options do not read as seven', () => {
    const t = texts({ ...publicCameras, 'public.other-uses-consent': 'yes' }, 'en');
    expect(t.sign.paragraphs.join('\n')).toContain('also used for: loss prevention, spotting suspects; footfall counting, customer analytics or marketing.');
    expect(texts({ 'alternatives.methods': ['card', 'pin'] }).notice.paragraphs.join()).toContain('改用卡片或密码');
    // The ways in instead of the face, and the protective measures, read as plain lists on the sign and notice.
    const n = texts({ 'alternatives.methods': ['card', 'qr-code', 'staff-check'], 'security.measures': ['encryption', 'audit-log', 'access-register'] }).notice.paragraphs.join();
    expect(n).toContain('卡片、二维码（电子票）或人工核验');
    expect(n).toContain('存储和传输加密、安全审计日志、查看和调取记录登记');
  });

  it('English option labels lose their capital inside a sentence, but acronyms keep theirs', () => {
    const t = texts({ 'alternatives.methods': ['card', 'qr-code', 'id-card'], 'rights.channels': ['on-site'] }, 'en');
    expect(t.sign.paragraphs.join('\n')).toContain('Prefer not to use your face? Use a card, a QR code (e-ticket), or your ID card.');
    // "A desk on site" and "A register of every viewing or export" too.
    const n = texts({ 'rights.channels': ['on-site'], 'security.measures': ['encryption', 'access-register'] }, 'en').notice.paragraphs.join('\n');
    expect(n).toContain('How: a desk on site.');
    expect(n).toContain('a register of every viewing or export');
  });

  it('English names the ways in instead of the face as a sentence would: with articles, and "or" before the last', () => {
    const sentence = (methods: string[]) => texts({ 'alternatives.methods': methods }, 'en');
    expect(sentence(['card', 'pin', 'staff-check']).notice.paragraphs.join('\n')).toContain('use a card, a PIN or password, or a check by our staff instead');
    expect(sentence(['card', 'paper-ticket']).consent.paragraphs.join('\n')).toContain('you can use a card or a paper ticket.');
    expect(sentence(['qr-code', 'card']).sign.paragraphs.join('\n')).toContain('Use a QR code (e-ticket) or a card.');
    // A phrase with its own "or" is set apart by a comma even in a list of two.
    expect(sentence(['pin', 'card']).sign.paragraphs.join('\n')).toContain('Use a PIN or password, or a card.');
    expect(sentence(['id-card']).sign.paragraphs.join('\n')).toContain('Use your ID card.');
    // Every option the question offers has its English phrase.
    const methods = questionById('alternatives.methods')!;
    expect(methods.kind).toBe('multi');
    for (const o of methods.kind === 'multi' ? methods.options : []) expect(sentence([o.code]).sign.paragraphs.join('\n')).toMatch(/Use (a|an|your) /);
  });

  it('promises nothing the answers deny: equal terms, deletion on withdrawal, reasons for a refusal, a register of police access', () => {
    const all = (t: ReturnType<typeof texts>) => [t.sign, t.notice, t.consent].flatMap((x) => x.paragraphs).join('\n');
    // The compliant gym promises all four, with no gap.
    const gymText = all(texts({}));
    expect(gymText).toContain('不同意不影响您获得服务');
    expect(gymText).toContain('撤回后我们将删除您的人脸信息');
    expect(gymText).toContain('我们拒绝请求时会说明理由。');
    // Refusers turned away, no deletion, no reasons, no register: each promise becomes a gap to fill in.
    const bad = texts({ 'alternatives.refusal': 'denied', 'storage.auto-delete': 'none', 'rights.refusal-reasons': 'no', 'sharing.recipients': ['police'], 'security.measures': ['encryption'] });
    const text = all(bad);
    expect(text).not.toContain('不影响您获得服务');
    expect(text).toContain('〔目前拒绝刷脸的人不能获得同等对待：整改后才能写明不受影响〕');
    expect(text).not.toContain('撤回后我们将删除您的人脸信息');
    expect(text).toContain('撤回后〔写明删除您人脸信息的方式和时限〕');
    expect(text).not.toContain('我们拒绝请求时会说明理由。');
    expect(text).not.toContain('并如实登记调取的事由');
    expect(textsHaveGaps(bad)).toBe(true);
    expect(all(texts({ 'alternatives.refusal': 'worse' }, 'en'))).not.toMatch(/not affected|does not affect|on equal terms/);
  });

  it('a check-in identity check says what the face is compared with: the ID shown, or the national services', () => {
    const withId = texts({ 'venue.type': 'hotel', 'venue.purposes': ['check-in'], 'alternatives.identity-channel': 'id-card' });
    // A guest who declines still checks in: said as a hotel would say it.
    expect(withId.consent.paragraphs.join()).toContain('不同意不影响您办理入住');
    expect(withId.consent.paragraphs.join()).toContain('与您出示的身份证件中的照片比对（一比一验证）');
    expect(withId.consent.paragraphs.join()).not.toContain('自愿录入后');
    const national = texts({ 'venue.purposes': ['check-in'], 'alternatives.identity-channel': 'national' }, 'en');
    // Which national service is used is the operator's to name, and the face leaves the device to reach it.
    expect(national.consent.paragraphs.join()).toContain('send it to [name the channel actually used: the national population database or the national network identity authentication service] to confirm that it is you');
    const nationalOnDevice = texts({ 'venue.purposes': ['check-in'], 'alternatives.identity-channel': 'national', 'storage.location': 'on-device', 'storage.retention': 'fixed', 'storage.retention-days': 0 }).notice.paragraphs.join();
    expect(nationalOnDevice).not.toContain('不通过互联网传输');
    expect(nationalOnDevice).toContain('本单位不保存您的人脸信息');
    expect(nationalOnDevice.match(/〔写明实际使用的渠道/g)).toHaveLength(1);
    expect(nationalOnDevice).toContain('核验是否为您本人');
  });

  it('knows when the texts still have gaps for the operator to fill in', () => {
    // The compliant gym's texts are ready to use; a vendor without a contract leaves one thing to settle.
    expect(textsHaveGaps(texts({}))).toBe(false);
    expect(textsHaveGaps(texts({ 'sharing.vendor-contract': ['no-contract'] }))).toBe(true);
  });

  it('the English consent form reads as a sentence', () => {
    expect(texts({}, 'en').consent.paragraphs[1]).toMatch(/^We will match your face on site against the template you enrolled, once you have enrolled voluntarily\. /);
    // Matched one-to-many, against everyone enrolled.
    expect(texts({ 'venue.devices': [{ location: 'Lobby', area: 'public-area', count: 2, function: 'identification' }] }, 'en').consent.paragraphs[1]).toContain(
      'against the templates of everyone enrolled (one-to-many identification), to find out who you are',
    );
  });

  it('says whose faces a search among many is run against, and does not claim matching where cameras only capture', () => {
    const camera = (fn: string) => ({ location: '广场', area: 'public-area', count: 4, function: fn });
    const how = (a: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') => texts({ 'venue.route': 'public-security', 'venue.purposes': ['security'], ...a }, locale).notice.paragraphs[2]!;
    // One-to-many with no list named: a gap until the venue says whose faces — and "no lists" is not let pass.
    const unnamed = how({ 'venue.devices': [camera('identification')], 'analytics.watchlist': undefined });
    expect(unnamed).toContain('并与〔写明哪些人的人脸信息，例如公安机关依法要求查找的人员〕比对');
    expect(how({ 'venue.devices': [camera('identification')], 'analytics.watchlist': 'none' })).toContain('并与〔您回答没有比对名单，但设备在做一比多辨识');
    expect(textsHaveGaps(texts({ 'venue.route': 'public-security', 'venue.purposes': ['security'], 'venue.devices': [camera('identification')], 'analytics.watchlist': 'none' }))).toBe(true);
    // Both routes: the plaza's cameras search among many; the gates check each enrolled person against their own.
    const both = texts({ 'venue.route': 'both', 'venue.purposes': ['security', 'ticketing'], 'analytics.watchlist': 'authority', 'venue.devices': [camera('identification'), { location: '检票口', area: 'ticketing', count: 2, function: 'verification' }] });
    expect(both.notice.paragraphs[2]).toContain('与其依法要求查找人员的人脸信息比对；对自愿录入的人，通过识别设备将现场人脸与其录入的特征值比对');
    expect(both.consent.paragraphs[1]).toContain('与您录入的特征值比对');
    expect(both.consent.paragraphs[1]).not.toContain('一比多');
    // The police's lawful requests, named as such.
    expect(how({ 'venue.devices': [camera('identification')], 'analytics.watchlist': 'authority' })).toContain('抓拍人脸，并仅在公安机关依法要求时，与其依法要求查找人员的人脸信息比对');
    expect(how({ 'venue.devices': [camera('identification')], 'analytics.watchlist': 'authority' }, 'en')).toContain(
      'capture faces with cameras in public areas and, only when the police lawfully require it, match them against the faces of the people the police lawfully ask us to look for',
    );
    // A list matched against, whatever the device is called.
    expect(how({ 'venue.devices': [camera('analysis')], 'analytics.watchlist': 'suspects' })).toContain('并与可疑人员或禁入人员名单比对');
    // Capture only: nothing is said to be matched.
    const captureOnly = how({ 'venue.devices': [camera('capture')], 'analytics.watchlist': 'none' });
    expect(captureOnly).toContain('在公共区域通过摄像设备抓拍人脸。');
    expect(captureOnly).not.toContain('比对');
  });

  it('withdrawal and rights are offered the way the answers say they can be exercised; a way that does not exist is a gap, never the contact line', () => {
    const line = (t: ReturnType<typeof texts>, re: RegExp) => [...t.sign.paragraphs, ...t.consent.paragraphs].filter((p) => re.test(p));
    // No way to withdraw: the form and the sign say so in a gap to fill, and promise nothing.
    const none = texts({ 'basis.withdrawal': 'none', 'rights.channels': ['on-site'] });
    expect(none.consent.paragraphs).toContain('您可以随时撤回同意，撤回后我们将删除您的人脸信息。〔目前没有撤回方式：设立便捷的撤回方式后，在此写明〕');
    expect(none.sign.paragraphs).toContain('您可以查阅、复制、删除您的人脸信息，途径：现场服务台。〔目前没有撤回同意的方式：设立后在此写明〕');
    expect(all(none)).not.toMatch(/撤回方式：400-800-1234/);
    // Only by asking staff.
    expect(texts({ 'basis.withdrawal': 'on-request' }, 'en').consent.paragraphs).toContain('You may withdraw at any time, and we will then delete your face information. To withdraw: ask our staff (400-800-1234 / privacy@example.com).');
    // No channel for rights requests: a gap, not "use the contact above".
    const noChannel = texts({ 'rights.channels': ['none'] }, 'en');
    expect(line(noChannel, /^You can access/)).toEqual(['You can access, copy or delete your face information, or withdraw consent. [there is no channel for these requests at present: say what it is here once there is one]']);
    expect(noChannel.notice.paragraphs.join('\n')).toContain('How: [there is no channel for these requests at present: say what it is once there is one].');
    // Unanswered: the contact line, as before.
    const { 'rights.channels': _, 'basis.withdrawal': __, ...rest } = gym.answers;
    const open = texts({}, 'zh-CN', rest);
    expect(open.sign.paragraphs).toContain('您可以查阅、复制、删除您的人脸信息或撤回同意，请通过上述联系方式与我们联系。');
    expect(open.consent.paragraphs.join('\n')).toContain('撤回方式：400-800-1234 / privacy@example.com。');
  });

  it('staff attendance resting on HR necessity is not put to anyone on the consent form, which says it leaves it out', () => {
    const hr = { 'venue.route': 'consent', 'venue.purposes': ['entry', 'attendance'], 'venue.subjects': ['members', 'staff'], 'basis.lawful-basis': ['consent', 'hr'] };
    const zh = texts(hr).consent.paragraphs;
    expect(zh.filter((p) => p.startsWith('□'))).toEqual(['□ 我已阅读并单独同意上述人脸信息处理（请本人勾选，不得预先勾选或代为勾选）。']);
    expect(zh[0]).toContain('用于：出入口通行验证（门禁、闸机）。用于“员工考勤”的，依据人力资源管理所必需处理，不在本同意书范围内。');
    expect(texts(hr, 'en').consent.paragraphs[0]).toContain('The use for staff attendance rests on what human-resources management needs and is not covered by this form.');
    // The notice still tells everyone of every purpose.
    expect(texts(hr).notice.paragraphs.join('\n')).toContain('员工考勤');
    // Attendance on consent (no HR basis named): a box of its own, as before.
    expect(texts({ ...hr, 'basis.lawful-basis': ['consent'] }).consent.paragraphs.filter((p) => p.startsWith('□'))).toHaveLength(2);
  });
});
