import type { ComponentChildren } from 'preact';
import type { Translate } from '../../../i18n/core.ts';
import { ErrorMessage } from '../ErrorSummary.tsx';
import { LimitNote, describedBy, limitNoteId } from './LimitNote.tsx';

/** A labelled one-line text input with its hint and, when there is one, its error (GOV.UK text input). */
export function TextField({
  id,
  name,
  label,
  hint,
  error,
  value,
  onInput,
  autocomplete = 'off',
  maxLength,
  t,
}: {
  id: string;
  name?: string;
  /** The label's content (e.g. the text and an "(optional)" tag). */
  label: ComponentChildren;
  hint: string;
  error: string | undefined;
  value: string;
  onInput: (value: string) => void;
  autocomplete?: string;
  maxLength?: number;
  t: Translate;
}) {
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label label--m" for={id}>
        {label}
      </label>
      <div class="hint" id={`${id}-hint`}>
        {hint}
      </div>
      {error ? <ErrorMessage id={`${id}-error`} text={error} t={t} /> : null}
      <input
        class={`input${error ? ' input--error' : ''}`}
        id={id}
        name={name}
        type="text"
        autocomplete={autocomplete}
        maxLength={maxLength}
        aria-describedby={describedBy(`${id}-hint`, !!error && `${id}-error`, limitNoteId(id, value, maxLength))}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {maxLength !== undefined ? <LimitNote id={`${id}-limit`} value={value} max={maxLength} t={t} /> : null}
    </div>
  );
}
