import { useEffect, useRef } from 'preact/hooks';
import type { AnswerError } from '../../../domain/questions/bank.ts';
import type { Locale } from '../../../domain/locale.ts';
import type { GroupQuestion } from '../../../domain/questions/schema.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { ErrorMessage } from '../ErrorSummary.tsx';
import { addButtonId, itemFieldId } from './ids.ts';
import { typedNumber } from './digits.ts';

export type DraftItem = Record<string, string>;

/** Draft items (raw strings as typed) → the answer value (numbers parsed where they are numbers). */
export function groupValue(q: GroupQuestion, items: readonly DraftItem[]): Record<string, string | number>[] {
  return items.map((item) => {
    const out: Record<string, string | number> = {};
    for (const f of q.fields) {
      const raw = (item[f.id] ?? '').trim();
      if (raw === '') continue;
      if (f.kind === 'number') {
        out[f.id] = typedNumber(raw);
      } else out[f.id] = raw;
    }
    return out;
  });
}

export function draftItems(value: unknown): DraftItem[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) =>
    Object.fromEntries(Object.entries(item as Record<string, unknown>).map(([k, v]) => [k, v === undefined ? '' : String(v)])),
  );
}

/** A repeating group: one fieldset per item, with Add and Remove buttons. */
export function GroupField({
  q,
  items,
  onChange,
  errors,
  locale,
  t,
}: {
  q: GroupQuestion;
  items: readonly DraftItem[];
  onChange: (items: DraftItem[]) => void;
  errors: readonly AnswerError[];
  locale: Locale;
  t: Translate;
}) {
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });
  const set = (i: number, field: string, v: string) => onChange(items.map((it, j) => (j === i ? { ...it, [field]: v } : it)));
  const add = () => {
    focusNext.current = itemFieldId(q.id, items.length, q.fields[0]!.id);
    onChange([...items, {}]);
  };
  const remove = (i: number) => {
    focusNext.current = addButtonId(q.id);
    onChange(items.filter((_, j) => j !== i));
  };
  const label = q.itemLabel[locale];
  return (
    <div class="group">
      {items.length === 0 ? <p class="body">{t('question.groupEmpty')}</p> : null}
      {items.map((item, i) => (
        <fieldset class="group__item" key={i}>
          <legend class="group__legend">{t('question.groupItem', { label, n: i + 1 })}</legend>
          {q.fields.map((f) => {
            const id = itemFieldId(q.id, i, f.id);
            const err = errors.find((e) => e.item === i && e.field === f.id);
            const errId = err ? `${id}-error` : undefined;
            return (
              <div class={`form-group${err ? ' form-group--error' : ''}`} key={f.id}>
                <label class="label" for={id}>
                  {f.label[locale]}
                </label>
                {err ? <ErrorMessage id={errId!} text={err.message[locale]} t={t} /> : null}
                {f.kind === 'single' ? (
                  <select
                    class={`select${err ? ' select--error' : ''}`}
                    id={id}
                    name={id}
                    aria-describedby={errId}
                    value={item[f.id] ?? ''}
                    onChange={(e) => set(i, f.id, (e.currentTarget as HTMLSelectElement).value)}
                  >
                    <option value="">{t('question.selectPlaceholder')}</option>
                    {f.options.map((o) => (
                      <option value={o.code} key={o.code}>
                        {o.label[locale]}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    class={`input${f.kind === 'number' ? ' input--width-5' : ''}${err ? ' input--error' : ''}`}
                    id={id}
                    name={id}
                    type="text"
                    inputMode={f.kind === 'number' ? 'numeric' : undefined}
                    autocomplete="off"
                    aria-describedby={errId}
                    value={item[f.id] ?? ''}
                    onInput={(e) => set(i, f.id, (e.currentTarget as HTMLInputElement).value)}
                  />
                )}
              </div>
            );
          })}
          <button type="button" class="button button--secondary button--small" onClick={() => remove(i)}>
            {t('question.groupRemove', { label, n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <p class="hint">{t('question.groupCount', { n: items.length, max: q.maxItems })}</p>
      <button type="button" class="button button--secondary" id={addButtonId(q.id)} onClick={add} disabled={items.length >= q.maxItems}>
        {items.length === 0 ? t('question.groupAddFirst') : t('question.groupAdd')}
      </button>
    </div>
  );
}
