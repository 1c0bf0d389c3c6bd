/**
 * Characters that cannot be printed, and where the user typed them: checked against the fonts' character maps
 * before any PDF is written, so the user can be told before the download (the UI shows this list, the CLI
 * prints it). A character no font has is printed as the placeholder 〓 — never dropped silently.
 */
import type { Localized } from '../domain/locale.ts';
import type { AssessmentFile } from '../domain/persistence/assessment-file.ts';
import { questionById } from '../domain/questions/bank.ts';
import type { FontSet } from './font/fonts.ts';

export interface UnprintableField {
  /** e.g. meta.organisation, answers["notice.contact"], actions["rule.id"].owner, or "report" for generated text */
  readonly path: string;
  readonly label: Localized;
}

export interface Unprintable {
  readonly char: string;
  /** U+20BB7 */
  readonly codePoint: string;
  readonly fields: readonly UnprintableField[];
}

const FIELD_LABELS: Record<string, Localized> = {
  meta: { 'zh-CN': '评估信息', en: 'Assessment details' },
  'meta.name': { 'zh-CN': '评估名称', en: 'Assessment name' },
  'meta.organisation': { 'zh-CN': '单位名称', en: 'Organisation' },
  'meta.venueName': { 'zh-CN': '场所名称', en: 'Venue name' },
  actions: { 'zh-CN': '整改计划', en: 'Action plan' },
  review: { 'zh-CN': '律师审阅', en: 'Lawyer review' },
  annotations: { 'zh-CN': '律师批注', en: 'Lawyer’s annotations' },
  manualFindings: { 'zh-CN': '律师添加的发现', en: 'Findings added by the lawyer' },
  campaign: { 'zh-CN': '专项检查', en: 'Regulator’s campaign' },
};

/**
 * Every string of an assessment file (all of it is user-supplied: answers, names, notes, the campaign), with
 * its JSON path and a label the user recognises (the question, or the part of the file).
 */
export function userStrings(file: AssessmentFile): { text: string; field: UnprintableField }[] {
  const out: { text: string; field: UnprintableField }[] = [];
  const walk = (v: unknown, path: string, label: Localized) => {
    if (typeof v === 'string') out.push({ text: v, field: { path, label } });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, label));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path.startsWith('answers') || /^[a-z]+$/i.test(k) ? `${path}.${k}` : `${path}["${k}"]`, label);
  };
  for (const [key, value] of Object.entries(file)) {
    if (key === 'answers') {
      for (const [qid, v] of Object.entries(file.answers)) walk(v, `answers["${qid}"]`, questionById(qid)?.label ?? { 'zh-CN': qid, en: qid });
    } else if (key === 'meta') {
      for (const [k, v] of Object.entries(file.meta)) walk(v, `meta.${k}`, FIELD_LABELS[`meta.${k}`] ?? FIELD_LABELS.meta!);
    } else if (value && typeof value === 'object') walk(value, key, FIELD_LABELS[key] ?? { 'zh-CN': key, en: key });
  }
  return out;
}

/** Every string value inside a value (the report model), depth first. */
export function allStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) allStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) allStrings(x, out);
  return out;
}

const REPORT_FIELD: UnprintableField = { path: 'report', label: { 'zh-CN': '报告生成的文字', en: 'Text generated for the report' } };

/** Characters no font can print, from the user's file first (with fields), then any other text of the document. */
export function findUnprintable(fonts: FontSet, file: AssessmentFile | undefined, other: readonly string[]): Unprintable[] {
  const map = new Map<string, UnprintableField[]>();
  const add = (ch: string, f: UnprintableField) => {
    const list = map.get(ch) ?? [];
    if (!list.some((x) => x.path === f.path)) list.push(f);
    map.set(ch, list);
  };
  if (file) for (const s of userStrings(file)) for (const ch of fonts.missing(s.text)) add(ch, s.field);
  for (const s of other) for (const ch of fonts.missing(s)) if (!map.has(ch)) add(ch, REPORT_FIELD);
  return [...map].map(([char, fields]) => ({ char, codePoint: 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'), fields }));
}

/** A one-paragraph message for the user, in their language. */
export function describeUnprintable(list: readonly Unprintable[], locale: 'zh-CN' | 'en'): string {
  if (!list.length) return '';
  const zh = locale === 'zh-CN';
  const items = list.map((u) => `${u.char}${zh ? `（${u.codePoint}）：` : ` (${u.codePoint}): `}${u.fields.map((f) => f.label[locale]).join(zh ? '、' : ', ')}`);
  return zh
    ? `以下字符在 PDF 字体中没有字形，将以“〓”代替打印：${items.join('；')}。可以改用常用字或在打印后手写补正。`
    : `These characters have no glyph in the PDF fonts and will be printed as "〓": ${items.join('; ')}. Use a common character instead, or correct them by hand on the printout.`;
}
