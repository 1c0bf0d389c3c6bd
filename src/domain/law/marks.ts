/**
 * The marks a citation can carry (markedCitation in catalogue.ts) and their keys, printed under the blank
 * inspection checklist and in the checklist builder: once, in one wording. A module of its own, so that the
 * builder's island can show them without loading the catalogue.
 */
import { t, type Localized } from '../locale.ts';

export type CitationMark = 'unchecked' | 'local' | 'recommended';
export const MARKS: readonly CitationMark[] = ['unchecked', 'local', 'recommended'];

export const MARK_SYMBOL: Readonly<Record<CitationMark, string>> = { unchecked: '※', local: '†', recommended: '‡' };

const MEANING: Readonly<Record<CitationMark, Localized>> = {
  unchecked: t('条号来自二手资料或官方发布稿，未与原文核对，引用前请核对。', 'Article number from secondary sources or an official release, not checked against the text: verify before relying on it.'),
  local: t('地方性法规，只在制定它的地方适用；其他地区请核对当地规定。', 'Local regulation, binding only where it was made; elsewhere check the local rules.'),
  recommended: t('推荐性国家标准（GB/T），不是强制性规定，作为“必要措施”的参照。', 'Recommended national standard (GB/T), not a binding rule: a benchmark for “necessary measures”.'),
};

/** Each mark's key as printed: "※ 条号来自…". */
export const MARK_KEYS: Readonly<Record<CitationMark, Localized>> = Object.fromEntries(
  MARKS.map((m) => [m, t(`${MARK_SYMBOL[m]} ${MEANING[m]['zh-CN']}`, `${MARK_SYMBOL[m]} ${MEANING[m].en}`)]),
) as Record<CitationMark, Localized>;
