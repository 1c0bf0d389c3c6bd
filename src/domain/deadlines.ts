/**
 * Dates and the filing deadlines counted from them, shared by the report's obligations and the questions' entry
 * checks (a "still within the period" answer after the period has ended is refused). ISO dates, UTC arithmetic.
 */
const DAY = 86_400_000;

export function parseDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(iso: string, n: number): string {
  return isoDate(new Date(parseDate(iso).getTime() + n * DAY));
}
export function addYears(iso: string, n: number): string {
  const d = parseDate(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate()));
  // 29 February + n years → 28 February (never a day later than n years).
  if (target.getUTCMonth() !== d.getUTCMonth()) return isoDate(new Date(target.getTime() - target.getUTCDate() * DAY));
  return isoDate(target);
}

/** The n-th working day after `iso` (the day itself not counted), Monday–Friday, holidays counted as working days. */
export function addWorkingDays(iso: string, n: number): string {
  let d = parseDate(iso);
  let left = n;
  while (left > 0) {
    d = new Date(d.getTime() + DAY);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return isoDate(d);
}

/** Stock above 100,000 people on 2025-06-01 had to be filed by 2025-07-14 (CAC announcement, brief §1.4). */
export const FRM_IN_FORCE = '2025-06-01';
export const FRM_TRANSITION_DEADLINE = '2025-07-14';
/** PS Video Regs in force 2025-04-01; systems already in use had 90 days to file. */
export const PSV_IN_FORCE = '2025-04-01';

/** Stock already above 100,000 people on the day the Measures took effect: the fixed transition deadline applies. */
export const frmTransitionStock = (reached: string): boolean => reached <= FRM_IN_FORCE;

/**
 * Face-recognition filing (FRM art. 15): 30 working days from reaching 100,000 people; older stock by 2025-07-14.
 * The count is Monday to Friday with public holidays not taken out, so it can fall up to about two weeks before
 * the real deadline (a holiday week inside the period): FRM_DUE_MARGIN_DAYS is the allowance before a deadline
 * is called past for certain.
 */
export function frmFilingDue(reached: string): string {
  return frmTransitionStock(reached) ? FRM_TRANSITION_DEADLINE : addWorkingDays(reached, 30);
}
export const FRM_DUE_MARGIN_DAYS = 14;

/** Whether the face-recognition filing deadline has passed for certain by `on` (the margin allows for holidays). */
export function frmFilingPassed(reached: string, on: string): boolean {
  const due = frmFilingDue(reached);
  return (frmTransitionStock(reached) ? due : addDays(due, FRM_DUE_MARGIN_DAYS)) < on;
}

/** Police filing of a public-security video system (PS Video Regs art. 14): 30 days from going live; 90 from 2025-04-01 for systems live before. */
export function policeFilingDue(live: string): string {
  return live < PSV_IN_FORCE ? addDays(PSV_IN_FORCE, 90) : addDays(live, 30);
}

/**
 * Allowance before the police filing deadline is called past for certain: a period whose last day falls on a
 * public holiday runs on to the next working day, and the longest holiday (National Day) is about a week.
 */
export const POLICE_DUE_MARGIN_DAYS = 8;

/** Whether the police filing deadline has passed for certain by `on` (the margin allows for holidays). */
export function policeFilingPassed(live: string, on: string): boolean {
  return addDays(policeFilingDue(live), POLICE_DUE_MARGIN_DAYS) < on;
}
