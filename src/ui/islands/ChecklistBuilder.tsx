/**
 * The regulator's checklist builder: venue types, the checks a campaign covers and who runs it → a link that
 * starts a scoped assessment (state in the URL fragment), its QR code, and the blank inspection checklist PDF.
 * Nothing is sent anywhere: the link carries everything.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ChecklistScope } from '../../pdf/checklist.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Campaign } from '../../domain/persistence/campaign.ts';
import type { Severity } from '../../domain/rules/schema.ts';
import { translate, type MessageKey, type Translate } from '../../i18n/translate.ts';
import { localToday } from '../../i18n/core.ts';
import { CopyField } from '../components/CopyField.tsx';
import { TextField } from '../components/fields/TextField.tsx';
import { LimitNote, describedBy, limitNoteId } from '../components/fields/LimitNote.tsx';
import { ErrorMessage, ErrorSummary, type ErrorLink } from '../components/ErrorSummary.tsx';
import { localeRoot } from '../urls.ts';
import { EMPTY_TEXT, isEmptyDraft, readDraft, writeDraft, type ChecklistDraft } from '../storage/checklist-draft.ts';
// extras.css is part of the site's one stylesheet (Base.astro): a second render-blocking file slowed first paint.

/**
 * A check as the builder shows it. The page computes these at build time (checklistBuilderData) so the island
 * never loads the legal catalogue; the domain's campaign validation and link encoder load when a link is made.
 */
export interface CheckView {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly question: string;
  readonly cites: string;
}
export interface VenueView {
  readonly code: string;
  readonly label: string;
}
export interface BuilderData {
  readonly checks: readonly CheckView[];
  readonly venueTypes: readonly VenueView[];
  readonly limits: { readonly short: number; readonly instructions: number };
  /** The keys to the marks on the citations (※ † ‡), in the page's language. */
  readonly markKeys: readonly string[];
}

type TextField = 'authority' | 'name' | 'reference' | 'contact' | 'deadline' | 'instructions';
type Field = TextField | 'venueTypes' | 'checks';
const TEXT_FIELDS: readonly { key: TextField; label: MessageKey; hint: MessageKey; required?: boolean }[] = [
  { key: 'authority', label: 'checklist.authority', hint: 'checklist.authorityHint', required: true },
  { key: 'name', label: 'checklist.name', hint: 'checklist.nameHint', required: true },
  { key: 'reference', label: 'checklist.reference', hint: 'checklist.referenceHint' },
  { key: 'contact', label: 'checklist.contact', hint: 'checklist.contactHint' },
];
/** In the page's order: the error summary lists its links in this order. */
const FIELD_LABEL: Record<Field, MessageKey> = {
  venueTypes: 'checklist.venuesLegend',
  checks: 'checklist.checksLegend',
  authority: 'checklist.authority',
  name: 'checklist.name',
  reference: 'checklist.reference',
  contact: 'checklist.contact',
  deadline: 'checklist.deadline',
  instructions: 'checklist.instructions',
};
const SEVERITY_GROUPS: readonly { sev: Severity; key: MessageKey }[] = [
  { sev: 'red', key: 'results.redLines' },
  { sev: 'nc', key: 'results.nonCompliance' },
  { sev: 'risk', key: 'results.risks' },
];
const fieldAnchor = (f: Field, d: BuilderData) => (f === 'venueTypes' ? `#cl-venue-${d.venueTypes[0]!.code}` : f === 'checks' ? `#cl-check-${(d.checks.find((c) => c.severity === SEVERITY_GROUPS[0]!.sev) ?? d.checks[0]!).id}` : `#cl-${f}`);
const chars = (s: string) => [...s].length;

interface Made {
  readonly url: string;
  readonly key: string;
  /** What the link carries, shown beside it (and on paper, when the page is printed). */
  readonly campaign: Campaign;
  readonly qr: { n: number; path: string } | { error: string };
}

