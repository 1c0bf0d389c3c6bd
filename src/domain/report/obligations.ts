/**
 * Obligations with dates: filing deadlines, the PIA keep-until date and re-assessment triggers.
 *
 * Working days. The Measures give 30 *working* days (工作日) to file. This tool counts Monday to Friday
 * and does NOT skip public holidays — a holiday only pushes the true deadline later, so counting it as a
 * working day keeps the date on the safe (early) side. Adjusted working weekends (调休), which can add a
 * working day, are not modelled; to stay safe the tool also gives a "file by" target one week earlier.
 */
import { all, eq, evaluate, gte, isIn, type Answers } from '../conditions.ts';
import type { Citation } from '../law/catalogue.ts';
import { cite } from '../law/cite.ts';
// Dates inside Chinese prose are written as Chinese writes them (zhDate); the due-date columns keep ISO dates.
import { addDays, addYears, FRM_TRANSITION_DEADLINE, frmFilingDue, frmFilingPassed, frmTransitionStock, policeFilingDue, policeFilingPassed, PSV_IN_FORCE } from '../deadlines.ts';
import { t, zhDate, type Localized } from '../locale.ts';
import { evalContext } from '../questions/bank.ts';
import { ON_PUBLIC_ROUTE } from '../questions/sections/01-venue.ts';
import { PSV_ART9_VENUES, psvArt7Place } from '../questions/sections/03-public-notice.ts';

export interface Obligation {
  readonly id: string;
  readonly title: Localized;
  readonly detail: Localized;
  readonly due?: string;
  readonly cites: readonly Citation[];
}

