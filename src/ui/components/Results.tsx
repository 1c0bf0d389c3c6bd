import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ActionEdit, ActionStatus, AssessmentFile, ManualFinding } from '../../domain/persistence/assessment-file.ts';
import type { ReviewPatch } from '../../domain/machine/questionnaire.machine.ts';
import type { Locale } from '../../domain/locale.ts';
import type { ReportCitation, ReportFinding, ReportModel, GeneratedText } from '../../domain/report/report-model.ts';
import type { Severity } from '../../domain/rules/schema.ts';
import { formatDate, localToday, type MessageKey, type Translate } from '../../i18n/core.ts';
import { lawHref } from '../urls.ts';
import { PageHeading } from './PageHeading.tsx';
import { Downloads } from './Downloads.tsx';
import { ShareAnswers } from './ShareAnswers.tsx';
import { AnnotationEditor, AnnotationView, annotationPatch, LawyerToggle, ManualFindingForm, ReviewDetails } from './Lawyer.tsx';
import { eachStaged, renderSynchronously, Stage, StageQueue, StagesProvider, useJumpTo } from './Staged.tsx';
import { focusAfterRender } from '../focus.ts';
import { lawyerView, rememberLawyerView } from '../storage/keys.ts';
import { TEXT_GAPS_WARNING, textsHaveGaps } from '../../domain/report/texts.ts';
import { LimitNote, limitNoteId } from './fields/LimitNote.tsx';

export interface ResultsProps {
  /** The report; undefined while it is being built (see lazy/use-report.ts): then only the heading shows. */
  report: ReportModel | undefined;
  /** Build the report now if it is still pending (printing cannot wait). */
  buildNow: () => void;
  /** Hash of the question page that changes or answers `questionId` and returns here. */
  changeHref: (questionId: string) => string;
  reviewHref: string;
  onEditAction: (ruleId: string, edit: ActionEdit) => void;
  onExport: () => void;
  /** The assessment the report was built from (downloads, share link, lawyer mode). */
  file: AssessmentFile;
  /** Lawyer mode: record the review details, annotations and hand-added findings. */
  onReviewEdit: (patch: ReviewPatch) => void;
  /** A finding's "change" link was followed (so that coming back can return to it). */
  onChangeFrom?: (finding: FindingRef) => void;
  /** Back from changing an answer that a finding showed: focus that finding, or say that it no longer applies. */
  returnedFrom?: FindingRef | null;
  /** `returnedFrom` has been dealt with. */
  onReturned?: () => void;
  locale: Locale;
  t: Translate;
}

export interface FindingRef {
  readonly id: string;
  readonly title: string;
}

interface LawyerCtx {
  readonly on: boolean;
  readonly file: AssessmentFile;
  readonly edit: (patch: ReviewPatch) => void;
  /** A hand-added finding was deleted (with its plan entry, if any): offer to bring them back. */
  readonly removed: (m: Removed) => void;
}

/** A deleted manual finding and the action plan entry deleted with it. */
interface Removed {
  readonly finding: ManualFinding;
  readonly action?: ActionEdit;
}

const NO_REVIEW = { client: '', matter: '', reviewer: '' } as const;

const SEVERITY_HEADINGS: Record<Severity, MessageKey> = { red: 'results.redLines', nc: 'results.nonCompliance', risk: 'results.risks' };

/**
 * The results page. It renders the ReportModel and nothing else: the conclusion, findings, risks, obligations
 * and texts all come from buildReport(); this component never decides a legal question itself.
 *
 * The heading renders at once, then — the report built (see lazy/use-report.ts) — the top of the report
 * (meta, conclusion), then the rest in stages, in page order, one per frame (see Staged.tsx): a finding, an action
 * or a section at a time. `data-rendered="all"` on the page marks the end.
 */
