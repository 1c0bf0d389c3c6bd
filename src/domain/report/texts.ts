/**
 * Texts generated from the answers: the prominent sign (显著提示标识), the notice (PIPL arts 17 and 30, and the
 * items the Measures art. 5 is reported to require) and a separate-consent form. These are drafts for the
 * operator to adapt — they are the operator's words, not quotations of the law.
 *
 * A notice must be true, accurate and complete (PIPL art. 17), so each text states only what the answers
 * support. Where they do not support a statement — deletion that is not automatic, a server transfer with no
 * stated basis, protective measures not ticked — the text carries a bracketed gap 〔…〕 for the operator to fill
 * in rather than a promise. Devices installed for public security (PIPL art. 26) are described as used for
 * public security only: the sign never lists other uses under that heading, and that route gets no consent form
 * (it does not rest on consent) unless other uses need the person's separate consent. Where the answers show
 * the processing going beyond what a text would say — other uses without consent, staff made to enrol, a vendor
 * with no contract, data shared without consent — the text says so in a gap, so that it cannot be posted as
 * it stands.
 */
import type { Answers, AnswerValue } from '../conditions.ts';
import { enCount, t, type Locale } from '../locale.ts';
import { rulesLine } from './rules-line.ts';
import { joinLabels, sentenceLabels } from '../questions/bank.ts';
import type { AssessmentMeta } from '../persistence/assessment-file.ts';
import type { GeneratedText } from './report-model.ts';

const str = (v: AnswerValue | undefined) => (typeof v === 'string' ? v : undefined);
const list = (v: AnswerValue | undefined) => (Array.isArray(v) ? (v as readonly unknown[]).filter((x): x is string => typeof x === 'string') : []);

/** Options' labels inside a sentence, leaving out the codes in `skip` (e.g. "none"). */
function labels(qid: string, codes: string[], locale: Locale, skip: string[] = []): string[] {
  return sentenceLabels(qid, codes.filter((c) => !skip.includes(c)), locale);
}

/**
 * What declining face recognition must not affect, as the venue's people would put it: staff and tenants are not
 * "served", they come and go and clock in; residents come and go; hotel guests check in. [not affected, what the
 * alternative gives]
 */
const UNAFFECTED: Readonly<Record<string, { readonly sign: readonly [string, string]; readonly notice: string; readonly consent: readonly [string, string] }>> = {
  office: { sign: ['通行和考勤不受影响', 'Your access and attendance are not affected'], notice: '同样可以通行和考勤', consent: ['不影响您通行和考勤', 'does not affect your access or attendance'] },
  residential: { sign: ['出入不受影响', 'Your access is not affected'], notice: '同样可以出入', consent: ['不影响您出入', 'does not affect your access'] },
  hotel: { sign: ['入住不受影响', 'Your check-in is not affected'], notice: '同样可以办理入住', consent: ['不影响您办理入住', 'does not affect your check-in'] },
  other: { sign: ['服务不受影响', 'Your service is not affected'], notice: '获得同等服务', consent: ['不影响您获得服务', 'does not affect your service'] },
};

const OFFICE_ACCESS_ONLY = { sign: ['通行不受影响', 'Your access is not affected'], notice: '同样可以通行', consent: ['不影响您通行', 'does not affect your access'] } as const;

/** What "until the purpose ends" means at each kind of venue, as an example in the texts. */
const PURPOSE_END: Readonly<Record<string, readonly [string, string]>> = {
  'scenic-area': ['如门票或年卡到期', 'e.g. when the ticket or annual pass expires'],
  retail: ['如会员资格终止', 'e.g. when the membership ends'],
  residential: ['如业主或住户搬离', 'e.g. when the owner or resident moves out'],
  hotel: ['如退房', 'e.g. at check-out'],
  gym: ['如会员资格终止', 'e.g. when the membership ends'],
  office: ['如劳动关系或入驻结束', 'e.g. when the employment or tenancy ends'],
  'transport-hub': ['如行程结束', 'e.g. when the journey ends'],
  other: ['如服务关系结束', 'e.g. when the service relationship ends'],
};

/**
 * The ways in instead of the face, as an English sentence names them ("use a card, a PIN or password, or a check by
 * our staff"): a bare list of option labels ("use card, PIN or password, staff check") does not read as English.
 * Chinese needs no articles and joins the labels with 、.
 */
const ALTERNATIVE_EN: Readonly<Record<string, string>> = {
  card: 'a card',
  'qr-code': 'a QR code (e-ticket)',
  'id-card': 'your ID card',
  pin: 'a PIN or password',
  'staff-check': 'a check by our staff',
  'paper-ticket': 'a paper ticket',
};

/**
 * "a, b, or c" / "a, b, and c": the last one joined with the conjunction, after a comma when there are three or
 * more, or when a phrase has its own conjunction ("a PIN or password, or a card").
 */
