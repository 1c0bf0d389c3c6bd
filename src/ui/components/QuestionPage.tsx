import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswerValue } from '../../domain/conditions.ts';
import type { Locale, Localized } from '../../domain/locale.ts';
import { scopeOf } from '../../domain/machine/navigation.ts';
import { optionLabel, sectionById, visibleQuestions, withScheme, type AnswerError } from '../../domain/questions/bank.ts';
import { VENUE_TYPES } from '../../domain/questions/sections/01-venue.ts';
import type { QuestionDef } from '../../domain/questions/schema.ts';
import type { ReturnTo } from '../../domain/machine/navigation.ts';
import { stableStringify, type AssessmentFile } from '../../domain/persistence/assessment-file.ts';
import type { Translate } from '../../i18n/translate.ts';
import { suggestionFor } from '../presets/venue-suggestions.ts';
import { ErrorMessage, ErrorSummary } from './ErrorSummary.tsx';
import { ChoiceField } from './fields/ChoiceField.tsx';
import { DateField, isoFromParts, partsFromIso, type DateParts } from './fields/DateField.tsx';
import { draftItems, groupValue, GroupField, type DraftItem } from './fields/GroupField.tsx';
import { addButtonId, dateFieldId, fieldId, itemFieldId } from './fields/ids.ts';
import { CharacterCount } from './fields/CharacterCount.tsx';
import { PageHeading } from './PageHeading.tsx';
import { WhyWeAsk } from './WhyWeAsk.tsx';
import { LazyFallback } from './LazyFallback.tsx';
import { useBankText } from '../hooks/useBankText.ts';
import { GUIDANCE_CHUNK } from '../../domain/questions/bank-text.ts';
import { answerLines } from './answer-text.ts';
import { typedNumber } from './fields/digits.ts';

type Draft =
  | { kind: 'choice'; value: string | string[] | undefined }
  | { kind: 'text'; value: string }
  | { kind: 'date'; value: DateParts }
  | { kind: 'group'; value: DraftItem[] };

function initialDraft(q: QuestionDef, value: AnswerValue | undefined): Draft {
  switch (q.kind) {
    case 'single':
      return { kind: 'choice', value: typeof value === 'string' ? value : undefined };
    case 'multi':
      return { kind: 'choice', value: Array.isArray(value) ? [...(value as string[])] : [] };
    case 'number':
      return { kind: 'text', value: typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '' };
    case 'date':
      return { kind: 'date', value: partsFromIso(value) };
    case 'text':
    case 'longtext':
      return { kind: 'text', value: typeof value === 'string' ? value : '' };
    case 'group':
      return { kind: 'group', value: draftItems(value) };
  }
}

/** The answer the draft stands for (possibly invalid: validation is the machine's guard). */
function draftValue(q: QuestionDef, d: Draft): AnswerValue | undefined {
  switch (d.kind) {
    case 'choice':
      return d.value;
    case 'date':
      return isoFromParts(d.value) || undefined;
    case 'group':
      return q.kind === 'group' ? groupValue(q, d.value) : undefined;
    case 'text': {
      const raw = d.value.trim();
      if (q.kind === 'number') {
        if (raw === '') return undefined;
        return typedNumber(raw);
      }
      if (raw === '') return undefined;
      if (q.kind === 'longtext') return d.value.replace(/\s+$/, '');
      return q.kind === 'text' && q.format === 'url' ? withScheme(raw) : raw;
    }
  }
}

/**
 * A draft left unsaved when the page is left — by Back, a header link, a language switch or a reload — waits in
 * this tab's sessionStorage, one per question of an assessment, and comes back only while the saved answer is
 * still the one it was typed over. The few most recent are kept.
 */
const KEPT_DRAFTS = 'face-pia:v1:drafts';
const MAX_KEPT_DRAFTS = 20;
const DRAFT_KINDS = ['choice', 'text', 'date', 'group'];
type KeptDrafts = Record<string, { savedKey?: unknown; draft?: { kind?: unknown; value?: unknown } }>;

