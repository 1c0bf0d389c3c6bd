import { evaluate, type AnswerValue, type Answers, type EvalContext, type GroupItem } from '../conditions.ts';
import { t, tLazy, zhDate, type Locale, type Localized } from '../locale.ts';
import { frmFilingDue, frmFilingPassed, policeFilingDue, policeFilingPassed } from '../deadlines.ts';
import type { GroupField, QuestionDef, SectionDef, SectionId } from './schema.ts';
import { SECTION_IDS } from './schema.ts';
import { PRIVATE_AREAS, venueQuestions } from './sections/01-venue.ts';
import { alternativesQuestions, basisQuestions, purposeQuestions } from './sections/02-purpose-basis.ts';
import { noticeQuestions, publicQuestions } from './sections/03-public-notice.ts';
import {
  analyticsQuestions,
  governanceQuestions,
  rightsQuestions,
  securityQuestions,
  sharingQuestions,
  storageQuestions,
  templateQuestions,
} from './sections/04-data.ts';

/** Bumped when a question or option code is added or removed; saved files record the bank they were made with. */
export const BANK_VERSION = 1;

export const SECTIONS: readonly SectionDef[] = [
  { id: 'venue', title: t('场所与范围', 'Venue and scope'), summary: t('场所类型、使用路径、目的、设备、人群和数量', 'Venue type, route, purposes, devices, who is captured and how many') },
  { id: 'purpose', title: t('目的与必要性', 'Purpose and necessity'), summary: t('具体目的、替代方式和必要性分析', 'The specific purpose, alternatives and the necessity analysis') },
  { id: 'basis', title: t('法律依据与同意', 'Lawful basis and consent'), summary: t('处理依据、单独同意、撤回、儿童和格式条款', 'Legal basis, separate consent, withdrawal, children and standard terms') },
  { id: 'alternatives', title: t('替代方式与不得强制', 'Alternatives and no coercion'), summary: t('不刷脸的人是否同等获得服务', 'Whether people who decline get the same service') },
  { id: 'public', title: t('公共场所与提示标识', 'Public places and signs'), summary: t('公共安全必要性、安装主体、备案、私密空间、标识', 'Public-security necessity, installer, filing, private spaces, signs') },
  { id: 'notice', title: t('告知内容', 'Notice contents'), summary: t('告知事项、时机和无障碍', 'What the notice says, when, and accessibility') },
  { id: 'storage', title: t('存储、传输与删除', 'Storage, transmission and deletion'), summary: t('存储位置、互联网传输、保存期限和删除', 'Where data is kept, internet transfer, retention and deletion') },
  { id: 'templates', title: t('原始图像与特征值', 'Raw images and templates'), summary: t('是否保留原始图像、是否与身份信息分开', 'Whether raw images are kept and stored apart from identity data') },
  { id: 'analytics', title: t('分析、名单与自动化决策', 'Analytics, watchlists and automated decisions'), summary: t('属性分析、画像、名单和自动拒绝', 'Attribute analysis, profiles, lists and automatic refusals') },
  { id: 'sharing', title: t('供应商、提供、公开与出境', 'Vendors, sharing, disclosure and cross-border'), summary: t('委托处理、向他人提供、公开展示、境外传输', 'Entrusted processing, provision to others, public display, transfers abroad') },
  { id: 'security', title: t('安全与事件应对', 'Security and incidents'), summary: t('安全措施、活体检测、应急预案和通知', 'Security measures, liveness checks, incident plan and notification') },
  { id: 'rights', title: t('个人权利', 'Individuals’ rights'), summary: t('查阅、删除、撤回的途径和证据', 'Channels for access, deletion and withdrawal, and evidence') },
  { id: 'governance', title: t('治理与记录', 'Governance and records'), summary: t('事前评估、记录、备案、负责人、审计和变更', 'Prior assessment, records, filing, officer, audits and changes') },
];

export const QUESTIONS: readonly QuestionDef[] = [
  ...venueQuestions,
  ...purposeQuestions,
  ...basisQuestions,
  ...alternativesQuestions,
  ...publicQuestions,
  ...noticeQuestions,
  ...storageQuestions,
  ...templateQuestions,
  ...analyticsQuestions,
  ...sharingQuestions,
  ...securityQuestions,
  ...rightsQuestions,
  ...governanceQuestions,
] as QuestionDef[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];

const byId = new Map<string, QuestionDef>(QUESTIONS.map((q) => [q.id, q]));
const indexOf = new Map<string, number>(QUESTIONS.map((q, i) => [q.id, i]));

export function questionById(id: string): QuestionDef | undefined {
  return byId.get(id);
}

