/**
 * Texts generated from the answers: the prominent sign (显著提示标识), the notice (PIPL arts 17 and 30, and the
 * items the Measures art. 5 is reported to require) and a separate-consent form. These are drafts for the
 * operator to adapt — they are the operator's words, not quotations of the law.
 */
import type { Answers, AnswerValue } from '../conditions.ts';
import type { Locale } from '../locale.ts';
import { optionLabel } from '../questions/bank.ts';
import type { AssessmentMeta } from '../persistence/assessment-file.ts';
import type { GeneratedText } from './report-model.ts';

const str = (v: AnswerValue | undefined) => (typeof v === 'string' ? v : undefined);
const list = (v: AnswerValue | undefined) => (Array.isArray(v) ? (v as readonly unknown[]).filter((x): x is string => typeof x === 'string') : []);

function join(items: string[], locale: Locale): string {
  return locale === 'zh-CN' ? items.join('、') : items.join(', ');
}

function labels(qid: string, codes: string[], locale: Locale, skip: string[] = []): string[] {
  return codes.filter((c) => !skip.includes(c)).map((c) => optionLabel(qid, c)[locale]);
}

export function generateTexts(answers: Answers, meta: AssessmentMeta, locale: Locale): { sign: GeneratedText; notice: GeneratedText; consent: GeneratedText } {
  const zh = locale === 'zh-CN';
  const L = (a: string, b: string) => (zh ? a : b);
  const org = meta.organisation.trim() || L('〔单位名称〕', '[organisation name]');
  const venue = meta.venueName.trim() || L('本场所', 'this venue');
  const contact = str(answers['notice.contact'])?.trim() || L('〔联系电话或邮箱〕', '[phone or e-mail]');
  const url = str(answers['public.notice-url']);
  const route = str(answers['venue.route']);
  const publicRoute = route === 'public-security' || route === 'both';
  const consentRoute = route === 'consent' || route === 'both';
  const purposes = labels('venue.purposes', list(answers['venue.purposes']), locale);
  const purposeText = purposes.length ? join(purposes, locale) : L('〔处理目的〕', '[purposes]');
  const alternatives = labels('alternatives.methods', list(answers['alternatives.methods']), locale);
  const offered = str(answers['alternatives.offered']);
  const altText = (offered === 'every-entry' || offered === 'on-paper') && alternatives.length ? join(alternatives, locale) : undefined;

  const retention = (() => {
    const r = str(answers['storage.retention']);
    const days = answers['storage.retention-days'];
    if (r === 'purpose-end') return L('目的实现后（如门票到期、会员终止、搬离）立即删除', 'deleted as soon as the purpose ends (ticket expiry, membership end, moving out)');
    if (r === 'fixed' && typeof days === 'number') return L(`保存 ${days} 天后自动删除`, `kept ${days} days, then deleted automatically`);
    return L('〔保存期限及到期后的删除方式〕', '[retention period and deletion]');
  })();
  const storage = (() => {
    switch (str(answers['storage.location'])) {
      case 'on-device':
        return L('人脸信息只存储在识别设备内，不通过互联网传输', 'Face information is stored only on the recognition device and is not sent over the internet');
      case 'on-premises':
        return L('人脸信息存储在本单位内部封闭网络中，不通过互联网对外传输', 'Face information is stored on our closed internal network and not sent out over the internet');
      case 'internet-server':
      case 'cloud-vendor':
        return L('人脸信息经您单独同意后传输至服务器进行比对', 'With your separate consent, face information is sent to a server for matching');
      default:
        return L('〔存储位置〕', '[where data is stored]');
    }
  })();
  const method = publicRoute && !consentRoute
    ? L('通过安装在公共区域的摄像设备抓拍和比对人脸', 'capturing and matching faces with cameras in public areas')
    : L('在您自愿录入后，通过识别设备将现场人脸与已录入的特征值比对', 'after you enrol voluntarily, matching your face on site against your stored template');

  const sign: GeneratedText = {
    title: L('人脸识别提示', 'Face recognition in use'),
    paragraphs: [
      publicRoute
        ? L(`${venue}为维护公共安全，在此区域使用人脸识别设备。`, `${venue} uses face-recognition devices in this area to maintain public security.`)
        : L(`${venue}在此区域使用人脸识别设备，仅用于：${purposeText}。`, `${venue} uses face-recognition devices in this area only for: ${purposeText}.`),
      L(`运营者：${org}　联系方式：${contact}`, `Operator: ${org}  Contact: ${contact}`),
      publicRoute && purposes.length ? L(`用途：${purposeText}`, `Purposes: ${purposeText}`) : '',
      L(`保存期限：${retention}。`, `Retention: ${retention}.`),
      altText ? L(`不愿刷脸？您可以使用：${altText}，服务不受影响。`, `Prefer not to use your face? Use: ${altText}. Your service is not affected.`) : '',
      L('您可以查阅、复制、删除您的人脸信息或撤回同意，请联系上述方式。', 'You can access, copy or delete your face information, or withdraw consent, using the contact above.'),
      url ? L(`完整的个人信息处理规则：${url}`, `Full processing rules: ${url}`) : '',
    ].filter(Boolean),
  };

  const recipients = labels('sharing.recipients', list(answers['sharing.recipients']), locale, ['none', 'police']);
  const vendor = str(answers['sharing.vendor']) === 'yes';
  const children = str(answers['venue.children']) === 'yes';
  const rights = labels('rights.channels', list(answers['rights.channels']), locale, ['none']);
  const notice: GeneratedText = {
    title: L(`${org}人脸信息处理告知书`, `${org}: notice on the processing of face information`),
    paragraphs: [
      L(`一、处理者：${org}（${venue}），联系方式：${contact}。`, `1. Who we are: ${org} (${venue}); contact: ${contact}.`),
      L(`二、处理目的：${purposeText}。`, `2. Purposes: ${purposeText}.`),
      L(`三、处理方式：${method}。${storage}。`, `3. How: ${method}. ${storage}.`),
      L('四、处理的信息种类：人脸图像、人脸特征值及比对记录。', '4. What: face images, face templates and match records.'),
      L(`五、保存期限：${retention}；到期后自动删除，删除不可恢复。`, `5. How long: ${retention}; then deleted automatically and irreversibly.`),
      L(
        '六、必要性及对您权益的影响：人脸信息属于敏感个人信息，一旦泄露或者非法使用，可能危害您的人身、财产安全。我们只在实现上述目的所必需的范围内处理，并采取加密、访问控制等严格保护措施。',
        '6. Why it is necessary and how it affects you: face information is sensitive personal information; if leaked or misused it could harm your personal or property safety. We process it only as far as the purposes above require, with strict protection such as encryption and access control.',
      ),
      altText
        ? L(`七、替代方式：您可以不使用人脸识别，改用${altText}，获得同等服务。`, `7. Alternative: you may decline face recognition and use ${altText} instead, on equal terms.`)
        : L('七、替代方式：〔写明不使用人脸识别时可用的方式〕。', '7. Alternative: [state the method available without face recognition].'),
      L(
        `八、您的权利：您可以查阅、复制、更正、删除您的人脸信息，撤回同意，或要求我们解释处理规则。途径：${rights.length ? join(rights, locale) : contact}。我们拒绝请求时会说明理由。`,
        `8. Your rights: you may access, copy, correct or delete your face information, withdraw consent, or ask us to explain these rules. How: ${rights.length ? join(rights, locale) : contact}. If we refuse a request we will give reasons.`,
      ),
      vendor || recipients.length
        ? L(
            `九、委托处理和提供：${vendor ? '我们委托技术服务商维护系统，并以合同约束其只按我们的指示处理。' : ''}${recipients.length ? `在取得您单独同意后，向以下接收方提供：${join(recipients, locale)}。` : ''}`,
            `9. Processors and recipients: ${vendor ? 'a technical service provider maintains the system under a contract that limits it to our instructions. ' : ''}${recipients.length ? `With your separate consent we provide data to: ${join(recipients, locale)}.` : ''}`.trim(),
          )
        : '',
      children
        ? L('十、不满十四周岁的儿童：只有在取得其父母或其他监护人同意后才处理，并适用我们专门的儿童个人信息处理规则。', '10. Children under 14: processed only with a parent’s or guardian’s consent, under our special rules for children’s information.')
        : '',
    ].filter(Boolean),
  };

  const consent: GeneratedText = {
    title: L('人脸信息处理单独同意书', 'Separate consent to the processing of face information'),
    paragraphs: [
      L(`${org}希望在${venue}使用您的人脸信息，用于：${purposeText}。`, `${org} would like to use your face information at ${venue} for: ${purposeText}.`),
      L(`我们将${method}。${storage}。保存期限：${retention}。`, `We will be ${method}. ${storage}. Retention: ${retention}.`),
      L('人脸信息属于敏感个人信息。请在阅读《人脸信息处理告知书》后自愿决定。', 'Face information is sensitive personal information. Please decide freely after reading our notice on the processing of face information.'),
      altText
        ? L(`您可以不同意。不同意不影响您获得服务，您可以使用${altText}。`, `You may say no. Saying no does not affect your service; you can use ${altText}.`)
        : L('您可以不同意。不同意不影响您获得服务。', 'You may say no. Saying no does not affect your service.'),
      L(`您可以随时撤回同意，撤回后我们将删除您的人脸信息。撤回方式：${contact}。`, `You may withdraw at any time, and we will then delete your face information. To withdraw: ${contact}.`),
      children ? L('如您未满十四周岁，需由您的父母或其他监护人签署本同意书。', 'If you are under 14, a parent or guardian must sign this form.') : '',
      L('□ 我已阅读并单独同意上述人脸信息处理（请本人勾选，不得代为勾选）。', '□ I have read the above and give my separate consent to this processing of my face information (to be ticked by the person, never pre-ticked).'),
      L('签名：__________　日期：__________', 'Signature: __________  Date: __________'),
    ].filter(Boolean),
  };

  return { sign, notice, consent };
}