/** Reads (and, given `write`, replaces) the kept drafts; storage off or full loses only the drafts. */
function keptDrafts(write?: KeptDrafts): KeptDrafts {
  try {
    if (write) window.sessionStorage.setItem(KEPT_DRAFTS, JSON.stringify(Object.fromEntries(Object.entries(write).slice(-MAX_KEPT_DRAFTS))));
    const kept = JSON.parse(window.sessionStorage.getItem(KEPT_DRAFTS) ?? '{}') as unknown;
    return kept && typeof kept === 'object' && !Array.isArray(kept) ? (kept as KeptDrafts) : {};
  } catch {
    return {};
  }
}

function keepDraft(fileId: string, questionId: string, savedKey: string, draft: Draft): void {
  const { [`${fileId}/${questionId}`]: _old, ...kept } = keptDrafts(); // re-inserted last: the most recent
  keptDrafts({ ...kept, [`${fileId}/${questionId}`]: { savedKey, draft } });
}

function takeKeptDraft(fileId: string, questionId: string, savedKey: string): Draft | undefined {
  const { [`${fileId}/${questionId}`]: k, ...rest } = keptDrafts();
  if (!k) return undefined;
  keptDrafts(rest);
  return k.savedKey === savedKey && DRAFT_KINDS.includes(String(k.draft?.kind)) && k.draft?.value !== undefined ? (k.draft as Draft) : undefined;
}

function errorTarget(q: QuestionDef, e: AnswerError, itemCount: number): string {
  if (q.kind === 'group') {
    if (e.item !== undefined) return itemFieldId(q.id, e.item, e.field ?? q.fields[0]!.id);
    return itemCount > 0 ? itemFieldId(q.id, 0, q.fields[0]!.id) : addButtonId(q.id);
  }
  if (q.kind === 'date') return dateFieldId(q.id, 'year');
  return fieldId(q.id);
}

export interface QuestionPageProps {
  q: QuestionDef;
  file: AssessmentFile;
  errors: readonly AnswerError[];
  returnTo: ReturnTo | null;
  onSubmit: (value: AnswerValue | undefined) => void;
  locale: Locale;
  t: Translate;
}

