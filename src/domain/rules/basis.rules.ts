import { all, any, eq, includes, includesAny, isIn, not } from '../conditions.ts';
import { cite } from '../law/cite.ts';
import { t } from '../locale.ts';
import { usesConsent } from '../questions/sections/02-purpose-basis.ts';
import type { RuleDef } from './schema.ts';

export const basisRules = [
  {
    id: 'basis.no-lawful-basis',
    severity: 'nc',
    fr: ['FR-01'],
    // Only legitimate interest, convenience or "not identified": nothing the PIPL recognises.
    when: not(includesAny('basis.lawful-basis', 'separate-consent', 'public-security', 'statutory-duty', 'contract', 'hr')),
    cites: [cite('pipl.13', 1), cite('pipl.28', 2), cite('pipl.29'), cite('frm.4'), cite('spc.2', undefined, 3)],
    title: t('没有合法的处理依据', 'No lawful basis for processing'),
    explanation: t(
      '您依赖的“正当利益”或“提高效率、方便管理”不是《个人信息保护法》列举的处理依据，或者尚未确定依据。人脸信息是敏感个人信息，没有合法依据就不能处理。',
      'The "legitimate interest", "efficiency or convenience" you rely on is not a basis the PIPL lists, or no basis has been identified. Face information is sensitive, and without a lawful basis it may not be processed.',
    ),
    remediation: t(
      '停止处理，直到确定合法依据：同意路径取得单独同意；公共安全路径按国家规定记录必要性；法定义务写明具体规定。',
      'Stop until a lawful basis is in place: separate consent on the consent route; documented public-security necessity under state rules on the public-security route; or the specific statutory duty.',
    ),
    raises: ['unlawful-use'],
    fixWithinDays: 7,
  },
  {
    id: 'basis.non-legal-grounds-listed',
    severity: 'risk',
    fr: ['FR-01'],
    // A lawful basis is given, but "legitimate interest" or "efficiency" is listed beside it as if it were one.
    when: all(
      includesAny('basis.lawful-basis', 'legitimate-interest', 'convenience'),
      includesAny('basis.lawful-basis', 'separate-consent', 'public-security', 'statutory-duty', 'contract', 'hr'),
    ),
    cites: [cite('pipl.13', 1)],
    title: t('把“正当利益”或“提高效率”也列为依据', '"Legitimate interest" or "efficiency" listed as a basis too'),
    explanation: t(
      '“企业的正当利益”和“提高效率、方便管理”不是《个人信息保护法》列举的处理依据，不能支撑对人脸信息的处理；把它们和法定依据并列，会让人误以为处理可以依赖它们。',
      '"The business’s legitimate interest" and "efficiency or convenience" are not bases the PIPL lists and cannot support face processing; listing them beside a lawful basis suggests the processing may rest on them.',
    ),
    remediation: t(
      '在处理规则、告知书和内部记录中只写法定依据；效率和便利可以作为目的说明，但不能作为依据。',
      'Name only the lawful basis in the processing rules, the notice and internal records; efficiency and convenience may be described as purposes, never as the basis.',
    ),
    fixWithinDays: 60,
  },
  {
    id: 'basis.contract-necessity-doubtful',
    severity: 'risk',
    fr: ['FR-01', 'FR-36'],
    when: all(includesAny('basis.lawful-basis', 'contract', 'hr'), not(includes('basis.lawful-basis', 'separate-consent'))),
    cites: [cite('pipl.13', 1, 2), cite('pipl.28', 2), cite('pipl.29')],
    title: t('以合同或人力资源管理必需为依据存在风险', 'Relying on contract or HR necessity is risky'),
    explanation: t(
      '人脸识别通常只是一种便利功能，难以证明是履行合同或人力资源管理“所必需”；对敏感个人信息，这一依据存在争议。',
      'Face recognition is usually a convenience feature; it is hard to show it is "necessary" for a contract or for HR management, and this basis is debated for sensitive PI.',
    ),
    remediation: t(
      '改为取得单独同意并提供替代方式，或书面论证为什么没有人脸识别就无法履行合同。',
      'Switch to separate consent with an alternative method, or document why the contract cannot be performed without face recognition.',
    ),
    fixWithinDays: 30,
  },
  {
    id: 'basis.hr-not-own-staff',
    severity: 'nc',
    fr: ['FR-01', 'FR-36'],
    // HR management is the handler's own employees' (labour rules, collective contracts): with no other basis that
    // could reach them, visitors, members, residents, guests and tenants' staff are processed on none.
    when: all(
      includes('basis.lawful-basis', 'hr'),
      not(includesAny('basis.lawful-basis', 'separate-consent', 'public-security', 'statutory-duty', 'contract')),
      includesAny('venue.subjects', 'visitors', 'members', 'residents', 'guests', 'tenant-staff'),
    ),
    cites: [cite('pipl.13', 1, 2), cite('pipl.29')],
    title: t('“人力资源管理所必需”不能作为处理非本单位员工人脸信息的依据', 'HR necessity does not cover people who are not your employees'),
    explanation: t(
      '按照劳动规章制度和集体合同实施人力资源管理，只涉及您自己的员工。访客、会员、住户、住客和入驻企业或商户的员工不是您的员工，处理他们的人脸信息不能以此为依据；您没有选择其他可以适用于他们的依据。',
      'Human-resources management under labour rules and collective contracts concerns only your own employees. Visitors, members, residents, guests and people who work for your tenants are not your employees, so it is no basis for processing their faces, and you named no other basis that could apply to them.',
    ),
    remediation: t(
      '对本单位员工以外的人，取得单独同意并提供其他方式，或者停止对他们使用人脸识别。',
      'For everyone who is not your employee, obtain separate consent and offer another way, or stop using face recognition on them.',
    ),
    fixWithinDays: 30,
  },
  {
    id: 'purpose.no-necessity-analysis',
    severity: 'nc',
    fr: ['FR-02'],
    when: any(
      includes('purpose.alternatives-considered', 'none-considered'),
      isIn('purpose.necessity-documented', 'informal', 'none'),
    ),
    cites: [cite('pipl.6'), cite('pipl.28', 2), cite('frm.4'), cite('spc.2', undefined, 8)],
    title: t('没有书面的必要性分析', 'No written necessity analysis'),
    explanation: t(
      '处理人脸信息必须具有特定目的和充分的必要性，并采取对个人权益影响最小的方式。没有评估替代方式、没有书面分析，就无法证明必要性。',
      'Face processing needs a specific purpose, sufficient necessity and the least intrusive method. Without weighing alternatives in writing, necessity cannot be shown.',
    ),
    remediation: t(
      '逐一评估卡片、二维码、身份证、人工核验等替代方式，写明为什么不够用，由负责人签字确认，并纳入本评估。',
      'Weigh cards, QR codes, ID checks and staff checks one by one, write down why each is not enough, have it signed off and attach it to this assessment.',
    ),
    raises: ['beyond-purpose'],
    fixWithinDays: 30,
  },
  {
    id: 'purpose.convenience-only',
    severity: 'nc',
    fr: ['FR-02'],
    when: all(isIn('purpose.reason', 'convenience', 'commercial'), eq('alternatives.offered', 'none')),
    cites: [cite('pipl.6'), cite('pipl.28', 2), cite('frm.4')],
    title: t('仅为便利或商业价值而强制使用人脸', 'Face recognition imposed for convenience or commercial value'),
    explanation: t(
      '便利或商业价值本身不构成处理敏感个人信息的充分必要性；在没有替代方式的情况下，这种处理不符合最小影响原则。',
      'Convenience or commercial value alone is not sufficient necessity for sensitive PI; with no alternative on offer, the processing fails the least-intrusion test.',
    ),
    remediation: t(
      '把人脸识别改为可选功能，并提供同等便利的替代方式；或重新论证真正的必要性。',
      'Make face recognition optional with an equally convenient alternative, or re-examine whether it is truly necessary.',
    ),
    raises: ['beyond-purpose'],
    fixWithinDays: 30,
  },
  {
    id: 'consent.not-separate',
    severity: 'nc',
    fr: ['FR-03'],
    when: all(usesConsent, isIn('basis.consent-form', 'in-terms', 'implied-by-entry', 'pre-ticked', 'verbal')),
    cites: [cite('pipl.29'), cite('pipl.14', 1), cite('frm.6'), cite('ndsr.22', 1, 2), cite('ndsr.62', undefined, 7), cite('spc.2', undefined, 3), cite('spc.4', undefined, 2)],
    title: t('没有取得单独同意', 'No separate consent'),
    explanation: t(
      '写在一般条款里、“进入即同意”、默认勾选或口头询问都不是单独同意。单独同意必须专门针对人脸信息、明确作出，与其他授权捆绑的同意不能作为抗辩。',
      'Consent in general terms, "entering means consent", a pre-ticked box or a verbal question is not separate consent. It must be given specifically and expressly for the face processing; consent bundled with other authorisations is no defence.',
    ),
    remediation: t(
      '使用单独的同意页面或表格：只讲人脸信息，单独勾选，不预先勾选，写明替代方式，并保存同意记录。本报告附有同意书文本。',
      'Use a separate consent screen or form about face information only, with its own unticked box and the alternative stated, and keep a record. A consent text is included in this report.',
    ),
    raises: ['unlawful-use'],
    fixWithinDays: 14,
  },
  {
    id: 'consent.not-obtained',
    severity: 'nc',
    fr: ['FR-01', 'FR-03'],
    // Consent is relied on but never asked for: not a flawed consent, none at all. A venue resting on contract,
    // HR necessity or a legal duty instead needs no consent for that (PIPL art. 13(2)); the doubts about those
    // grounds are findings of their own.
    when: all(
      usesConsent,
      eq('basis.consent-form', 'not-obtained'),
      any(includes('basis.lawful-basis', 'separate-consent'), not(includesAny('basis.lawful-basis', 'public-security', 'statutory-duty', 'contract', 'hr'))),
    ),
    cites: [cite('pipl.13', 1, 1), cite('pipl.14', 1), cite('pipl.29')],
    title: t('依据同意处理，却没有取得同意', 'Consent is relied on but not obtained'),
    explanation: t(
      '您依据个人的同意处理人脸信息，却没有取得任何同意。没有同意，这一依据就不存在；如果也没有其他法定依据，人脸信息就不能处理。处理人脸信息这类敏感个人信息，还须取得单独同意。',
      'You rely on the person’s consent to process face information but obtain none. Without consent that basis does not exist, and without another lawful basis face information may not be processed. For sensitive PI such as faces, the consent must be separate consent.',
    ),
    remediation: t(
      '停止依赖同意的处理，直至以单独的页面或表格取得每个人的单独同意并保存记录；本报告附有同意书文本。',
      'Stop the processing that relies on consent until each person’s separate consent is obtained on its own screen or form and recorded; a consent text is included in this report.',
    ),
    raises: ['unlawful-use'],
    fixWithinDays: 7,
  },
  {
    id: 'consent.not-recorded',
    // No article requires a record as such; without one the consent cannot be proved (FR-34: a risk).
    severity: 'risk',
    fr: ['FR-03', 'FR-34'],
    when: all(usesConsent, eq('basis.consent-recorded', 'no')),
    cites: [cite('spc.6', 2), cite('pipl.14', 1)],
    title: t('同意没有留存记录', 'Consent is not recorded'),
    explanation: t(
      '发生纠纷时由您证明已取得有效同意；没有记录就无法证明。',
      'In a dispute you must prove valid consent was given; without records you cannot.',
    ),
    remediation: t('为每一次同意记录时间、方式、同意文本版本，并与撤回记录一起保存。', 'Record the time, method and text version of every consent, and keep it with withdrawal records.'),
    fixWithinDays: 30,
  },
  {
    id: 'consent.no-withdrawal',
    severity: 'nc',
    fr: ['FR-03', 'FR-12'],
    when: all(usesConsent, isIn('basis.withdrawal', 'none', 'on-request')),
    cites: [cite('pipl.15', 1), cite('ndsr.23')],
    title: t('没有便捷的撤回同意方式', 'No convenient way to withdraw consent'),
    explanation: t(
      '个人有权撤回同意，处理者应当提供便捷的撤回方式；只能向工作人员申请或没有途径都不算便捷。',
      'People may withdraw consent and must have a convenient way to do it; asking staff only, or no way at all, is not convenient.',
    ),
    remediation: t('在现场和线上都提供随时撤回的方式，撤回后删除人脸信息并告知本人。', 'Offer withdrawal at any time on site and online; delete the face data afterwards and confirm to the person.'),
    fixWithinDays: 30,
  },
  {
    id: 'terms.unfair-clauses',
    severity: 'nc',
    fr: ['FR-33'],
    when: includesAny('basis.terms', 'unlimited-term', 'irrevocable', 'sublicensable', 'no-deletion'),
    cites: [cite('spc.11'), cite('spc.12'), cite('civil-code.497')],
    title: t('格式条款对人脸信息授权过宽', 'Standard terms grant excessive rights over face data'),
    explanation: t(
      '要求无期限、不可撤销、可任意转授权地处理人脸信息的格式条款，个人可以请求确认无效；不约定删除也不能对抗删除请求。',
      'Standard terms granting unlimited, irrevocable or freely sub-licensable rights over face information can be declared void, and the absence of a deletion clause is no defence to a deletion claim.',
    ),
    remediation: t('修改条款：限定目的和期限，允许随时撤回，明确删除安排，禁止转授权。', 'Rewrite the terms: limited purpose and period, revocable at any time, deletion spelled out, no sub-licensing.'),
    fixWithinDays: 30,
  },
  {
    id: 'minors.no-guardian-consent',
    severity: 'nc',
    fr: ['FR-19'],
    when: all(eq('venue.children', 'yes'), eq('basis.guardian-consent', 'no-guardian-consent')),
    cites: [cite('pipl.31', 1), cite('pipl.28', 1), cite('frm.7'), cite('minors-law.72', 1)],
    title: t('录入儿童人脸未取得监护人同意', 'Children enrolled without a guardian’s consent'),
    explanation: t(
      '不满十四周岁未成年人的个人信息都是敏感个人信息，处理前必须取得父母或其他监护人的同意。',
      'All personal information of children under 14 is sensitive; a parent’s or guardian’s consent is needed first.',
    ),
    remediation: t('停止录入儿童人脸，为儿童提供其他方式；已录入的，取得监护人同意或删除。', 'Stop enrolling children; give them another method; for those enrolled, obtain guardian consent or delete.'),
    raises: ['leak'],
    fixWithinDays: 7,
  },
  {
    id: 'minors.no-special-rules',
    severity: 'nc',
    fr: ['FR-19'],
    when: all(eq('venue.children', 'yes'), eq('basis.child-rules', 'no'), not(isIn('basis.guardian-consent', 'not-enrolled'))),
    cites: [cite('pipl.31', 2), cite('ndsr.21', 2)],
    title: t('没有儿童个人信息专门处理规则', 'No special rules for children’s information'),
    explanation: t(
      '处理不满十四周岁未成年人个人信息的，应当制定专门的个人信息处理规则。',
      'Handlers of the personal information of children under 14 must adopt special processing rules.',
    ),
    remediation: t('制定并公开儿童个人信息处理规则，说明目的、方式、必要性、保护措施和监护人的权利。', 'Adopt and publish rules for children’s information: purpose, method, necessity, safeguards and guardians’ rights.'),
    fixWithinDays: 30,
  },
  {
    id: 'minors.face-identifying-children',
    severity: 'risk',
    fr: ['FR-19'],
    when: all(eq('venue.children', 'yes'), isIn('basis.guardian-consent', 'guardian-consent', 'no-guardian-consent')),
    cites: [cite('gbt-41819.whole'), cite('pipl.28', 1)],
    title: t('用人脸识别儿童身份', 'Children are identified by face'),
    explanation: t(
      '推荐性国家标准 GB/T 41819 的征求意见稿（据公开报道）曾提出，原则上不对不满十四周岁的未成年人使用人脸识别进行身份识别；正式文本是否保留这一表述未经核实。不满十四周岁未成年人的个人信息属于敏感个人信息，儿童需要特别保护。',
      'The consultation draft of the recommended national standard GB/T 41819 (as reported) proposed that, in principle, children under 14 should not be identified by face; whether the final text keeps this is not verified. The personal information of children under 14 is sensitive personal information, and children need special protection.',
    ),
    remediation: t('为儿童提供非人脸方式（如家庭卡、纸质票），把儿童排除在人脸录入之外。', 'Give children a non-face method (family card, paper ticket) and keep them out of face enrolment.'),
    fixWithinDays: 60,
  },
] as const satisfies readonly RuleDef[];
