/**
 * Shown when this window and another saved different changes to the same things (an answer, a name, an action
 * row…). Nothing has been overwritten at that point: the other window's values are what is stored, this window's
 * are on screen. The user chooses per item, or for all at once; the app then saves the choice.
 *
 * Its title and introduction are an alert (role="alert"), because it appears without the user asking and what is
 * at stake is their work; the form of choices is not in the alert, so a screen reader does not read it all out
 * at once, nor again when an error appears in it. It is a region named by its title.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import type { Conflict } from '../../domain/persistence/merge.ts';
import { QUESTIONS, questionById } from '../../domain/questions/bank.ts';
import { VENUE_TYPES } from '../../domain/questions/sections/01-venue.ts';
import { ruleById } from '../../domain/rules/index.ts';
import { formatDate, formatDateTime, type Translate } from '../../i18n/core.ts';
import { answerLines } from './answer-text.ts';
import { ErrorMessage } from './ErrorSummary.tsx';
import { RadioGroup } from './fields/RadioGroup.tsx';
import '../styles/conflict.css';

export type ConflictSide = 'mine' | 'theirs';

export interface ConflictNoticeProps {
  conflicts: readonly Conflict[];
  onResolve: (choices: ReadonlyMap<string, ConflictSide>) => void;
  locale: Locale;
  t: Translate;
}

const SIDES: readonly ConflictSide[] = ['mine', 'theirs'];
const domId = (key: string) => `conflict-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Questions in the order the questionnaire asks them, then everything else as the merge found it. */
const BANK_ORDER = new Map(QUESTIONS.map((q, i) => [q.id, i]));
const order = (c: Conflict) => (c.kind === 'answer' ? (BANK_ORDER.get(c.questionId) ?? QUESTIONS.length) : QUESTIONS.length + 1);

export function ConflictNotice({ conflicts: found, onResolve, locale, t }: ConflictNoticeProps) {
  const conflicts = [...found].sort((a, b) => order(a) - order(b));
  // Keyed by conflict key: the list is recomputed whenever either window saves, and a choice made stays made.
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictSide>>(new Map());
  const [showErrors, setShowErrors] = useState(false);
  const missing = conflicts.filter((c) => !choices.has(c.key));
  const all = (side: ConflictSide) => new Map(conflicts.map((c) => [c.key, side] as const));

  const submit = (e: Event) => {
    e.preventDefault();
    if (missing.length) {
      setShowErrors(true);
      document.getElementById(`${domId(missing[0]!.key)}-mine`)?.focus();
      return;
    }
    onResolve(new Map(conflicts.map((c) => [c.key, choices.get(c.key) ?? 'mine'] as const)));
  };

  return (
    <div class="notification notification--warning conflict-notice no-print" role="region" aria-labelledby="conflict-title" data-testid="conflict">
      <div role="alert">
        <h2 class="heading-m conflict-notice__title" id="conflict-title">
          {t('conflict.title', { n: conflicts.length })}
        </h2>
        <p>{t('conflict.intro')}</p>
      </div>
      <form noValidate onSubmit={submit}>
        {conflicts.map((c) => {
          const id = domId(c.key);
          const error = showErrors && !choices.has(c.key);
          return (
            <div class={`form-group conflict-notice__item${error ? ' form-group--error' : ''}`} key={c.key} data-conflict={c.key}>
              <fieldset class="fieldset" aria-describedby={error ? `${id}-error` : undefined}>
                <legend class="fieldset__legend conflict-notice__label">{conflictLabel(c, locale, t)}</legend>
                {error ? <ErrorMessage id={`${id}-error`} text={t('conflict.choose')} t={t} /> : null}
                <RadioGroup
                  name={id}
                  idPrefix={id}
                  options={SIDES}
                  value={choices.get(c.key)}
                  onChange={(side) => setChoices(new Map(choices).set(c.key, side))}
                  label={(side) => t(side === 'mine' ? 'conflict.mine' : 'conflict.theirs', { value: conflictValue(c, side, locale, t) })}
                />
              </fieldset>
            </div>
          );
        })}
        <div class="button-group conflict-notice__buttons">
          <button type="submit" class="button" data-testid="conflict-save">
            {t('conflict.saveChoices')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => onResolve(all('mine'))} data-testid="conflict-all-mine">
            {t('conflict.allMine')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => onResolve(all('theirs'))} data-testid="conflict-all-theirs">
            {t('conflict.allTheirs')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** What the conflict is about, as the user knows it: the question's label, the field's name, the rule's title. */
export function conflictLabel(c: Conflict, locale: Locale, t: Translate): string {
  const rule = (id: string) => ruleById(id)?.title[locale] ?? id;
  switch (c.kind) {
    case 'answer':
      return questionById(c.questionId)?.label[locale] ?? c.questionId;
    case 'meta':
      return t(c.field === 'name' ? 'start.name' : c.field === 'organisation' ? 'start.organisation' : c.field === 'venueName' ? 'start.venue' : 'conflict.preset');
    case 'review':
      return t(`lawyer.${c.field}`);
    case 'action':
      return t('conflict.action', { rule: rule(c.ruleId) });
    case 'annotation':
      return t('lawyer.verdictLegend', { finding: rule(c.ruleId) });
    case 'manualFinding':
      return t('conflict.manualFinding', { title: (c.mine ?? c.theirs ?? c.base)?.title ?? c.findingId });
    case 'campaign':
      return t('conflict.campaign');
    case 'file':
      return t('conflict.file');
  }
}

/** One side's value, in words (labels for codes, dates as people write them); "none" when that side has none. */
export function conflictValue(c: Conflict, side: 'base' | ConflictSide, locale: Locale, t: Translate): string {
  const none = t('conflict.none');
  const field = (label: string, v: string) => t('answer.fieldValue', { field: label, value: v || none });
  const join = (parts: readonly string[]) => parts.join(t('answer.fieldSeparator'));
  switch (c.kind) {
    case 'answer': {
      const v = c[side];
      const q = questionById(c.questionId);
      if (v === undefined) return t('review.notAnswered');
      return q ? join(answerLines(q, v, locale)) : JSON.stringify(v);
    }
    case 'meta': {
      const v = c[side];
      if (!v) return none;
      return c.field === 'preset' ? (VENUE_TYPES.find((o) => o.code === v)?.label[locale] ?? v) : v;
    }
    case 'review':
      return c[side] || none;
    case 'action': {
      const a = c[side];
      if (!a) return none;
      return join([
        field(t('results.actionCol.owner'), a.owner),
        field(t('results.actionCol.due'), a.due ? formatDate(a.due, locale) : ''),
        field(t('results.actionCol.status'), t(`results.status.${a.status}`)),
      ]);
    }
    case 'annotation': {
      const a = c[side];
      if (!a) return none;
      return join([t(`lawyer.verdict.${a.verdict}`), ...(a.note ? [a.note] : [])]);
    }
    case 'manualFinding': {
      const f = c[side];
      if (!f) return none;
      return join([f.title, ...(f.note ? [f.note] : [])]);
    }
    case 'campaign':
      return c[side]?.name ?? none;
    case 'file': {
      const f = c[side];
      if (!f) return none;
      return t('conflict.fileValue', { n: Object.keys(f.answers).length, time: formatDateTime(f.updatedAt, locale) });
    }
  }
}