export default function ChecklistBuilder({ locale, data, children }: { locale: Locale; data: BuilderData; children?: ComponentChildren }) {
  const { checks: CHECKS, venueTypes: VENUE_TYPES, limits: CAMPAIGN_LIMITS } = data;
  const t = useMemo(() => translate(locale), [locale]);
  const [text, setText] = useState<Record<TextField, string>>({ ...EMPTY_TEXT });
  const [venues, setVenues] = useState<string[]>([]);
  const [checks, setChecks] = useState<string[]>([]);
  const [linkLocale, setLinkLocale] = useState<Locale>(locale);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [made, setMade] = useState<Made | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // The form is kept as a draft in this browser as it is filled in (storage/checklist-draft.ts), and put back
  // after the page has hydrated (the page is rendered empty, so restoring waits for the island).
  const [draft, setDraft] = useState<'loading' | 'fresh' | 'restored' | 'unreadable'>('loading');
  const [notSaved, setNotSaved] = useState(false);
  const [cleared, setCleared] = useState<ChecklistDraft | null>(null);
  const current: ChecklistDraft = { text, venues, checks, linkLocale };
  const fill = (d: ChecklistDraft) => {
    setText({ ...d.text });
    setVenues([...d.venues]);
    setChecks([...d.checks]);
    setLinkLocale(d.linkLocale);
  };
  useEffect(() => {
    const r = readDraft({ short: CAMPAIGN_LIMITS.short, instructions: CAMPAIGN_LIMITS.instructions, venueCodes: VENUE_TYPES.map((v) => v.code), checkIds: CHECKS.map((c) => c.id) });
    if (r.kind === 'draft') fill(r.draft);
    setDraft(r.kind === 'draft' ? 'restored' : r.kind === 'unreadable' ? 'unreadable' : 'fresh');
  }, []);
  useEffect(() => {
    // An unreadable draft stays until there is something to replace it with.
    if (draft === 'loading' || (draft === 'unreadable' && isEmptyDraft(current))) return;
    setNotSaved(!writeDraft(current));
  }, [draft, text, venues, checks, linkLocale]);
  const clearForm = () => {
    setCleared(current);
    fill({ text: EMPTY_TEXT, venues: [], checks: [], linkLocale: locale });
    setErrors({});
    setMade(null);
    setDraft('fresh');
    setTimeout(() => document.getElementById('cl-draft-cleared')?.focus(), 0);
  };
  const undoClear = () => {
    if (cleared) fill(cleared);
    setCleared(null);
    setTimeout(() => document.getElementById(`cl-venue-${VENUE_TYPES[0]!.code}`)?.focus(), 0);
  };

  const campaign = (): Campaign => ({
    authority: text.authority.trim(),
    name: text.name.trim(),
    reference: text.reference.trim(),
    contact: text.contact.trim(),
    deadline: text.deadline,
    instructions: text.instructions.trim(),
    venueTypes: VENUE_TYPES.map((v) => v.code as string).filter((c) => venues.includes(c)),
    checks: CHECKS.map((c) => c.id as string).filter((c) => checks.includes(c)),
  });
  const keyOf = (c: Campaign) => `${linkLocale}|${JSON.stringify(c)}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const c = campaign();
    const next: Partial<Record<Field, string>> = {};
    if (!c.authority) next.authority = t('checklist.errAuthority');
    if (!c.name) next.name = t('checklist.errName');
    if (c.checks.length === 0) next.checks = t('checklist.errChecks');
    if (text.deadline === '' && (document.getElementById('cl-deadline') as HTMLInputElement | null)?.validity.badInput) next.deadline = t('checklist.errDeadline');
    // A deadline already past would reach businesses as a date they have missed (local date, as the user sees it).
    const today = localToday();
    if (text.deadline !== '' && text.deadline < today) next.deadline = t('checklist.errDeadlinePast');
    // The domain's validation is the final word (the same one a link is checked with when opened).
    const [{ validateCampaign }, { campaignFragment }] = await Promise.all([import('../../domain/persistence/campaign.ts'), import('../../domain/share/links.ts')]);
    for (const err of validateCampaign(c)) {
      // "The campaign’s deadline (campaign.deadline): …": the field from its path, the message after it.
      const m = /[（(]campaign\.(\w+)[)）][:：]\s*(.*)$/s.exec(err.en);
      const f = (m?.[1] ?? 'checks') as Field;
      if (next[f]) continue;
      const msg = /[（(]campaign\.\w+[)）][:：]\s*(.*)$/s.exec(err[locale])?.[1] ?? err[locale];
      next[f in FIELD_LABEL ? f : 'checks'] = `${t(FIELD_LABEL[f] ?? 'checklist.checksLegend')}${locale === 'en' ? ': ' : '：'}${msg}`;
    }
    setErrors(next);
    if (Object.keys(next).length) return;
    setBusy(true);
    try {
      const url = `${window.location.origin}${localeRoot(linkLocale)}assessment/#${await campaignFragment(c)}`;
      setMade({ url, key: keyOf(c), campaign: c, qr: await qrPath(url, t) });
      setTimeout(() => resultRef.current?.focus(), 0);
    } catch (err) {
      setErrors({ checks: t('checklist.errLink', { message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };

  const summary: ErrorLink[] = (Object.keys(FIELD_LABEL) as Field[]).filter((f) => errors[f]).map((f) => ({ href: fieldAnchor(f, data), text: errors[f]! }));
  const stale = made && made.key !== keyOf(campaign());
  const setAll = (on: boolean) => setChecks(on ? CHECKS.map((c) => c.id) : []);

  return (
    <div class="checklist-builder">
      <p class="print-note">{t('checklist.printNote')}</p>
      <ErrorSummary errors={summary} t={t} />
      {draft === 'restored' && !cleared ? (
        <div class="inset no-print" role="status" data-testid="draft-restored">
          <p>{t('checklist.draftRestored')}</p>
        </div>
      ) : null}
      {draft === 'unreadable' ? (
        <p class="inset inset--warning no-print" role="alert" data-testid="draft-unreadable">
          {t('checklist.draftUnreadable')}
        </p>
      ) : null}
      {cleared ? (
        <p class="inset no-print" role="status" id="cl-draft-cleared" tabIndex={-1} data-testid="draft-cleared">
          {t('checklist.draftCleared')}{' '}
          <button type="button" class="button button--secondary button--small" onClick={undoClear}>
            {t('checklist.undoClear')}
          </button>
        </p>
      ) : null}
      {notSaved ? (
        <p class="inset inset--warning no-print" role="status" data-testid="draft-not-saved">
          {t('checklist.draftNotSaved')}
        </p>
      ) : null}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <h2 class="heading-l">{t('checklist.step1')}</h2>
        <div class={`form-group${errors.venueTypes ? ' form-group--error' : ''}`}>
          <fieldset class="fieldset" aria-describedby={errors.venueTypes ? 'cl-venues-hint cl-venues-error' : 'cl-venues-hint'}>
            <legend class="fieldset__legend fieldset__legend--m">{t('checklist.venuesLegend')}</legend>
            <div class="hint" id="cl-venues-hint">
              {t('checklist.venuesHint')}
            </div>
            {errors.venueTypes ? <ErrorMessage id="cl-venues-error" text={errors.venueTypes} t={t} /> : null}
            <div class="checkboxes checkboxes--columns">
              {VENUE_TYPES.map((v) => (
                <div class="choice" key={v.code}>
                  <input
                    class="choice__input"
                    type="checkbox"
                    id={`cl-venue-${v.code}`}
                    value={v.code}
                    checked={venues.includes(v.code)}
                    onChange={(e) => setVenues((e.currentTarget as HTMLInputElement).checked ? [...venues, v.code] : venues.filter((x) => x !== v.code))}
                  />
                  <label class="choice__label" for={`cl-venue-${v.code}`}>
                    {v.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>

        <h2 class="heading-l">{t('checklist.step2')}</h2>
        <p class="body">{t('checklist.checksIntro')}</p>
        <div class="button-group checklist-builder__bulk">
          <button type="button" class="button button--secondary button--small" onClick={() => setAll(true)} data-testid="checks-all">
            {t('checklist.selectAll')}
          </button>
          <button type="button" class="button button--secondary button--small" onClick={() => setAll(false)} data-testid="checks-none">
            {t('checklist.selectNone')}
          </button>
          <span class="hint hint--inline" role="status">
            {t('checklist.selectedCount', { n: checks.length, total: CHECKS.length })}
          </span>
        </div>
        <div class={`form-group${errors.checks ? ' form-group--error' : ''}`}>
          {errors.checks ? <ErrorMessage id="cl-checks-error" text={errors.checks} t={t} /> : null}
          {SEVERITY_GROUPS.map((g) => {
            const list = CHECKS.filter((c) => c.severity === g.sev);
            return (
              <fieldset class="fieldset check-group" key={g.sev} aria-describedby={errors.checks ? 'cl-checks-error' : undefined}>
                <legend class="fieldset__legend fieldset__legend--m">
                  <span class={`tag tag--${g.sev}`}>{t(g.key)}</span> <span class="count-badge">{list.length}</span>
                </legend>
                <div class="checkboxes">
                  {list.map((c) => (
                    <div class="choice check-choice" key={c.id} data-check={c.id}>
                      <input
                        class="choice__input"
                        type="checkbox"
                        id={`cl-check-${c.id}`}
                        value={c.id}
                        checked={checks.includes(c.id)}
                        aria-describedby={`cl-check-${c.id}-hint`}
                        onChange={(e) => setChecks((e.currentTarget as HTMLInputElement).checked ? [...checks, c.id] : checks.filter((x) => x !== c.id))}
                      />
                      <label class="choice__label" for={`cl-check-${c.id}`}>
                        <span class="check-choice__id">{c.id}</span> {c.title}
                      </label>
                      <div class="hint choice__hint check-choice__hint" id={`cl-check-${c.id}-hint`}>
                        <p>{c.question}</p>
                        <p class="check-choice__cites">
                          <span class="provision__kind">{t('results.citations')}{t('app.colon')}</span>
                          {c.cites}
                        </p>
                      </div>
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          })}
          <p class="hint hint--small" data-testid="cite-marks">
            {data.markKeys.map((key, i) => (
              <Fragment key={key}>
                {i ? <br /> : null}
                {key}
              </Fragment>
            ))}
          </p>
          {/* The key to the citations' short names, where the page has one (the English page: static HTML). */}
          {children}
        </div>

        <h2 class="heading-l">{t('checklist.step3')}</h2>
        {TEXT_FIELDS.map((f) => (
          <TextField
            key={f.key}
            id={`cl-${f.key}`}
            label={
              <>
                {t(f.label)}
                {f.required ? null : <span class="heading-optional"> {t('checklist.optional')}</span>}
              </>
            }
            hint={t(f.hint)}
            error={errors[f.key]}
            value={text[f.key]}
            onInput={(v) => setText({ ...text, [f.key]: v })}
            autocomplete={f.key === 'authority' ? 'organization' : 'off'}
            maxLength={CAMPAIGN_LIMITS.short}
            t={t}
          />
        ))}
        <div class={`form-group${errors.deadline ? ' form-group--error' : ''}`}>
          <label class="label label--m" for="cl-deadline">
            {t('checklist.deadline')}
            <span class="heading-optional"> {t('checklist.optional')}</span>
          </label>
          <div class="hint" id="cl-deadline-hint">
            {t('checklist.deadlineHint')}
          </div>
          {errors.deadline ? <ErrorMessage id="cl-deadline-error" text={errors.deadline} t={t} /> : null}
          <input
            class={`input input--date${errors.deadline ? ' input--error' : ''}`}
            id="cl-deadline"
            type="date"
            min="2020-01-01"
            max="2100-12-31"
            aria-describedby={`cl-deadline-hint${errors.deadline ? ' cl-deadline-error' : ''}`}
            value={text.deadline}
            onInput={(e) => setText({ ...text, deadline: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <div class={`form-group${errors.instructions ? ' form-group--error' : ''}`}>
          <label class="label label--m" for="cl-instructions">
            {t('checklist.instructions')}
            <span class="heading-optional"> {t('checklist.optional')}</span>
          </label>
          <div class="hint" id="cl-instructions-hint">
            {t('checklist.instructionsHint', { max: CAMPAIGN_LIMITS.instructions })}
          </div>
          {errors.instructions ? <ErrorMessage id="cl-instructions-error" text={errors.instructions} t={t} /> : null}
          <textarea
            class={`textarea${errors.instructions ? ' textarea--error' : ''}`}
            id="cl-instructions"
            rows={5}
            maxLength={CAMPAIGN_LIMITS.instructions}
            aria-describedby={describedBy('cl-instructions-hint', 'cl-instructions-count', !!errors.instructions && 'cl-instructions-error', limitNoteId('cl-instructions', text.instructions, CAMPAIGN_LIMITS.instructions))}
            value={text.instructions}
            onInput={(e) => setText({ ...text, instructions: (e.currentTarget as HTMLTextAreaElement).value })}
          />
          <p class="hint hint--small" id="cl-instructions-count">
            {t('checklist.charsLeft', { n: CAMPAIGN_LIMITS.instructions - chars(text.instructions) })}
          </p>
          {/* A longer paste is cut by the browser at the limit: say so, as the one-line fields do. */}
          <LimitNote id="cl-instructions-limit" value={text.instructions} max={CAMPAIGN_LIMITS.instructions} t={t} />
        </div>
        <div class="form-group">
          <fieldset class="fieldset">
            <legend class="fieldset__legend fieldset__legend--m">{t('checklist.linkLanguage')}</legend>
            <div class="radios radios--inline">
              {(['zh-CN', 'en'] as const).map((l) => (
                <div class="choice" key={l}>
                  <input class="choice__input" type="radio" id={`cl-lang-${l}`} name="cl-lang" checked={linkLocale === l} onChange={() => setLinkLocale(l)} />
                  <label class="choice__label" for={`cl-lang-${l}`} lang={l}>
                    {l === 'zh-CN' ? '中文' : 'English'}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div class="button-group">
          <button type="submit" class="button" data-testid="make-link" aria-disabled={busy ? 'true' : undefined}>
            {busy ? t('checklist.making') : made ? t('checklist.remake') : t('checklist.make')}
          </button>
          {isEmptyDraft(current) ? null : (
            <button type="button" class="button button--secondary" onClick={clearForm} data-testid="draft-clear">
              {t('checklist.draftClear')}
            </button>
          )}
        </div>
      </form>

      {made ? (
        <section class="checklist-result" aria-labelledby="cl-result-title" data-testid="checklist-result">
          <h2 class="heading-l" id="cl-result-title" tabIndex={-1} ref={resultRef}>
            {t('checklist.resultTitle')}
          </h2>
          {stale ? (
            <p class="inset inset--warning" role="status">
              {t('checklist.stale')}
            </p>
          ) : null}
          <p class="body">{t('checklist.resultIntro')}</p>
          {/* The deadline in the browser's own long form (2027年3月31日 / 31 March 2027): the site's formatDate needs the
              assessment's strings, which this page does not load. */}
          <dl class="campaign-summary" data-testid="made-campaign">
            {(['name', 'authority', 'reference', 'deadline'] as const)
              .filter((f) => made.campaign[f])
              .map((f) => (
                <div key={f}>
                  <dt>{t(FIELD_LABEL[f])}</dt>
                  <dd>{f === 'deadline' ? new Date(`${made.campaign.deadline}T00:00:00Z`).toLocaleDateString(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long', timeZone: 'UTC' }) : made.campaign[f]}</dd>
                </div>
              ))}
          </dl>
          <CopyField id="cl-link" label={t('checklist.linkLabel')} value={made.url} t={t} />
          <p class="no-print">
            <a href={made.url} data-testid="open-link">
              {t('checklist.tryLink')}
            </a>
          </p>
          <h3 class="heading-m">{t('checklist.qrTitle')}</h3>
          {'error' in made.qr ? <p class="inset inset--warning">{made.qr.error}</p> : <QrCode n={made.qr.n} path={made.qr.path} label={t('checklist.qrAlt')} t={t} />}
        </section>
      ) : null}

      <BlankChecklist venues={venues} venueTypes={VENUE_TYPES} scope={{ checks, name: text.name, authority: text.authority, reference: text.reference }} locale={locale} t={t} />
    </div>
  );
}

/** The QR code as a path of unit squares (no markup strings), scaled by CSS. */
async function qrPath(url: string, t: Translate): Promise<{ n: number; path: string } | { error: string }> {
  const { default: qrcode } = await import('qrcode-generator');
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = qrcode(0, level);
      qr.addData(url, 'Byte');
      qr.make();
      const n = qr.getModuleCount();
      let path = '';
      for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) path += `M${c} ${r}h1v1h-1z`;
      return { n, path };
    } catch {
      /* too long at this level: try a lower one */
    }
  }
  return { error: t('checklist.qrTooLong', { length: url.length }) };
}

function QrCode({ n, path, label, t }: { n: number; path: string; label: string; t: Translate }) {
  const ref = useRef<SVGSVGElement>(null);
  const download = () => {
    if (!ref.current) return;
    const svg = new XMLSerializer().serializeToString(ref.current);
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'face-pia-checklist-qr.svg';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  };
  const q = 4;
  return (
    <div class="qr">
      <svg ref={ref} class="qr__svg" xmlns="http://www.w3.org/2000/svg" viewBox={`${-q} ${-q} ${n + 2 * q} ${n + 2 * q}`} width="256" height="256" role="img" aria-label={label} shape-rendering="crispEdges" data-testid="qr">
        <rect x={-q} y={-q} width={n + 2 * q} height={n + 2 * q} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <p class="no-print">
        <button type="button" class="button button--secondary button--small" onClick={download}>
          {t('checklist.qrDownload')}
        </button>
      </p>
    </div>
  );
}

/** The blank on-site inspection checklist PDF for one venue type (jsPDF and fonts load only on demand). */
/** The blank sheet: for the checks chosen above (all of them if none), headed with the campaign's name, authority and reference. */
function BlankChecklist({ venues, venueTypes: VENUE_TYPES, scope, locale, t }: { venues: readonly string[]; venueTypes: readonly VenueView[]; scope: ChecklistScope; locale: Locale; t: Translate }) {
  const [venue, setVenue] = useState<string>(venues[0] ?? VENUE_TYPES[0]!.code);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    if (venues.length && !venues.includes(venue)) setVenue(venues[0]!);
  }, [venues.join(',')]);
  const go = async () => {
    if (busy) return;
    setBusy(true);
    setError('');
    setStatus(t('checklist.pdfWorking'));
    try {
      const { downloadChecklistPdf } = await import('../../pdf/browser.ts');
      const r = await downloadChecklistPdf(venue, locale, {}, scope);
      setStatus(r.unprintable.length ? t('checklist.pdfUnprintable', { file: r.filename, chars: r.unprintable.map((u) => u.char).join(' ') }) : t('checklist.pdfDone', { file: r.filename }));
    } catch (e) {
      setStatus('');
      setError(t('checklist.pdfFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="blank-checklist" aria-labelledby="cl-blank-title">
      <h2 class="heading-l" id="cl-blank-title">
        {t('checklist.blankTitle')}
      </h2>
      <p class="body">{t('checklist.blankIntro')}</p>
      <p class="body" data-testid="blank-scope">
        {scope.checks?.length ? t('checklist.blankScoped', { n: scope.checks.length }) : t('checklist.blankAll')}
      </p>
      <div class="form-group">
        <label class="label" for="cl-blank-venue">
          {t('checklist.blankVenue')}
        </label>
        <select class="select" id="cl-blank-venue" value={venue} onChange={(e) => setVenue((e.currentTarget as HTMLSelectElement).value)}>
          {VENUE_TYPES.map((v) => (
            <option value={v.code} key={v.code}>
              {v.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" class="button button--secondary" onClick={() => void go()} aria-disabled={busy ? 'true' : undefined} data-testid="blank-pdf">
        {busy ? t('checklist.pdfWorking') : t('checklist.blankButton')}
      </button>
      {error ? (
        <p class="error-message" role="alert">
          {error}
        </p>
      ) : null}
      <p class="hint" role="status">
        {status}
      </p>
    </section>
  );
}
