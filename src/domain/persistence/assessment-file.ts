/**
 * The assessment file: what is saved in the browser, exported, imported, shared and carried inside the PDF.
 * It holds answers (option codes, never labels) and the user's own data — never a machine snapshot.
 *
 * Versioned by `schemaVersion`; `parseAssessment` validates and migrates any earlier version, and every error
 * names the field at fault, in both languages.
 */
import type { AnswerValue } from '../conditions.ts';
import { t, tLazy, type Localized } from '../locale.ts';
import { BANK_VERSION, QUESTIONS, questionById, validateAnswer, isIsoDate } from '../questions/bank.ts';
import { VENUE_TYPES } from '../questions/sections/01-venue.ts';
import { MIGRATIONS } from './migrations.ts';
import { fieldName } from './field-names.ts';
import { isRecord } from './json.ts';
import { validateCampaign, type Campaign } from './campaign.ts';
// Only the ids: the law text is not needed to check a citation and loads only where a provision is shown.
import { ARTICLE_IDS } from '../generated/article-ids.ts';

export const FORMAT = 'face-pia-assessment';
export const SCHEMA_VERSION = 3;
/** Files larger than this are refused before parsing (a real assessment is a few KB). */
export const MAX_FILE_BYTES = 2_000_000;

/** A size as people read it in a message about limits, in the same unit as the limit: "2.1 MB", "2 MB". */
export const megabytes = (n: number): string => `${Number((n / 1_000_000).toFixed(1))} MB`;

export type ActionStatus = 'open' | 'in-progress' | 'done';
export interface ActionEdit {
  readonly owner: string;
  readonly due: string; // ISO date or ''
  readonly status: ActionStatus;
}

export interface AssessmentMeta {
  readonly name: string;
  readonly organisation: string;
  readonly venueName: string;
  /** Venue preset chosen at the start (a `venue.type` code), if any. */
  readonly preset?: string;
}

export type Verdict = 'agree' | 'disagree' | 'more-facts';
export const VERDICTS: readonly Verdict[] = ['agree', 'disagree', 'more-facts'];

/** Lawyer mode: who the review is for and by whom. */
export interface Review {
  readonly client: string;
  readonly matter: string;
  readonly reviewer: string;
}

/** A lawyer's view on a finding of the tool. */
export interface Annotation {
  readonly verdict: Verdict;
  readonly note: string;
}

/** A finding the lawyer adds by hand, with citations picked from the catalogue. */
export interface ManualFinding {
  readonly id: string; // 'manual-<n>'
  readonly severity: 'red' | 'nc' | 'risk';
  readonly title: string;
  readonly note: string;
  readonly cites: readonly string[]; // catalogue article ids
}

export interface AssessmentFile {
  readonly format: typeof FORMAT;
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly bankVersion: number;
  readonly id: string;
  readonly createdAt: string; // ISO timestamp
  readonly updatedAt: string; // ISO timestamp
  /**
   * When the answers last changed (ISO timestamp): the assessment's own date, printed on the report and the
   * base of its number, retention date and suggested deadlines. Working on the action plan, the lawyer's notes
   * or the name moves `updatedAt` but not this.
   */
  readonly assessedAt: string;
  readonly meta: AssessmentMeta;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** Where the user was: a question id, or a phase ('tasks', 'review', 'results'). */
  readonly position?: string;
  /** The user's edits to the action plan, keyed by rule id. */
  readonly actions: Readonly<Record<string, ActionEdit>>;
  /** Lawyer mode (absent when not used). */
  readonly review?: Review;
  /** The lawyer's annotations, keyed by rule id. */
  readonly annotations: Readonly<Record<string, Annotation>>;
  readonly manualFindings: readonly ManualFinding[];
  /** The regulator's campaign this assessment answers, when opened from a checklist link. */
  readonly campaign?: Campaign;
}

export type ParseResult =
  | { readonly ok: true; readonly value: AssessmentFile; readonly migratedFrom?: number }
  | { readonly ok: false; readonly errors: readonly Localized[] };

const ID_RE = /^[A-Za-z0-9_-]{6,64}$/;
const TEXT_MAX = 200;
const NOTE_MAX = 5000;