export function sectionById(id: string): SectionDef | undefined {
  return SECTIONS.find((s) => s.id === id);
}

export function questionsInSection(section: SectionId): QuestionDef[] {
  return QUESTIONS.filter((q) => q.section === section);
}

/** Whether a stored value is one the user marked "not sure". */
export function isUnknownAnswer(qid: string, value: AnswerValue): boolean {
  const q = byId.get(qid);
  if (!q || (q.kind !== 'single' && q.kind !== 'multi')) return false;
  const unknownCodes = q.options.filter((o) => o.unknown).map((o) => o.code);
  if (unknownCodes.length === 0) return false;
  if (typeof value === 'string') return unknownCodes.includes(value);
  return false;
}

export function evalContext(answers: Answers): EvalContext {
  return { answers, isUnknownAnswer };
}

/** True when a value counts as an answer at all (not blank). A "not sure" answer is an answer. */
export function hasValue(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * The answers that reach the report: only those to questions visible under the answers themselves.
 * Visibility may depend on questions that are themselves hidden, so this repeats until nothing changes.
 */
export function pruneHidden(answers: Answers): Record<string, AnswerValue> {
  let current: Record<string, AnswerValue> = {};
  for (const [k, v] of Object.entries(answers)) if (byId.has(k)) current[k] = v;
  for (;;) {
    const ctx = evalContext(current);
    const next: Record<string, AnswerValue> = {};
    for (const [k, v] of Object.entries(current)) {
      const q = byId.get(k)!;
      if (!q.showIf || evaluate(q.showIf, ctx) === true) next[k] = v;
    }
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
}

/**
 * A scope limits the questionnaire to some questions (a regulator's campaign checks only some rows); see
 * scope.ts. Every navigation function takes an optional scope; without one, the whole bank applies.
 */
export type QuestionScope = ReadonlySet<string>;

/** Visible questions, in bank order, under the given answers (hidden branches evaluated on pruned answers). */
export function visibleQuestions(answers: Answers, scope?: QuestionScope): QuestionDef[] {
  const ctx = evalContext(pruneHidden(answers));
  return QUESTIONS.filter((q) => (!scope || scope.has(q.id)) && (!q.showIf || evaluate(q.showIf, ctx) === true));
}

export function isVisible(id: string, answers: Answers, scope?: QuestionScope): boolean {
  const q = byId.get(id);
  if (!q || (scope && !scope.has(id))) return false;
  return !q.showIf || evaluate(q.showIf, evalContext(pruneHidden(answers))) === true;
}

/** The next visible question after `from` (in bank order), or undefined at the end. */
export function nextQuestion(answers: Answers, from: string | undefined, scope?: QuestionScope): QuestionDef | undefined {
  const start = from === undefined ? -1 : (indexOf.get(from) ?? -1);
  return visibleQuestions(answers, scope).find((q) => (indexOf.get(q.id) ?? 0) > start);
}

/** The previous visible question before `from`, or undefined at the start. */
export function previousQuestion(answers: Answers, from: string, scope?: QuestionScope): QuestionDef | undefined {
  const start = indexOf.get(from) ?? QUESTIONS.length;
  const before = visibleQuestions(answers, scope).filter((q) => (indexOf.get(q.id) ?? 0) < start);
  return before[before.length - 1];
}

export function firstQuestionOfSection(section: SectionId, answers: Answers, scope?: QuestionScope): QuestionDef | undefined {
  return visibleQuestions(answers, scope).find((q) => q.section === section);
}

/** The first visible question that has no answer yet (where "resume" takes the user). */
export function firstUnanswered(answers: Answers, scope?: QuestionScope): QuestionDef | undefined {
  return visibleQuestions(answers, scope).find((q) => !q.optional && !hasValue(answers[q.id]));
}

export type SectionProgress = 'not-started' | 'in-progress' | 'completed';

export function sectionProgress(section: SectionId, answers: Answers, scope?: QuestionScope): SectionProgress {
  const qs = visibleQuestions(answers, scope).filter((q) => q.section === section);
  const required = qs.filter((q) => !q.optional);
  const answered = required.filter((q) => hasValue(answers[q.id])).length;
  if (answered === 0 && !qs.some((q) => hasValue(answers[q.id]))) return 'not-started';
  return answered === required.length ? 'completed' : 'in-progress';
}

export function progress(answers: Answers, scope?: QuestionScope): { answered: number; total: number } {
  const required = visibleQuestions(answers, scope).filter((q) => !q.optional);
  return { answered: required.filter((q) => hasValue(answers[q.id])).length, total: required.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: each error names what is wrong, in both languages.

export interface AnswerError {
  readonly questionId: string;
  /** For group items: which item and field. */
  readonly item?: number;
  readonly field?: string;
  readonly message: Localized;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * An answer that contradicts another already given, or today's date, or is not what the sign needs. Checked
 * when a page is submitted (not on import: a file is taken as it is). `today` is the user's date (YYYY-MM-DD).
 * The words are the question's own `entryError` (so they load with the question's other words), its
 * {placeholders} filled in here.
 *   - The people counted in all systems cannot be fewer than those whose faces are stored.
 *   - A system already in use went live today or earlier. (Checked on the date only: checking the stage too could
 *     leave no way to change both. A planned date that has since passed is not refused — an assessment reopened
 *     later would be stuck — and the report says when a deadline counted from it is past.)
 *   - "Not filed yet, still within the period" cannot be said once the filing period has ended (police filing of
 *     the video system; the face-recognition filing 30 working days after 100,000 people).
 *   - "None of these" private spaces cannot be said while the device list puts a device inside one.
 *   - The contact printed on the sign and notice is a phone number (five digits or more: 95xxx service lines too)
 *     or an e-mail address.
 */
export function crossCheck(q: QuestionDef, value: AnswerValue | undefined, answers: Answers, today: string): AnswerError[] {
  const vars = entryProblem(q, value, answers, today);
  if (!vars || !q.entryError) return [];
  const msg = q.entryError;
  // Dates as each language writes them in prose: 2026年12月2日; English keeps the ISO form, as the report does.
  const fill = (s: string, date: (iso: string) => string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] === undefined ? m : isIsoDate(vars[k]) ? date(vars[k]) : vars[k]));
  return [{ questionId: q.id, message: tLazy(() => fill(msg['zh-CN'], zhDate), () => fill(msg.en, (d) => d)) }];
}

/** The values for the entry error's placeholders when the answer must be refused; undefined when it stands. */
function entryProblem(q: QuestionDef, value: AnswerValue | undefined, answers: Answers, today: string): Record<string, string> | undefined {
  const live = q.id === 'venue.go-live' ? value : answers['venue.go-live'];
  switch (q.id) {
    case 'venue.people-stored':
    case 'venue.people-total': {
      const stored = q.id === 'venue.people-stored' ? value : answers['venue.people-stored'];
      const total = q.id === 'venue.people-total' ? value : answers['venue.people-total'];
      return typeof stored === 'number' && typeof total === 'number' && total < stored ? { stored: fmt(stored), total: fmt(total) } : undefined;
    }
    case 'venue.go-live':
      return answers['venue.status'] === 'live' && typeof live === 'string' && isIsoDate(live) && live > today ? { today } : undefined;
    case 'public.police-filing':
      return value === 'within-30-days' && answers['venue.status'] === 'live' && typeof live === 'string' && isIsoDate(live) && policeFilingPassed(live, today) ? { live, due: policeFilingDue(live) } : undefined;
    // Faces on a vendor's cloud while "no vendor processes them": one of the two answers is wrong.
    case 'sharing.vendor':
      return value === 'no' && answers['storage.location'] === 'cloud-vendor' ? {} : undefined;
    case 'storage.location':
      return value === 'cloud-vendor' && answers['sharing.vendor'] === 'no' ? {} : undefined;
    // "None of these" private spaces, while the device list puts devices inside one.
    case 'public.private-spaces': {
      const inside = Array.isArray(value) && value.includes('none') && Array.isArray(answers['venue.devices']) ? (answers['venue.devices'] as readonly GroupItem[]).filter((d) => PRIVATE_AREAS.includes(String(d['area']))) : [];
      return inside.length ? { location: inside.map((d, i) => String(d['location'] ?? '').trim() || `#${i + 1}`).join(' / ') } : undefined;
    }
    case 'governance.filing': {
      const reached = answers['venue.threshold-date'];
      return value === 'in-progress' && typeof reached === 'string' && isIsoDate(reached) && frmFilingPassed(reached, today) ? { reached, due: frmFilingDue(reached) } : undefined;
    }
    default:
      if (q.kind !== 'text' || q.format !== 'contact' || typeof value !== 'string' || !value.trim()) return undefined;
      return /[^\s@]+@[^\s@]+\.[^\s@]+/.test(value) || (value.match(/\d/g) ?? []).length >= 5 ? undefined : {};
  }
}

export function validateAnswer(q: QuestionDef, value: AnswerValue | undefined): AnswerError[] {
  const err = (zh: string, en: string, extra: Partial<AnswerError> = {}): AnswerError[] => [
    { questionId: q.id, message: t(zh, en), ...extra },
  ];
  if (!hasValue(value)) {
    if (q.optional) return [];
    switch (q.kind) {
      case 'single':
        return err('请选择一项', 'Select an option');
      case 'multi':
        return err('请至少选择一项', 'Select at least one option');
      case 'number':
        return err('请输入一个数字', 'Enter a number');
      case 'date':
        return err('请输入日期', 'Enter a date');
      case 'group':
        return err(`请至少添加${q.minItems}项`, `Add at least ${q.minItems} ${q.minItems === 1 ? 'item' : 'items'}`);
      default:
        return err('请填写此项', 'Enter an answer');
    }
  }
  switch (q.kind) {
    case 'single': {
      if (typeof value !== 'string' || !q.options.some((o) => o.code === value)) {
        return err(`“${String(value)}”不在选项中`, `"${String(value)}" is not one of the options`);
      }
      return [];
    }
    case 'multi': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        return err('答案格式不正确，应为选项列表', 'The answer should be a list of options');
      }
      const codes = value as readonly string[];
      const bad = codes.filter((c) => !q.options.some((o) => o.code === c));
      if (bad.length) return err(`无效的选项：${bad.join('、')}`, `Not an option: ${bad.join(', ')}`);
      if (new Set(codes).size !== codes.length) return err('选项重复', 'An option is listed twice');
      const exclusive = q.options.filter((o) => o.exclusive && codes.includes(o.code));
      if (exclusive.length && codes.length > 1) {
        const o = exclusive[0]!;
        return [{ questionId: q.id, message: tLazy(() => `“${o.label['zh-CN']}”不能与其他选项同时选择`, () => `"${o.label.en}" cannot be combined with other options`) }];
      }
      return [];
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return err('请输入一个数字', 'Enter a number');
      if (q.integer && !Number.isInteger(value)) return err('请输入整数', 'Enter a whole number');
      if (value < q.min || value > q.max) {
        return err(`请输入${fmt(q.min)}到${fmt(q.max)}之间的数字`, `Enter a number between ${fmt(q.min)} and ${fmt(q.max)}`);
      }
      return [];
    }
    case 'date': {
      const problem = typeof value === 'string' ? dateProblem(value) : t('请输入日期', 'Enter a date');
      return problem ? [{ questionId: q.id, message: problem }] : [];
    }
    case 'text':
    case 'longtext': {
      if (typeof value !== 'string') return err('请填写文字', 'Enter text');
      if ([...value].length > q.maxLength) {
        return err(`不能超过${q.maxLength}个字`, `Use ${fmt(q.maxLength)} characters or fewer`);
      }
      if (q.format === 'url' && !isHttpUrl(value)) {
        return q.optional
          ? err('请输入以 https:// 或 http:// 开头的网址，例如 https://example.com/face-rules；没有网址的，可以留空', 'Enter a web address starting with https:// or http://, e.g. https://example.com/face-rules, or leave it empty if there is none')
          : err('请输入以 https:// 或 http:// 开头的网址', 'Enter a web address starting with https:// or http://');
      }
      return [];
    }
    case 'group': {
      if (!Array.isArray(value)) return err('答案格式不正确，应为列表', 'The answer should be a list');
      const items = value as readonly unknown[];
      if (items.length < q.minItems) return err(`请至少添加${q.minItems}项`, `Add at least ${q.minItems}`);
      if (items.length > q.maxItems) return err(`最多${q.maxItems}项`, `Add no more than ${q.maxItems}`);
      const out: AnswerError[] = [];
      items.forEach((item, i) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          out.push({ questionId: q.id, item: i, message: t(`第${i + 1}项格式不正确`, `Item ${i + 1} is not valid`) });
          return;
        }
        for (const f of q.fields) {
          const e = validateField(f, (item as Record<string, unknown>)[f.id]);
          if (e) {
            out.push({
              questionId: q.id,
              item: i,
              field: f.id,
              message: tLazy(() => `第${i + 1}项“${f.label['zh-CN']}”：${e['zh-CN']}`, () => `Item ${i + 1}, ${f.label.en}: ${e.en}`),
            });
          }
        }
        const unknownKeys = Object.keys(item).filter((k) => !q.fields.some((f) => f.id === k));
        if (unknownKeys.length) {
          out.push({ questionId: q.id, item: i, message: t(`第${i + 1}项含有未知字段：${unknownKeys.join('、')}`, `Item ${i + 1} has unknown fields: ${unknownKeys.join(', ')}`) });
        }
      });
      return out;
    }
  }
}

