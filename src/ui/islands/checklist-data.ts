/** The checklist builder's data for one language, computed when the page is built (see ChecklistBuilder). */
import { CHECKS } from '../../domain/checklist.ts';
import { citedInstruments, markedCitation } from '../../domain/law/catalogue.ts';
import { MARK_KEYS, MARKS } from '../../domain/law/marks.ts';
import type { Locale } from '../../domain/locale.ts';
import { CAMPAIGN_LIMITS } from '../../domain/persistence/campaign.ts';
import { VENUE_TYPES } from '../../domain/questions/sections/01-venue.ts';
import { translate } from '../../i18n/translate.ts';
import type { BuilderData } from './ChecklistBuilder.tsx';

export function checklistBuilderData(locale: Locale): BuilderData {
  const sep = translate(locale)('answer.listSeparator');
  return {
    checks: CHECKS.map((c) => ({
      id: c.id,
      severity: c.severity,
      title: c.title[locale],
      question: c.question[locale],
      cites: c.cites.map((x) => markedCitation(x, locale).text).join(sep),
    })),
    venueTypes: VENUE_TYPES.map((v) => ({ code: v.code, label: v.label[locale] })),
    limits: { ...CAMPAIGN_LIMITS },
    markKeys: MARKS.map((m) => MARK_KEYS[m][locale]),
  };
}

/**
 * The short names the English citations use (PIPL, FRM…) with the instruments' full titles: the same key as the
 * English blank checklist's (pdf/checklist.ts), for every instrument the checks cite. (Chinese citations name
 * each law in full, in 《》.)
 */
export function citeAbbreviations(): { short: string; title: string; zh: string }[] {
  return citedInstruments(CHECKS.flatMap((c) => c.cites.map((x) => x.article))).map((ins) => ({ short: ins.short.en, title: ins.title.en, zh: ins.title['zh-CN'] }));
}
