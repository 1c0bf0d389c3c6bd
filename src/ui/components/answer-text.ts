/** How a stored answer reads on the check-your-answers page (labels looked up from codes, in the UI language). */
import type { AnswerValue } from '../../domain/conditions.ts';
import type { Locale } from '../../domain/locale.ts';
import { optionLabel, optionList, unitFor } from '../../domain/questions/bank.ts';
import type { QuestionDef } from '../../domain/questions/schema.ts';
import { formatDate, formatNumber, translate } from '../../i18n/core.ts';

/** One line per item: a single value gives one line, a group gives one line per item. */
export function answerLines(q: QuestionDef, value: AnswerValue | undefined, locale: Locale): string[] {
  const t = translate(locale);
  if (value === undefined) return [];
  switch (q.kind) {
    case 'single':
      return typeof value === 'string' ? [optionLabel(q.id, value)[locale]] : [];
    case 'multi':
      return Array.isArray(value) ? [optionList(q.id, value as string[], locale)] : [];
    case 'number':
      return typeof value === 'number' ? [`${formatNumber(value, locale)} ${unitFor(q, value, locale)}`] : [];
    case 'date':
      return typeof value === 'string' ? [formatDate(value, locale)] : [];
    case 'text':
    case 'longtext':
      return typeof value === 'string' ? [value] : [];
    case 'group': {
      if (!Array.isArray(value)) return [];
      return (value as Record<string, unknown>[]).map((item, i) => {
        const parts = q.fields.map((f) => {
          const v = item[f.id];
          let shown = v === undefined ? '' : String(v);
          if (f.kind === 'single') shown = f.options.find((o) => o.code === v)?.label[locale] ?? shown;
          if (f.kind === 'number' && typeof v === 'number') shown = formatNumber(v, locale);
          return t('answer.fieldValue', { field: f.label[locale], value: shown });
        });
        return `${t('review.groupItem', { label: q.itemLabel[locale], n: i + 1 })}${t('answer.fieldSeparator')}${parts.join(t('answer.fieldSeparator'))}`;
      });
    }
  }
}