export function obligations(answers: Answers, preparedOn: string): Obligation[] {
  const ctx = evalContext(answers);
  const holds = (c: Parameters<typeof evaluate>[0]) => evaluate(c, ctx) === true;
  const out: Obligation[] = [];
  const keepUntil = addYears(preparedOn, 3);
  // A filing deadline passed by the report's own date (deadlines.ts decides): say so, instead of giving it as if
  // still ahead.
  const overdueZh = (passed: boolean) => (passed ? `该期限在本报告日期（${zhDate(preparedOn)}）之前已经届满：如尚未备案，请立即办理。` : '');
  const overdue = (passed: boolean) => (passed ? `That date is before this report’s date (${preparedOn}): the deadline has passed, so if you have not filed, do so now.` : '');

  out.push({
    id: 'keep-report',
    title: t('保存本评估报告和处理情况记录', 'Keep this report and the processing records'),
    detail: t(
      `至少保存三年，即至少到 ${zhDate(keepUntil)}；处理活动持续期间，应保存最新版本及其前版。`,
      `Keep them at least three years, i.e. until at least ${keepUntil}; while processing continues, keep the current version and its predecessors.`,
    ),
    due: keepUntil,
    cites: [cite('pipl.56', 2), cite('frm.9')],
  });

  if (holds(gte('venue.people-stored', 100_000))) {
    const reached = typeof answers['venue.threshold-date'] === 'string' ? (answers['venue.threshold-date'] as string) : undefined;
    const filed = holds(eq('governance.filing', 'filed'));
    const due = reached ? frmFilingDue(reached) : undefined;
    let detail: Localized;
    if (reached && frmTransitionStock(reached)) {
      detail = t(
        `存储量在《人脸识别技术应用安全管理办法》施行之日（2025年6月1日）已达到10万人，应当在 ${zhDate(FRM_TRANSITION_DEADLINE)} 前完成备案。${filed ? '您已备案。' : '如尚未备案，请立即办理。'}`,
        `The stored count had reached 100,000 by the day the Measures took effect (2025-06-01), so filing was due by ${FRM_TRANSITION_DEADLINE}. ${filed ? 'You have filed.' : 'If you have not filed, do so now.'}`,
      );
    } else if (reached && due) {
      const target = addDays(due, -7);
      detail = t(
        `自 ${zhDate(reached)} 起30个工作日内，向所在地省级以上网信部门在线备案：本工具按周一至周五计算，未扣除法定节假日，约为 ${zhDate(due)}；期间的法定节假日会使真实期限推后，调休上班的周末会使其提前，因此请以 ${zhDate(target)} 为准提前办理。${filed ? '您已备案。' : overdueZh(frmFilingPassed(reached, preparedOn))}`,
        `Within 30 working days of ${reached}, file online with the cyberspace office at provincial level or above where you are located. This tool counts Monday to Friday without taking out public holidays, which gives about ${due}; public holidays in the period make the real deadline later and adjusted working weekends (调休) earlier, so file by ${target}. ${filed ? 'You have filed.' : overdue(frmFilingPassed(reached, preparedOn))}`.trim(),
      );
    } else {
      detail = t(
        '自存储数量达到10万人之日起30个工作日内备案。请在“场所与范围”中填写达到的日期以计算期限。',
        'File within 30 working days of the day the stored count reached 100,000. Enter that date under "Venue and scope" to work out the deadline.',
      );
    }
    out.push({ id: 'frm-filing', title: t('人脸识别技术应用备案', 'Face-recognition filing'), detail, due, cites: [cite('frm.15')] });
    out.push({
      id: 'frm-filing-changes',
      title: t('备案变更和注销', 'Filing changes and cancellation'),
      detail: t(
        '备案事项发生重大变化的，30个工作日内办理变更；停止使用人脸识别的，30个工作日内注销并依法处理人脸信息（据公开报道的规则内容）。',
        'Material changes are to be filed within 30 working days; when face recognition stops, the filing is cancelled within 30 working days and the face data dealt with according to law (rule content as reported).',
      ),
      cites: [cite('frm.15')],
    });
  }

  if (holds(psvArt7Place)) {
    const live = typeof answers['venue.go-live'] === 'string' ? (answers['venue.go-live'] as string) : undefined;
    const filed = holds(eq('public.police-filing', 'filed'));
    const due = live ? policeFilingDue(live) : undefined;
    out.push({
      id: 'police-filing',
      title: t('公共安全视频系统备案', 'Public-security video system filing'),
      detail: live
        ? t(
            `向所在地县级公安机关备案，期限为 ${zhDate(due)}（${live < PSV_IN_FORCE ? '条例施行前已启用：施行之日起90日' : '投入使用之日起30日'}）。${filed ? '您已备案。' : overdueZh(policeFilingPassed(live, preparedOn))}`,
            `File with the county-level police by ${due} (${live < PSV_IN_FORCE ? 'in use before the regulation: 90 days from 2025-04-01' : '30 days from going live'}). ${filed ? 'You have filed.' : overdue(policeFilingPassed(live, preparedOn))}`.trim(),
          )
        : t('自系统投入使用之日起30日内向所在地县级公安机关备案。', 'File with the county-level police within 30 days of going live.'),
      due,
      cites: [cite('ps-video-regs.14', 1)],
    });
    out.push({
      id: 'video-retention',
      title: t('监控录像保存不少于30日', 'Keep CCTV footage at least 30 days'),
      detail: t('普通录像至少保存30日，之后删除已实现目的的录像；人脸信息另行按最短必要期限删除。', 'Keep ordinary footage at least 30 days, then delete footage whose purpose is met; delete face data separately after the shortest necessary time.'),
      cites: [cite('ps-video-regs.17')],
    });
  } else if (holds(all(isIn('venue.route', ...ON_PUBLIC_ROUTE), isIn('venue.type', ...PSV_ART9_VENUES)))) {
    // Hotels, office buildings and residential communities are not among the places art. 7 lists.
    out.push({
      id: 'police-filing-art9',
      title: t('公共安全视频系统：第七条以外的场所', 'Public-security video at a place art. 7 does not list'),
      detail: t(
        '酒店、写字楼和住宅小区不在《公共安全视频图像信息系统管理条例》第七条列明的场所之列。依照第九条第二款，在此类场所安装的设备须为维护公共安全所必需、由负有安全防范义务的单位安装，并遵守条例的其他规定（如显著提示标识），但第十四条的备案和第十七条的保存期限不是强制性要求。第七条所列以“等人员聚集场所”结尾：不确定您的场所是否属于其中的，可以向所在地县级公安机关确认。',
        'Hotels, office buildings and residential communities are not among the places art. 7 of the Regulations on Public Security Video Image Information Systems lists. Under art. 9(2), devices in such places must be necessary for public security, installed by the party with the security duty, and follow the regulation’s other rules (such as prominent signs), but the filing of art. 14 and the retention period of art. 17 are not mandatory. The art. 7 list ends with “and other crowded places”: if you are not sure whether yours is one, ask the county-level police.',
      ),
      cites: [cite('ps-video-regs.9', 2), cite('ps-video-regs.7', 2)],
    });
  }

  if (holds(gte('venue.people-total', 1_000_000))) {
    out.push({
      id: 'officer',
      title: t('个人信息保护负责人', 'PI protection officer'),
      detail: t('处理100万人以上个人信息：指定个人信息保护负责人，公开联系方式并报送。', 'Processing PI of 1,000,000 people or more: appoint an officer, publish the contact and report it.'),
      cites: [cite('pipl.52'), cite('audit-measures.12', 1)],
    });
  }

  // More than 10 million people: an audit at least every two years (Audit Measures art. 4). With the last one
  // more than two years old, or none, the next is due now, not two years from this report.
  const overTenMillion = holds(gte('venue.people-total', 10_000_001));
  const auditOverdue = holds(isIn('governance.audit', 'over-2y', 'never'));
  out.push({
    id: 'audit',
    title: t('个人信息保护合规审计', 'Personal-information compliance audit'),
    detail: !overTenMillion
      ? t('定期进行合规审计（由内部机构或委托专业机构）。', 'Audit compliance regularly, in-house or through a professional body.')
      : auditOverdue
        ? t(
            '处理超过1000万人的个人信息：每两年至少审计一次。上一次审计已超过两年（或从未审计），已经逾期，应立即开展；此后每两年至少一次。',
            'More than 10 million people: audit at least every two years. The last audit is over two years old (or there was none), so one is overdue: audit now, then at least every two years.',
          )
        : t(`处理超过1000万人的个人信息：每两年至少审计一次，下一次最迟 ${zhDate(addYears(preparedOn, 2))}。`, `More than 10 million people: audit at least every two years; next one by ${addYears(preparedOn, 2)}.`),
    due: !overTenMillion ? undefined : auditOverdue ? preparedOn : addYears(preparedOn, 2),
    // Art. 4 (every two years) is the rule for more than 10 million people only.
    cites: overTenMillion ? [cite('pipl.54'), cite('audit-measures.3'), cite('audit-measures.4')] : [cite('pipl.54'), cite('audit-measures.3')],
  });

  out.push({
    id: 'reassess',
    title: t('何时重新评估', 'When to re-assess'),
    detail: t(
      `出现以下任一情况时重新评估并更新本报告：处理目的、方式或信息种类变化；新增场所或设备；更换供应商或迁移到云端；发生重大安全事件；存储量达到10万人或处理量达到100万人；相关法律变化。即使没有变化，也建议在 ${zhDate(addYears(preparedOn, 1))} 前复查（本工具的建议，并非法定期限）。`,
      `Re-assess and update this report whenever: the purpose, method or kind of data changes; sites or devices are added; the vendor changes or data moves to the cloud; a major security incident happens; the stored count reaches 100,000 or the total reaches 1,000,000; the law changes. Even without changes, review it by ${addYears(preparedOn, 1)} (this tool’s recommendation, not a legal deadline).`,
    ),
    due: addYears(preparedOn, 1),
    cites: [cite('pipl.14', 2), cite('frm.9')],
  });

  out.push({
    id: 'incident',
    title: t('发生泄露时', 'If a leak happens'),
    detail: t(
      '立即采取补救措施，并通知履行个人信息保护职责的部门和受影响的个人（信息种类、原因和可能的危害；已采取的补救措施和个人可以采取的减轻危害的措施；联系方式）。',
      'Remedy at once and notify the PI-protection authority and the people affected (categories, cause and possible harm; the remedies taken and what individuals can do to reduce the harm; contact details).',
    ),
    cites: [cite('pipl.57'), cite('ndsr.11')],
  });

  return out;
}
