/**
 * The report model: plain, serialisable data in ONE language, produced by buildReport(). The results page,
 * the PDF, the Word file and the CLI all render this and nothing else, so they cannot disagree.
 */
import type { Locale } from '../locale.ts';
import type { Verification } from '../law/schema.ts';
import type { Severity, RiskId } from '../rules/schema.ts';
import type { Campaign } from '../persistence/campaign.ts';

export type Conclusion = 'proceed' | 'remediate' | 'incomplete' | 'stop';
export type ImpactLevel = 'low' | 'medium' | 'high' | 'severe';
export type LikelihoodLevel = 'low' | 'medium' | 'high' | 'very-high';
export type RiskLevel = 'low' | 'medium' | 'high' | 'severe';
export type ActionStatus = 'open' | 'in-progress' | 'done';

export interface ReportCitation {
  readonly articleId: string;
  /** 《个人信息保护法》第二十八条第二款 / PIPL art. 28(2) */
  readonly label: string;
  readonly heading: string;
  /** Slug of the article's page in the law library, e.g. 'pipl-28'. */
  readonly slug: string;
  readonly verification: Verification;
  /** Official Chinese text, present only where the brief verified it (V1/V2): paragraphs to quote. */
  readonly quote?: readonly string[];
  /** The rule in plain words (never a quotation). */
  readonly substance: string;
  /** A note to print beside the citation, e.g. "article number from secondary sources". */
  readonly caveat?: string;
  /**
   * In a finding: the id of the finding (this one or an earlier one, in report order) under which the same text or
   * summary is already given, so that a printed report gives it once and points back. Absent the first time.
   */
  readonly givenUnder?: string;
}

export interface ReportEvidence {
  readonly questionId: string;
  readonly question: string;
  readonly answer: string;
}

export interface ReportAnnotation {
  readonly verdict: 'agree' | 'disagree' | 'more-facts';
  readonly verdictLabel: string;
  readonly note: string;
}

export interface ReportFinding {
  readonly id: string; // rule id, or manual-<n> for a finding added by a lawyer
  readonly severity: Severity;
  readonly severityLabel: string;
  readonly title: string;
  readonly explanation: string;
  readonly remediation: string;
  readonly checklist: readonly string[]; // FR-xx
  readonly citations: readonly ReportCitation[];
  readonly evidence: readonly ReportEvidence[];
  /** True for a finding a lawyer added by hand (its explanation is the lawyer's note). */
  readonly manual?: true;
  readonly annotation?: ReportAnnotation;
}

export interface ReportSetAside {
  /** The rule id (or manual-<n>) the note or plan entry was recorded on. */
  readonly id: string;
  /** The rule's title, or the id itself when no rule has it (a file from another version, or edited by hand). */
  readonly title: string;
  readonly annotation?: ReportAnnotation;
  readonly action?: { readonly owner: string; readonly due: string; readonly statusLabel: string };
}

export interface ReportUnknown {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly questions: readonly { readonly id: string; readonly label: string; readonly sectionId: string; readonly section: string }[];
}

export interface ReportRisk {
  readonly id: RiskId;
  readonly title: string;
  readonly description: string;
  readonly impact: ImpactLevel;
  readonly likelihood: LikelihoodLevel;
  readonly level: RiskLevel;
  readonly impactLabel: string;
  readonly likelihoodLabel: string;
  readonly levelLabel: string;
  /** Plain-language reasons for the impact and likelihood chosen (the method asks that reasons be recorded). */
  readonly reasons: readonly string[];
  readonly treatment: string;
}

export interface ReportAction {
  readonly id: string; // id of the finding it remedies: a rule id, or a manual finding's manual-<n>
  readonly severity: Severity;
  readonly action: string;
  readonly owner: string;
  readonly due: string; // ISO date
  /** The due date is the report's suggestion (by the finding's urgency), not one the user set. */
  readonly dueSuggested: boolean;
  readonly status: ActionStatus;
  readonly statusLabel: string;
}

export interface ReportObligation {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  readonly due?: string; // ISO date
  readonly citations: readonly ReportCitation[];
}

export interface ReportSection {
  readonly id: 'lawful-necessary' | 'impact-risks' | 'measures';
  readonly title: string;
  /** Which legal items this section answers (PIPL art. 56 and FRM art. 9). */
  readonly answers: readonly ReportCitation[];
  readonly paragraphs: readonly string[];
  readonly findingIds: readonly string[];
}

export interface ReportAnswerSection {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly ReportEvidence[];
}

export interface GeneratedText {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

export interface ReportModel {
  readonly kind: 'face-pia-report';
  readonly modelVersion: 1;
  readonly locale: Locale;
  readonly meta: {
    readonly reportId: string;
    readonly assessmentId: string;
    readonly assessmentName: string;
    readonly organisation: string;
    readonly venueName: string;
    readonly venueType: string;
    readonly preparedOn: string; // ISO date
    readonly keepUntil: string; // ISO date: at least 3 years
    readonly lawAsOf: string;
    readonly catalogueVersion: string;
    readonly bankVersion: number;
    readonly schemaVersion: number;
    /** The campaign's details; `checks` are the checks in scope as "FR-04 不得强制…" lines. */
    readonly campaign?: Omit<Campaign, 'venueTypes' | 'checks'> & { readonly checks: readonly string[]; /** The venue types it addresses, as words ('' for all). */ readonly venueTypes: string };
    /** Lawyer mode. */
    readonly review?: { readonly client: string; readonly matter: string; readonly reviewer: string };
  };
  readonly conclusion: {
    readonly code: Conclusion;
    readonly title: string;
    readonly summary: string;
    readonly reasons: readonly string[];
  };
  readonly counts: { readonly red: number; readonly nc: number; readonly risk: number; readonly unknown: number };
  readonly sections: readonly ReportSection[];
  readonly findings: readonly ReportFinding[];
  /**
   * What a lawyer or the operator recorded on findings the answers no longer give (an answer was changed, a
   * hand-added finding removed): kept in the file and shown, never dropped in silence.
   */
  readonly setAside: readonly ReportSetAside[];
  readonly risks: {
    readonly method: string;
    readonly scaleNote: string;
    readonly rows: readonly ReportRisk[];
    /** matrix[impact][likelihood] → risk level, rows from severe to low, columns low → very-high. */
    readonly matrix: readonly { readonly impact: ImpactLevel; readonly impactLabel: string; readonly cells: readonly { readonly likelihood: LikelihoodLevel; readonly level: RiskLevel; readonly levelLabel: string; readonly risks: readonly RiskId[] }[] }[];
    readonly likelihoodLabels: readonly { readonly likelihood: LikelihoodLevel; readonly label: string }[];
  };
  readonly actions: readonly ReportAction[];
  readonly obligations: readonly ReportObligation[];
  readonly unknowns: readonly ReportUnknown[];
  readonly answers: readonly ReportAnswerSection[];
  readonly texts: { readonly sign: GeneratedText; readonly notice: GeneratedText; readonly consent: GeneratedText };
  /** Every article cited anywhere in the report, once, in catalogue order. */
  readonly appendix: readonly ReportCitation[];
  /** The short names the citations use for their instruments ("FRM"), with the full titles, where the two differ. */
  readonly abbreviations: readonly { readonly short: string; readonly title: string }[];
  readonly signOff: readonly { readonly role: string; readonly name: string; readonly date: string }[];
  readonly disclaimer: string;
}
