/**
 * The legal catalogue of Face PIA: every instrument and provision the product may cite, with typed ids.
 *
 * This is the only place law text lives. Article text (`text`) is copied from the verified legal brief
 * (shared/legal/brief.md) and may be printed as a quotation only when `isQuotable()` says so (V1/V2 with text).
 * Everything else is a plain-language summary and must never be presented as the law's wording.
 */
import { MARK_SYMBOL, MARKS } from './marks.ts';
import type { Locale } from '../locale.ts';
import type { ArticleDef, CitationRef, InstrumentDef, Paragraph, QuotableArticle } from './schema.ts';
import { QUOTABLE } from './schema.ts';
import { pipl } from './instruments/pipl.ts';
import { civilCode } from './instruments/civil-code.ts';
import { spc } from './instruments/spc.ts';
import { frm } from './instruments/frm.ts';
import { ndsr } from './instruments/ndsr.ts';
import { auditMeasures } from './instruments/audit-measures.ts';
import { auditGuideline } from './instruments/audit-guideline.ts';
import { psVideoRegs } from './instruments/ps-video-regs.ts';
import { csl } from './instruments/csl.ts';
import { consumerLaw } from './instruments/consumer-law.ts';
import { consumerRegs } from './instruments/consumer-regs.ts';
import { criminalLaw } from './instruments/criminal-law.ts';
import { piCrimeInterpretation } from './instruments/pi-crime-interpretation.ts';
import { psapl } from './instruments/psapl.ts';
import { minorsLaw } from './instruments/minors-law.ts';
import { hangzhouProperty } from './instruments/hangzhou-property.ts';
import { shenzhenData } from './instruments/shenzhen-data.ts';
import { shanghaiData } from './instruments/shanghai-data.ts';
import { gbt35273 } from './instruments/gbt-35273.ts';
import { gbt39335 } from './instruments/gbt-39335.ts';
import { gbt41819 } from './instruments/gbt-41819.ts';
import { gbt45574 } from './instruments/gbt-45574.ts';

/** Version of the catalogue data (bump on any change to law text, verification tags or ids). */
export const CATALOGUE_VERSION = '2026.12.1';
/** The law is stated as of the legal brief's research cut-off (April 2026). */
export const LAW_AS_OF = '2026-04-30';

/** All instruments keyed by id. Keys must equal each instrument's `id` (checked by the tests). */
export const catalogue = {
  pipl: pipl,
  'civil-code': civilCode,
  spc: spc,
  frm: frm,
  ndsr: ndsr,
  'audit-measures': auditMeasures,
  'audit-guideline': auditGuideline,
  'ps-video-regs': psVideoRegs,
  csl: csl,
  'consumer-law': consumerLaw,
  'consumer-regs': consumerRegs,
  'criminal-law': criminalLaw,
  'pi-crime-interpretation': piCrimeInterpretation,
  psapl: psapl,
  'minors-law': minorsLaw,
  'hangzhou-property': hangzhouProperty,
  'shenzhen-data': shenzhenData,
  'shanghai-data': shanghaiData,
  'gbt-35273': gbt35273,
  'gbt-39335': gbt39335,
  'gbt-41819': gbt41819,
  'gbt-45574': gbt45574,
} as const;

type Catalogue = typeof catalogue;

/** Id of an instrument, e.g. 'pipl', 'gbt-35273'. */
export type InstrumentId = keyof Catalogue;

/** Id of a provision: `<instrumentId>.<articleKey>`, e.g. 'pipl.28', 'criminal-law.253-1', 'gbt-35273.5.4'. */
export type ArticleId = {
  [K in InstrumentId]: `${K}.${Extract<keyof Catalogue[K]['articles'], string>}`;
}[InstrumentId];

/** A typed pointer into the catalogue (a typo in the article id is a compile error). */
export type Citation = CitationRef<ArticleId>;

/** Instruments in display order: national law first, then regulations, rules, judicial texts, local rules, standards. */
export const instruments: readonly InstrumentDef[] = [
  pipl,
  civilCode,
  spc,
  frm,
  ndsr,
  auditMeasures,
  auditGuideline,
  psVideoRegs,
  csl,
  consumerLaw,
  consumerRegs,
  criminalLaw,
  piCrimeInterpretation,
  psapl,
  minorsLaw,
  hangzhouProperty,
  shenzhenData,
  shanghaiData,
  gbt35273,
  gbt39335,
  gbt41819,
  gbt45574,
];

