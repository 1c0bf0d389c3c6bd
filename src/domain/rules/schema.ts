import type { Condition } from '../conditions.ts';
import type { Citation } from '../law/catalogue.ts';
import { t, type Localized } from '../locale.ts';
import type { FrId } from '../questions/schema.ts';

/**
 * red: a red line — prohibited outright; the processing must stop or be redesigned.
 * nc: non-compliance with a mandatory rule; must be fixed.
 * risk: a risk or recommendation (standards, best practice, interpretive exposure).
 */
export type Severity = 'red' | 'nc' | 'risk';
export const SEVERITIES: readonly Severity[] = ['red', 'nc', 'risk'];

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  red: t('红线', 'Red line'),
  nc: t('不合规', 'Non-compliance'),
  risk: t('风险', 'Risk'),
};

/** Sorts anything with a severity red lines first, then non-compliance, then risks (stable within each). */
export function bySeverity<T extends { readonly severity: Severity }>(a: T, b: T): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
}

/** The risks scored under the GB/T 39335 method (approval-draft scales). */
export const RISK_IDS = [
  'leak',
  'tampering',
  'loss',
  'unlawful-use',
  'beyond-purpose',
  'discrimination',
  'spoofing',
] as const;
export type RiskId = (typeof RISK_IDS)[number];

export interface RuleDef {
  /** `<topic>.<what-is-wrong>`; stable. */
  readonly id: string;
  readonly severity: Severity;
  readonly fr: readonly [FrId, ...FrId[]];
  readonly when: Condition;
  readonly cites: readonly [Citation, ...Citation[]];
  readonly title: Localized;
  /** Why this is a problem, in plain words, referring to the answers. */
  readonly explanation: Localized;
  /** What to do about it. */
  readonly remediation: Localized;
  /** Risks whose likelihood this finding raises. */
  readonly raises?: readonly RiskId[];
  /** Suggested time to fix, in days from the assessment date (action plan default). */
  readonly fixWithinDays?: number;
}