export function QuestionPage({ q, file, errors, returnTo, onSubmit, locale, t }: QuestionPageProps) {
  const saved = file.answers[q.id];
  const savedKey = stableStringify(saved) ?? '';
  // What was typed here before the page was left without "Continue" (a language switch, a header link).
  const [restored] = useState(() => takeKeptDraft(file.id, q.id, savedKey));
  const [draft, setDraftState] = useState<Draft>(() => restored ?? initialDraft(q, saved));
  // Whether the user has changed anything on this page: an untouched form follows the saved answer (another
  // window may change it), a touched one is the user's and is never replaced under them.
  const touched = useRef(restored !== undefined);
  // Set on "Continue" (the draft goes to be saved), cleared by any later change (a refused answer edited again).
  const submitted = useRef(false);
  // An answer refused on "Continue" comes back with errors: the draft is the user's again.
  useEffect(() => {
    submitted.current = false;
  }, [errors]);
  const setDraft = (d: Draft) => {
    touched.current = true;
    submitted.current = false;
    setDraftState(d);
  };
  const shownKey = useRef(savedKey);
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(() => {
    const keep = () => touched.current && !submitted.current && keepDraft(file.id, q.id, shownKey.current, latest.current);
    window.addEventListener('pagehide', keep);
    return () => {
      window.removeEventListener('pagehide', keep);
      // Left inside the app without "Continue" (Back, the task list, another section): keep what was typed.
      keep();
    };
  }, [file.id, q.id]);
  const [changedElsewhere, setChangedElsewhere] = useState<AnswerValue | undefined | null>(null);
  useEffect(() => {
    if (savedKey === shownKey.current) return;
    shownKey.current = savedKey;
    if (touched.current) setChangedElsewhere(saved);
    else setDraftState(initialDraft(q, saved));
  }, [savedKey]);
  const section = sectionById(q.section)!;
  const inSection = visibleQuestions(file.answers, scopeOf(file)).filter((x) => x.section === q.section);
  const index = inSection.findIndex((x) => x.id === q.id);
  const id = fieldId(q.id);
  const hintId = q.hint ? `${id}-hint` : undefined;
  const topErrors = errors.filter((e) => e.item === undefined || q.kind !== 'group');
  const mainError = topErrors[0];
  const errorId = mainError ? `${id}-error` : undefined;
  const suggestion = suggestionFor(file.meta.preset, q.id);
  const suggestionId = suggestion ? `${id}-suggestion` : undefined;
  const describedBy = [hintId, suggestionId, errorId].filter(Boolean).join(' ') || undefined;
  const itemCount = draft.kind === 'group' ? draft.value.length : 0;
  const summaryLinks = errors.map((e) => ({ href: `#${errorTarget(q, e, itemCount)}`, text: e.message[locale] }));
  const caption = (
    <span class="caption">
      {section.title[locale]}
      <span class="visually-hidden"> — </span>
      <span class="caption__progress">{index >= 0 ? t('question.progress', { n: index + 1, total: inSection.length }) : ''}</span>
    </span>
  );
  const heading = (
    <>
      {q.label[locale]}
      {q.optional ? <span class="heading-optional"> {t('question.optional')}</span> : null}
    </>
  );
  const hasUnknown = (q.kind === 'single' || q.kind === 'multi') && q.options.some((o) => o.unknown);
  const venueLabel = VENUE_TYPES.find((v) => v.code === file.meta.preset)?.label[locale] ?? '';

  const hintBlock = (
    <>
      {q.hint ? (
        <div class="hint" id={hintId}>
          {q.hint[locale]}
          {/* "Select all that apply", unless the hint already says it; no space between Chinese sentences. */}
          {q.kind === 'multi' && !/选择所有|所有适用|全部适用|select (all|every)/i.test(q.hint[locale]) ? `${locale === 'zh-CN' ? '' : ' '}${t('question.selectAll')}` : ''}
        </div>
      ) : q.kind === 'multi' ? (
        <div class="hint" id={`${id}-hint`}>
          {t('question.selectAll')}
        </div>
      ) : null}
      {suggestion ? (
        <div class="inset suggestion" id={suggestionId}>
          <p class="suggestion__title">{t('question.suggestionTitle', { venue: venueLabel })}</p>
          {suggestion.codes ? (
            <ul class="list list--bullet">
              {suggestion.codes.map((c) => (
                <li key={c}>{optionLabel(q.id, c)[locale]}</li>
              ))}
            </ul>
          ) : null}
          {suggestion.example ? <p>{t('question.suggestionStatement', { text: t(suggestion.example) })}</p> : null}
          <p class="suggestion__note">{t('question.suggestionNote')}</p>
        </div>
      ) : null}
      {mainError && q.kind !== 'group' ? <ErrorMessage id={errorId!} text={mainError.message[locale]} t={t} /> : null}
      {mainError && q.kind === 'group' && mainError.item === undefined ? <ErrorMessage id={errorId!} text={mainError.message[locale]} t={t} /> : null}
    </>
  );
  // Multi without its own hint: the generated "select all" hint id must be described too.
  const multiHint = q.kind === 'multi' && !q.hint ? `${id}-hint` : undefined;
  const dateHint = q.kind === 'date' ? `${id}-date-hint` : undefined;
  const fullDescribedBy = [multiHint, dateHint, describedBy].filter(Boolean).join(' ') || undefined;

  let body;
  if (q.kind === 'single' || q.kind === 'multi' || q.kind === 'date' || q.kind === 'group') {
    body = (
      <fieldset class="fieldset" aria-describedby={fullDescribedBy}>
        <legend class="fieldset__legend">
          {caption}
          <PageHeading class="fieldset__heading">{heading}</PageHeading>
        </legend>
        {hintBlock}
        {q.kind === 'single' || q.kind === 'multi' ? (
          <ChoiceField
            q={q}
            value={draft.kind === 'choice' ? draft.value : undefined}
            onChange={(v) => setDraft({ kind: 'choice', value: v })}
            describedBy={undefined}
            invalid={!!mainError}
            locale={locale}
            t={t}
          />
        ) : q.kind === 'date' ? (
          <>
            <div class="hint" id={`${id}-date-hint`}>
              {t('question.dateHint')}
            </div>
            <DateField
              questionId={q.id}
              value={draft.kind === 'date' ? draft.value : partsFromIso(undefined)}
              onChange={(v) => setDraft({ kind: 'date', value: v })}
              invalid={!!mainError}
              describedBy={[`${id}-date-hint`, errorId].filter(Boolean).join(' ')}
              t={t}
            />
          </>
        ) : (
          <GroupField
            q={q}
            items={draft.kind === 'group' ? draft.value : []}
            onChange={(items) => setDraft({ kind: 'group', value: items })}
            errors={errors}
            locale={locale}
            t={t}
          />
        )}
        {hasUnknown ? <p class="hint hint--small">{t('question.unknownNote')}</p> : null}
      </fieldset>
    );
  } else {
    const text = draft.kind === 'text' ? draft.value : '';
    const max = q.kind === 'number' ? 0 : q.maxLength;
    const used = [...text].length;
    const countId = `${id}-count`;
    body = (
      <>
        {caption}
        <PageHeading class="label-wrapper">
          <label class="label label--heading" for={id}>
            {heading}
          </label>
        </PageHeading>
        {hintBlock}
        {q.kind === 'longtext' ? (
          <>
            <textarea
              class={`textarea${mainError ? ' textarea--error' : ''}`}
              id={id}
              name={q.id}
              rows={6}
              aria-describedby={[describedBy, countId].filter(Boolean).join(' ')}
              value={text}
              onInput={(e) => setDraft({ kind: 'text', value: (e.currentTarget as HTMLTextAreaElement).value })}
            />
            <CharacterCount id={countId} used={used} max={max} t={t} />
          </>
        ) : (
          <div class="input-wrapper">
            <input
              class={`input${q.kind === 'number' ? ' input--width-10' : q.format === 'url' ? '' : ''}${mainError ? ' input--error' : ''}`}
              id={id}
              name={q.id}
              type={q.kind === 'text' && q.format === 'url' ? 'url' : 'text'}
              inputMode={q.kind === 'number' ? 'numeric' : undefined}
              autocomplete="off"
              spellcheck={q.kind === 'number' ? false : undefined}
              aria-describedby={[describedBy, q.kind === 'number' ? `${id}-unit` : undefined].filter(Boolean).join(' ') || undefined}
              value={text}
              onInput={(e) => setDraft({ kind: 'text', value: (e.currentTarget as HTMLInputElement).value })}
            />
            {q.kind === 'number' ? (
              <span class="input__suffix" aria-hidden="true">
                {q.unit[locale]}
              </span>
            ) : null}
            {q.kind === 'number' ? (
              <span class="visually-hidden" id={`${id}-unit`}>
                {t('question.unit', { unit: q.unit[locale] })}
              </span>
            ) : null}
          </div>
        )}
      </>
    );
  }

  return (
    <div class="question-page">
      <ErrorSummary errors={summaryLinks} t={t} />
      {returnTo ? <p class="notice-inline">{t('question.changing')}</p> : null}
      {restored ? (
        <p class="notice-inline" data-testid="draft-restored">
          {t('question.draftRestored')}
        </p>
      ) : null}
      {changedElsewhere !== null ? (
        <p class="notice-inline" data-testid="changed-elsewhere">
          {t('question.changedElsewhere', { value: changedElsewhere === undefined ? t('review.notAnswered') : answerLines(q, changedElsewhere, locale).join(t('answer.fieldSeparator')) })}
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submitted.current = true;
          onSubmit(draftValue(q, draft));
        }}
      >
        <div class={`form-group${mainError ? ' form-group--error' : ''}`}>{body}</div>
        {q.findIt ? <FindIt text={q.findIt} locale={locale} t={t} /> : null}
        <WhyWeAsk why={q.why} locale={locale} t={t} />
        <button type="submit" class="button" data-testid="continue">
          {t('question.continue')}
        </button>
      </form>
    </div>
  );
}


/** "Not sure? Where to find the answer": its words load the first time it is opened (bank-text.ts, GUIDANCE_CHUNK). */
function FindIt({ text, locale, t }: { text: Localized; locale: Locale; t: Translate }) {
  const [opened, setOpened] = useState(false);
  const words = useBankText(locale, opened ? [GUIDANCE_CHUNK] : []);
  return (
    <details class="details" data-testid="find-it" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary class="details__summary">
        <span class="details__summary-text">{t('question.findIt')}</span>
      </summary>
      <div class="details__text">{opened ? words.status === 'ready' ? <p>{text[locale]}</p> : <LazyFallback state={words} t={t} /> : null}</div>
    </details>
  );
}
