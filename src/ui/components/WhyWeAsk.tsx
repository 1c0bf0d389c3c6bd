import { useState } from 'preact/hooks';
import type { Citation, ArticleId } from '../../domain/law/catalogue.ts';
import type { Locale } from '../../domain/locale.ts';
import type { WhyWeAsk as WhyDef } from '../../domain/questions/schema.ts';
import type { Translate } from '../../i18n/core.ts';
import { lawHref } from '../urls.ts';
import { lazy, useLazy } from '../hooks/useLazy.ts';
import { LazyFallback } from './LazyFallback.tsx';

/** The law text (the catalogue) loads the first time someone opens "why we ask". */
const catalogue = lazy(() => import('../../domain/law/catalogue.ts'));
type Catalogue = typeof import('../../domain/law/catalogue.ts');

/**
 * "Why we ask": the reason, then each cited provision. Its text is quoted (blockquote, in Chinese) only when
 * the catalogue marks it quotable (verified V1/V2 text); otherwise its substance is shown, labelled as a
 * summary and never in quotation marks.
 */
export function WhyWeAsk({ why, locale, t }: { why: WhyDef; locale: Locale; t: Translate }) {
  const [opened, setOpened] = useState(false);
  const law = useLazy(catalogue, opened);
  return (
    <details class="details" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary class="details__summary">
        <span class="details__summary-text">{t('question.why')}</span>
      </summary>
      <div class="details__text">
        <p>{why.text[locale]}</p>
        {law.status === 'ready'
          ? why.cites.map((c) => <CitedProvision key={`${c.article}-${c.para ?? ''}-${c.item ?? ''}`} law={law.value} citation={c} locale={locale} t={t} />)
          : opened
            ? <LazyFallback state={law} t={t} />
            : null}
      </div>
    </details>
  );
}

export function CitedProvision({ law, citation, locale, t }: { law: Catalogue; citation: Citation; locale: Locale; t: Translate }) {
  const { getArticle, formatCitation, isQuotable, quoteText, articleSlug } = law;
  const found = getArticle(citation.article);
  if (!found) return null;
  const { article, instrument } = found;
  const label = formatCitation(citation, locale);
  // English citations use short names (PIPL, FRM…): say once, under the label, what the short name stands for.
  const spelled = locale === 'en' && instrument.short.en !== instrument.title.en ? `${instrument.short.en}: ${instrument.title.en}` : '';
  const paragraphs = quoteText(article);
  const cited = paragraphs && citation.para !== undefined && paragraphs[citation.para - 1] ? [paragraphs[citation.para - 1]!] : paragraphs;
  return (
    <div class="provision">
      <p class="provision__label">
        <a href={lawHref(locale, articleSlug(citation.article as ArticleId))} aria-label={t('question.lawLink', { citation: label })}>
          {label}
        </a>{' '}
        <span class="provision__heading">{article.heading[locale]}</span>
      </p>
      {spelled ? <p class="hint hint--small provision__instrument">{spelled}</p> : null}
      {isQuotable(article) && cited ? (
        <>
          <p class="provision__kind">
            {t('question.lawQuote')}
            {article.excerpt || cited !== paragraphs ? ` ${t('question.lawExcerpt')}` : ''}
          </p>
          <blockquote class="provision__quote" lang="zh-CN">
            {cited.map((p, i) => (
              <p key={i}>
                {p.text}
                {p.items?.length ? (
                  <span class="provision__items">
                    {p.items.map((item, j) => (
                      <span class="provision__item" key={j}>
                        {item}
                      </span>
                    ))}
                  </span>
                ) : null}
              </p>
            ))}
          </blockquote>
          {locale === 'en' ? (
            <p class="provision__summary">
              <span class="provision__kind">{t('question.lawSummary')}{t('app.colon')}</span>
              {article.substance.en}
            </p>
          ) : null}
        </>
      ) : (
        <p class="provision__summary">
          <span class="provision__kind">{t('question.lawSummary')}{t('app.colon')}</span>
          {article.substance[locale]}
        </p>
      )}
    </div>
  );
}
