/**
 * What a field of an assessment file or a campaign is called, for the person reading an error about it: a file
 * edited by hand or a link altered in transit is refused with the field in their words first, and the path
 * — for whoever fixes the file — after it in brackets.
 */
import { t, type Localized } from '../locale.ts';

const NAMES: Readonly<Record<string, Localized>> = {
  campaign: t('专项检查', 'The campaign'),
  'campaign.authority': t('专项检查的发起部门', 'The campaign’s authority'),
  'campaign.name': t('专项检查名称', 'The campaign’s name'),
  'campaign.reference': t('专项检查的文号', 'The campaign’s reference'),
  'campaign.contact': t('专项检查的联系方式', 'The campaign’s contact'),
  'campaign.deadline': t('专项检查的截止日期', 'The campaign’s deadline'),
  'campaign.instructions': t('专项检查的填报说明', 'The campaign’s instructions'),
  'campaign.venueTypes': t('专项检查的场所类型', 'The campaign’s venue types'),
  'campaign.checks': t('专项检查的检查项', 'The campaign’s checks'),
  id: t('评估编号', 'The assessment’s id'),
  bankVersion: t('问题库版本', 'The question-bank version'),
  createdAt: t('创建时间', 'The creation time'),
  updatedAt: t('更新时间', 'The time of the last change'),
  assessedAt: t('评估时间（回答最后修改的时间）', 'The assessment’s time (when the answers last changed)'),
  meta: t('评估信息', 'The assessment’s details'),
  'meta.name': t('评估名称', 'The assessment’s name'),
  'meta.organisation': t('个人信息处理者', 'The organisation'),
  'meta.venueName': t('场所名称', 'The venue’s name'),
  'meta.preset': t('场所类型', 'The venue type'),
  answers: t('回答', 'The answers'),
  position: t('上次所在的页面', 'The page last open'),
  actions: t('整改计划', 'The action plan'),
  review: t('律师审阅信息', 'The legal review’s details'),
  'review.client': t('委托人', 'The client'),
  'review.matter': t('事项', 'The matter'),
  'review.reviewer': t('审阅律师', 'The reviewer'),
  annotations: t('律师意见', 'The lawyer’s views'),
  manualFindings: t('律师添加的发现', 'The findings added by the lawyer'),
};

const PARTS: Readonly<Record<string, Localized>> = {
  owner: t('负责人', 'owner'),
  due: t('完成日期', 'due date'),
  status: t('状态', 'status'),
  verdict: t('结论', 'verdict'),
  note: t('说明', 'note'),
  id: t('编号', 'id'),
  severity: t('类别', 'category'),
  title: t('标题', 'title'),
  cites: t('法律依据', 'legal basis'),
};

/** `campaign.deadline` → 专项检查的截止日期（campaign.deadline）; unknown paths are given as they are. */
export function fieldName(path: string): Localized {
  const named = (zh: string, en: string) => t(`${zh}（${path}）`, `${en} (${path})`);
  const known = NAMES[path];
  if (known) return named(known['zh-CN'], known.en);
  let m = /^(actions|annotations)\["([^"]*)"\](?:\.(\w+))?$/.exec(path);
  if (m) {
    const [, list, rule, part] = m;
    const p = part ? PARTS[part] : undefined;
    const manual = /^manual-[0-9]+$/.test(rule!);
    return list === 'actions'
      ? named(
          `整改计划中对应${manual ? '律师添加的发现' : '检查'} ${rule} 的一项${p ? `的${p['zh-CN']}` : ''}`,
          `The action-plan entry for ${manual ? 'the finding added by the lawyer,' : 'check'} ${rule}${p ? `: its ${p.en}` : ''}`,
        )
      : named(`对检查 ${rule} 的律师意见${p ? `的${p['zh-CN']}` : ''}`, `The lawyer’s view on check ${rule}${p ? `: its ${p.en}` : ''}`);
  }
  m = /^manualFindings\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (m) {
    const n = Number(m[1]) + 1;
    const p = m[2] ? PARTS[m[2]] : undefined;
    return named(`律师添加的第 ${n} 项发现${p ? `的${p['zh-CN']}` : ''}`, `Finding ${n} added by the lawyer${p ? `: its ${p.en}` : ''}`);
  }
  return t(path, path);
}