function validateField(f: GroupField, v: unknown): Localized | undefined {
  switch (f.kind) {
    case 'text':
      if (typeof v !== 'string' || v.trim() === '') return t('请填写', 'enter a value');
      if ([...v].length > f.maxLength) return t(`不能超过${f.maxLength}个字`, `use ${f.maxLength} characters or fewer`);
      return undefined;
    case 'number':
      if (v === undefined || v === '') return t('请填写', 'enter a value');
      if (typeof v !== 'number' || !Number.isInteger(v)) return t('请输入整数', 'enter a whole number');
      if (v < f.min || v > f.max) return t(`应在${f.min}到${fmt(f.max)}之间`, `enter a number between ${f.min} and ${fmt(f.max)}`);
      return undefined;
    case 'single':
      if (typeof v !== 'string' || !f.options.some((o) => o.code === v)) return t('请选择一项', 'select an option');
      return undefined;
  }
}

/**
 * What is wrong with a date, said of the year, month and day boxes it was typed into (or undefined): a missing
 * part, a month past 12, a day the month does not have, a year out of range.
 */
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateProblem(s: string): Localized | undefined {
  if (isIsoDate(s)) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return t('年、月、日都只能填数字，例如 2026 年 3 月 1 日', 'Year, month and day must be numbers, e.g. 2026, 3, 1');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y === 0) return t('请填写年份', 'Enter the year');
  if (mo === 0) return t('请填写月份', 'Enter the month');
  if (d === 0) return t('请填写日', 'Enter the day');
  if (mo > 12) return t(`月份应在 1 到 12 之间（填的是 ${mo}）`, `The month must be from 1 to 12 (it is ${mo})`);
  if (y < 100) return t(`请填写完整的四位年份，例如 ${2000 + y}（填的是 ${y}）`, `Enter the year in full, e.g. ${2000 + y} (it is ${y})`);
  if (y < 1990 || y > 2100) return t(`年份应在 1990 到 2100 之间（填的是 ${y}）`, `The year must be from 1990 to 2100 (it is ${y})`);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return t(`${y}年${mo}月只有${days}天，没有${d}日`, `${MONTHS_EN[mo - 1]} ${y} has only ${days} days, so there is no day ${d}`);
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1990 && y <= 2100;
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A label as it reads inside a sentence or a line: English labels are written to stand alone ("Card", "A desk on
 * site"), so their capital goes — but not an acronym's ("QR code", "ID card", "PIN or password"). Chinese is as is.
 */
export function inSentence(label: string, locale: Locale): string {
  return locale === 'en' && /^[A-Z](?![A-Z])/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/**
 * Options' labels as one list. Some labels are lists themselves (“超市、商场”, “Ticketing, ticket checks, annual
 * passes”), so when one is, the options are set apart with “；” / “; ” instead of “、” / “, ”: three options must not
 * read as seven.
 */
export function joinLabels(labels: readonly string[], locale: Locale): string {
  if (locale === 'zh-CN') return labels.join(labels.some((l) => l.includes('、')) ? '；' : '、');
  return labels.join(labels.some((l) => l.includes(',')) ? '; ' : ', ');
}

/** A web address typed without its scheme ("www.example.cn/rules") gets https://; anything else is left as typed. */
export function withScheme(value: string): string {
  return /^(?![a-z][a-z0-9+.-]*:)[^\s/]+\.[a-z]{2,}([/?#]\S*)?$/i.test(value) ? `https://${value}` : value;
}

/** A number question's unit for `n`: English says "1 day", "1 person" (the bank's units are plurals). */
export function unitFor(q: { readonly unit: Localized }, n: number, locale: Locale): string {
  const unit = q.unit[locale];
  return locale === 'en' && n === 1 ? (({ days: 'day', people: 'person' }) as Record<string, string>)[unit] ?? unit : unit;
}

/** Options' labels as they read inside a sentence (see inSentence: "a desk on site", but "QR code"). */
export function sentenceLabels(qid: string, codes: readonly string[], locale: Locale): string[] {
  return codes.map((c) => inSentence(optionLabel(qid, c)[locale], locale));
}

/** Several options of one question, by their codes, as one list in words ("超市、商场；酒店、宾馆、民宿"). */
export function optionList(qid: string, codes: readonly string[], locale: Locale): string {
  return joinLabels(codes.map((c) => optionLabel(qid, c)[locale]), locale);
}

/** Label of an option code, or the code itself if the bank no longer has it. */
export function optionLabel(qid: string, code: string): Localized {
  const q = byId.get(qid);
  if (q && (q.kind === 'single' || q.kind === 'multi')) {
    const o = q.options.find((x) => x.code === code);
    if (o) return o.label;
  }
  return { 'zh-CN': code, en: code };
}

export { SECTION_IDS };
