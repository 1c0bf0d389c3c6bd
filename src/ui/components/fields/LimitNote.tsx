import type { Translate } from '../../../i18n/core.ts';

/**
 * Said under a one-line field once it is full. The browser silently drops whatever is typed or pasted beyond a
 * field's maxLength, so a pasted matter name or title could lose its end unseen; this says it happened.
 * (Counted as the browser counts for maxLength: UTF-16 code units.)
 */
export function LimitNote({ id, value, max, t }: { id: string; value: string; max: number; t: Translate }) {
  if (value.length < max) return null;
  return (
    <p class="hint hint--small character-count--over" id={id} role="status" data-testid="at-limit">
      {t('field.atLimit', { max })}
    </p>
  );
}

/** The id to add to a field's aria-describedby while its LimitNote shows. */
export const limitNoteId = (id: string, value: string, max: number | undefined): string => (max !== undefined && value.length >= max ? ` ${id}-limit` : '');
