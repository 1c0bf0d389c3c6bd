import { useState } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import { VENUE_TYPES } from '../../domain/questions/sections/01-venue.ts';
import type { AssessmentMeta } from '../../domain/persistence/assessment-file.ts';
import type { MessageKey, Translate } from '../../i18n/translate.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { PageHeading } from './PageHeading.tsx';
import { TextField } from './fields/TextField.tsx';

const MAX = 200;
type Field = 'name' | 'organisation' | 'venueName';
const FIELDS: readonly { key: Field; label: MessageKey; hint: MessageKey }[] = [
  { key: 'name', label: 'start.name', hint: 'start.nameHint' },
  { key: 'organisation', label: 'start.organisation', hint: 'start.organisationHint' },
  { key: 'venueName', label: 'start.venue', hint: 'start.venueHint' },
];

/**
 * The venue type a link to the start form asks for (`#/start?preset=gym`, as a guidance page links), if it is
 * one of the venue types; anything else is ignored and the form starts with none chosen.
 */
export function presetFromHash(hash: string): string | undefined {
  const m = /^#\/start\?(.*)$/.exec(hash);
  const code = m ? new URLSearchParams(m[1]).get('preset') : null;
  return VENUE_TYPES.some((v) => v.code === code) ? code! : undefined;
}

/**
 * Start: name the assessment, the organisation and the venue, and optionally pick a venue-type preset — starting
 * from the one given (a campaign's single venue type, or the one the link asked for).
 */
export function StartForm({ onCreate, preset: initialPreset = '', locale, t }: { onCreate: (meta: AssessmentMeta) => void; preset?: string; locale: Locale; t: Translate }) {
  const [values, setValues] = useState<Record<Field, string>>({ name: '', organisation: '', venueName: '' });
  const [preset, setPreset] = useState<string>(initialPreset);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const submit = (e: Event) => {
    e.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    for (const f of FIELDS) {
      const v = values[f.key].trim();
      const field = t(f.label);
      if (!v) next[f.key] = t('start.errorRequired', { field: locale === 'en' ? field.charAt(0).toLowerCase() + field.slice(1) : field });
      else if ([...v].length > MAX) next[f.key] = t('start.errorTooLong', { field, max: MAX });
    }
    setErrors(next);
    if (Object.keys(next).length) return;
    onCreate({
      name: values.name.trim(),
      organisation: values.organisation.trim(),
      venueName: values.venueName.trim(),
      ...(preset ? { preset } : {}),
    });
  };
  const links = FIELDS.filter((f) => errors[f.key]).map((f) => ({ href: `#start-${f.key}`, text: errors[f.key]! }));
  return (
    <div class="start">
      <ErrorSummary errors={links} t={t} />
      <PageHeading class="heading-xl">{t('start.title')}</PageHeading>
      <p class="body">{t('start.intro')}</p>
      <form noValidate onSubmit={submit}>
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            id={`start-${f.key}`}
            name={f.key}
            label={t(f.label)}
            hint={t(f.hint)}
            error={errors[f.key]}
            value={values[f.key]}
            onInput={(v) => setValues({ ...values, [f.key]: v })}
            autocomplete={f.key === 'organisation' ? 'organization' : 'off'}
            t={t}
          />
        ))}
        <div class="form-group">
          <fieldset class="fieldset" aria-describedby="start-preset-hint">
            <legend class="fieldset__legend fieldset__legend--m">{t('start.preset')}</legend>
            <div class="hint" id="start-preset-hint">
              {t('start.presetHint')}
            </div>
            <div class="radios radios--compact">
              {[{ code: '', label: t('start.presetBlank') }, ...VENUE_TYPES.map((v) => ({ code: v.code, label: v.label[locale] }))].map((o, i) => {
                const id = i === 0 ? 'start-preset' : `start-preset-${o.code}`;
                return (
                  <div class="choice" key={o.code || 'blank'}>
                    <input class="choice__input" type="radio" id={id} name="preset" value={o.code} checked={preset === o.code} onChange={() => setPreset(o.code)} />
                    <label class="choice__label" for={id}>
                      {o.label}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <button type="submit" class="button" data-testid="create">
          {t('start.submit')}
        </button>
      </form>
    </div>
  );
}
