import type { Localized } from '../locale.ts';

/**
 * Verification levels, as defined in the legal brief (shared/legal/brief.md §0.1).
 * - V1: official text checked against two independent copies of the national database.
 * - V2: official text from one reproduction of the official full text.
 * - V2-draft: text of an approval draft (GB/T 39335 approval draft), not the final standard.
 * - V3: official press release / Q&A wording; the rule is official but the wording is not the rule's own.
 * - S: substance from secondary sources.
 * - UNVERIFIED: not confirmed in any source.
 * Only V1 and V2 text may ever be printed as a quotation of the law.
 */
export type Verification = 'V1' | 'V2' | 'V2-draft' | 'V3' | 'S' | 'UNVERIFIED';
export const QUOTABLE: readonly Verification[] = ['V1', 'V2'];

/** One paragraph (款) of an article: its lead text and its numbered items (项), verbatim. */
export interface Paragraph {
  readonly text: string;
  readonly items?: readonly string[];
}

interface ArticleBase {
  /**
   * How the provision is numbered in its instrument: '28', '253-1' (之一), '5.4' (a standard's clause),
   * '11' for item 十一 of a guideline. Together with the instrument's `numbering` this drives citation format.
   */
  readonly num: string;
  /** Short heading of what the provision is about. */
  readonly heading: Localized;
  /**
   * The rule's substance in plain words. Chinese: a plain-language summary (never presented as the law's wording);
   * English: the brief's gist — an unofficial rendering.
   */
  readonly substance: Localized;
  /** Verification of the article number itself, where it is weaker than the text's (FRM arts 6–8, 11–14). */
  readonly numbering?: Verification;
  /** ISO date the provision took effect, where it differs from the instrument's. */
  readonly effective?: string;
}

/** An article whose official Chinese text the brief verified: it may be quoted. */
export interface QuotableArticle extends ArticleBase {
  readonly verification: 'V1' | 'V2';
  /** The official Chinese text, paragraph by paragraph, exactly as in the brief. */
  readonly text: readonly Paragraph[];
  /** True when the brief gives only part of the article (an excerpt, 节录). */
  readonly excerpt?: boolean;
}

/**
 * An article known only in substance (or whose wording the brief did not reproduce):
 * it must never be printed as a quotation.
 */
export interface SubstanceArticle extends ArticleBase {
  readonly verification: Verification;
  readonly text?: undefined;
}

export type ArticleDef = QuotableArticle | SubstanceArticle;

export type InstrumentStatus = 'in-force' | 'current-standard' | 'approval-draft';
export type InstrumentRank =
  | 'law'
  | 'administrative-regulation'
  | 'departmental-rule'
  | 'judicial-interpretation'
  | 'normative-document'
  | 'national-standard'
  | 'local-regulation';

/**
 * How provisions are numbered and cited:
 * - 'article': 第二十八条第二款第（一）项 / art. 28(2)(1)
 * - 'clause': a standard's clause, 第5.4条c) / cl. 5.4 c)
 * - 'guideline-item': a guideline's numbered item, 十一（一） / item 11(1)
 */
export type Numbering = 'article' | 'clause' | 'guideline-item';

export interface Dated {
  readonly date: string; // ISO yyyy-mm-dd
  readonly verification: Verification;
}

export interface InstrumentDef {
  readonly id: string;
  /** Full official title (Chinese) and English title. */
  readonly title: Localized;
  /** Short name used in citations: 个人信息保护法 / PIPL. Chinese short names are printed inside 《》. */
  readonly short: Localized;
  readonly issuer: Localized;
  readonly docNumber?: { readonly text: string; readonly verification: Verification };
  readonly adopted?: Dated;
  readonly published?: Dated;
  readonly effective: Dated;
  readonly status: InstrumentStatus;
  readonly rank: InstrumentRank;
  readonly numbering: Numbering;
  /** Where the brief found the text (for the law pages), in English. */
  readonly source: string;
  /** Anything a reader must know before relying on the instrument (e.g. "recommended, not mandatory"). */
  readonly note?: Localized;
  readonly articles: Readonly<Record<string, ArticleDef>>;
}

/**
 * A pointer into the catalogue. `article` is a typed ArticleId (see catalogue.ts); `para` is the paragraph (款),
 * `item` the item (项: a number, or a letter for a standard's sub-clause such as 'c').
 */
export interface CitationRef<A extends string = string> {
  readonly article: A;
  readonly para?: number;
  readonly item?: number | string;
}
