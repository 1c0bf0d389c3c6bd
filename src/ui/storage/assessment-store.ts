/**
 * Browser storage of assessments. Every call is guarded: localStorage can be missing (private mode, disabled
 * storage) or full, and the app must keep working from memory and say so.
 *
 * Layout: `face-pia:v1:file:<id>` holds one assessment file (JSON); `face-pia:v1:last` the id last worked on.
 */
import {
  parseAssessmentText,
  serialiseAssessment,
  type AssessmentFile,
} from '../../domain/persistence/assessment-file.ts';

const PREFIX = 'face-pia:v1:file:';
const LAST = 'face-pia:v1:last';

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };

function storage(): Storage | null {
  try {
    if (typeof window === 'undefined' || !window.localStorage) return null;
    const probe = `${PREFIX}probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)
  );
}

export function storageAvailable(): boolean {
  return storage() !== null;
}

export function saveAssessment(file: AssessmentFile): SaveResult {
  const s = storage();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    s.setItem(PREFIX + file.id, JSON.stringify(file));
    s.setItem(LAST, file.id);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: isQuotaError(e) ? 'full' : 'unavailable' };
  }
}

/** A stored assessment, validated (and migrated) like an imported file; undefined if absent or unreadable. */
export function loadAssessment(id: string): AssessmentFile | undefined {
  const s = storage();
  if (!s) return undefined;
  try {
    const text = s.getItem(PREFIX + id);
    if (text === null) return undefined;
    const parsed = parseAssessmentText(text);
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

/** Every readable stored assessment, most recently updated first. */
export function listAssessments(): AssessmentFile[] {
  const s = storage();
  if (!s) return [];
  const out: AssessmentFile[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (!key || !key.startsWith(PREFIX)) continue;
      const file = loadAssessment(key.slice(PREFIX.length));
      if (file) out.push(file);
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function deleteAssessment(id: string): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.removeItem(PREFIX + id);
    if (s.getItem(LAST) === id) s.removeItem(LAST);
    return true;
  } catch {
    return false;
  }
}

export function lastAssessmentId(): string | undefined {
  const s = storage();
  try {
    return s?.getItem(LAST) ?? undefined;
  } catch {
    return undefined;
  }
}

export function forgetLast(): void {
  try {
    storage()?.removeItem(LAST);
  } catch {
    /* nothing to forget */
  }
}

/** Whether a storage event concerns this assessment (another tab saved it). */
export function storageKeyFor(id: string): string {
  return PREFIX + id;
}

/** Offer the assessment as a JSON file download. */
export function downloadAssessment(file: AssessmentFile): void {
  const blob = new Blob([serialiseAssessment(file)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileSlug(file.meta.name)}-${file.id.slice(0, 6)}.face-pia.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fileSlug(name: string): string {
  const s = name.trim().replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 60) || 'assessment';
}
