/**
 * A regulator's campaign: which venue types and which checks (FR-xx) an inspection campaign covers, and who
 * runs it. Carried in a checklist link and, once a business opens the link, in its assessment file and report.
 */
import { FR_IDS } from '../questions/schema.ts';
import { t, type Localized } from '../locale.ts';
import { isIsoDate } from '../questions/bank.ts';
import { VENUE_TYPES } from '../questions/sections/01-venue.ts';
import { isRecord } from './json.ts';
import { fieldName } from './field-names.ts';

export interface Campaign {
  readonly authority: string;
  readonly name: string;
  readonly reference: string;
  readonly contact: string;
  /** ISO date or ''. */
  readonly deadline: string;
  readonly instructions: string;
  readonly venueTypes: readonly string[];
  /** Checklist rows in scope (FR-01…FR-36); at least one. */
  readonly checks: readonly string[];
}

export const CAMPAIGN_LIMITS = { short: 120, instructions: 1000 } as const;

/** C0 controls other than tab and line breaks, and the bidirectional embedding, override and isolate marks. */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;


/** Validate untrusted campaign data (from a link or a file); every error names the field. */
export function validateCampaign(v: unknown, path = 'campaign'): Localized[] {
  const errors: Localized[] = [];
  const field = (f: string, zh: string, en: string) => {
    const name = fieldName(`${path}.${f}`);
    errors.push(t(`${name['zh-CN']}：${zh}`, `${name.en}: ${en}`));
  };
  if (!isRecord(v)) return [t(`${fieldName(path)['zh-CN']}：格式不正确，链接或文件可能不完整或被改动`, `${fieldName(path).en}: is not in the right form; the link or file may be incomplete or altered`)];
  for (const k of ['authority', 'name', 'reference', 'contact', 'instructions'] as const) {
    const x = v[k];
    if (k !== 'instructions') {
      if (typeof x !== 'string') field(k, '应为文字', 'should be text');
      else if ([...x].length > CAMPAIGN_LIMITS.short) field(k, `不能超过${CAMPAIGN_LIMITS.short}个字`, `should be ${CAMPAIGN_LIMITS.short} characters or fewer`);
    }
    // Invisible control and direction characters could make an authority's name read as another's.
    if (typeof x === 'string' && HIDDEN.test(x)) field(k, '含有看不见的控制字符或文字方向字符（常见于复制粘贴的文字）：请删除后重新输入；如果来自链接或文件，它们可能被改动过', 'contains invisible control or text-direction characters (often from pasted text): delete them and type it again; in a link or file, they may mean it was altered');
  }
  if (typeof v.authority === 'string' && v.authority.trim() === '') field('authority', '请填写发起部门', 'name the authority');
  if (typeof v.name === 'string' && v.name.trim() === '') field('name', '请填写专项行动名称', 'name the campaign');
  if (typeof v.instructions !== 'string') field('instructions', '应为文字', 'should be text');
  else if ([...v.instructions].length > CAMPAIGN_LIMITS.instructions) field('instructions', `不能超过${CAMPAIGN_LIMITS.instructions}个字`, `should be ${CAMPAIGN_LIMITS.instructions} characters or fewer`);
  if (typeof v.deadline !== 'string' || (v.deadline !== '' && !isIsoDate(v.deadline))) field('deadline', '应为实际存在的日期（年-月-日），不晚于2100年，或留空', 'should be a real date (year-month-day) no later than 2100, or empty');
  const venues = VENUE_TYPES.map((o) => o.code as string);
  if (!Array.isArray(v.venueTypes) || v.venueTypes.some((x) => typeof x !== 'string' || !venues.includes(x))) field('venueTypes', '含有无效的场所类型', 'contains an invalid venue type');
  const checkIds: readonly string[] = FR_IDS;
  if (!Array.isArray(v.checks) || v.checks.length === 0) field('checks', '请至少选择一项检查', 'select at least one check');
  else if (v.checks.some((x) => typeof x !== 'string' || !checkIds.includes(x))) field('checks', '含有无效的检查项', 'contains an invalid check');
  else if (new Set(v.checks).size !== v.checks.length) field('checks', '检查项重复', 'lists a check twice');
  const known = new Set(['authority', 'name', 'reference', 'contact', 'deadline', 'instructions', 'venueTypes', 'checks']);
  const extra = Object.keys(v).filter((k) => !known.has(k));
  if (extra.length) errors.push(t(`${fieldName(path)['zh-CN']}中有本工具不认识的内容（${extra.join('、')}），链接或文件可能被改动`, `${fieldName(path).en} holds things this tool does not know (${extra.join(', ')}); the link or file may have been altered`));
  return errors;
}
