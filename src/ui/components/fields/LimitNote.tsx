import type { Translate } from '../../../i18n/core.ts';

/**
 * Said under a field once it is full (the one-line fields, and the checklist's instructions). The browser silently
 * drops whatever is typed or pasted beyond a field's maxLength, so a pasted matter name or title could lose its end
 * unseen; this says it happened.
 * It shows when the browser stops taking input (maxLength counts UTF-16 code units), and gives the length the
 * reader sees: an emoji or a rare CJK character outside the BMP is two units but one character.
 */
const isFull = (value: string, max: number | undefined): boolean => max !== undefined && value.length >= max;

export function LimitNote({ id, value, max, t }: { id: string; value: string; max: number; t: Translate }) {
  if (!isFull(value, max)) return null;
  return (
    <p class="hint hint--small character-count--over" id={id} role="status" data-testid="at-limit">
      {t('field.atLimit', { max: [...value].length })}
    </p>
  );
}

/** The LimitNote's id while it shows (for the field's aria-describedby), else undefined. */
export const limitNoteId = (id: string, value: string, max: number | undefined): string | undefined => (isFull(value, max) ? `${id}-limit` : undefined);

/** A field's aria-describedby from the ids that apply now (a hint, an error, a LimitNote); none, no attribute. */
export const describedBy = (...ids: readonly (string | false | undefined)[]): string | undefined => ids.filter(Boolean).join(' ') || undefined;
