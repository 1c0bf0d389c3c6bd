/**
 * Lawyer mode on the results page: who the review is for (client, matter, reviewer), a view on each finding
 * (agree / disagree / needs more facts, with a note), and findings added by hand with citations picked from the
 * legal catalogue. Everything is written into the assessment file through the machine, so the autosave keeps it
 * and the JSON, PDF and Word files carry it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import type { ArticleId } from '../../domain/law/catalogue.ts';
import { VERDICTS, type Annotation, type AssessmentFile, type ManualFinding, type Review, type Verdict } from '../../domain/persistence/assessment-file.ts';
import type { ReviewPatch } from '../../domain/machine/questionnaire.machine.ts';
import type { ReportAnnotation, ReportFinding } from '../../domain/report/report-model.ts';
import type { MessageKey, Translate } from '../../i18n/translate.ts';
import { ErrorMessage, ErrorSummary } from './ErrorSummary.tsx';
import { RadioGroup } from './fields/RadioGroup.tsx';
import { CharacterCount } from './fields/CharacterCount.tsx';
import { focusAfterRender } from '../focus.ts';
import { LimitNote, describedBy, limitNoteId } from './fields/LimitNote.tsx';

export const TEXT_MAX = 200;
export const NOTE_MAX = 5000;
const VERDICT_KEYS: Record<Verdict, MessageKey> = { agree: 'lawyer.verdict.agree', disagree: 'lawyer.verdict.disagree', 'more-facts': 'lawyer.verdict.more-facts' };
const clip = (s: string, max: number) => [...s].slice(0, max).join('');

export function LawyerToggle({ on, onChange, t }: { on: boolean; onChange: (on: boolean) => void; t: Translate }) {
  return (
    <div class="lawyer-toggle no-print">
      <div class="checkboxes">
        <div class="choice">
          <input class="choice__input" type="checkbox" id="lawyer-mode" checked={on} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} aria-describedby="lawyer-mode-hint" />
          <label class="choice__label" for="lawyer-mode">
            {t('lawyer.toggle')}
          </label>
          <div class="hint choice__hint" id="lawyer-mode-hint">
            {t('lawyer.toggleHint')}
          </div>
        </div>
      </div>
    </div>
  );
}

export function ReviewDetails({ review, onChange, t }: { review: Review; onChange: (r: Review) => void; t: Translate }) {
  const fields: { key: keyof Review; label: MessageKey; hint: MessageKey }[] = [
    { key: 'client', label: 'lawyer.client', hint: 'lawyer.clientHint' },
    { key: 'matter', label: 'lawyer.matter', hint: 'lawyer.matterHint' },
    { key: 'reviewer', label: 'lawyer.reviewer', hint: 'lawyer.reviewerHint' },
  ];
  return (
    <section class="lawyer-panel" aria-labelledby="lawyer-title" data-testid="lawyer-panel">
      <h2 class="heading-m" id="lawyer-title">
        {t('lawyer.title')}
      </h2>
      <p class="hint">{t('lawyer.intro')}</p>
      <div class="lawyer-panel__fields">
        {fields.map((f) => (
          <div class="form-group" key={f.key}>
            <label class="label" for={`review-${f.key}`}>
              {t(f.label)}
            </label>
            <div class="hint" id={`review-${f.key}-hint`}>
              {t(f.hint)}
            </div>
            <input
              class="input"
              id={`review-${f.key}`}
              type="text"
              autocomplete={f.key === 'reviewer' ? 'name' : 'off'}
              maxLength={TEXT_MAX}
              aria-describedby={describedBy(`review-${f.key}-hint`, limitNoteId(`review-${f.key}`, review[f.key], TEXT_MAX))}
              value={review[f.key]}
              onInput={(e) => onChange({ ...review, [f.key]: clip((e.currentTarget as HTMLInputElement).value, TEXT_MAX) })}
            />
            <LimitNote id={`review-${f.key}-limit`} value={review[f.key]} max={TEXT_MAX} t={t} />
          </div>
        ))}
      </div>
    </section>
  );
}

/** The lawyer's view on one finding of the tool. Manual findings are not annotated (they are the lawyer's own). */
export function AnnotationEditor({ finding, annotation, onChange, t }: { finding: ReportFinding; annotation: Annotation | undefined; onChange: (a: Annotation | undefined) => void; t: Translate }) {
  const base = `annot-${finding.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const verdicts = useRef<HTMLFieldSetElement>(null);
  /** A note longer than the file allows, as typed or pasted: shown, counted, not saved. */
  const [over, setOver] = useState<string | undefined>(undefined);
  /** The view just deleted, until it is restored or another is given: one click must not lose a memo. */
  const [removed, setRemoved] = useState<Annotation | null>(null);
  const clear = () => {
    setOver(undefined);
    setRemoved(annotation ?? null);
    onChange(undefined);
    focusAfterRender(() => verdicts.current?.querySelector<HTMLInputElement>('input'));
  };
  return (
    <div class="annotation-editor no-print" data-testid="annotation-editor">
      <fieldset class="fieldset" ref={verdicts}>
        <legend class="fieldset__legend annotation-editor__legend">{t('lawyer.verdictLegend', { finding: finding.title })}</legend>
        <RadioGroup
          name={`${base}-verdict`}
          idPrefix={base}
          options={VERDICTS}
          value={annotation?.verdict}
          onChange={(v) => onChange({ verdict: v, note: annotation?.note ?? '' })}
          label={(v) => t(VERDICT_KEYS[v])}
          inline
        />
      </fieldset>
      {annotation ? (
        <div class="form-group">
          <label class="label" for={`${base}-note`}>
            {t('lawyer.note')}
            <span class="visually-hidden"> — {finding.title}</span>
          </label>
          <div class="hint" id={`${base}-note-hint`}>
            {t('lawyer.noteHint', { max: NOTE_MAX })}
          </div>
          {/* Over the limit, the text stays on screen and is not saved until it fits: nothing is cut in silence. */}
          <textarea
            class={`textarea${over ? ' textarea--error' : ''}`}
            id={`${base}-note`}
            rows={3}
            aria-describedby={`${base}-note-hint ${base}-note-count`}
            value={over ?? annotation.note}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLTextAreaElement).value;
              if ([...v].length > NOTE_MAX) return setOver(v);
              setOver(undefined);
              onChange({ verdict: annotation.verdict, note: v });
            }}
          />
          <CharacterCount id={`${base}-note-count`} used={[...(over ?? annotation.note)].length} max={NOTE_MAX} t={t} />
          {over ? <p class="error-message">{t('lawyer.noteNotSaved', { max: NOTE_MAX })}</p> : null}
          <button type="button" class="button button--secondary button--small" onClick={clear}>
            {t('lawyer.clearAnnotation')}
            <span class="visually-hidden"> — {finding.title}</span>
          </button>
        </div>
      ) : removed ? (
        <p class="hint hint--small" role="status">
          {t('lawyer.annotationRemoved')}{' '}
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => {
              onChange(removed);
              setRemoved(null);
            }}
          >
            {t('library.undo')}
            <span class="visually-hidden"> — {finding.title}</span>
          </button>
        </p>
      ) : (
        <p class="hint hint--small">{t('lawyer.noVerdict')}</p>
      )}
    </div>
  );
}

/** A read-only view of an annotation (lawyer mode off, or printing). */
export function AnnotationView({ annotation: a, t }: { annotation: ReportAnnotation | undefined; t: Translate }) {
  if (!a) return null;
  return (
    <div class={`annotation annotation--${a.verdict}`}>
      <p class="annotation__verdict">
        <strong>{t('lawyer.annotationHeading')}</strong> {a.verdictLabel}
      </p>
      {a.note ? <p class="annotation__note">{a.note}</p> : null}
    </div>
  );
}

interface CatalogueEntry {
  readonly id: ArticleId;
  readonly label: string;
  readonly heading: string;
  readonly haystack: string;
}

type CatalogueModule = typeof import('../../domain/law/catalogue.ts');

/** The catalogue (with the law's text) loads only when the picker is shown, never with the results page. */
function catalogueEntries({ allArticleIds, cite, formatCitation, getArticle }: CatalogueModule, locale: Locale): CatalogueEntry[] {
  return allArticleIds().map((id) => {
    const label = formatCitation(cite(id), locale);
    const found = getArticle(id);
    const art = found?.article;
    const heading = art?.heading[locale] ?? '';
    const other = formatCitation(cite(id), locale === 'en' ? 'zh-CN' : 'en');
    // Found as a lawyer would ask for it too: by the instrument's full title, and as "Article 51".
    const names = found ? `${found.instrument.title.en} ${found.instrument.title['zh-CN']} ${found.instrument.short.en}` : '';
    const article = found && found.instrument.numbering === 'article' ? `article ${art!.num}` : '';
    return { id, label, heading, haystack: `${label} ${heading} ${other} ${art?.heading[locale === 'en' ? 'zh-CN' : 'en'] ?? ''} ${id} ${names} ${article}`.toLowerCase() };
  });
}

const SHOW_MAX = 40;

/** Search the catalogue and tick provisions; the chosen ones are listed with a remove button each. */
export function CitationPicker({ chosen, onChange, error, locale, t }: { chosen: readonly string[]; onChange: (ids: string[]) => void; error?: string; locale: Locale; t: Translate }) {
  const [entries, setEntries] = useState<CatalogueEntry[] | null>(null);
  const [loadError, setLoadError] = useState('');
  useEffect(() => {
    let live = true;
    import('../../domain/law/catalogue.ts')
      .then((m) => live && setEntries(catalogueEntries(m, locale)))
      .catch((e: unknown) => live && setLoadError(t('lawyer.citeLoadFailed', { message: e instanceof Error ? e.message : String(e) })));
    return () => {
      live = false;
    };
  }, [locale]);
  const all = entries ?? [];
  const [query, setQuery] = useState('');
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = words.length ? all.filter((e) => words.every((w) => e.haystack.includes(w))) : all;
  const shown = matches.slice(0, SHOW_MAX);
  const byId = useMemo(() => new Map(all.map((e) => [e.id as string, e])), [entries]);
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen.filter((x) => x !== id), id] : chosen.filter((x) => x !== id));
  return (
    <div class={`form-group citation-picker${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={error ? 'manual-cites-hint manual-cites-error' : 'manual-cites-hint'}>
        <legend class="fieldset__legend label">{t('lawyer.cites')}</legend>
        <div class="hint" id="manual-cites-hint">
          {t('lawyer.citesHint')}
        </div>
        {error ? <ErrorMessage id="manual-cites-error" text={error} t={t} /> : null}
        {chosen.length ? (
          <ul class="citation-picker__chosen" aria-label={t('lawyer.citesChosen')}>
            {chosen.map((id) => (
              <li key={id}>
                <span>{byId.get(id)?.label ?? id}</span>
                <button
                  type="button"
                  class="button button--secondary button--small"
                  onClick={() => {
                    toggle(id, false);
                    focusAfterRender(() => document.getElementById('manual-cites'));
                  }}
                >
                  {t('lawyer.citeRemove')}
                  <span class="visually-hidden"> {byId.get(id)?.label ?? id}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <label class="label" for="manual-cites">
          {t('lawyer.citeSearch')}
        </label>
        <input class="input" id="manual-cites" type="search" autocomplete="off" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} aria-describedby="manual-cites-count" />
        <p class="hint hint--small" id="manual-cites-count" role="status">
          {loadError || !entries
            ? loadError || t('lawyer.citeLoading')
            : matches.length > SHOW_MAX ? t('lawyer.citeCountMore', { n: matches.length, shown: SHOW_MAX }) : matches.length === 1 ? t('lawyer.citeCountOne') : t('lawyer.citeCount', { n: matches.length })}
        </p>
        <div class="checkboxes citation-picker__list">
          {shown.map((e) => (
            <div class="choice" key={e.id}>
              <input class="choice__input" type="checkbox" id={`cite-${e.id}`} checked={chosen.includes(e.id)} onChange={(ev) => toggle(e.id, (ev.currentTarget as HTMLInputElement).checked)} />
              <label class="choice__label" for={`cite-${e.id}`}>
                {e.label}
                {e.heading ? <span class="hint hint--inline"> — {e.heading}</span> : null}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

type Draft = { severity: ManualFinding['severity'] | ''; title: string; note: string; cites: string[] };
const EMPTY: Draft = { severity: '', title: '', note: '', cites: [] };

export function nextManualId(list: readonly ManualFinding[]): string {
  const max = list.reduce((m, f) => Math.max(m, Number(f.id.slice('manual-'.length)) || 0), 0);
  return `manual-${max + 1}`;
}

/** Add a finding by hand: severity, title, note and at least one citation. */
export function ManualFindingForm({ existing, onAdd, locale, t }: { existing: readonly ManualFinding[]; onAdd: (f: ManualFinding) => void; locale: Locale; t: Translate }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<'severity' | 'title' | 'note' | 'cites', string>>>({});
  // The note that a finding was added, while that finding is still there (deleting it makes the note untrue).
  const [addedNote, setAdded] = useState<{ id: string; text: string } | null>(null);
  const added = addedNote && existing.some((m) => m.id === addedNote.id) ? addedNote.text : '';
  const addedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // On a new addition only (not when an undone deletion brings the finding, and so the note, back).
    if (addedNote) addedRef.current?.focus();
  }, [addedNote]);
  const full = existing.length >= 100;
  const submit = (e: Event) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!draft.severity) next.severity = t('lawyer.errSeverity');
    if (!draft.title.trim()) next.title = t('lawyer.errTitle');
    if (draft.cites.length === 0) next.cites = t('lawyer.errCites');
    if ([...draft.note].length > NOTE_MAX) next.note = t('lawyer.errNoteLong', { max: NOTE_MAX, n: [...draft.note].length - NOTE_MAX });
    setErrors(next);
    if (Object.keys(next).length || full) return;
    const f: ManualFinding = { id: nextManualId(existing), severity: draft.severity as ManualFinding['severity'], title: draft.title.trim(), note: draft.note.trim(), cites: draft.cites };
    onAdd(f);
    setDraft(EMPTY);
    setAdded({ id: f.id, text: t('lawyer.added', { title: f.title }) });
  };
  const anchors = { severity: '#manual-severity-red', title: '#manual-title-input', note: '#manual-note', cites: '#manual-cites' } as const;
  const links = (['severity', 'title', 'note', 'cites'] as const).filter((k) => errors[k]).map((k) => ({ href: anchors[k], text: errors[k]! }));
  return (
    <section class="manual-form no-print" aria-labelledby="manual-title">
      <h2 class="heading-m" id="manual-title">
        {t('lawyer.addTitle')}
      </h2>
      <p class="hint">{t('lawyer.addIntro')}</p>
      {added ? (
        <p class="notification" ref={addedRef} tabIndex={-1} role="status">
          {added}
        </p>
      ) : null}
      {full ? <p class="inset inset--warning">{t('lawyer.addFull')}</p> : null}
      <ErrorSummary errors={links} t={t} />
      <form noValidate onSubmit={submit}>
        <div class={`form-group${errors.severity ? ' form-group--error' : ''}`}>
          <fieldset class="fieldset" aria-describedby={errors.severity ? 'manual-severity-error' : undefined}>
            <legend class="fieldset__legend label">{t('lawyer.severity')}</legend>
            {errors.severity ? <ErrorMessage id="manual-severity-error" text={errors.severity} t={t} /> : null}
            <div class="radios radios--inline">
              {(['red', 'nc', 'risk'] as const).map((s) => (
                <div class="choice" key={s}>
                  <input class="choice__input" type="radio" id={`manual-severity-${s}`} name="manual-severity" value={s} checked={draft.severity === s} onChange={() => setDraft({ ...draft, severity: s })} />
                  <label class="choice__label" for={`manual-severity-${s}`}>
                    {t(`lawyer.severity.${s}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div class={`form-group${errors.title ? ' form-group--error' : ''}`}>
          <label class="label" for="manual-title-input">
            {t('lawyer.findingTitle')}
          </label>
          {errors.title ? <ErrorMessage id="manual-title-error" text={errors.title} t={t} /> : null}
          <input
            class={`input${errors.title ? ' input--error' : ''}`}
            id="manual-title-input"
            type="text"
            autocomplete="off"
            maxLength={TEXT_MAX}
            aria-describedby={describedBy(!!errors.title && 'manual-title-error', limitNoteId('manual-title-input', draft.title, TEXT_MAX))}
            value={draft.title}
            onInput={(e) => setDraft({ ...draft, title: clip((e.currentTarget as HTMLInputElement).value, TEXT_MAX) })}
          />
          <LimitNote id="manual-title-input-limit" value={draft.title} max={TEXT_MAX} t={t} />
        </div>
        <div class="form-group">
          <label class="label" for="manual-note">
            {t('lawyer.findingNote')}
          </label>
          <div class="hint" id="manual-note-hint">
            {t('lawyer.findingNoteHint')}
          </div>
          {errors.note ? <ErrorMessage id="manual-note-error" text={errors.note} t={t} /> : null}
          <textarea
            class={`textarea${errors.note ? ' textarea--error' : ''}`}
            id="manual-note"
            rows={4}
            aria-describedby={`manual-note-hint manual-note-count${errors.note ? ' manual-note-error' : ''}`}
            value={draft.note}
            onInput={(e) => setDraft({ ...draft, note: (e.currentTarget as HTMLTextAreaElement).value })}
          />
          <CharacterCount id="manual-note-count" used={[...draft.note].length} max={NOTE_MAX} t={t} />
        </div>
        <CitationPicker chosen={draft.cites} onChange={(cites) => setDraft({ ...draft, cites })} error={errors.cites} locale={locale} t={t} />
        <button type="submit" class="button" data-testid="manual-add">
          {t('lawyer.add')}
        </button>
      </form>
    </section>
  );
}

/** The patch that sets or clears one annotation. */
export function annotationPatch(file: AssessmentFile, ruleId: string, a: Annotation | undefined): ReviewPatch {
  const { [ruleId]: _old, ...rest } = file.annotations;
  return { annotations: a ? { ...rest, [ruleId]: a } : rest };
}
