import type { Locale } from '../../domain/locale.ts';
import { hasValue, progress, sectionById, visibleQuestions } from '../../domain/questions/bank.ts';
import { scopeOf } from '../../domain/machine/navigation.ts';
import { sectionsInScope } from './scope-ui.ts';
import type { QuestionDef, SectionId } from '../../domain/questions/schema.ts';
import type { AssessmentFile } from '../../domain/persistence/assessment-file.ts';
import type { Translate } from '../../i18n/translate.ts';
import { answerLines } from './answer-text.ts';
import { PageHeading } from './PageHeading.tsx';

/**
 * Check your answers, for one section or for all. Only visible questions are listed: answers kept aside in a
 * hidden branch are not shown (and never reach the report). Each row has a Change link that returns here.
 */
export function CheckAnswers({
  file,
  section,
  changeHref,
  firstUnansweredHref,
  tasksHref,
  resultsHref,
  locale,
  t,
}: {
  file: AssessmentFile;
  section: SectionId | null;
  changeHref: (questionId: string) => string;
  firstUnansweredHref: string | undefined;
  tasksHref: string;
  resultsHref: string;
  locale: Locale;
  t: Translate;
}) {
  const scope = scopeOf(file);
  const visible = visibleQuestions(file.answers, scope);
  const sections = section ? [sectionById(section)!] : sectionsInScope(scope, file.answers);
  const missing = section
    ? visible.filter((q) => q.section === section && !q.optional && !hasValue(file.answers[q.id])).length
    : progress(file.answers, scope).total - progress(file.answers, scope).answered;
  return (
    <div class="check-answers">
      <span class="caption">{file.meta.name}</span>
      <PageHeading class="heading-xl">
        {section ? t('review.titleSection', { section: sectionById(section)!.title[locale] }) : t('review.titleAll')}
      </PageHeading>
      {missing > 0 ? (
        <div class="inset inset--warning">
          <p>{t('review.incomplete', { n: missing })}</p>
          {firstUnansweredHref ? (
            <p>
              <a href={firstUnansweredHref}>{t('review.answerNext')}</a>
            </p>
          ) : null}
        </div>
      ) : null}
      {sections.map((s) => {
        const qs = visible.filter((q) => q.section === s.id);
        const Heading = section ? 'h2' : 'h2';
        return (
          <section key={s.id} aria-labelledby={section ? undefined : `review-${s.id}`}>
            {section ? null : (
              <Heading class="heading-m" id={`review-${s.id}`}>
                {s.title[locale]}
              </Heading>
            )}
            {qs.length === 0 ? <p class="body">{t('review.sectionEmpty')}</p> : null}
            <dl class="summary-list">
              {qs.map((q) => (
                <Row key={q.id} q={q} file={file} href={changeHref(q.id)} locale={locale} t={t} />
              ))}
            </dl>
          </section>
        );
      })}
      <div class="button-group">
        {section ? (
          <a class="button" href={tasksHref} data-testid="review-continue">
            {t('review.backToTasks')}
          </a>
        ) : (
          <>
            <a class="button" href={resultsHref} data-testid="see-results">
              {t('review.seeResults')}
            </a>
            <a class="link-button" href={tasksHref}>
              {t('review.backToTasks')}
            </a>
          </>
        )}
      </div>
    </div>
  );
}

function Row({ q, file, href, locale, t }: { q: QuestionDef; file: AssessmentFile; href: string; locale: Locale; t: Translate }) {
  const value = file.answers[q.id];
  const answered = hasValue(value);
  const lines = answered ? answerLines(q, value, locale) : [];
  return (
    <div class="summary-list__row" data-question={q.id}>
      <dt class="summary-list__key">{q.label[locale]}</dt>
      <dd class="summary-list__value">
        {answered ? lines.map((l, i) => <p key={i}>{l}</p>) : <span class="summary-list__missing">{t('review.notAnswered')}</span>}
      </dd>
      <dd class="summary-list__actions">
        <a href={href} data-change={q.id}>
          {answered ? t('review.change') : t('review.answer')}
          <span class="visually-hidden"> {q.label[locale]}</span>
        </a>
      </dd>
    </div>
  );
}