function conjList(items: readonly string[], conj: 'or' | 'and'): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  const comma = items.length > 2 || items.some((x) => x.includes(` ${conj} `)) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${conj} ${last}`;
}
const orList = (items: readonly string[]) => conjList(items, 'or');
const andList = (items: readonly string[]) => conjList(items, 'and');
/** Things done together, in Chinese, where the labels have their own 、: "甲（a、b），以及乙、丙". */
function zhAndList(items: readonly string[]): string {
  if (items.length < 2 || !items.some((x) => x.includes('、'))) return items.join('、');
  return `${items.slice(0, -1).join('，')}，以及${items[items.length - 1]!}`;
}
/** The same ways in, in Chinese, where a label's own 或 would make "卡片或二维码或电子票". */
const ALTERNATIVE_ZH: Readonly<Record<string, string>> = { 'qr-code': '二维码（电子票）' };
/** Either-or choices in Chinese: "卡片、密码或人工核验" (a list joined by 、 alone reads as all of them). */
function zhOrList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  const sep = items.some((x) => x.includes('、')) ? '；' : '、';
  return `${items.slice(0, -1).join(sep)}或${items[items.length - 1]!}`;
}

/** Where face information is kept, after a check that sent it to a national identity service. */
const STORE_ZH: Readonly<Record<string, string>> = { 'on-device': '识别设备内', 'on-premises': '本单位内部封闭网络的服务器中', 'internet-server': '本单位的服务器中', 'cloud-vendor': '供应商或云平台的服务器中' };
const STORE_EN: Readonly<Record<string, string>> = { 'on-device': 'on the recognition device', 'on-premises': 'on a server on our closed internal network', 'internet-server': 'on our own server', 'cloud-vendor': 'on a vendor’s or cloud platform’s servers' };

/** The purpose of devices installed under PIPL art. 26; every other purpose needs another basis. */
const PUBLIC_SECURITY_PURPOSE = 'security';
const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];
/** Measures a notice may name as protecting the data (the rest — training, filing — are not protections of it). */
const PROTECTIONS = ['encryption', 'access-control', 'authorisation', 'audit-log', 'intrusion', 'access-register'];

export function generateTexts(answers: Answers, meta: AssessmentMeta, locale: Locale): { sign: GeneratedText; notice: GeneratedText; consent: GeneratedText } {
  const zh = locale === 'zh-CN';
  const L = (a: string, b: string) => (zh ? a : b);
  const org = meta.organisation.trim() || L('〔单位名称〕', '[organisation name]');
  const venue = meta.venueName.trim() || L('本场所', 'this venue');
  const contact = str(answers['notice.contact'])?.trim() || L('〔联系电话或邮箱〕', '[phone or e-mail]');
  const url = str(answers['public.notice-url'])?.trim() || undefined;
  const route = str(answers['venue.route']);
  const publicRoute = route === 'public-security' || route === 'both';
  const consentRoute = route === 'consent' || route === 'both' || route === undefined;
  const chosen = list(answers['venue.purposes']);
  const offered = str(answers['alternatives.offered']);
  // Staff made to enrol are not free to say no, whatever the texts tell the venue's other people.
  const subjects = list(answers['venue.subjects']);
  const staffCompulsory = subjects.includes('staff') && str(answers['alternatives.staff']) === 'compulsory';
  // Enrolment is voluntary only where there is another way in, refusing costs nothing outright, and staff are
  // not made to enrol.
  const voluntary = offered !== 'none' && str(answers['alternatives.refusal']) !== 'denied' && !staffCompulsory;
  // "自愿" / " voluntarily", said of enrolment only where it is.
  const freely = voluntary ? (['自愿', ' voluntarily'] as const) : (['', ''] as const);
  const enrolled = L(`${freely[0]}录入`, `enrol${freely[1]}`);
  // On the public-security route alone, every purpose but public security is another use of those images.
  const consentPurposeCodes = chosen.filter((c) => c !== PUBLIC_SECURITY_PURPOSE || !publicRoute);
  const consentPurposes = labels('venue.purposes', consentPurposeCodes, locale);
  const otherUsesConsented = str(answers['public.other-uses-consent']) === 'yes';
  // Purposes resting on the person's consent: the consent route's, or on the public route only those consented to.
  // Other uses of the security images, consented to but not among the purposes ticked, are named from their own answer.
  const otherUses = publicRoute && otherUsesConsented && !consentPurposes.length ? labels('public.other-uses', list(answers['public.other-uses']), locale, ['none']) : [];
  const consentedPurposes = consentRoute || otherUsesConsented ? (consentPurposes.length ? consentPurposes : otherUses) : [];
  const publicPurpose = L('维护公共安全', 'maintaining public security');
  const purposeText = (() => {
    if (!publicRoute) return consentPurposes.length ? joinLabels(consentPurposes, locale) : L('〔处理目的〕', '[purposes]');
    const more = consentedPurposes.length ? joinLabels(consentedPurposes, locale) : '';
    // Two levels of list: the routes with ；, the purposes within each with ， / and.
    if (route === 'both')
      return more
        ? L(`（一）公共区域：${publicPurpose}；（二）${enrolled}人脸的：${zhAndList(consentedPurposes)}`, `(1) in public areas: ${publicPurpose}; (2) for those who ${enrolled}: ${andList(consentedPurposes)}`)
        : publicPurpose;
    return more ? L(`${publicPurpose}；经您单独同意的：${more}`, `${publicPurpose}; with your separate consent: ${more}`) : publicPurpose;
  })();
  const needsConsentForm = consentRoute || consentedPurposes.length > 0;

  // Uses the answers show that no text may pass over: the images put to other uses without consent, people
  // matched against a list they never agreed to, faces shown in public. Until they stop (or are told and
  // consented to), every text carries this gap instead of reading as complete.
  const undisclosed = (() => {
    const uses: string[] = [];
    // Attribute analysis and profiling: never on the public route's images; elsewhere, only with separate consent.
    const analyticsConsented = !publicRoute && str(answers['analytics.consent']) === 'yes';
    const attributes = analyticsConsented ? [] : labels('analytics.attributes', list(answers['analytics.attributes']), locale, ['none']);
    // The attributes analysed say more than "customer analytics", so they stand in its place.
    if (publicRoute && !otherUsesConsented) uses.push(...labels('public.other-uses', list(answers['public.other-uses']), locale, attributes.length ? ['none', 'analytics'] : ['none']));
    if (attributes.length) uses.push(L(`分析${attributes.join('、')}`, `analysing ${andList(attributes)}`));
    if (!analyticsConsented && str(answers['analytics.profiles']) === 'yes') uses.push(L('建立顾客画像或营销名单', 'building customer profiles or marketing lists'));
    const watchlist = str(answers['analytics.watchlist']);
    if (watchlist === 'suspects') uses.push(L('与可疑人员或禁入人员名单比对报警', 'matching against a list of suspects or banned people to raise alerts'));
    if (watchlist === 'vip' && publicRoute) uses.push(L('与贵宾名单比对', 'matching against a list of VIPs'));
    if (str(answers['sharing.public-disclosure']) === 'yes') uses.push(L('公开展示人脸', 'showing faces in public'));
    // Uses that are lists themselves are set apart: "客流统计；分析年龄、性别；公开展示人脸".
    const usesText = zh ? uses.join(uses.some((u) => u.includes('、')) ? '；' : '、') : uses.some((u) => u.includes(',')) ? `${uses.slice(0, -1).join('; ')}${uses.length > 1 ? '; and ' : ''}${uses[uses.length - 1]}` : andList(uses);
    return uses.length
      ? L(
          `〔目前人脸信息还被用于${usesText}，这些用途既没有如实告知，也没有取得单独同意。停止这些用途，或如实写明并依法取得单独同意后，才能使用本文本〕`,
          `[face information is currently also used for ${usesText}, none of which people are told of or have separately consented to: use this text only once those uses stop, or once they are stated and separately consented to]`,
        )
      : '';
  })();

  const altCodes = list(answers['alternatives.methods']);
  const altText =
    (offered === 'every-entry' || offered === 'on-paper') && altCodes.length
      ? zh
        ? zhOrList(altCodes.map((c) => ALTERNATIVE_ZH[c] ?? labels('alternatives.methods', [c], locale)[0]!))
        : orList(altCodes.map((c) => ALTERNATIVE_EN[c] ?? sentenceLabels('alternatives.methods', [c], locale)[0]!))
      : undefined;

  const retention = str(answers['storage.retention']);
  const automatic = str(answers['storage.auto-delete']) === 'automatic';
  // Nothing kept: there is no end of a period to delete at.
  const notKept = retention === 'fixed' && answers['storage.retention-days'] === 0;
  const venueType = str(answers['venue.type']) ?? 'other';
  // An office's people clock in with their face only where attendance is one of the purposes.
  const unaffected = venueType === 'office' && !chosen.includes('attendance') ? OFFICE_ACCESS_ONLY : (UNAFFECTED[venueType] ?? UNAFFECTED.other!);
  // "Not affected" is promised only when the answers say people who refuse are served on equal terms.
  const sameTerms = str(answers['alternatives.refusal']) === 'equal';
  const unequalGap = L('〔目前拒绝刷脸的人不能获得同等对待：整改后才能写明不受影响〕', '[people who refuse are not yet treated equally: say they are unaffected only once that is fixed]');
  const staffGap = staffCompulsory
    ? L('〔目前员工须强制录入人脸、没有替代方式：改为自愿录入并提供工卡等替代方式后，才能对员工这样说〕', '[staff must currently enrol and have no alternative: say this to staff only once enrolment is voluntary and a card or similar is offered]')
    : '';
  const period = (() => {
    const days = answers['storage.retention-days'];
    switch (retention) {
      case 'purpose-end': {
        const until = PURPOSE_END[venueType] ?? PURPOSE_END.other!;
        // Staff's data outlives no membership or ticket: theirs ends with the job.
        const staff = subjects.includes('staff') && venueType !== 'office' ? L('；员工的，至劳动关系结束时', '; for staff, when their employment ends') : '';
        // Tenants' staff: neither a membership nor the venue's own job ends theirs.
        const tenants = subjects.includes('tenant-staff') ? L('；入驻企业或商户员工的，至其离职或所在单位迁出时', '; for tenants’ staff, when they leave the tenant or the tenant moves out') : '';
        return L(`保存至目的实现时（${until[0]}${staff}${tenants}）`, `kept until the purpose ends (${until[1]}${staff}${tenants})`);
      }
      case 'fixed':
        if (notKept) return L('不保存（比对完成后立即删除）', 'not kept (deleted as soon as the match is done)');
        if (typeof days === 'number') return L(`保存 ${days} 天`, `kept for ${enCount(days, 'day')}`);
        return L('〔保存期限〕', '[retention period]');
      case 'until-full':
        return L('〔目前存满硬盘后才被覆盖，没有确定的期限：设定期限后写明〕', '[kept until the disk fills up, with no set period: state the period once one is set]');
      case 'indefinite':
        return L('〔目前没有保存期限：设定期限后写明〕', '[kept with no time limit: state the period once one is set]');
      default:
        return L('〔保存期限〕', '[retention period]');
    }
  })();
  // A deletion "at the end" needs an end: none for data kept until the disk fills up, for ever, or not kept.
  const hasPeriod = retention === 'purpose-end' || (retention === 'fixed' && typeof answers['storage.retention-days'] === 'number' && !notKept);
  const deletedAt = retention === 'purpose-end' ? L('目的实现后', 'then') : L('到期后', 'then');
  const deletion = automatic ? L(`${deletedAt}系统自动删除`, 'then deleted automatically') : L('〔写明到期后的删除方式〕', '[state how data is deleted at the end]');
  const periodAndDeletion = hasPeriod ? L(`${period}；${deletion}`, `${period}, ${deletion}`) : period;
  // CCTV footage is a separate store with its own period (PS Video Regs); on the public route it holds faces too.
  const videoDays = publicRoute && ['separate', 'mixed'].includes(str(answers['storage.video-separate']) ?? '') ? answers['storage.video-days'] : undefined;
  const video =
    typeof videoDays === 'number'
      ? str(answers['storage.video-separate']) === 'mixed'
        ? L(`公共区域的监控录像（含人脸图像）保存 ${videoDays} 天`, `CCTV footage of public areas, which includes faces, is kept for ${enCount(videoDays, 'day')}`)
        : L(`公共区域的监控录像另行保存 ${videoDays} 天`, `CCTV footage of public areas is kept separately for ${enCount(videoDays, 'day')}`)
      : route === 'both'
        ? L('公共区域采集的图像：〔写明保存期限〕', 'images captured in public areas: [state how long they are kept]')
        : '';
  // On both routes the period answered is the enrolment's; the public area's capture is named on its own.
  const retentionLine = (p: string) => (route === 'both' ? L(`${enrolled}的人脸信息${p}`, `faces enrolled${freely[1]} are ${p}`) : p);
  const retentionText = (p: string) => [retentionLine(p), video].filter(Boolean).join(L('；', '; '));

  // The identity check of a hotel's check-in says what the face is compared with: the document shown, or the
  // national identity services — not a template the guest "enrolled".
  const devices = Array.isArray(answers['venue.devices']) ? (answers['venue.devices'] as readonly Record<string, unknown>[]) : [];
  const channel = str(answers['alternatives.identity-channel']);
  const nationalChannel = L('〔写明实际使用的渠道：国家人口基础信息库或国家网络身份认证公共服务〕', '[name the channel actually used: the national population database or the national network identity authentication service]');
  const storage = (() => {
    // A check against a national identity service sends the face off the device, wherever it is stored.
    if (channel === 'national')
      return notKept
        ? L('本单位不保存您的人脸信息', 'We do not keep your face information')
        : L(`核验后，人脸信息保存在${STORE_ZH[str(answers['storage.location']) ?? ''] ?? '〔写明存储位置〕'}`, `After the check, face information is kept ${STORE_EN[str(answers['storage.location']) ?? ''] ?? '[state where]'}`);
    switch (str(answers['storage.location'])) {
      case 'on-device':
        return notKept
          ? L('人脸信息只在识别设备内处理，不通过互联网传输', 'Face information is processed only on the recognition device and is not sent over the internet')
          : L('人脸信息只存储在识别设备内，不通过互联网传输', 'Face information is stored only on the recognition device and is not sent over the internet');
      case 'on-premises':
        return L(`人脸信息${notKept ? '在' : '存储在'}本单位内部封闭网络中${notKept ? '处理' : ''}，不通过互联网对外传输`, `Face information is ${notKept ? 'processed' : 'stored'} on our closed internal network and not sent out over the internet`);
      case 'internet-server':
      case 'cloud-vendor':
        switch (str(answers['storage.transfer-basis'])) {
          case 'separate-consent':
            return L('人脸信息经您单独同意后传输至服务器进行比对', 'With your separate consent, face information is sent to a server for matching');
          case 'legal-basis':
            return L('人脸信息依据法律、行政法规的规定传输至服务器进行比对', 'Face information is sent to a server for matching as provided by law');
          default:
            return L(
              '人脸信息传输至服务器进行比对〔传输依据：须取得您的单独同意或有法律、行政法规规定〕',
              'Face information is sent to a server for matching [basis for the transfer: your separate consent or a provision of law]',
            );
        }
      default:
        return L('〔存储位置〕', '[where data is stored]');
    }
  })();
  // What the public area's cameras do (PIPL art. 17, the processing method): a search among many faces says whose
  // — the list the answers name, or a gap until the venue says; cameras that only capture or analyse match nobody.
  // On both routes the public area's cameras are the public route's and the rest (gates, kiosks) the enrolment's;
  // a set left empty by that split falls back to every device.
  const split = (publicSide: boolean) => {
    const some = route === 'both' ? devices.filter((d) => (d.area === 'public-area') === publicSide) : devices;
    return some.length ? some : devices;
  };
  const functions = new Set(split(true).map((d) => d.function));
  const watchlist = str(answers['analytics.watchlist']);
  const listed = watchlist === 'suspects' || watchlist === 'vip' || watchlist === 'authority';
  const gallery =
    watchlist === 'authority'
      ? L('仅在公安机关依法要求时，与其依法要求查找人员的人脸信息比对', 'and, only when the police lawfully require it, match them against the faces of the people the police lawfully ask us to look for')
      : watchlist === 'suspects'
        ? L('与可疑人员或禁入人员名单比对', 'and match them against a list of suspects or banned people')
        : watchlist === 'vip'
          ? L('与贵宾名单比对', 'and match them against a list of VIPs')
          : watchlist === 'none'
            ? L('与〔您回答没有比对名单，但设备在做一比多辨识：写明实际比对的是哪些人的人脸信息〕比对', 'and match them against [you answered that there are no lists, yet the devices identify one to many: say whose face information they are actually matched against]')
            : L('与〔写明哪些人的人脸信息，例如公安机关依法要求查找的人员〕比对', 'and match them against [say whose face information, such as people the police lawfully ask you to look for]');
  const publicMethod =
    functions.has('identification') || listed
      ? L(`在公共区域通过摄像设备抓拍人脸，并${gallery}`, `capture faces with cameras in public areas ${gallery}`)
      : devices.length > 0 && !functions.has('verification')
        ? L('在公共区域通过摄像设备抓拍人脸', 'capture faces with cameras in public areas')
        : L('在公共区域通过摄像设备抓拍和比对人脸', 'capture and match faces with cameras in public areas');
  // Nobody's face kept and every device checking one-to-one (a hotel's check-in against the ID card): there is
  // no enrolment to speak of, only a comparison with the document the person shows.
  const documentCheck = channel === 'id-card' || (answers['venue.people-stored'] === 0 && devices.length > 0 && devices.every((d) => d.function === 'verification'));
  const oneToMany = split(false).some((d) => d.function === 'identification');
  // What an enrolled face is compared with: everyone's templates, or the person's own ("您" / "其").
  const matchAgainst = (whose: readonly [string, string]) =>
    oneToMany
      ? (['所有已录入人员的特征值比对（一比多辨识）', 'the templates of everyone enrolled (one-to-many identification)'] as const)
      : ([`${whose[0]}录入的特征值比对`, `the template ${whose[1]} enrolled`] as const);
  const yours = matchAgainst(['您', 'you']);
  const theirs = matchAgainst(['其', 'they']);
  const enrolMethod =
    channel === 'national'
      ? L(`通过识别设备采集现场人脸，传输至${nationalChannel}核验是否为您本人`, `capture your face on site and send it to ${nationalChannel} to confirm that it is you`)
      : documentCheck
        ? L('通过识别设备将现场人脸与您出示的身份证件中的照片比对（一比一验证），核验是否为您本人', 'compare your face on site, one to one, with the photo in the identity document you show, to check that it is you')
        : L(
            `在您${freely[0]}录入后，通过识别设备将现场人脸与${yours[0]}${oneToMany ? '，以识别您的身份' : ''}`,
            `match your face on site against ${yours[1]}${oneToMany ? ', to find out who you are' : ''}${voluntary ? ', once you have enrolled voluntarily' : ''}`,
          );
  const method =
    route === 'both'
      ? L(`${publicMethod}；对${freely[0]}录入的人，通过识别设备将现场人脸与${theirs[0]}`, `${publicMethod}, and for people who enrolled${freely[1]}, match their face on site against ${theirs[1]}`)
      : publicRoute
        ? publicMethod
        : enrolMethod;

  const measures = labels('security.measures', list(answers['security.measures']).filter((c) => PROTECTIONS.includes(c)), locale);
  const protection = measures.length
    ? L(`并采取${measures.join('、')}等保护措施`, `and protect it with ${andList(measures)}`)
    : L('并采取〔写明实际采取的保护措施〕', 'and protect it with [state the protective measures actually in place]');
  // Why a face and not a card: the operator's own reasons, when they gave them (PIPL art. 30).
  const reasons = str(answers['purpose.alternatives-rejected'])?.trim().replace(/[。.]$/, '');
  const necessity = reasons
    ? L(`我们使用人脸识别，原因是${reasons}。`, `we use face recognition for these reasons — ${reasons}.`)
    : L('〔写明为什么必须使用人脸，而不是卡片、二维码等方式〕', '[state why a face is needed rather than a card, a QR code or the like]');

  const recipients = labels('sharing.recipients', list(answers['sharing.recipients']), locale, ['none', 'police']);
  const recipientsConsented = str(answers['sharing.recipients-consent']) !== 'no';
  // Given to the police only on a lawful request: no consent is asked for that, but people are told it can happen.
  const police = list(answers['sharing.recipients']).includes('police');
  const registered = list(answers['security.measures']).includes('access-register');
  const givesReasons = str(answers['rights.refusal-reasons']) === 'yes';
  const vendor = str(answers['sharing.vendor']) === 'yes';
  // "Bound by contract to our instructions" needs a contract that at least sets what it may do.
  const contracted = list(answers['sharing.vendor-contract']).includes('scope') && str(answers['sharing.vendor-own-use']) !== 'yes';
  const abroad = str(answers['sharing.cross-border']) === 'yes';
  const abroadConsented = str(answers['sharing.cross-border-consent']) !== 'no';
  const noConsentYet = L('〔目前没有取得单独同意：取得后才能写明〕', '[separate consent is not obtained at present: say this only once it is]');
  const sharingGap = ['〔目前提供前没有取得单独同意：每次提供前取得本人的单独同意后，写明“在取得您单独同意后”〕', '[no separate consent is obtained before providing it at present: once it is, before each provision, say “only with your separate consent”]'] as const;
  const children = str(answers['venue.children']) === 'yes';
  const guardian = str(answers['basis.guardian-consent']);
  // Children are never enrolled: the consent form is for people aged 14 and over only.
  const childrenNotEnrolled = guardian === 'not-enrolled' || guardian === 'captured-public';
  const channels = list(answers['rights.channels']);
  const channelCodes = channels.filter((c) => c !== 'none');
  const rightsWays = channelCodes.map((c) =>
    c === 'online' ? L(`线上（${url ?? '〔网址或小程序名称〕'}）`, `online (${url ?? '[web address or mini-program name]'})`) : sentenceLabels('rights.channels', [c], locale)[0]!,
  );
  // Every channel works, so Chinese lists them; English says "or" between them.
  const noChannel = channels.includes('none');
  const rightsHow = rightsWays.length
    ? zh
      ? joinLabels(rightsWays, locale)
      : orList(rightsWays)
    : noChannel
      ? L('〔目前没有受理这些请求的途径：设立后写明〕', '[there is no channel for these requests at present: say what it is once there is one]')
      : contact;
  const deletionDays = answers['rights.deletion-days'];
  const deletionPromise = typeof deletionDays === 'number' && deletionDays > 0 ? L(`我们在收到删除请求后 ${deletionDays} 日内完成删除。`, `We delete within ${enCount(deletionDays, 'day')} of a request.`) : '';
  const officer = ['reported', 'appointed'].includes(str(answers['governance.officer']) ?? '');
  // Images kept in the CCTV store or shown in public are not "deleted once the template is made".
  const rawDeleted = str(answers['templates.raw-images']) === 'deleted' && str(answers['storage.video-separate']) !== 'mixed' && str(answers['sharing.public-disclosure']) !== 'yes';
  const enrolOptOut = route === 'both' ? L('不愿录入人脸？', 'Prefer not to enrol your face?') : L('不愿刷脸？', 'Prefer not to use your face?');
  const withSpace = (a: string, b: string) => [a, b].filter(Boolean).join(zh ? '' : ' ');
  const withdrawalWay = str(answers['basis.withdrawal']);
  // The sign's line on rights: the channels the answers name (the contact line where none is named), and
  // withdrawal only where there is a way to withdraw; a way that does not exist is a gap.
  const signRights = ((): string => {
    const withdraws = needsConsentForm && withdrawalWay !== 'none';
    const what = L(`您可以查阅、复制、删除您的人脸信息${withdraws ? '或撤回同意' : ''}`, `You can access, copy or delete your face information${withdraws ? ', or withdraw consent' : ''}`);
    const how = noChannel
      ? L('〔目前没有受理这些请求的途径：设立后在此写明〕', '[there is no channel for these requests at present: say what it is here once there is one]')
      : channelCodes.length
        ? L(`，途径：${rightsHow}。`, `: ${rightsHow}.`)
        : L('，请通过上述联系方式与我们联系。', ' using the contact above.');
    const withdrawGap = needsConsentForm && withdrawalWay === 'none' ? L('〔目前没有撤回同意的方式：设立后在此写明〕', '[there is no way to withdraw consent at present: say what it is here once there is one]') : '';
    return withSpace(noChannel ? withSpace(`${what}${zh ? '。' : '.'}`, how) : `${what}${how}`, withdrawGap);
  })();

  // Help for those who cannot read the sign or the notice (FR-10; FRM art. 5), promised only where the answers
  // say the venue gives it; where it does not, the findings say so.
  // Staff on site are named only where the venue has a desk there.
  const desk = channels.includes('on-site');
  const accessible: readonly [string, string] | undefined =
    str(answers['notice.accessible']) === 'yes'
      ? [
          `阅读帮助：阅读有困难的，可以${desk ? '向现场工作人员或' : ''}通过上述联系方式求助，我们将为您说明。`,
          `Help with reading: if you find this hard to read, ${desk ? 'ask our staff on site or ' : ''}use the contact above, and we will explain it to you.`,
        ]
      : undefined;
  const sign: GeneratedText = {
    title: L('人脸识别提示', 'Face recognition in use'),
    paragraphs: [
      withSpace(
        publicRoute
          ? L(
              `${venue}为维护公共安全，在此区域使用人脸识别设备。所采集的图像和身份识别信息只用于维护公共安全，不用于其他目的${consentedPurposes.length && route !== 'both' ? '（经您单独同意的用途除外）' : ''}。`,
              `${venue} uses face-recognition devices in this area to maintain public security. Images and identity data collected here are used for public security only and for no other purpose${consentedPurposes.length && route !== 'both' ? ' (except uses you separately consent to)' : ''}.`,
            )
          : L(`${venue}在此区域使用人脸识别设备，仅用于：${purposeText}。`, `${venue} uses face-recognition devices in this area only for: ${purposeText}.`),
        undisclosed,
      ),
      L(`个人信息处理者：${org}　联系方式：${contact}`, `Personal-information handler: ${org} · Contact: ${contact}`),
      publicRoute && consentedPurposes.length
        ? route === 'both'
          ? L(`${enrolled}人脸的，用于：${joinLabels(consentedPurposes, locale)}。`, `If you enrol your face${freely[1]}, it is used for: ${joinLabels(consentedPurposes, locale)}.`)
          : L(`经您单独同意，还用于：${joinLabels(consentedPurposes, locale)}。`, `With your separate consent, also used for: ${joinLabels(consentedPurposes, locale)}.`)
        : '',
      L(
        `保存期限：${retentionText(`${period}${automatic && hasPeriod ? (retention === 'purpose-end' ? '，目的实现后自动删除' : '，到期自动删除') : ''}`)}。`,
        `Retention: ${retentionText(`${period}${automatic && hasPeriod ? ', then deleted automatically' : ''}`)}.`,
      ),
      altText
        ? L(
            `${enrolOptOut}您可以使用：${altText}，${sameTerms ? unaffected.sign[0] : unequalGap}。${staffGap}`,
            withSpace(`${enrolOptOut} Use ${altText}. ${sameTerms ? `${unaffected.sign[1]}.` : unequalGap}`, staffGap),
          )
        : offered === 'none' || offered === 'on-paper'
          ? L('〔目前不愿刷脸的人没有合理、便捷的其他方式：提供替代方式后，在此写明〕', '[people who decline have no reasonable, convenient other way at present: say what it is here once there is one]')
          : '',
      notKept
        ? L('我们不保存您的人脸信息。如有疑问，请通过上述联系方式与我们联系。', 'We do not keep your face information. For any question, use the contact above.')
        : signRights,
      url ? rulesLine(url, locale) : '',
      accessible ? L(accessible[0], accessible[1]) : '',
    ].filter(Boolean),
  };

  const childrenText = ((): readonly [string, string] | undefined => {
    if (!children) return undefined;
    // Where the public area's cameras run too, children are captured there whatever the enrolment rules.
    const alsoPublic: readonly [string, string] =
      route === 'both' && guardian !== 'captured-public' ? ['在公共区域，儿童的图像也可能被安防设备采集，仅用于维护公共安全。', ' In public areas, children may also be captured by security devices; their images are used only for public security.'] : ['', ''];
    switch (guardian) {
      case 'guardian-consent':
        // The special rules are promised only where the operator said it has them (PIPL 31(2)).
        return str(answers['basis.child-rules']) === 'yes'
          ? [`不满十四周岁的儿童：只有在取得其父母或其他监护人同意后才处理，并适用我们专门的儿童个人信息处理规则。${alsoPublic[0]}`, `Children under 14: processed only with a parent’s or guardian’s consent, under our special rules for children’s information.${alsoPublic[1]}`]
          : [`不满十四周岁的儿童：只有在取得其父母或其他监护人同意后才处理，并适用〔制定并公开专门的儿童个人信息处理规则后写明其名称和查阅方式〕。${alsoPublic[0]}`, `Children under 14: processed only with a parent’s or guardian’s consent, under [adopt and publish special rules for children’s information, then name them and say where to read them].${alsoPublic[1]}`];
      case 'not-enrolled':
        return [`不满十四周岁的儿童：我们不录入不满十四周岁儿童的人脸${altText ? `，儿童可使用${altText}` : ''}。${alsoPublic[0]}`, `Children under 14: we do not enrol children under 14${altText ? `; they can use ${altText}` : ''}.${alsoPublic[1]}`];
      case 'captured-public':
        return ['不满十四周岁的儿童：在公共区域，儿童的图像可能被安防设备采集，仅用于维护公共安全。', 'Children under 14: in public areas children may be captured by security devices; their images are used only for public security.'];
      default:
        return [`不满十四周岁的儿童：〔须先取得其父母或其他监护人同意，并写明处理规则〕。${alsoPublic[0]}`, `Children under 14: [a parent’s or guardian’s consent is required first; state the rules that apply].${alsoPublic[1]}`];
    }
  })();

  // The notice's items, numbered once the optional ones are known.
  const items: (readonly [string, string] | undefined)[] = [
    [`个人信息处理者：${org}；场所：${venue}；联系方式：${contact}。`, `Personal-information handler: ${org}; venue: ${venue}; contact: ${contact}.`],
    [`处理目的：${purposeText}。${undisclosed}`, withSpace(`Purposes: ${purposeText}.`, undisclosed)],
    [`处理方式：${method}。${storage}。`, `How: we ${method}. ${storage}.`],
    rawDeleted && !notKept
      ? ['处理的信息种类：人脸图像（提取特征值后即删除）、人脸特征值及比对记录。', 'What: face images (deleted once the template is made), face templates and match records.']
      : ['处理的信息种类：人脸图像、人脸特征值及比对记录。', 'What: face images, face templates and match records.'],
    [`保存期限：${retentionText(periodAndDeletion)}。`, `How long: ${retentionText(periodAndDeletion)}.`],
    [
      `必要性及对您权益的影响：${necessity}人脸信息属于敏感个人信息，一旦泄露或者非法使用，可能导致您的人格尊严受到侵害或者人身、财产安全受到危害。我们只在实现上述目的所必需的范围内处理，${protection}。`,
      `Why it is necessary and how it affects you: ${necessity} Face information is sensitive personal information; if leaked or misused it could harm your dignity or your personal or property safety. We process it only as far as the purposes above require, ${protection}.`,
    ],
    offered === 'not-verification'
      ? undefined
      : altText
        ? [`替代方式：您可以不使用人脸识别，改用${altText}，${sameTerms ? unaffected.notice : unequalGap}。${staffGap}`, withSpace(`Alternative: you may decline face recognition and use ${altText} instead, ${sameTerms ? 'on equal terms' : unequalGap}.`, staffGap)]
        : ['替代方式：〔写明不使用人脸识别时可用的方式〕。', 'Alternative: [state the method available without face recognition].'],
    notKept
      ? [
          `您的权利：我们不保存您的人脸信息。您可以要求我们解释处理规则，${needsConsentForm ? '撤回同意，' : ''}并可以查阅、复制、更正、补充、删除您的个人信息，限制或者拒绝我们处理。途径：${rightsHow}。${givesReasons ? '我们拒绝请求时会说明理由。' : '〔拒绝请求时应当说明理由：落实后写明“我们拒绝请求时会说明理由”〕'}`,
          `Your rights: we do not keep your face information. You may ask us to explain these rules, ${needsConsentForm ? 'withdraw consent, ' : ''}and access, copy, correct, complete or delete your personal information, or restrict or refuse our processing of it. How: ${rightsHow}. ${givesReasons ? 'If we refuse a request we will give reasons.' : '[a refusal must give reasons: say that you give them once you do]'}`,
        ]
      : [
          `您的权利：您可以查阅、复制、更正、补充、删除您的人脸信息，限制或者拒绝我们处理，${needsConsentForm ? '撤回同意，' : ''}或要求我们解释处理规则。途径：${rightsHow}。${deletionPromise}${givesReasons ? '我们拒绝请求时会说明理由。' : '〔拒绝请求时应当说明理由：落实后写明“我们拒绝请求时会说明理由”〕'}`,
          `Your rights: you may access, copy, correct, complete or delete your face information, restrict or refuse our processing of it, ${needsConsentForm ? 'withdraw consent, ' : ''}or ask us to explain these rules. How: ${rightsHow}. ${deletionPromise ? `${deletionPromise} ` : ''}${givesReasons ? 'If we refuse a request we will give reasons.' : '[a refusal must give reasons: say that you give them once you do]'}`,
        ],
    officer ? ['个人信息保护负责人：〔姓名或职务〕，联系方式：〔…〕。', 'Personal-information protection officer: [name or title], contact: [...].'] : undefined,
    vendor
      ? contracted
        ? ['委托处理：我们委托技术服务商维护系统，并以合同约束其只按我们的指示处理。', 'Processor: a technical service provider maintains the system under a contract that limits it to our instructions.']
        : str(answers['sharing.vendor-own-use']) === 'yes'
          ? ['委托处理：我们委托技术服务商维护系统。〔目前技术服务商还把人脸信息用于自己的目的：停止后，才能写明其只按我们的指示处理〕', 'Processor: a technical service provider maintains the system. [the provider currently also uses face information for its own purposes: say it acts only on our instructions once that stops]']
          : ['委托处理：我们委托技术服务商维护系统。〔签订书面合同、约定其只按我们的指示处理后，才能写明受合同约束〕', 'Processor: a technical service provider maintains the system. [say it is bound by contract to our instructions only once a written contract says so]']
      : undefined,
    recipients.length
      ? [
          `向他人提供：${recipientsConsented ? '在取得您单独同意后，' : ''}向${joinLabels(recipients, locale)}提供${recipientsConsented ? '' : sharingGap[0]}。接收方：〔名称〕，联系方式〔…〕，处理目的〔…〕，处理方式〔…〕，信息种类〔…〕。`,
          `Provision to others: ${recipientsConsented ? 'only with your separate consent, ' : ''}to ${joinLabels(recipients, locale)}${recipientsConsented ? '' : ` ${sharingGap[1]}`}. Recipient: [name], contact [...], purpose [...], method [...], categories [...].`,
        ]
      : undefined,
    police
      ? [
          `依法调取：公安机关依法要求调取时，我们按照法律规定提供，${registered ? '并如实登记调取的事由、内容和调取人员' : '〔登记每次调取的事由、内容和调取人员：落实后写明〕'}。除此以外不向公安机关提供。`,
          `Lawful requests: when the police lawfully require it, we provide the information as the law provides${registered ? ', and record the reason, what was provided and who took it' : ' [record the reason, what was provided and who took it: say so once you do]'}. We give it to the police in no other way.`,
        ]
      : undefined,
    abroad
      ? [
          `向境外提供：境外接收方〔名称〕，联系方式〔…〕，处理目的和处理方式〔…〕，信息种类〔…〕；您可以通过〔方式〕向境外接收方行使权利。${abroadConsented ? '仅在取得您单独同意后提供。' : noConsentYet}`,
          `Transfer abroad: overseas recipient [name], contact [...], purpose and method [...], categories [...]; you can exercise your rights against it by [...]. ${abroadConsented ? 'Only with your separate consent.' : noConsentYet}`,
        ]
      : undefined,
    childrenText,
    accessible,
  ];
  const notice: GeneratedText = {
    title: L(`${org}人脸信息处理告知书`, `${org}: notice on the processing of face information`),
    paragraphs: items.filter((i) => i !== undefined).map(([a, b], n) => L(`${ZH_NUMERALS[n]}、${a}`, `${n + 1}. ${b}`)),
  };

  // Staff attendance resting on HR necessity (PIPL art. 13(1)(2)) is not asked of anyone on the consent form:
  // the form covers the uses that do need consent, and says which one it leaves out.
  const hrAttendance =
    list(answers['basis.lawful-basis']).includes('hr') && subjects.includes('staff') && consentPurposeCodes.includes('attendance') && consentRoute;
  const attendanceLabel = hrAttendance ? labels('venue.purposes', ['attendance'], locale)[0] : undefined;
  const formPurposes = consentedPurposes.filter((p) => p !== attendanceLabel);
  const hrNote = attendanceLabel
    ? L(`用于“${attendanceLabel}”的，依据人力资源管理所必需处理，不在本同意书范围内。`, `The use for ${attendanceLabel} rests on what human-resources management needs and is not covered by this form.`)
    : '';
  // Consent given purpose by purpose is withdrawn the same way.
  const several = formPurposes.length > 1;
  const withdrawZh = several ? '您可以随时撤回对全部或部分用途的同意' : '您可以随时撤回同意';
  const withdrawEn = several ? 'You may withdraw your consent to any or all of these uses at any time' : 'You may withdraw at any time';
  // How to withdraw, as the answers say it can be done: a way that does not exist is a gap, not the contact line.
  const withdrawVia = withdrawalWay === 'easy' && channelCodes.length ? rightsHow : contact;
  const howToWithdraw =
    withdrawalWay === 'none'
      ? L('〔目前没有撤回方式：设立便捷的撤回方式后，在此写明〕', '[there is no way to withdraw at present: say what it is here once there is one]')
      : withdrawalWay === 'on-request'
        ? L(`撤回方式：向我们的工作人员提出（${contact}）。`, `To withdraw: ask our staff (${contact}).`)
        : L(`撤回方式：${withdrawVia}。`, `To withdraw: ${withdrawVia}.`);
  const withdrawal = withSpace(
    notKept
      ? L(`${withdrawZh}；我们不保存您的人脸信息。`, `${withdrawEn}; we do not keep your face information.`)
      : // Deletion on withdrawal is promised only where the answers say data is deleted at all.
        str(answers['storage.auto-delete']) === 'none'
        ? L(`${withdrawZh}。撤回后〔写明删除您人脸信息的方式和时限〕。`, `${withdrawEn}. After that, [state how and when your face information is deleted].`)
        : several
          ? L(`${withdrawZh}；全部撤回的，我们将删除您的人脸信息。`, `${withdrawEn}; if you withdraw from all of them, we will delete your face information.`)
          : L(`${withdrawZh}，撤回后我们将删除您的人脸信息。`, `${withdrawEn}, and we will then delete your face information.`),
    howToWithdraw,
  );
  const guardianSigns = children && !childrenNotEnrolled;
  // Who ticks the boxes, and that nobody ticks them in advance.
  const whoTicks = guardianSigns
    ? (['请本人勾选；不满十四周岁的，由其父母或其他监护人勾选；不得预先勾选', 'to be ticked by the person, or for a child under 14 by a parent or guardian; never pre-ticked'] as const)
    : (['请本人勾选，不得预先勾选或代为勾选', 'to be ticked by the person: never pre-ticked, never ticked for them'] as const);
  const consent: GeneratedText = needsConsentForm
    ? {
        title: L('人脸信息处理单独同意书', 'Separate consent to the processing of face information'),
        paragraphs: [
          withSpace(
            L(`${org}拟在${venue}处理您的人脸信息，用于：${joinLabels(formPurposes, locale) || '〔处理目的〕'}。`, `${org} would like to process your face information at ${venue} for: ${joinLabels(formPurposes, locale) || '[purposes]'}.`),
            withSpace(hrNote, undisclosed),
          ),
          L(`我们将${consentRoute ? enrolMethod : publicMethod}。${storage}。保存期限：${periodAndDeletion}。`, `We will ${consentRoute ? enrolMethod : publicMethod}. ${storage}. Retention: ${periodAndDeletion}.`),
          L('人脸信息属于敏感个人信息。请在阅读《人脸信息处理告知书》后自愿决定。', 'Face information is sensitive personal information. Please decide freely after reading our notice on the processing of face information.'),
          withSpace(
            altText
              ? sameTerms
                ? L(`您可以不同意。不同意${unaffected.consent[0]}，您可以使用${altText}。`, `You may say no. Saying no ${unaffected.consent[1]}; you can use ${altText}.`)
                : L(`您可以不同意，并使用${altText}。${unequalGap}`, `You may say no and use ${altText}. ${unequalGap}`)
              : sameTerms
                ? L(`您可以不同意。不同意${unaffected.consent[0]}。`, `You may say no. Saying no ${unaffected.consent[1]}.`)
                : L('您可以不同意。〔写明不同意的人可以使用的其他方式，并确保不同意不影响其获得服务〕', 'You may say no. [State the other method those who say no can use, and make sure saying no does not affect their service]'),
            staffGap,
          ),
          withdrawal,
          // After the withdrawal line, which gives the contact the help line points to.
          accessible ? L(accessible[0], accessible[1]) : '',
          children
            ? childrenNotEnrolled
              ? L('本同意书只适用于年满十四周岁的人：我们不录入不满十四周岁儿童的人脸。', 'This form is for people aged 14 or over only: we do not enrol children under 14.')
              : L('如您未满十四周岁，需由您的父母或其他监护人签署本同意书。', 'If you are under 14, a parent or guardian must sign this form.')
            : '',
          ...(several
            ? [
                L(`我已阅读上述内容。请就每项用途分别勾选，可以只同意部分用途（${whoTicks[0]}）：`, `I have read the above. Tick each use you agree to; you may agree to some and not others (${whoTicks[1]}):`),
                // One box a purpose: consent to one use is not taken as consent to the others.
                ...formPurposes.map((p) => L(`□ 我单独同意为“${p}”处理我的人脸信息。`, `□ I separately consent to my face information being processed for ${p}.`)),
              ]
            : [L(`□ 我已阅读并单独同意上述人脸信息处理（${whoTicks[0]}）。`, `□ I have read the above and give my separate consent to this processing of my face information (${whoTicks[1]}).`)]),
          recipients.length
            ? L(`□ 我单独同意向${joinLabels(recipients, locale)}（接收方〔名称〕）提供我的人脸信息。`, `□ I separately consent to my face information being provided to ${joinLabels(recipients, locale)} (recipient: [name]).`)
            : '',
          abroad ? L('□ 我单独同意将我的人脸信息提供给境外接收方〔名称〕。', '□ I separately consent to my face information being transferred to the overseas recipient [name].') : '',
          guardianSigns ? L('监护人签名：__________　与儿童的关系：__________', 'Parent or guardian: __________  Relationship to the child: __________') : '',
          L('签名：__________　日期：__________', 'Signature: __________  Date: __________'),
        ].filter(Boolean),
      }
    : {
        title: L('关于同意的说明', 'A note on consent'),
        paragraphs: [
          withSpace(
            L(
              '本区域设备依据《个人信息保护法》第二十六条为维护公共安全安装，不以个人同意为基础，因此不使用同意书。如需将所采集的信息用于其他目的，须事先另行取得本人的单独同意。',
              'The devices in this area are installed under PIPL art. 26 to maintain public security and do not rest on consent, so no consent form is used. Any other use of the information collected needs the person’s separate consent first.',
            ),
            undisclosed,
          ),
        ],
      };

  return { sign, notice, consent };
}

/** Gaps left for the operator (〔…〕 or […]) in any of the texts: they must be filled in before use. */
export const TEXT_GAPS_WARNING = t(
  '文本中用〔 〕标出的内容需要您填写或改正：填好之前，不要张贴提示标识，也不要发布告知书。',
  'Parts in [ ] are for you to fill in or correct: do not put up the sign or publish the notice until they are done.',
);

export function textsHaveGaps(texts: { readonly sign: GeneratedText; readonly notice: GeneratedText; readonly consent: GeneratedText }): boolean {
  return [texts.sign, texts.notice, texts.consent].some((g) => g.paragraphs.some((p) => /〔|\[/.test(p)));
}
