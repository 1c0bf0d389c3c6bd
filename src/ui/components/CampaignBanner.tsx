import type { Locale } from '../../domain/locale.ts';
import type { Campaign } from '../../domain/persistence/campaign.ts';
import { formatDate, localToday, type Translate } from '../../i18n/core.ts';
import { optionList } from '../../domain/questions/bank.ts';

/**
 * The regulator's campaign an assessment answers: who asks, what, by when and how. Full on the start, task list
 * and results pages; compact (instructions folded away) on question pages.
 */
export function CampaignBanner({ campaign: c, compact = false, venueType, locale, t }: { campaign: Campaign; compact?: boolean; venueType?: unknown; locale: Locale; t: Translate }) {
  // A venue the campaign does not list: the assessment may not be the one asked for.
  const outside = typeof venueType === 'string' && c.venueTypes.length > 0 && !c.venueTypes.includes(venueType) ? venueType : undefined;
  const rows: [string, string][] = [
    [t('campaign.authority'), c.authority],
    ...(c.venueTypes.length ? ([[t('campaign.venueTypes'), optionList('venue.type', c.venueTypes, locale)]] as [string, string][]) : []),
    ...(c.reference ? ([[t('campaign.reference'), c.reference]] as [string, string][]) : []),
    ...(c.deadline ? ([[t('campaign.deadline'), formatDate(c.deadline, locale)]] as [string, string][]) : []),
    ...(c.contact && !compact ? ([[t('campaign.contact'), c.contact]] as [string, string][]) : []),
  ];
  return (
    <div class={`campaign-banner${compact ? ' campaign-banner--compact' : ''}`} role="region" aria-label={t('campaign.bannerLabel')} data-testid="campaign-banner">
      <p class="campaign-banner__title">
        <span class="campaign-banner__kicker">{t('campaign.kicker')}</span> <strong>{c.name}</strong>
      </p>
      <dl class="campaign-banner__list">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {c.deadline && c.deadline < localToday() ? (
        <p class="campaign-banner__overdue" data-testid="campaign-overdue">
          {t('campaign.overdue', { date: formatDate(c.deadline, locale) })}
        </p>
      ) : null}
      {outside ? (
        <p class="campaign-banner__overdue" data-testid="campaign-other-venue">
          {t('campaign.otherVenue', { type: optionList('venue.type', [outside], locale), authority: c.authority })}
        </p>
      ) : null}
      {c.instructions ? (
        compact ? (
          <details class="details details--compact campaign-banner__details">
            <summary class="details__summary">
              <span class="details__summary-text">{t('campaign.instructions')}</span>
            </summary>
            <div class="details__text campaign-banner__instructions">{c.instructions}</div>
          </details>
        ) : (
          <div class="campaign-banner__instructions">
            <p class="campaign-banner__label">{t('campaign.instructions')}</p>
            <p>{c.instructions}</p>
          </div>
        )
      ) : null}
      {compact ? null : (
        <p class="campaign-banner__todo" data-testid="campaign-todo">
          {t('campaign.todo', { by: c.deadline ? t('campaign.todoBy', { date: formatDate(c.deadline, locale) }) : '', authority: c.authority })}
        </p>
      )}
      {compact ? null : <p class="hint hint--small campaign-banner__scope">{t('campaign.scopeNote', { n: c.checks.length })}</p>}
    </div>
  );
}
