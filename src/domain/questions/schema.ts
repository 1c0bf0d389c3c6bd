import type { Condition } from '../conditions.ts';
import type { Localized } from '../locale.ts';
import type { Citation } from '../law/catalogue.ts';

/** Rows of the brief's checklist (§3) that a question or rule covers. */
export type FrId = `FR-${'0' | '1' | '2' | '3'}${number}`;
/** The brief's checklist rows FR-01…FR-36 (their texts are in checklist.ts, loaded only where shown). */
export const FR_IDS: readonly FrId[] = Array.from({ length: 36 }, (_, i) => `FR-${String(i + 1).padStart(2, '0')}` as FrId);

export const SECTION_IDS = [
  'venue',
  'purpose',
  'basis',
  'alternatives',
  'public',
  'notice',
  'storage',
  'templates',
  'analytics',
  'sharing',
  'security',
  'rights',
  'governance',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionDef {
  readonly id: SectionId;
  readonly title: Localized;
  /** One sentence under the title in the task list. */
  readonly summary: Localized;
}

export interface OptionDef {
  /** Language-neutral code stored in answers; never renumbered, never a label. */
  readonly code: string;
  readonly label: Localized;
  readonly hint?: Localized;
  /** A "don't know" answer: it is stored, but conditions treat it as unknown and the report lists it. */
  readonly unknown?: boolean;
  /** In a multiple choice, choosing this option clears the others (e.g. "none of these"). */
  readonly exclusive?: boolean;
}

export interface WhyWeAsk {
  readonly text: Localized;
  /** At least one article from the catalogue; shown with its text where the brief verified it. */
  readonly cites: readonly [Citation, ...Citation[]];
}

interface QuestionBase {
  /** `<section>.<slug>`; stable, never renumbered. */
  readonly id: string;
  readonly section: SectionId;
  readonly label: Localized;
  readonly hint?: Localized;
  /** Where a venue that does not know the answer can find it (whom to ask, what to look at). */
  readonly findIt?: Localized;
  /**
   * Said when an answer is refused on entry because it contradicts another answer or today's date, or is not a
   * phone number or e-mail where one is needed (bank.ts crossCheck decides; {placeholders} are filled in there).
   */
  readonly entryError?: Localized;
  readonly why: WhyWeAsk;
  /** Shown only when this holds (unknown counts as hidden). Absent: always shown. */
  readonly showIf?: Condition;
  /** Optional questions may be skipped without an error (default: required). */
  readonly optional?: boolean;
  /** Checklist rows this question gathers facts for. */
  readonly fr: readonly FrId[];
}

export interface SingleQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly options: readonly OptionDef[];
}
export interface MultiQuestion extends QuestionBase {
  readonly kind: 'multi';
  readonly options: readonly OptionDef[];
}
export interface NumberQuestion extends QuestionBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly unit: Localized;
}
export interface DateQuestion extends QuestionBase {
  readonly kind: 'date';
}
export interface TextQuestion extends QuestionBase {
  readonly kind: 'text' | 'longtext';
  readonly maxLength: number;
  /**
   * 'url': a web address (validated). 'contact': a phone number or e-mail address (checked when entered, not on
   * import: see crossCheck). Otherwise free text.
   */
  readonly format?: 'url' | 'contact';
}

/** A field inside one item of a repeating group. */
export type GroupField =
  | { readonly id: string; readonly kind: 'text'; readonly label: Localized; readonly maxLength: number }
  | {
      readonly id: string;
      readonly kind: 'number';
      readonly label: Localized;
      readonly min: number;
      readonly max: number;
    }
  | { readonly id: string; readonly kind: 'single'; readonly label: Localized; readonly options: readonly OptionDef[] };

export interface GroupQuestion extends QuestionBase {
  readonly kind: 'group';
  readonly itemLabel: Localized;
  readonly fields: readonly GroupField[];
  readonly minItems: number;
  readonly maxItems: number;
}

export type QuestionDef =
  | SingleQuestion
  | MultiQuestion
  | NumberQuestion
  | DateQuestion
  | TextQuestion
  | GroupQuestion;

export type QuestionKind = QuestionDef['kind'];
