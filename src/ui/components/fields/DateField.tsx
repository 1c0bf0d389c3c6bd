import type { Translate } from '../../../i18n/translate.ts';
import { dateFieldId } from './ids.ts';
import { halfWidthDigits } from './digits.ts';

export interface DateParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

export function partsFromIso(v: unknown): DateParts {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  return m ? { year: m[1]!, month: String(Number(m[2])), day: String(Number(m[3])) } : { year: '', month: '', day: '' };
}

/** The ISO date the parts make, '' when all are empty, or a non-date string that validation will reject. */
export function isoFromParts(p: DateParts): string {
  const [y, m, d] = [p.year, p.month, p.day].map((x) => halfWidthDigits(x.trim())) as [string, string, string];
  if (!y && !m && !d) return '';
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** GOV.UK date input: three text fields (year, month, day — the order of the Chinese date and of ISO). */
export function DateField({
  questionId,
  value,
  onChange,
  invalid,
  describedBy,
  t,
}: {
  questionId: string;
  value: DateParts;
  onChange: (v: DateParts) => void;
  invalid: boolean;
  /** The format hint and the error: read with the year, where the error link puts the focus. */
  describedBy?: string | undefined;
  t: Translate;
}) {
  const parts = [
    { key: 'year', label: t('question.dateYear'), width: 'date-input__year', max: 4 },
    { key: 'month', label: t('question.dateMonth'), width: 'date-input__short', max: 2 },
    { key: 'day', label: t('question.dateDay'), width: 'date-input__short', max: 2 },
  ] as const;
  return (
    <div class="date-input">
      {parts.map((p) => {
        const id = dateFieldId(questionId, p.key);
        return (
          <div class="date-input__item" key={p.key}>
            <label class="label date-input__label" for={id}>
              {p.label}
            </label>
            <input
              class={`input ${p.width}${invalid ? ' input--error' : ''}`}
              id={id}
              name={`${questionId}-${p.key}`}
              type="text"
              inputMode="numeric"
              autocomplete="off"
              maxLength={p.max}
              aria-describedby={p.key === 'year' ? describedBy : undefined}
              aria-invalid={invalid ? 'true' : undefined}
              value={value[p.key]}
              onInput={(e) => onChange({ ...value, [p.key]: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
        );
      })}
    </div>
  );
}
