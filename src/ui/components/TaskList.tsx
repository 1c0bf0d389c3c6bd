import type { Locale } from '../../domain/locale.ts';
import { progress, sectionProgress } from '../../domain/questions/bank.ts';
import { scopeOf } from '../../domain/machine/navigation.ts';
import { sectionsInScope } from './scope-ui.ts';
import { VENUE_TYPES } from '../../domain/questions/sections/01-venue.ts';
import type { SectionId } from '../../domain/questions/schema.ts';
import type { AssessmentFile } from '../../domain/persistence/assessment-file.ts';
import type { Translate } from '../../i18n/translate.ts';
import { PageHeading } from './PageHeading.tsx';

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

export function TaskList({
  file,
  problems,
  sectionHref,
  reviewHref,
  resultsHref,
  locale,
  t,
}: {
  file: AssessmentFile;
  /** Sections holding a red-line or non-compliance finding (from evaluateRules). */
  problems: ReadonlySet<SectionId>;
  sectionHref: (s: SectionId) => string;
  reviewHref: string;
  resultsHref: string;
  locale: Locale;
  t: Translate;
}) {
  const scope = scopeOf(file);
  const sections = sectionsInScope(scope, file.answers);
  const statuses = sections.map((s) => {
    const p = sectionProgress(s.id, file.answers, scope);
    // Problems are shown beside the progress, not instead of it: a finished section with problems is still finished.
    return { s, status: p, problems: p !== 'not-started' && problems.has(s.id) };
  });
  const done = statuses.filter((x) => x.status === 'completed').length;
  const q = progress(file.answers, scope);
  const preset = VENUE_TYPES.find((v) => v.code === file.meta.preset)?.label[locale];
  return (
    <div class="tasks">
      <span class="caption">{file.meta.name}</span>
      <PageHeading class="heading-xl">{t('tasks.title')}</PageHeading>
      <dl class="meta-dl">
        <div>
          <dt>{t('tasks.metaOrganisation')}</dt>
          <dd>{file.meta.organisation}</dd>
        </div>
        <div>
          <dt>{t('tasks.metaVenue')}</dt>
          <dd>{file.meta.venueName}</dd>
        </div>
        {preset ? (
          <div>
            <dt>{t('tasks.metaPreset')}</dt>
            <dd>{preset}</dd>
          </div>
        ) : null}
      </dl>
      <p class="body progress-text" data-testid="progress">
        <strong>{t('tasks.progressSections', { done, total: sections.length })}</strong>
        <br />
        {t('tasks.progressQuestions', { answered: q.answered, total: q.total })}
      </p>
      <progress class="progress-bar" max={q.total} value={q.answered} aria-label={t('tasks.progressQuestions', { answered: q.answered, total: q.total })} />
      <ul class="task-list" aria-label={t('tasks.listLabel')}>
        {statuses.map(({ s, status, problems: hasProblems }) => {
          const statusId = `status-${s.id}`;
          return (
            <li class="task-list__item" key={s.id} data-section={s.id}>
              <div class="task-list__name-and-hint">
                <a class="task-list__link" href={sectionHref(s.id)} aria-describedby={statusId}>
                  {s.title[locale]}
                </a>
                <div class="task-list__hint hint">{s.summary[locale]}</div>
              </div>
              <div class="task-list__status" id={statusId}>
                <strong class={`tag tag--status-${status}`}>{t(`status.${status}`)}</strong>
                {hasProblems ? (
                  <>
                    {' '}
                    <strong class="tag tag--status-problems" title={t('status.problemsHint')} data-testid="section-problems">
                      {t('status.problems')}
                    </strong>
                    <span class="visually-hidden">{t('status.problemsHint')}</span>
                  </>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <h2 class="heading-m">{t('tasks.checkHeading')}</h2>
      <p class="body">{t('tasks.resultsHint')}</p>
      <div class="button-group">
        <a class="button" href={reviewHref} data-testid="check-all">
          {t('tasks.checkAll')}
        </a>
        <a class="button button--secondary" href={resultsHref}>
          {t('tasks.results')}
        </a>
      </div>
    </div>
  );
}
