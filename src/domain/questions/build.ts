/** Small constructors that keep the question data files readable. */
import type { Citation } from '../law/catalogue.ts';
import { t } from '../locale.ts';
import type { OptionDef, WhyWeAsk } from './schema.ts';

export function opt(code: string, zh: string, en: string, extra: Partial<Omit<OptionDef, 'code' | 'label'>> = {}): OptionDef {
  return { code, label: t(zh, en), ...extra };
}

export function why(zh: string, en: string, first: Citation, ...rest: Citation[]): WhyWeAsk {
  return { text: t(zh, en), cites: [first, ...rest] };
}

export const YES = opt('yes', '是', 'Yes');
export const NO = opt('no', '否', 'No');
// What "not sure" leads to is said once per page, under the options (question.unknownNote), not beside each one.
export const UNSURE = opt('unsure', '不确定', 'Not sure', { unknown: true });
export const YES_NO = [YES, NO] as const;
export const YES_NO_UNSURE = [YES, NO, UNSURE] as const;
