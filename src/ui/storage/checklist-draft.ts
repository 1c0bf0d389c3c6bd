/**
 * The regulator's checklist builder, as last filled in on this browser: a draft, so that a reload, a language
 * switch or a closed tab loses nothing. It stays in this browser (nothing is sent anywhere), holds only what the
 * form holds, and is read back field by field — anything unknown or too long is left out, and a draft that cannot
 * be read at all is reported, not silently dropped.
 */
import type { Locale } from '../../domain/locale.ts';

export const CHECKLIST_DRAFT_KEY = 'face-pia:v1:checklist-draft';

export const DRAFT_TEXT_FIELDS = ['authority', 'name', 'reference', 'contact', 'deadline', 'instructions'] as const;
export type DraftTextField = (typeof DRAFT_TEXT_FIELDS)[number];

export interface ChecklistDraft {
  readonly text: Readonly<Record<DraftTextField, string>>;
  readonly venues: readonly string[];
  readonly checks: readonly string[];
  readonly linkLocale: Locale;
}

export interface DraftLimits {
  readonly short: number;
  readonly instructions: number;
  readonly venueCodes: readonly string[];
  readonly checkIds: readonly string[];
}

export const EMPTY_TEXT: Readonly<Record<DraftTextField, string>> = { authority: '', name: '', reference: '', contact: '', deadline: '', instructions: '' };

/** Whether the form holds anything worth keeping (the link language alone is not). */
export function isEmptyDraft(d: ChecklistDraft): boolean {
  return DRAFT_TEXT_FIELDS.every((k) => d.text[k] === '') && d.venues.length === 0 && d.checks.length === 0;
}

export type ReadDraft = { readonly kind: 'none' } | { readonly kind: 'draft'; readonly draft: ChecklistDraft } | { readonly kind: 'unreadable' };

/** The stored draft, made to fit the form: known venue types and checks only, texts within the form's limits. */
export function parseDraft(raw: string | null, limits: DraftLimits): ReadDraft {
  if (raw === null) return { kind: 'none' };
  let d: unknown;
  try {
    d = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable' };
  }
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return { kind: 'unreadable' };
  const o = d as Record<string, unknown>;
  const rawText = typeof o.text === 'object' && o.text !== null ? (o.text as Record<string, unknown>) : {};
  const cut = (v: unknown, max: number) => (typeof v === 'string' ? [...v].slice(0, max).join('') : '');
  const text = Object.fromEntries(
    DRAFT_TEXT_FIELDS.map((k) => [k, k === 'deadline' ? (/^\d{4}-\d{2}-\d{2}$/.test(String(rawText[k])) ? String(rawText[k]) : '') : cut(rawText[k], k === 'instructions' ? limits.instructions : limits.short)]),
  ) as Record<DraftTextField, string>;
  const pick = (v: unknown, known: readonly string[]) => (Array.isArray(v) ? known.filter((x) => v.includes(x)) : []);
  const draft: ChecklistDraft = {
    text,
    venues: pick(o.venues, limits.venueCodes),
    checks: pick(o.checks, limits.checkIds),
    linkLocale: o.linkLocale === 'en' ? 'en' : 'zh-CN',
  };
  // Nothing usable out of something that was there (a damaged or foreign draft) is reported, not taken for none.
  const hadSomething = Object.values(rawText).some((v) => v !== '' && v !== null && v !== undefined) || [o.venues, o.checks].some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null));
  if (isEmptyDraft(draft)) return hadSomething ? { kind: 'unreadable' } : { kind: 'none' };
  return { kind: 'draft', draft };
}

export function readDraft(limits: DraftLimits): ReadDraft {
  try {
    return parseDraft(window.localStorage.getItem(CHECKLIST_DRAFT_KEY), limits);
  } catch {
    return { kind: 'none' };
  }
}

/** Keep the draft (or forget an empty one). False when the browser would not store it. */
export function writeDraft(d: ChecklistDraft): boolean {
  try {
    if (isEmptyDraft(d)) window.localStorage.removeItem(CHECKLIST_DRAFT_KEY);
    else window.localStorage.setItem(CHECKLIST_DRAFT_KEY, JSON.stringify(d));
    return true;
  } catch {
    return false;
  }
}