export function newAssessment(meta: AssessmentMeta, now: Date = new Date(), id: string = randomId()): AssessmentFile {
  const iso = now.toISOString();
  return { format: FORMAT, schemaVersion: SCHEMA_VERSION, bankVersion: BANK_VERSION, id, createdAt: iso, updatedAt: iso, assessedAt: iso, meta, answers: {}, actions: {}, annotations: {}, manualFindings: [] };
}

/** A rule's id as annotations key it: section.name. */
const RULE_KEY = /^[a-z0-9-]+\.[a-z0-9-]+$/;
/** A manual finding's id: manual-<number>. */
export const MANUAL_ID = /^manual-[0-9]{1,6}$/;
export const isManualId = (id: string): boolean => MANUAL_ID.test(id);
/** What an action plan entry is keyed by: a rule id or a manual finding's id. */
export const ACTION_KEY = new RegExp(`^(?:${RULE_KEY.source.slice(1, -1)}|${MANUAL_ID.source.slice(1, -1)})$`);

/** A name as stored: at most TEXT_MAX characters (the file's limit for meta fields), counted as characters. */
export const fitName = (s: string): string => [...s].slice(0, TEXT_MAX).join('');

export function randomId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 20);
}


/** Parse JSON text (from a file, a link or storage) into a valid, current assessment, or say exactly what is wrong. */
export function parseAssessmentText(text: string): ParseResult {
  if (text.length > MAX_FILE_BYTES) {
    return fail(t(`文件过大（${megabytes(text.length)}），评估文件不能超过 ${megabytes(MAX_FILE_BYTES)}。`, `The file is too large (${megabytes(text.length)}); an assessment file is at most ${megabytes(MAX_FILE_BYTES)}.`));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // The engine's message is English and technical: say where, if it does, in the user's language.
    const detail = e instanceof Error ? e.message : String(e);
    const lc = /line (\d+) column (\d+)/.exec(detail);
    const pos = /position (\d+)/.exec(detail);
    const where = lc ? t(`（第 ${lc[1]} 行第 ${lc[2]} 列附近）`, ` (near line ${lc[1]}, column ${lc[2]})`) : pos ? t(`（第 ${Number(pos[1]) + 1} 个字符附近）`, ` (near character ${Number(pos[1]) + 1})`) : t('', '');
    return fail(t(`这不是有效的评估文件：内容不是完整的 JSON，可能已损坏或不完整${where['zh-CN']}。`, `This is not a valid assessment file: it is not complete JSON, and may be corrupted or cut short${where.en}.`));
  }
  return parseAssessment(data);
}

export function parseAssessment(data: unknown): ParseResult {
  // Another program's JSON: say what an assessment file is, not which field failed (that means nothing to a venue).
  const notOurs = t(
    '这不是本工具的评估文件。评估文件是在“我的评估”中导出的 .json 文件，或本工具生成的报告 PDF。',
    'This is not a Face PIA assessment file. An assessment file is the .json file exported from “Your assessments”, or a report PDF made by this tool.',
  );
  if (!isRecord(data) || data.format !== FORMAT) return fail(notOurs);
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(t('schemaVersion 缺失或无效。', '"schemaVersion" is missing or not a whole number.'));
  }
  if (version > SCHEMA_VERSION) {
    return fail(t(`此文件由更新版本的工具生成（schemaVersion ${version}），当前版本只能读取到 ${SCHEMA_VERSION}。请使用最新版本。`, `This file was made by a newer version of the tool (schemaVersion ${version}); this version reads up to ${SCHEMA_VERSION}. Please use the latest version.`));
  }
  let current: Record<string, unknown> = data;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail(t(`无法从 schemaVersion ${v} 迁移。`, `No migration from schemaVersion ${v}.`));
    current = step(current);
  }
  const result = validateCurrent(current);
  if (result.ok && version < SCHEMA_VERSION) return { ...result, migratedFrom: version };
  return result;
}

function fail(...errors: Localized[]): ParseResult {
  return { ok: false, errors };
}