const byId: ReadonlyMap<string, InstrumentDef> = new Map(instruments.map((i) => [i.id, i]));

export { cite } from './cite.ts';

export function getInstrument(id: string): InstrumentDef | undefined {
  return byId.get(id);
}

/** Look up a provision by id ('pipl.28'). Instrument ids never contain a dot; article keys may ('gbt-35273.5.4'). */
export function getArticle(id: string): { instrument: InstrumentDef; article: ArticleDef } | undefined {
  const dot = id.indexOf('.');
  if (dot <= 0) return undefined;
  const instrument = byId.get(id.slice(0, dot));
  if (!instrument) return undefined;
  const key = id.slice(dot + 1);
  if (!Object.prototype.hasOwnProperty.call(instrument.articles, key)) return undefined;
  const article = instrument.articles[key];
  return article ? { instrument, article } : undefined;
}

/** The instruments the given provisions belong to, each once, in the order first met (for a key to short names). */
export function citedInstruments(articleIds: Iterable<string>): InstrumentDef[] {
  const found = new Map<string, InstrumentDef>();
  for (const id of articleIds) {
    const ins = getArticle(id)?.instrument;
    if (ins && !found.has(ins.id)) found.set(ins.id, ins);
  }
  return [...found.values()];
}

export function isArticleId(s: string): s is ArticleId {
  return getArticle(s) !== undefined;
}

/** Every article id, in catalogue order. */
export function allArticleIds(): ArticleId[] {
  return instruments.flatMap((i) => Object.keys(i.articles).map((k) => `${i.id}.${k}` as ArticleId));
}

/** True only for V1/V2 provisions whose official text is in the catalogue: only these may be quoted. */
export function isQuotable(article: ArticleDef): article is QuotableArticle {
  return QUOTABLE.includes(article.verification) && article.text !== undefined && article.text.length > 0;
}

/** The official Chinese text, paragraph by paragraph, or undefined when the provision may not be quoted. */
export function quoteText(article: ArticleDef): readonly Paragraph[] | undefined {
  return isQuotable(article) ? article.text : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Chinese numerals and citation formats

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Chinese numeral as used in legal citations: 十, 十一, 二十, 一百零五, 一百一十, 二百五十三, 一千零三十二. (1–9999) */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`chineseNumeral: ${n} is out of range`);
  let out = '';
  let pendingZero = false;
  for (const [unit, sign] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const) {
    const d = Math.floor(n / unit) % 10;
    if (d > 0) {
      if (pendingZero) out += '零';
      pendingZero = false;
      out += unit === 10 && d === 1 && out === '' ? sign : `${DIGITS[d]}${sign}`;
    } else if (out !== '') {
      pendingZero = true;
    }
  }
  const ones = n % 10;
  if (ones > 0) out += `${pendingZero ? '零' : ''}${DIGITS[ones]}`;
  return out;
}

function zhItem(item: number | string): string {
  return typeof item === 'number' ? chineseNumeral(item) : item;
}

/** '28' → 第二十八条; '253-1' → 第二百五十三条之一. */
function zhArticleLabel(num: string): string {
  const m = /^(\d+)(?:-(\d+))?$/.exec(num);
  if (!m) return `第${num}条`;
  const main = `第${chineseNumeral(Number(m[1]))}条`;
  return m[2] ? `${main}之${chineseNumeral(Number(m[2]))}` : main;
}

const isAnnex = (num: string): boolean => /^[A-Z]$/.test(num);

/** A standard's code, e.g. GB/T 35273-2020 (its document number; the English short name as a fallback). */
function standardCode(instrument: InstrumentDef): string {
  return instrument.docNumber?.text ?? instrument.short.en;
}

function resolve(id: string): { instrument: InstrumentDef; article: ArticleDef } {
  const found = getArticle(id);
  if (!found) throw new Error(`Unknown article id: ${id}`);
  return found;
}