export function Results({ report, buildNow, changeHref, reviewHref, onEditAction, onExport, file, onReviewEdit, onChangeFrom, returnedFrom, onReturned, locale, t }: ResultsProps) {
  // A view: switching it changes nothing in the assessment (its date, report number and retention stay put);
  // the review details are written when the lawyer types them.
  const [lawyerOn, setLawyerOn] = useState(() => lawyerView(file.id) ?? file.review !== undefined);
  const [removedManual, setRemovedManual] = useState<Removed | null>(null);
  const lawyer: LawyerCtx = { on: lawyerOn, file, edit: onReviewEdit, removed: setRemovedManual };
  const toggleLawyer = (on: boolean) => {
    setLawyerOn(on);
    rememberLawyerView(file.id, on);
  };
  const root = useRef<HTMLDivElement>(null);
  const [stages] = useState(() => new StageQueue(() => root.current?.setAttribute('data-rendered', 'all')));
  // Stages are numbered in page order as this render meets them.
  let steps = 0;
  const stage = () => ++steps;
  useLayoutEffect(() => {
    if (report) stages.setTotal(steps);
  });
  const latestBuildNow = useRef(buildNow);
  latestBuildNow.current = buildNow;
  useLayoutEffect(() => {
    // Printing cannot wait for the report or the stages: build and render the rest now, and open its <details>
    // (the appendix) as the island's own beforeprint listener does for those already on the page — it may have
    // run before this one.
    const print = () => {
      renderSynchronously(() => latestBuildNow.current());
      stages.revealAll();
      root.current?.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    };
    window.addEventListener('beforeprint', print);
    return () => {
      window.removeEventListener('beforeprint', print);
      stages.stop();
    };
  }, []);
  // Back from a finding's "change" link: to that finding (every stage rendered, so that it is there), or, when the
  // change resolved it, to a note saying so where the findings start.
  const [resolved, setResolved] = useState<string | null>(null);
  useEffect(() => {
    if (!report || !returnedFrom) return;
    onReturned?.();
    const still = report.findings.some((f) => f.id === returnedFrom.id);
    stages.revealAll();
    setResolved(still ? null : returnedFrom.title);
    focusAfterRender(() => (still ? document.getElementById(`finding-${returnedFrom.id}`) : document.querySelector<HTMLElement>('[data-testid="finding-resolved"]')));
  }, [report, returnedFrom]);
  // Back to the results from a law article (or reloading them): the reader returns to where they were. The
  // browser's own restoration comes before the staged report has rendered, so the position is kept with the
  // history entry when the page is left, and restored once everything is rendered.
  useEffect(() => {
    const keep = () => {
      try {
        history.replaceState({ ...(history.state as object | null), resultsScrollY: window.scrollY }, '');
      } catch {
        /* the position is a convenience */
      }
    };
    const onClick = (e: MouseEvent) => {
      if ((e.target as Element | null)?.closest?.('a[href]')) keep();
    };
    window.addEventListener('pagehide', keep);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('click', onClick, true);
    };
  }, []);
  useEffect(() => {
    if (!report || returnedFrom) return;
    const y = (history.state as { resultsScrollY?: unknown } | null)?.resultsScrollY;
    if (typeof y !== 'number' || y <= 0) return;
    stages.revealAll();
    requestAnimationFrame(() => window.scrollTo(0, y));
  }, [!!report]);
  const heading = <PageHeading class="heading-xl">{t('results.title')}</PageHeading>;
  if (!report) {
    // The same element as below, so the heading (and the focus the island may have moved to it) stays put.
    return (
      <StagesProvider value={stages}>
        <div class="results" ref={root}>
          {heading}
        </div>
      </StagesProvider>
    );
  }
  const m = report.meta;
  const riskTitle = new Map(report.risks.rows.map((r) => [r.id, r.title]));
  return (
    <StagesProvider value={stages}>
      <div class="results" ref={root}>
        {heading}
        <p class="lead">{m.assessmentName}</p>
        <ul class="meta-list">
          <li>
            {m.organisation} · {m.venueName}
            {m.venueType ? ` · ${m.venueType}` : ''}
          </li>
          <li>{t('results.preparedOn', { date: formatDate(m.preparedOn, locale) })}</li>
          <li>{t('results.lawAsOf', { date: formatDate(m.lawAsOf, locale), version: m.catalogueVersion })}</li>
          <li>{t('results.keepUntil', { date: formatDate(m.keepUntil, locale) })}</li>
          <li>{t('results.reportId', { id: m.reportId })}</li>
          {m.review && !lawyerOn && (m.review.client || m.review.matter || m.review.reviewer) ? (
            <li>{t('lawyer.reviewLine', { client: m.review.client || '—', matter: m.review.matter || '—', reviewer: m.review.reviewer || '—' })}</li>
          ) : null}
        </ul>

        <section class={`conclusion conclusion--${report.conclusion.code}`} aria-labelledby="conclusion-title" data-testid="conclusion">
          <h2 class="conclusion__title" id="conclusion-title">
            {report.conclusion.title}
          </h2>
          <p>{report.conclusion.summary}</p>
          {report.conclusion.reasons.length ? (
            <>
              <h3 class="heading-s">{t('results.reasons')}</h3>
              <ul class="list list--bullet">
                {report.conclusion.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <Contents t={t} />

        <Stage step={stage()}>
          <h2 class="visually-hidden">{t('results.counts')}</h2>
          <ul class="counts">
            <li class="counts__item counts__item--red">
              <span class="counts__number">{report.counts.red}</span> {t('results.countRed')}
            </li>
            <li class="counts__item counts__item--nc">
              <span class="counts__number">{report.counts.nc}</span> {t('results.countNc')}
            </li>
            <li class="counts__item counts__item--risk">
              <span class="counts__number">{report.counts.risk}</span> {t('results.countRisk')}
            </li>
            <li class="counts__item counts__item--unknown">
              <span class="counts__number">{report.counts.unknown}</span> {t('results.countUnknown')}
            </li>
          </ul>
        </Stage>

        <Stage step={stage()}>
          <Downloads report={report} file={file} onExportJson={onExport} locale={locale} t={t} />
        </Stage>
        <Stage step={stage()}>
          <p class="no-print">
            <a href={reviewHref}>{t('results.backToReview')}</a>
          </p>

          <LawyerToggle on={lawyerOn} onChange={toggleLawyer} t={t} />
          {lawyerOn ? <ReviewDetails review={file.review ?? NO_REVIEW} onChange={(review) => onReviewEdit({ review })} t={t} /> : null}
        </Stage>

        {resolved ? (
          <p class="inset" role="status" data-testid="finding-resolved">
            {t('results.findingResolved', { title: resolved })}
          </p>
        ) : null}
        {(['red', 'nc', 'risk'] as const).map((sev) => {
          const list = report.findings.filter((f) => f.severity === sev);
          // A stage for each group, with its first finding; one more for each further finding.
          const step = stage();
          return (
            <Stage key={sev} step={step}>
              {sev === 'red' ? (
                <h2 class="heading-l" id="findings">
                  {t('results.findingsHeading')}
                </h2>
              ) : null}
              <section class={`finding-group finding-group--${sev}`} aria-labelledby={`findings-${sev}`}>
                <h3 class="heading-m" id={`findings-${sev}`}>
                  {t(SEVERITY_HEADINGS[sev])} <span class="count-badge">{list.length}</span>
                </h3>
                {list.length === 0 ? <p class="body">{t('results.noFindings')}</p> : null}
                {eachStaged(list, (f) => f.id, (f) => <Finding key={f.id} f={f} changeHref={changeHref} onChangeFrom={onChangeFrom} lawyer={lawyer} locale={locale} t={t} />, stage)}
              </section>
            </Stage>
          );
        })}
        {removedManual && !file.manualFindings.some((m) => m.id === removedManual.finding.id) ? (
          <p class="inset" role="status" data-testid="manual-removed">
            {t('lawyer.manualRemoved', { title: removedManual.finding.title })}{' '}
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => {
                const { finding, action } = removedManual;
                onReviewEdit({ manualFindings: [...file.manualFindings, finding], ...(action ? { actions: { ...file.actions, [finding.id]: action } } : {}) });
                focusAfterRender(() => document.getElementById(`finding-${finding.id}`));
                setRemovedManual(null);
              }}
            >
              {t('library.undo')}
            </button>
          </p>
        ) : null}
        {report.setAside.length ? (
          <Stage step={stage()}>
            <section class="set-aside" aria-labelledby="set-aside-title" data-testid="set-aside">
              <h3 class="heading-m" id="set-aside-title">
                {t('results.setAsideHeading')} <span class="count-badge">{report.setAside.length}</span>
              </h3>
              <p class="body">{t('results.setAsideIntro')}</p>
              {report.setAside.map((x) => (
                <article class="finding finding--set-aside" key={x.id} aria-labelledby={`set-aside-${x.id}`} data-set-aside={x.id}>
                  <h4 class="finding__title" id={`set-aside-${x.id}`}>
                    {x.title}
                  </h4>
                  <AnnotationView annotation={x.annotation} t={t} />
                  {x.action ? <p>{t('results.setAsideAction', { owner: x.action.owner || '—', due: x.action.due || '—', status: x.action.statusLabel })}</p> : null}
                  {lawyerOn ? (
                    <button
                      type="button"
                      class="button button--warning button--small no-print"
                      onClick={() => {
                        if (x.annotation) onReviewEdit(annotationPatch(file, x.id, undefined));
                        if (x.action) onEditAction(x.id, { owner: '', due: '', status: 'open' });
                        focusAfterRender(() => document.getElementById('set-aside-title') ?? document.getElementById('findings-risk'));
                      }}
                    >
                      {t('results.setAsideRemove')}
                      <span class="visually-hidden"> {x.title}</span>
                    </button>
                  ) : null}
                </article>
              ))}
            </section>
          </Stage>
        ) : null}
        <Stage step={stage()}>
          {lawyerOn ? <ManualFindingForm existing={file.manualFindings} onAdd={(f) => onReviewEdit({ manualFindings: [...file.manualFindings, f] })} locale={locale} t={t} /> : null}

          <h2 class="heading-l" id="results-unknowns">
            {t('results.unknownsHeading')}
          </h2>
          {report.unknowns.length === 0 ? (
            <p class="body">{t('results.unknownsEmpty')}</p>
          ) : (
            <>
              <p class="body">{t('results.unknownsIntro')}</p>
              <ul class="unknowns" data-testid="unknowns">
                {report.unknowns.map((u) => (
                  <li class="unknowns__item" key={u.ruleId}>
                    <p class="unknowns__title">
                      <span class={`tag tag--${u.severity}`}>{t('results.ifConfirmed', { severity: severityLabel(report, u.severity, t) })}</span> {u.title}
                    </p>
                    <ul class="list">
                      {u.questions.map((q) => (
                        <li key={q.id}>
                          <a href={changeHref(q.id)}>{t('results.answerQuestion', { question: q.label })}</a>{' '}
                          <span class="hint hint--inline">{t('results.unknownSection', { section: q.section })}</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Stage>

        <Stage step={stage()}>
          <h2 class="heading-l" id="results-risks">
            {t('results.riskHeading')}
          </h2>
          <p class="body">{report.risks.method}</p>
          <p class="hint">{report.risks.scaleNote}</p>
          <ScrollTable class="risk-matrix" captionId="risk-matrix-caption" caption={t('results.matrixCaption')} hint={t('results.scrollHint')}>
            <thead>
              <tr>
                <th scope="col">{t('results.matrixImpact')}</th>
                {report.risks.likelihoodLabels.map((l) => (
                  <th scope="col" key={l.likelihood}>
                    {t('results.matrixLikelihood', { level: l.label })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.risks.matrix.map((row) => (
                <tr key={row.impact}>
                  <th scope="row">{t('results.matrixImpactRow', { level: row.impactLabel })}</th>
                  {row.cells.map((c) => (
                    <td class={`risk-cell risk-cell--${c.level}`} key={c.likelihood}>
                      <span class="risk-cell__level">{c.levelLabel}</span>
                      {c.risks.length ? (
                        <ul class="risk-cell__risks">
                          {c.risks.map((r) => (
                            <li key={r}>{riskTitle.get(r) ?? r}</li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </Stage>
        <Stage step={stage()}>
          <ScrollTable class="risk-table" captionId="risk-table-caption" caption={t('results.riskTableCaption')} hint={t('results.scrollHint')}>
            <thead>
              <tr>
                <th scope="col">{t('results.riskCol.risk')}</th>
                <th scope="col">{t('results.riskCol.impact')}</th>
                <th scope="col">{t('results.riskCol.likelihood')}</th>
                <th scope="col">{t('results.riskCol.level')}</th>
                <th scope="col">{t('results.riskCol.reasons')}</th>
                <th scope="col">{t('results.riskCol.treatment')}</th>
              </tr>
            </thead>
            <tbody>
              {report.risks.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.title}
                    <span class="hint hint--block">{r.description}</span>
                  </th>
                  <td>{r.impactLabel}</td>
                  <td>{r.likelihoodLabel}</td>
                  <td>
                    <span class={`tag tag--level-${r.level}`}>{r.levelLabel}</span>
                  </td>
                  <td>
                    <ul class="list list--compact">
                      {r.reasons.map((x) => (
                        <li key={x}>{x}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{r.treatment}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </Stage>

        <Stage step={stage()}>
          <h2 class="heading-l" id="results-actions">
            {t('results.actionsHeading')}
          </h2>
          {report.actions.length === 0 ? (
            <p class="body">{t('results.actionsEmpty')}</p>
          ) : (
            <>
              <p class="body no-print">{t('results.actionsIntro')}</p>
              <ol class="action-plan" data-testid="action-plan">
                {/* One by one: the first date field also loads the browser's date formats. */}
                {eachStaged(report.actions, (a) => a.id, (a) => <ActionItem key={a.id} a={a} report={report} onEdit={onEditAction} locale={locale} t={t} />, stage)}
              </ol>
            </>
          )}
        </Stage>

        <Stage step={stage()}>
          <h2 class="heading-l" id="results-obligations">
            {t('results.obligationsHeading')}
          </h2>
          {report.obligations.length === 0 ? (
            <p class="body">{t('results.obligationsEmpty')}</p>
          ) : (
            <ul class="obligations">
              {report.obligations.map((o) => (
                <li class="obligations__item" key={o.id}>
                  <h3 class="heading-s">{o.title}</h3>
                  {o.due ? <p class="obligations__due">{t('results.obligationDue', { date: formatDate(o.due, locale) })}</p> : null}
                  <p>{o.detail}</p>
                  <CitationLinks citations={o.citations} locale={locale} t={t} />
                </li>
              ))}
            </ul>
          )}
        </Stage>

        <Stage step={stage()}>
          <h2 class="heading-l" id="results-texts">
            {t('results.textsHeading')}
          </h2>
          <p class="body">{t('results.textsIntro')}</p>
          {textsHaveGaps(report.texts) ? (
            <div class="inset inset--warning" data-testid="text-gaps">
              <p>{TEXT_GAPS_WARNING[locale]}</p>
            </div>
          ) : null}
          {[report.texts.sign, report.texts.notice, report.texts.consent].map((text, i) => (
            <GeneratedTextBlock key={i} id={`text-${['sign', 'notice', 'consent'][i]}`} text={text} t={t} />
          ))}
        </Stage>

        <Stage step={stage()}>
          <h2 class="heading-l" id="results-sections">
            {t('results.sectionsHeading')}
          </h2>
          {report.sections.map((s) => (
            <section class="report-section" key={s.id} aria-labelledby={`section-${s.id}`}>
              <h3 class="heading-m" id={`section-${s.id}`}>
                {s.title}
              </h3>
              {s.paragraphs.map((p, i) => (
                <p class="body" key={i}>
                  {p}
                </p>
              ))}
              <CitationLinks citations={s.answers} locale={locale} t={t} />
            </section>
          ))}
        </Stage>

        <Stage step={stage()}>
          <h2 class="heading-l" id="results-answers">
            {t('results.answersHeading')}
          </h2>
          {report.answers.map((s) => (
            <section key={s.id} aria-labelledby={`answers-${s.id}`}>
              <h3 class="heading-s" id={`answers-${s.id}`}>
                {s.title}
              </h3>
              <dl class="summary-list summary-list--compact">
                {s.rows.map((r) => (
                  <div class="summary-list__row" key={r.questionId}>
                    <dt class="summary-list__key">{r.question}</dt>
                    <dd class="summary-list__value">{r.answer}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </Stage>

        <Stage step={stage()}>
          <h2 class="heading-l" id="results-appendix">
            {t('results.appendixHeading')}
          </h2>
          {report.abbreviations.length ? (
            <>
              <h3 class="heading-s">{t('results.shortNames')}</h3>
              <dl class="short-names" data-testid="short-names">
                {report.abbreviations.map((a) => (
                  <div key={a.short}>
                    <dt>{a.short}</dt>
                    <dd>{a.title}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          <details class="details appendix">
            <summary class="details__summary">
              <span class="details__summary-text">
                {t('results.appendixHeading')} ({report.appendix.length})
              </span>
            </summary>
            <div class="details__text">
              {report.appendix.map((c) => (
                <CitationBody key={c.articleId} c={c} locale={locale} t={t} />
              ))}
            </div>
          </details>
        </Stage>

        <Stage step={stage()}>
          <h2 class="heading-l" id="results-signoff">
            {t('results.signOffHeading')}
          </h2>
          <table class="table sign-off">
            <thead>
              <tr>
                <th scope="col">{t('results.signOffRole')}</th>
                <th scope="col">{t('results.signOffName')}</th>
                <th scope="col">{t('results.signOffDate')}</th>
              </tr>
            </thead>
            <tbody>
              {report.signOff.map((s) => (
                <tr key={s.role}>
                  <th scope="row">{s.role}</th>
                  <td>{s.name}</td>
                  <td>{s.date}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="hint disclaimer">{report.disclaimer}</p>
          <ShareAnswers file={file} onExportJson={onExport} locale={locale} t={t} />
        </Stage>
      </div>
    </StagesProvider>
  );
}

function severityLabel(report: ReportModel, sev: Severity, t: Translate): string {
  return report.findings.find((f) => f.severity === sev)?.severityLabel ?? t(sev === 'red' ? 'results.countRed' : sev === 'nc' ? 'results.countNc' : 'results.countRisk');
}

/** A wide table that scrolls sideways on a phone; the scrolling region is named by the table's caption. */
function ScrollTable({ class: cls, captionId, caption, hint, children }: { class: string; captionId: string; caption: string; hint: string; children: ComponentChildren }) {
  return (
    <>
      {/* Shown on narrow screens only, where the table is wider than the page and phones show no scrollbar. */}
      <p class="table-scroll__hint no-print" aria-hidden="true">
        {hint}
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table class={`table ${cls}`}>
          <caption class="table__caption" id={captionId}>
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </>
  );
}

function Finding({ f, changeHref, onChangeFrom, lawyer, locale, t }: { f: ReportFinding; changeHref: (q: string) => string; onChangeFrom?: ((f: FindingRef) => void) | undefined; lawyer: LawyerCtx; locale: Locale; t: Translate }) {
  const removeManual = () => {
    const { file } = lawyer;
    const gone = file.manualFindings.find((m) => m.id === f.id);
    const { [f.id]: action, ...actions } = file.actions;
    lawyer.edit({ manualFindings: file.manualFindings.filter((m) => m.id !== f.id), ...(action ? { actions } : {}) });
    if (gone) lawyer.removed({ finding: gone, ...(action ? { action } : {}) });
    focusAfterRender(() => document.getElementById(`findings-${f.severity}`));
  };
  return (
    <article class={`finding finding--${f.severity}${f.manual ? ' finding--manual' : ''}`} aria-labelledby={`finding-${f.id}`} data-rule={f.id}>
      <h4 class="finding__title" id={`finding-${f.id}`}>
        <span class={`tag tag--${f.severity}`}>{f.severityLabel}</span> {f.manual ? <span class="tag tag--manual">{t('lawyer.manualTag')}</span> : null} {f.title}
      </h4>
      {f.manual ? (
        <>
          {f.explanation ? (
            <>
              <h5 class="finding__label">{t('lawyer.findingNote')}</h5>
              <p class="finding__note">{f.explanation}</p>
            </>
          ) : null}
        </>
      ) : (
        <>
          <h5 class="finding__label">{t('results.explanation')}</h5>
          <p>{f.explanation}</p>
          <h5 class="finding__label">{t('results.remediation')}</h5>
          <p>{f.remediation}</p>
        </>
      )}
      {f.evidence.length ? (
        <>
          <h5 class="finding__label">{t('results.evidence')}</h5>
          <dl class="summary-list summary-list--compact">
            {f.evidence.map((e) => (
              <div class="summary-list__row" key={e.questionId}>
                <dt class="summary-list__key">{e.question}</dt>
                <dd class="summary-list__value">{e.answer}</dd>
                <dd class="summary-list__actions no-print">
                  <a href={changeHref(e.questionId)} onClick={() => onChangeFrom?.({ id: f.id, title: f.title })}>
                    {t('review.change')}
                    <span class="visually-hidden"> {e.question}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h5 class="finding__label">{t('results.citations')}</h5>
      <ul class="list citation-list">
        {f.citations.map((c) => (
          <li key={c.articleId + c.label}>
            <a href={lawHref(locale, c.slug)}>{c.label}</a> <span class="provision__heading">{c.heading}</span>
          </li>
        ))}
      </ul>
      <details class="details details--compact">
        <summary class="details__summary">
          <span class="details__summary-text">
            {t('results.showProvisions')}
            <span class="visually-hidden"> — {f.title}</span>
          </span>
        </summary>
        <div class="details__text">
          {f.citations.map((c) => (
            <CitationBody key={c.articleId + c.label} c={c} locale={locale} t={t} />
          ))}
        </div>
      </details>
      {f.checklist.length ? <p class="hint hint--small">{t('results.checklist', { items: f.checklist.join(', ') })}</p> : null}
      {lawyer.on && !f.manual ? (
        <>
          <AnnotationEditor finding={f} annotation={lawyer.file.annotations[f.id]} onChange={(a) => lawyer.edit(annotationPatch(lawyer.file, f.id, a))} t={t} />
          {/* The editor does not print; on paper the view reads as it does with lawyer mode off. */}
          <div class="print-only">
            <AnnotationView annotation={f.annotation} t={t} />
          </div>
        </>
      ) : (
        <AnnotationView annotation={f.annotation} t={t} />
      )}
      {lawyer.on && f.manual ? (
        <button type="button" class="button button--warning button--small no-print" onClick={removeManual}>
          {t('lawyer.removeManual')}
          <span class="visually-hidden"> {f.title}</span>
        </button>
      ) : null}
    </article>
  );
}

/** A cited provision: quoted only when the model carries a verified quote; otherwise its substance, labelled. */
function CitationBody({ c, locale, t }: { c: ReportCitation; locale: Locale; t: Translate }) {
  return (
    <div class="provision">
      <p class="provision__label">
        <a href={lawHref(locale, c.slug)}>{c.label}</a> <span class="provision__heading">{c.heading}</span>
      </p>
      {c.quote && c.quote.length ? (
        <>
          <p class="provision__kind">{t('results.quote')}</p>
          <blockquote class="provision__quote" lang="zh-CN">
            {c.quote.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </blockquote>
          {locale === 'en' ? (
            <p class="provision__summary">
              <span class="provision__kind">{t('results.summary')}{t('app.colon')}</span>
              {c.substance}
            </p>
          ) : null}
        </>
      ) : (
        <p class="provision__summary">
          <span class="provision__kind">{t('results.summary')}{t('app.colon')}</span>
          {c.substance}
        </p>
      )}
      {c.caveat ? <p class="hint hint--small">{c.caveat}</p> : null}
    </div>
  );
}

function CitationLinks({ citations, locale, t }: { citations: readonly ReportCitation[]; locale: Locale; t: Translate }) {
  if (!citations.length) return null;
  return (
    <p class="citation-links">
      <span class="provision__kind">{t('results.citations')}{t('app.colon')}</span>
      {citations.map((c, i) => (
        <span key={c.articleId + i}>
          {i > 0 ? t('answer.listSeparator') : ''}
          <a href={lawHref(locale, c.slug)}>{c.label}</a>
        </span>
      ))}
    </p>
  );
}

function ActionItem({ a, report, onEdit, locale, t }: { a: ReportModel['actions'][number]; report: ReportModel; onEdit: (id: string, e: ActionEdit) => void; locale: Locale; t: Translate }) {
  const finding = report.findings.find((f) => f.id === a.id);
  const base = `action-${a.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const name = finding?.title ?? a.id;
  // A suggested date stays a suggestion when only the owner or status changes: it is stored only once chosen.
  const edit = (patch: Partial<ActionEdit>) => onEdit(a.id, { owner: a.owner, due: a.dueSuggested ? '' : a.due, status: a.status, ...patch });
  // A chosen date before the report's own date, for an action not done: most likely a slip of the year.
  const duePast = !a.dueSuggested && a.due !== '' && a.due < report.meta.preparedOn && a.status !== 'done';
  // A suggested date counts from the report's date: opened weeks later, it may already have gone by.
  const suggestedPast = a.dueSuggested && a.due !== '' && a.due < localToday() && a.status !== 'done';
  const dueHints = [a.dueSuggested ? `${base}-due-hint` : '', duePast ? `${base}-due-past` : '', suggestedPast ? `${base}-due-gone` : ''].filter(Boolean).join(' ') || undefined;
  const prepared = formatDate(report.meta.preparedOn, locale);
  return (
    <li class={`action-plan__item action-plan__item--${a.severity}`} data-action={a.id}>
      <p class="action-plan__title">
        <span class={`tag tag--${a.severity}`}>{finding?.severityLabel ?? a.severity}</span> <strong>{name}</strong>
      </p>
      <p class="action-plan__text">{a.action}</p>
      <div class="action-plan__fields">
        <div class="form-group">
          <label class="label" for={`${base}-owner`}>
            {t('results.actionCol.owner')}
          </label>
          <input
            class="input"
            id={`${base}-owner`}
            type="text"
            autocomplete="off"
            maxLength={200}
            aria-describedby={limitNoteId(`${base}-owner`, a.owner, 200)}
            value={a.owner}
            aria-label={t('results.actionOwnerLabel', { action: name })}
            onInput={(e) => edit({ owner: (e.currentTarget as HTMLInputElement).value })}
          />
          <LimitNote id={`${base}-owner-limit`} value={a.owner} max={200} t={t} />
        </div>
        <div class="form-group">
          <label class="label" for={`${base}-due`}>
            {t('results.actionCol.due')}
          </label>
          <input
            class="input input--date"
            id={`${base}-due`}
            type="date"
            value={a.due}
            min="1990-01-01"
            max="2100-12-31"
            aria-label={t('results.actionDueLabel', { action: name })}
            aria-describedby={dueHints}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              if (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v)) edit({ due: v });
            }}
          />
          {a.dueSuggested ? (
            <p class="hint hint--small" id={`${base}-due-hint`}>
              {t('results.dueSuggested')}
            </p>
          ) : null}
          {duePast ? (
            <p class="hint hint--small hint--warning" id={`${base}-due-past`} data-testid="due-past">
              {t('results.duePast', { date: prepared })}
            </p>
          ) : null}
          {suggestedPast ? (
            <p class="hint hint--small hint--warning" id={`${base}-due-gone`} data-testid="due-suggested-past">
              {t('results.dueSuggestedPast', { date: prepared })}
            </p>
          ) : null}
        </div>
        <div class="form-group">
          <label class="label" for={`${base}-status`}>
            {t('results.actionCol.status')}
          </label>
          <select
            class="select"
            id={`${base}-status`}
            value={a.status}
            aria-label={t('results.actionStatusLabel', { action: name })}
            onChange={(e) => edit({ status: (e.currentTarget as HTMLSelectElement).value as ActionStatus })}
          >
            {(['open', 'in-progress', 'done'] as const).map((s) => (
              <option value={s} key={s}>
                {t(`results.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </li>
  );
}

function GeneratedTextBlock({ id, text, t }: { id: string; text: GeneratedText; t: Translate }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const plain = [text.title, ...text.paragraphs].join('\n\n');
    try {
      await navigator.clipboard.writeText(plain);
      setStatus(t('results.copied', { title: text.title }));
    } catch {
      // Select the text so the user can copy it by hand.
      const el = document.getElementById(id);
      if (el) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const sel = window.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
      setStatus(t('results.copyFailed'));
    }
  };
  return (
    <section class="generated-text" aria-labelledby={`${id}-title`}>
      <h3 class="heading-m" id={`${id}-title`}>
        {text.title}
      </h3>
      <div class="generated-text__body" id={id}>
        {text.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <div class="generated-text__actions no-print">
        <button type="button" class="button button--secondary" onClick={copy}>
          {t('results.copy', { title: text.title })}
        </button>
        <span class="generated-text__status" role="status">
          {status}
        </span>
      </div>
    </section>
  );
}

/** The page's parts, in order: on a phone the results run to dozens of screens, and the sign text is near the end. */
const CONTENTS: readonly (readonly [string, MessageKey])[] = [
  ['findings', 'results.findingsHeading'],
  ['results-unknowns', 'results.unknownsHeading'],
  ['results-risks', 'results.riskHeading'],
  ['results-actions', 'results.actionsHeading'],
  ['results-obligations', 'results.obligationsHeading'],
  ['results-texts', 'results.textsHeading'],
  ['results-sections', 'results.sectionsHeading'],
  ['results-answers', 'results.answersHeading'],
  ['results-appendix', 'results.appendixHeading'],
  ['results-signoff', 'results.signOffHeading'],
];

function Contents({ t }: { t: Translate }) {
  const jumpTo = useJumpTo();
  return (
    <nav class="results-contents no-print" aria-labelledby="results-contents-title" data-testid="results-contents">
      <h2 class="heading-s" id="results-contents-title">
        {t('results.contents')}
      </h2>
      <ul class="list results-contents__list">
        {CONTENTS.map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`} onClick={(e) => jumpTo(e, id)}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