function validateCurrent(d: Record<string, unknown>): ParseResult {
  const errors: Localized[] = [];
  const field = (path: string, zh: string, en: string) => {
    const name = fieldName(path);
    errors.push(t(`${name['zh-CN']}：${zh}`, `${name.en}: ${en}`));
  };

  if (typeof d.id !== 'string' || !ID_RE.test(d.id)) field('id', '应为 6–64 位字母、数字、- 或 _', 'should be 6–64 letters, digits, - or _');
  if (typeof d.bankVersion !== 'number' || !Number.isInteger(d.bankVersion) || d.bankVersion < 1) field('bankVersion', '应为正整数', 'should be a positive whole number');
  else if (d.bankVersion > BANK_VERSION) field('bankVersion', `文件使用了更新的问题库（${d.bankVersion}），请使用最新版本`, `the file uses a newer question bank (${d.bankVersion}); please use the latest version`);
  for (const k of ['createdAt', 'updatedAt', 'assessedAt'] as const) {
    if (typeof d[k] !== 'string' || Number.isNaN(Date.parse(d[k] as string))) field(k, '应为日期时间', 'should be a date and time');
  }

  const meta = d.meta;
  if (!isRecord(meta)) field('meta', '缺失或格式不正确', 'is missing or not an object');
  else {
    for (const k of ['name', 'organisation', 'venueName'] as const) {
      const v = meta[k];
      if (typeof v !== 'string') field(`meta.${k}`, '应为文字', 'should be text');
      else if ([...v].length > TEXT_MAX) field(`meta.${k}`, `不能超过${TEXT_MAX}个字`, `should be ${TEXT_MAX} characters or fewer`);
    }
    if (meta.preset !== undefined && !VENUE_TYPES.some((o) => o.code === meta.preset)) {
      field('meta.preset', `"${String(meta.preset)}" 不是场所类型`, `"${String(meta.preset)}" is not a venue type`);
    }
  }

  const answers = d.answers;
  if (!isRecord(answers)) field('answers', '缺失或格式不正确', 'is missing or not an object');
  else {
    for (const [qid, value] of Object.entries(answers)) {
      const q = questionById(qid);
      if (!q) {
        field(`answers["${qid}"]`, '不是本工具的问题', 'is not a question of this tool');
        continue;
      }
      for (const e of validateAnswer(q, value as AnswerValue)) {
        // The message may name the question's words: build each language only when it is read.
        errors.push(tLazy(() => `问题“${q.label['zh-CN']}”（answers["${qid}"]）：${e.message['zh-CN']}`, () => `Question “${q.label.en}” (answers["${qid}"]): ${e.message.en}`));
      }
    }
  }

  if (d.position !== undefined) {
    const p = d.position;
    if (typeof p !== 'string' || !(PHASES.includes(p) || questionById(p))) field('position', '不是有效的位置', 'is not a valid position');
  }

  const actions = d.actions;
  if (!isRecord(actions)) field('actions', '缺失或格式不正确', 'is missing or not an object');
  else {
    for (const [rid, a] of Object.entries(actions)) {
      if (!ACTION_KEY.test(rid)) field(`actions["${rid}"]`, '不是有效的规则编号或人工问题编号（manual-编号）', 'is not a valid rule id or manual finding id (manual-<number>)');
      else if (!isRecord(a)) field(`actions["${rid}"]`, '格式不正确', 'is not an object');
      else {
        if (typeof a.owner !== 'string' || [...a.owner].length > TEXT_MAX) field(`actions["${rid}"].owner`, '应为不超过200字的文字', 'should be text of 200 characters or fewer');
        if (typeof a.due !== 'string' || (a.due !== '' && !isIsoDate(a.due))) field(`actions["${rid}"].due`, '应为日期（年-月-日）', 'should be a date (year-month-day)');
        if (a.status !== 'open' && a.status !== 'in-progress' && a.status !== 'done') field(`actions["${rid}"].status`, '应为“未开始”“进行中”或“已完成”（open、in-progress、done）', 'should be Open, In progress or Done (open, in-progress, done)');
      }
    }
  }

  if (d.review !== undefined) {
    const r = d.review;
    if (!isRecord(r)) field('review', '格式不正确', 'is not an object');
    else
      for (const k of ['client', 'matter', 'reviewer'] as const) {
        if (typeof r[k] !== 'string' || [...(r[k] as string)].length > TEXT_MAX) field(`review.${k}`, '应为不超过200字的文字', 'should be text of 200 characters or fewer');
      }
  }

  const annotations = d.annotations;
  if (!isRecord(annotations)) field('annotations', '缺失或格式不正确', 'is missing or not an object');
  else {
    for (const [rid, a] of Object.entries(annotations)) {
      if (!RULE_KEY.test(rid)) field(`annotations["${rid}"]`, '不是有效的规则编号', 'is not a valid rule id');
      else if (!isRecord(a)) field(`annotations["${rid}"]`, '格式不正确', 'is not an object');
      else {
        if (!VERDICTS.includes(a.verdict as Verdict)) field(`annotations["${rid}"].verdict`, '应为“同意”“不同意”或“需要更多事实”（agree、disagree、more-facts）', 'should be Agree, Disagree or Needs more facts (agree, disagree, more-facts)');
        if (typeof a.note !== 'string' || [...a.note].length > NOTE_MAX) field(`annotations["${rid}"].note`, `应为不超过${NOTE_MAX}字的文字`, `should be text of ${NOTE_MAX} characters or fewer`);
      }
    }
  }

  const manual = d.manualFindings;
  if (!Array.isArray(manual)) field('manualFindings', '缺失或格式不正确', 'is missing or not a list');
  else {
    if (manual.length > 100) field('manualFindings', '最多100项', 'at most 100 items');
    const seen = new Set<string>();
    manual.forEach((m, i) => {
      const p = `manualFindings[${i}]`;
      if (!isRecord(m)) return field(p, '格式不正确', 'is not an object');
      if (typeof m.id !== 'string' || !MANUAL_ID.test(m.id) || seen.has(m.id)) field(`${p}.id`, '应为唯一的 manual-编号', 'should be a unique manual-<number>');
      else seen.add(m.id);
      if (m.severity !== 'red' && m.severity !== 'nc' && m.severity !== 'risk') field(`${p}.severity`, '应为“红线”“不合规”或“风险”（red、nc、risk）', 'should be Red line, Non-compliance or Risk (red, nc, risk)');
      if (typeof m.title !== 'string' || m.title.trim() === '' || [...m.title].length > TEXT_MAX) field(`${p}.title`, '应为不超过200字的文字', 'should be text of 1–200 characters');
      if (typeof m.note !== 'string' || [...m.note].length > NOTE_MAX) field(`${p}.note`, `应为不超过${NOTE_MAX}字的文字`, `should be text of ${NOTE_MAX} characters or fewer`);
      if (!Array.isArray(m.cites) || m.cites.length === 0) field(`${p}.cites`, '请至少引用一条', 'should cite at least one article');
      else for (const c of m.cites) if (typeof c !== 'string' || !ARTICLE_IDS.has(c)) field(`${p}.cites`, `“${String(c)}” 不在法规目录中`, `"${String(c)}" is not in the legal catalogue`);
    });
  }

  if (d.campaign !== undefined) for (const e of validateCampaign(d.campaign)) errors.push(e);

  const known = new Set(['format', 'schemaVersion', 'bankVersion', 'id', 'createdAt', 'updatedAt', 'assessedAt', 'meta', 'answers', 'position', 'actions', 'review', 'annotations', 'manualFindings', 'campaign']);
  const extra = Object.keys(d).filter((k) => !known.has(k));
  if (extra.length) errors.push(t(`文件中有本工具不认识的内容（${extra.join('、')}）`, `The file holds things this tool does not know (${extra.join(', ')})`));

  if (errors.length) return { ok: false, errors };
  return { ok: true, value: d as unknown as AssessmentFile };
}

export const PHASES = ['start', 'tasks', 'review', 'results'];

/**
 * Canonical JSON: keys sorted at every level, no whitespace, timestamps and position excluded — what the
 * SHA-256 fingerprint is computed over, so the same answers give the same fingerprint wherever they are saved.
 */
export function canonicalJson(a: AssessmentFile): string {
  const { updatedAt: _u, position: _p, ...rest } = a;
  return stableStringify(rest);
}

export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (isRecord(v)) {
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export async function fingerprint(a: AssessmentFile): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(a));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function serialiseAssessment(a: AssessmentFile): string {
  return JSON.stringify(a, null, 2);
}

/** Every question id, for the JSON Schema and for tests. */
export const ALL_QUESTION_IDS = QUESTIONS.map((q) => q.id);
