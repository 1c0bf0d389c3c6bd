import type { Locale } from '../../../domain/locale.ts';
import type { MultiQuestion, SingleQuestion } from '../../../domain/questions/schema.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { optionId } from './ids.ts';

/**
 * Radios (single) or checkboxes (multi). In a multiple choice, an option flagged `exclusive` ("none of these")
 * clears the others, and choosing any other option clears it; a divider reading "or" sets it apart.
 */
export function ChoiceField({
  q,
  value,
  onChange,
  describedBy,
  invalid,
  locale,
  t,
}: {
  q: SingleQuestion | MultiQuestion;
  value: string | readonly string[] | undefined;
  onChange: (v: string | string[]) => void;
  describedBy: string | undefined;
  invalid: boolean;
  locale: Locale;
  t: Translate;
}) {
  const multi = q.kind === 'multi';
  const selected = new Set<string>(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
  const toggle = (code: string, exclusive: boolean, checked: boolean) => {
    if (!multi) return onChange(code);
    if (!checked) return onChange([...selected].filter((c) => c !== code));
    if (exclusive) return onChange([code]);
    const exclusives = new Set(q.options.filter((o) => o.exclusive).map((o) => o.code));
    return onChange([...[...selected].filter((c) => !exclusives.has(c)), code]);
  };
  return (
    <div class={`${multi ? 'checkboxes' : 'radios'}${invalid ? ' is-invalid' : ''}`} data-module={q.kind}>
      {q.options.map((o, i) => {
        const id = optionId(q.id, i);
        const hintId = o.hint ? `${id}-hint` : undefined;
        const divider = multi && o.exclusive && i > 0 ? (
          <div class="choice__divider" key={`${o.code}-divider`}>
            {t('question.or')}
          </div>
        ) : null;
        return [
          divider,
          <div class="choice" key={o.code}>
            <input
              class="choice__input"
              id={id}
              name={q.id}
              type={multi ? 'checkbox' : 'radio'}
              value={o.code}
              checked={selected.has(o.code)}
              aria-describedby={[hintId, i === 0 ? describedBy : undefined].filter(Boolean).join(' ') || undefined}
              onChange={(e) => toggle(o.code, !!o.exclusive, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label class="choice__label" for={id}>
              {o.label[locale]}
            </label>
            {o.hint ? (
              <div class="choice__hint hint" id={hintId}>
                {o.hint[locale]}
              </div>
            ) : null}
          </div>,
        ];
      })}
    </div>
  );
}