/**
 * Format a citation.
 * - article: 《个人信息保护法》第二十八条第二款 / PIPL art. 28(2); 《刑法》第二百五十三条之一 / Criminal Law art. 253-1
 * - clause: 《信息安全技术 个人信息安全规范》（GB/T 35273-2020）5.4 c) / GB/T 35273-2020 cl. 5.4 c)
 * - guideline-item: 《个人信息保护合规审计指引》十一（一） / Audit Guideline item 11(1)
 * - a whole standard (num ''): 《信息安全技术 人脸识别数据安全要求》（GB/T 41819-2022） / GB/T 41819-2022
 */
export function formatCitation(c: Citation, locale: Locale): string {
  const { instrument, article } = resolve(c.article);
  const zh = locale === 'zh-CN';
  const num = article.num;

  if (instrument.numbering === 'clause' || num === '') {
    const isStandard = instrument.rank === 'national-standard';
    const zhName = isStandard
      ? `《${instrument.title['zh-CN']}》（${standardCode(instrument)}）`
      : `《${instrument.short['zh-CN']}》`;
    const enName = isStandard ? standardCode(instrument) : instrument.short.en;
    if (num === '') return zh ? zhName : enName;
    const sub = c.item !== undefined ? ` ${c.item})` : '';
    if (isAnnex(num)) return zh ? `${zhName}附录${num}${sub}` : `${enName} Annex ${num}${sub}`;
    return zh ? `${zhName}${num}${sub}` : `${enName} cl. ${num}${sub}`;
  }

  if (instrument.numbering === 'guideline-item') {
    // A guideline item has a single lead paragraph, so a lone `para` can only mean the sub-item.
    const item = c.item ?? c.para;
    const n = Number(num);
    if (zh) return `《${instrument.short['zh-CN']}》${chineseNumeral(n)}${item !== undefined ? `（${zhItem(item)}）` : ''}`;
    return `${instrument.short.en} item ${num}${item !== undefined ? `(${item})` : ''}`;
  }

  if (zh) {
    return (
      `《${instrument.short['zh-CN']}》${zhArticleLabel(num)}` +
      (c.para !== undefined ? `第${chineseNumeral(c.para)}款` : '') +
      (c.item !== undefined ? `第（${zhItem(c.item)}）项` : '')
    );
  }
  return (
    `${instrument.short.en} art. ${num}` +
    (c.para !== undefined ? `(${c.para})` : '') +
    (c.item !== undefined ? `(${c.item})` : '')
  );
}

/** Short heading label of a provision without the instrument: 第二十八条 / Art. 28; 5.4 / Cl. 5.4; 第十一项 / Item 11. */
export function formatArticleHeading(id: ArticleId, locale: Locale): string {
  const { instrument, article } = resolve(id);
  const zh = locale === 'zh-CN';
  const num = article.num;
  if (num === '') return zh ? '全文' : 'Whole standard';
  switch (instrument.numbering) {
    case 'clause':
      if (isAnnex(num)) return zh ? `附录${num}` : `Annex ${num}`;
      return zh ? num : `Cl. ${num}`;
    case 'guideline-item':
      return zh ? `第${chineseNumeral(Number(num))}项` : `Item ${num}`;
    case 'article':
      return zh ? zhArticleLabel(num) : `Art. ${num}`;
  }
}

/** URL-safe slug: 'pipl.28' → 'pipl-28', 'criminal-law.253-1' → 'criminal-law-253-1', 'gbt-35273.5.4' → 'gbt-35273-5-4'. */
export function articleSlug(id: ArticleId): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A citation marked where the report would add a caveat: ※ an article number not checked against the official
 * text; † a local regulation, binding only where it was made; ‡ a recommended national standard (GB/T), a
 * benchmark rather than a binding rule (the checklist sheet and builder explain the marks).
 */
export function markedCitation(c: Citation, locale: Locale): { readonly text: string; readonly unchecked: boolean; readonly local: boolean; readonly recommended: boolean } {
  const found = getArticle(c.article);
  const unchecked = !!found?.article.numbering && found.article.numbering !== 'V1' && found.article.numbering !== 'V2';
  const local = found?.instrument.rank === 'local-regulation';
  const recommended = found?.instrument.rank === 'national-standard' && !!found.instrument.docNumber?.text.startsWith('GB/T');
  const flags = { unchecked, local, recommended };
  return { text: `${formatCitation(c, locale)}${MARKS.filter((m) => flags[m]).map((m) => MARK_SYMBOL[m]).join('')}`, ...flags };
}
