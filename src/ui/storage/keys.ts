/**
 * Where the browser keeps Face PIA's data, and the one question the island asks before the wizard has loaded:
 * is this a first visit? (Kept apart from assessment-store.ts so that answering it costs no download.)
 */
export const FILE_PREFIX = 'face-pia:v1:file:';
export const LAST_KEY = 'face-pia:v1:last';
/** A campaign opened from a link, waiting for the start form (kept for this tab only, so a reload keeps it). */
export const PENDING_CAMPAIGN_KEY = 'face-pia:v1:pending-campaign';
/** A file carried across a language switch in window.name (only when storage does not work). */
export const CARRY_PREFIX = 'face-pia-carry:';
/** Whether the lawyer's tools are shown on an assessment's results: a view, not part of the assessment. */
const LAWYER_VIEW_PREFIX = 'face-pia:v1:lawyer-view:';

/** The lawyer view chosen for this assessment in this browser, if any. */
export function lawyerView(id: string): boolean | undefined {
  try {
    const v = window.localStorage.getItem(LAWYER_VIEW_PREFIX + id);
    return v === null ? undefined : v === 'on';
  } catch {
    return undefined;
  }
}

export function rememberLawyerView(id: string, on: boolean): void {
  try {
    window.localStorage.setItem(LAWYER_VIEW_PREFIX + id, on ? 'on' : 'off');
  } catch {
    /* the choice lasts as long as the page */
  }
}

/** The browser's local storage if it can be written now (not disabled, not in a mode that refuses writes). */
export function workingLocalStorage(): Storage | null {
  try {
    if (typeof window === 'undefined' || !window.localStorage) return null;
    const probe = `${FILE_PREFIX}probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * A first visit: no link or position in the address (or the start form's), storage that works and holds no
 * assessment, no campaign waiting, nothing carried across a language switch. Anything else is the wizard's to
 * sort out.
 */
export function isFirstVisit(): boolean {
  try {
    const hash = window.location.hash;
    if (hash !== '' && hash !== '#' && !/^#\/start(\?|$)/.test(hash)) return false;
    if (window.name.startsWith(CARRY_PREFIX)) return false;
    if (window.sessionStorage.getItem(PENDING_CAMPAIGN_KEY)) return false;
    const s = workingLocalStorage();
    if (!s) return false;
    for (let i = 0; i < s.length; i++) if (s.key(i)?.startsWith(FILE_PREFIX)) return false;
    return true;
  } catch {
    return false;
  }
}
