/**
 * The wizard: it boots from the URL hash, the browser's storage (or a file carried across a language switch),
 * runs the questionnaire machine, saves after every change, keeps the URL hash and the browser history in step
 * with the machine's position, and renders the page for the current phase. The island (islands/AssessmentApp)
 * loads it — at once for a returning visitor, in the background while a first-time visitor fills in the start
 * form, which the island shows itself.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import { firstUnanswered, questionById, visibleQuestions } from '../../domain/questions/bank.ts';
import type { SectionId } from '../../domain/questions/schema.ts';
import { fitName, newAssessment, parseAssessmentText, randomId, type AssessmentFile, type AssessmentMeta } from '../../domain/persistence/assessment-file.ts';
import { validateCampaign, type Campaign } from '../../domain/persistence/campaign.ts';
import type { Localized } from '../../domain/locale.ts';
import { questionnaireMachine, currentPosition, type QuestionnaireInput } from '../../domain/machine/questionnaire.machine.ts';
import {
  backFrom,
  positionFromHash,
  positionToFile,
  positionToHash,
  scopeOf,
  sectionEntry,
  type Position,
} from '../../domain/machine/navigation.ts';
import { formatDateTime, hasMessages, loadMessages, translate, type Translate } from '../../i18n/core.ts';
import { useMachine } from '../hooks/useMachine.ts';
import { lazy, useLazy } from '../hooks/useLazy.ts';
import { LazyFallback } from '../components/LazyFallback.tsx';
import {
  deleteAssessment,
  downloadAssessment,
  lastAssessmentId,
  listAssessments,
  loadAssessment,
  saveAssessment,
  storageAvailable,
} from '../storage/assessment-store.ts';
import { presetFromHash, StartForm } from '../components/StartForm.tsx';
import type { FindingRef } from '../components/Results.tsx';
import { useSyncedSave } from '../hooks/useSyncedSave.ts';
import { useBankText } from '../hooks/useBankText.ts';
import { loadBankText, TEXT_CHUNKS, type TextChunk } from '../../domain/questions/bank-text.ts';
import { CARRY_PREFIX as CARRY, PENDING_CAMPAIGN_KEY as PENDING_CAMPAIGN } from '../storage/keys.ts';
import { onFirstAct, onFirstInteraction } from '../first-interaction.ts';
// extras.css is part of the site's one stylesheet (Base.astro): a second render-blocking file slowed first paint.

/** The page's language, as Base.astro sets it (the same as the island's `locale` prop). */
const pageLocale = (): Locale => (document.documentElement.lang === 'en' ? 'en' : 'zh-CN');
/** A module that shows the results part of the UI strings (src/i18n/parts.ts): both arrive before it renders. */
const withResultStrings = <T,>(m: Promise<T>): Promise<T> => Promise.all([m, loadMessages(pageLocale(), ['results'])]).then(([v]) => v);

/**
 * The pages of the wizard, each loaded when first shown — a first visit opens on the start form, which comes
 * with the island — and all of them fetched at the visitor's first focus, tap or key (or after 3 s), so that
 * moving on does not wait.
 */
const views = {
  library: lazy(() => import('../components/Library.tsx')),
  tasks: lazy(() => import('../components/TaskList.tsx')),
  question: lazy(() => import('../components/QuestionPage.tsx')),
  review: lazy(() => import('../components/CheckAnswers.tsx')),
} as const;
type ViewPhase = keyof typeof views;
/** Whichever page module is loaded: each exports its own component. */
type AnyView = Partial<typeof import('../components/Library.tsx') & typeof import('../components/TaskList.tsx') & typeof import('../components/QuestionPage.tsx') & typeof import('../components/CheckAnswers.tsx')>;
const isViewPhase = (phase: string): phase is ViewPhase => phase in views;

/** Loaded when first wanted (see useLazy): the results with the report builder, and the rules for the task list. */
const resultsView = lazy(() => withResultStrings(import('../lazy/results-view.tsx')));
const problemsModule = lazy(() => import('../lazy/problems.ts'));
/** The campaign banner: only assessments opened from a regulator's link have one, so only they load it. */
const bannerModule = lazy(() => import('../components/CampaignBanner.tsx'));
/** Two windows changed the same item (rare): the notice names rules too, so it comes with them. */
const conflictModule = lazy(() => withResultStrings(import('../components/ConflictNotice.tsx')));

/** `#c1.…` (campaign) or `#a1.…` (shared assessment): a link to decode, not a position. */
const LINK_HASH = /^#?[ca]\d{1,3}\./;
/** A regulator's checklist link (its recipient has no assessment file to fall back on). */
const isCampaignLink = (hash: string) => /^#?c/.test(hash);

type LinkOutcome =
  | { readonly kind: 'campaign'; readonly name: string }
  | { readonly kind: 'assessment'; readonly name: string; readonly reId: boolean; readonly saved: boolean }
  | { readonly kind: 'error'; readonly errors: readonly Localized[]; readonly campaign: boolean };

interface Boot {
  readonly input?: QuestionnaireInput;
  /** Sent once the actor runs (e.g. go straight to the start form). */
  readonly thenNew?: boolean;
  /** The island's start form was filled in before the wizard arrived: create that assessment. */
  readonly thenCreate?: AssessmentMeta;
  /**
   * Why the page opened where it did, when the address asked for something else: the assessment it names is not
   * here; a question's address (from a law page) came with no assessment to answer it in; or it names no page.
   */
  readonly notice?: 'storage.notFound' | 'storage.needsAssessment' | 'storage.unknownAddress';
  /** The file came across a language switch in window.name because storage was unavailable. */
  readonly carried?: boolean;
  /** A regulator's campaign to start the new assessment with. */
  readonly campaign?: Campaign;
  /** What opening a link did (or why it could not be opened). */
  readonly link?: LinkOutcome;
}

function readPendingCampaign(): Campaign | undefined {
  try {
    const text = window.sessionStorage.getItem(PENDING_CAMPAIGN);
    if (!text) return undefined;
    const c: unknown = JSON.parse(text);
    return validateCampaign(c).length === 0 ? (c as Campaign) : undefined;
  } catch {
    return undefined;
  }
}

function writePendingCampaign(c: Campaign | undefined): void {
  try {
    if (c) window.sessionStorage.setItem(PENDING_CAMPAIGN, JSON.stringify(c));
    else window.sessionStorage.removeItem(PENDING_CAMPAIGN);
  } catch {
    /* the campaign stays in memory for this page */
  }
}

/**
 * Open a checklist or share-answers link. Never overwrites anything: a campaign goes to the start form of a new
 * assessment; a shared assessment is saved as a new one (with a new id if this browser already has that id).
 * A bad link changes nothing and says why.
 */
async function bootFromLink(hash: string): Promise<Boot> {
  const { decodeFragment } = await import('../../domain/share/links.ts');
  const r = await decodeFragment(hash);
  if (!r.ok) return { link: { kind: 'error', errors: r.errors, campaign: isCampaignLink(hash) } };
  if (r.kind === 'campaign') {
    writePendingCampaign(r.campaign);
    return { thenNew: true, campaign: r.campaign, link: { kind: 'campaign', name: r.campaign.name } };
  }
  if (r.kind === 'assessment') {
    const reId = loadAssessment(r.file.id) !== undefined;
    // A copy of one already here gets a name of its own, as an imported file's does (the words come first).
    if (reId) await loadMessages(pageLocale());
    const now = new Date().toISOString();
    // Opening a link is not an edit: the assessment keeps its date (the report's date, and its three years).
    const file: AssessmentFile = { ...r.file, ...(reId ? { id: randomId(), createdAt: now, meta: { ...r.file.meta, name: fitName(translate(pageLocale())('library.importedCopyName', { name: r.file.meta.name, n: '' })) } } : {}), position: 'results' };
    const saved = saveAssessment(file).ok;
    return { input: { file, position: { phase: 'results' } }, link: { kind: 'assessment', name: file.meta.name, reId, saved } };
  }
  return boot();
}

/** A file carried across a language switch in window.name (only used when storage does not work). */
function takeCarried(): AssessmentFile | undefined {
  try {
    if (!window.name.startsWith(CARRY)) return undefined;
    const text = window.name.slice(CARRY.length);
    window.name = '';
    const parsed = parseAssessmentText(text);
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

function boot(): Boot {
  const carried = takeCarried();
  const fromHash = positionFromHash(window.location.hash);
  const load = (id: string | undefined) => (id ? (carried?.id === id ? carried : loadAssessment(id)) : undefined);
  if (fromHash) {
    const { position, assessmentId } = fromHash;
    if (position.phase === 'library') return {};
    if (position.phase === 'start') return { thenNew: true };
    const file = load(assessmentId ?? lastAssessmentId()) ?? (assessmentId ? undefined : carried);
    if (!file) return assessmentId ? { notice: 'storage.notFound' } : { notice: 'storage.needsAssessment', ...(listAssessments().length ? {} : { thenNew: true }) };
    return { input: { file, position }, carried: file === carried };
  }
  // Not a position, nor an anchor in the page (the skip link's #main-content, after a reload).
  const h = window.location.hash.slice(1);
  const unknownAddress = h && !document.getElementById(decodeURIComponent(h)) ? ({ notice: 'storage.unknownAddress' } as const) : {};
  const file = carried ?? load(lastAssessmentId());
  if (file) return { input: { file }, carried: file === carried, ...unknownAddress };
  return listAssessments().length ? unknownAddress : { thenNew: true, ...unknownAddress };
}

/**
 * `loading` is the text shown until the wizard has its strings; `created` is what the island's own start form
 * produced, if the visitor got there first.
 */
export function Wizard({ locale, loading, created }: { locale: Locale; loading: string; created?: AssessmentMeta | undefined }) {
  const [booted, setBooted] = useState<Boot | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const hash = window.location.hash;
    const booting: Promise<Boot> = created
      ? Promise.resolve({ thenCreate: created })
      : !LINK_HASH.test(hash)
        ? Promise.resolve().then(boot)
        : bootFromLink(hash)
            .catch((e: unknown): Boot => ({ link: { kind: 'error', errors: [{ 'zh-CN': `无法打开链接：${String(e)}`, en: `The link could not be opened: ${String(e)}` }], campaign: isCampaignLink(hash) } }))
            .then((b) => {
              // The link has been read: from now on the hash holds the position, so a reload does not open it again.
              history.replaceState(null, '', window.location.pathname + window.location.search);
              return b;
            });
    // Opening on the results (a share link, or a reload there), the island has already asked for their code.
    // The bank's words for the lists every page can show (venue types); the rest come with their pages.
    // A bad link's messages may name questions in their own words: load them all for that page.
    const withWords = booting.then((b) => (b.link?.kind === 'error' ? loadBankText(locale).then(() => b, () => b) : b));
    Promise.all([withWords, loadMessages(locale), loadBankText(locale, ['common'])]).then(
      ([b]) => setBooted(b),
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  const t = useMemo(() => (booted && hasMessages(locale) ? translate(locale) : null), [booted, locale]);
  if (!booted || !t) {
    return (
      <p class="body loading" data-testid={failed ? 'load-failed' : 'loading'} role={failed ? 'alert' : undefined}>
        {failed ? `${loading} ✕ ${failed}` : loading}
      </p>
    );
  }
  return <Runner boot={booted} locale={locale} t={t} />;
}

type SaveState = { kind: 'ok'; at?: string } | { kind: 'unavailable' } | { kind: 'full' };

function Runner({ boot: b, locale, t }: { boot: Boot; locale: Locale; t: Translate }) {
  const [snapshot, send, actor] = useMachine(questionnaireMachine, b.input ? { input: b.input } : {});
  const phase = String(snapshot.value);
  const ctx = snapshot.context;
  const file = ctx.file;
  const position = currentPosition(phase, ctx);
  const hashNow = positionToHash(position, file?.id);
  const [save, setSave] = useState<SaveState>(() => (storageAvailable() ? { kind: 'ok' } : { kind: 'unavailable' }));
  const [notice, setNotice] = useState<string | null>(b.notice ? t(b.notice) : linkNotice(b.link, t));
  const [linkErrors] = useState<readonly Localized[] | null>(b.link?.kind === 'error' ? b.link.errors : null);
  const campaignLinkFailed = b.link?.kind === 'error' && b.link.campaign;
  const linkErrorRef = useRef<HTMLDivElement>(null);
  // The venue type a link to the start form named (a guidance page's): read before the address is rewritten.
  const [linkPreset] = useState(() => presetFromHash(window.location.hash));
  const [campaign, setCampaign] = useState<Campaign | undefined>(() => b.campaign ?? (b.thenNew || positionFromHash(window.location.hash)?.position.phase === 'start' ? readPendingCampaign() : undefined));
  const dropCampaign = () => {
    writePendingCampaign(undefined);
    setCampaign(undefined);
  };
  const [library, setLibrary] = useState<AssessmentFile[]>(() => listAssessments());
  const firstRender = useRef(true);

  useEffect(() => {
    if (b.thenNew || b.thenCreate) send({ type: 'assessment.new' });
    if (b.thenCreate) send({ type: 'assessment.create', meta: b.thenCreate });
    if (linkErrors) setTimeout(() => linkErrorRef.current?.focus(), 0);
  }, []);

  // A campaign waits only for the start form: leaving it without creating the assessment lets it go.
  const prevPhase = useRef(phase);
  useEffect(() => {
    if (prevPhase.current === 'start' && phase !== 'start' && campaign) dropCampaign();
    prevPhase.current = phase;
  }, [phase]);

  // Autosave on every transition, merged with what other windows saved (never overwriting their changes).
  const sync = useSyncedSave(actor, { opened: b.input?.file, setSave, setNotice, t });
  const conflictNotice = useLazy(conflictModule, !!sync.conflicts);
  const banner = useLazy(bannerModule, !!(campaign || file?.campaign));
  const Banner = banner.status === 'ready' ? banner.value.CampaignBanner : null;

  // Keep the URL hash and history in step: a machine move pushes an entry; the first render replaces.
  useEffect(() => {
    if (window.location.hash !== hashNow) {
      if (firstRender.current) history.replaceState(null, '', hashNow);
      else history.pushState(null, '', hashNow);
    }
    // The language switch keeps the position (and the assessment id) in the hash.
    document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((a) => {
      a.href = `${a.href.split('#')[0]}${hashNow}`;
    });
  }, [hashNow]);

  // Browser Back/Forward and every in-page link: the hash tells the machine where to go.
  useEffect(() => {
    const onHash = () => {
      // A checklist or share link pasted into this page: open it the way a fresh page would.
      if (LINK_HASH.test(window.location.hash)) {
        window.location.reload();
        return;
      }
      const parsed = positionFromHash(window.location.hash);
      if (!parsed) return;
      const current = actorFile.current;
      if (parsed.assessmentId && parsed.assessmentId !== current?.id) {
        const other = loadAssessment(parsed.assessmentId);
        if (other) send({ type: 'assessment.open', file: other, position: parsed.position });
        else setNotice(t('storage.notFound'));
        return;
      }
      send({ type: 'nav.goto', position: parsed.position });
      // When the machine refuses a position (e.g. a question hidden by the answers), restore the URL.
      const snap = actor.getSnapshot();
      const actual = positionToHash(currentPosition(String(snap.value), snap.context), snap.context.file?.id);
      if (window.location.hash !== actual) history.replaceState(null, '', actual);
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', onHash);
    };
  }, []);
  const actorFile = useRef(file);
  actorFile.current = file;

  // Open every <details> for printing (the appendix, "why we ask").
  useEffect(() => {
    const open = () => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  // Carry the file across a language switch when storage cannot.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a[data-lang-switch]');
      if (!a || !actorFile.current || save.kind === 'ok') return;
      try {
        window.name = CARRY + JSON.stringify(actorFile.current);
      } catch {
        /* nothing else can carry it */
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [save.kind]);

  const href = (p: Position) => positionToHash(p, file?.id);
  const exportCurrent = () => file && downloadAssessment({ ...file, position: positionToFile(position) ?? file.position });
  // The rules load once there is an assessment (the task list marks sections with problems); the results chunk
  // from the review on, so that "See the results" shows them at once.
  const problemsLib = useLazy(problemsModule, !!file);
  // Only the task list shows them: evaluating the rules for it on other pages (the results) is wasted work.
  const onTasks = phase === 'tasks';
  const problems = useMemo(() => (onTasks && problemsLib.status === 'ready' ? problemsLib.value.problemSections(file) : new Set<SectionId>()), [onTasks, file?.answers, file?.campaign, problemsLib.status]);
  const results = useLazy(resultsView, phase === 'results' || phase === 'review');
  const create = (meta: AssessmentMeta) => {
    if (!campaign) {
      send({ type: 'assessment.create', meta });
      return;
    }
    const withCampaign: AssessmentFile = { ...newAssessment(meta), campaign };
    dropCampaign();
    send({ type: 'assessment.open', file: withCampaign, position: { phase: 'tasks' } });
  };

  const back = phase === 'library' ? null : backFrom(position, file?.answers ?? {}, scopeOf(file));

  // The question bank's words this page shows; once there is an assessment, the rest of its language follows
  // (about 9 KB gzip) so that the next pages open without waiting.
  const words = useBankText(locale, sync.conflicts ? TEXT_CHUNKS : textChunksFor(phase, ctx.questionId, ctx.reviewSection));
  useEffect(() => {
    if (file) loadBankText(locale).catch(() => undefined);
  }, [!!file]);
  // This page's code (see `views`). The other pages' not while this page is still loading what it shows (a share
  // link's results wait on a dozen files): at the visitor's first focus, tap or key, or after a few quiet seconds.
  const view = useLazy<AnyView>(views[isViewPhase(phase) ? phase : 'library'], isViewPhase(phase));
  useEffect(() => onFirstInteraction(() => Object.values(views).forEach((v) => v.load().catch(() => undefined)), 3000), []);
  const pageState = words.status !== 'ready' ? words : isViewPhase(phase) && view.status !== 'ready' ? view : null;
  const errorCount = ctx.errors.length;
  const pageShown = !pageState && (phase !== 'results' || results.status === 'ready');

  // The finding whose "change" link was followed: the results return to it after the answer (and any question the
  // change opened). Forgotten on the way anywhere else.
  const [fromFinding, setFromFinding] = useState<FindingRef | null>(null);
  useEffect(() => {
    if (phase !== 'question' && phase !== 'results') setFromFinding(null);
  }, [phase]);

  // A new page: focus on its heading (not on the first load) and a fresh list in the library; then its title.
  // The heading exists once the page's code has arrived (pageShown), which may be after the move.
  const focusWanted = useRef(false);
  const linkNoticeFirst = useRef(b.link?.kind === 'campaign' || b.link?.kind === 'assessment');
  const noticeRef = useRef<HTMLDivElement>(null);
  // The note about how the page opened (a link, an address) is about the first page only: it goes with the
  // first move elsewhere, or when the campaign it announces is declined.
  // (The moves the page makes by itself while opening — to the start form for a campaign — come before any
  // tap or key, and keep it.)
  const openingNotice = useRef(notice);
  const acted = useRef(false);
  useEffect(() => onFirstAct(() => (acted.current = true)), []);
  useEffect(() => {
    if (!acted.current || !openingNotice.current) return;
    const opening = openingNotice.current;
    openingNotice.current = null;
    setNotice((n) => (n === opening ? null : n));
  }, [hashNow, campaign]);
  useEffect(() => {
    focusWanted.current = !firstRender.current && !errorCount;
    if (phase === 'library') setLibrary(listAssessments());
    firstRender.current = false;
  }, [hashNow, errorCount]);
  // A question opened with "Change" from the check-your-answers page: back there, focus returns to its row, not
  // to the top of a list of sixty answers.
  const changing = useRef<string | null>(null);
  if (phase === 'question' && ctx.returnTo?.phase === 'review' && ctx.questionId) changing.current = ctx.questionId;
  else if (phase !== 'review') changing.current = null;
  useEffect(() => {
    const h1 = document.querySelector<HTMLElement>('[data-page-heading]');
    const title = h1?.textContent?.trim() ?? '';
    document.title = `${errorCount ? `${t('error.prefix')} ` : ''}${t('app.pageTitle', { page: title })}`;
    if (pageShown && focusWanted.current) {
      // The first page after opening a link starts at the note about the link (it sits above the heading, with
      // the regulator's instructions after it), so that nobody starts below it.
      const linkNote = linkNoticeFirst.current ? noticeRef.current : null;
      linkNoticeFirst.current = false;
      const row = phase === 'review' && changing.current ? document.querySelector<HTMLElement>(`[data-change="${CSS.escape(changing.current)}"]`) : null;
      changing.current = null;
      (linkNote ?? row ?? h1)?.focus();
      row?.scrollIntoView({ block: 'center' });
      focusWanted.current = false;
    }
  }, [hashNow, errorCount, pageShown]);

  let page;
  const v = view.status === 'ready' ? view.value : undefined;
  switch (pageState ? 'waiting' : phase) {
    case 'waiting':
      page = <LazyFallback state={pageState!} t={t} />;
      break;
    case 'library':
      page = v?.Library ? (
        <v.Library
          items={storageAvailable() ? library : file ? [file] : []}
          startHref={href({ phase: 'start' })}
          locale={locale}
          t={t}
          actions={{
            open: (f) => send({ type: 'assessment.open', file: f }),
            save: (f, from) => {
              // `from`: what a rename started from, so another window's changes since are kept, not overwritten.
              const r = saveAssessment(f, from);
              if (!r.ok) setSave({ kind: r.reason });
              // The open assessment, renamed or restored here: the page stays on the library, with its notice.
              if (file && f.id === file.id) send({ type: 'assessment.replace', file: r.ok ? r.file : f });
              setLibrary(listAssessments());
              return r.ok;
            },
            remove: (f) => {
              deleteAssessment(f.id);
              setLibrary(listAssessments());
            },
            exportFile: (f) => downloadAssessment(f),
          }}
        />
      ) : null;
      break;
    case 'start':
      page = (
        <>
          {campaign ? (
            <div class="campaign-start">
              {Banner ? <Banner campaign={campaign} locale={locale} t={t} /> : <LazyFallback state={banner} t={t} />}
              <p class="no-print">
                <button type="button" class="button button--secondary button--small" onClick={dropCampaign} data-testid="drop-campaign">
                  {t('campaign.drop')}
                </button>
              </p>
            </div>
          ) : null}
          <StartForm onCreate={create} locale={locale} t={t} {...(campaign?.venueTypes.length === 1 ? { preset: campaign.venueTypes[0] } : linkPreset ? { preset: linkPreset } : {})} />
        </>
      );
      break;
    case 'tasks':
      page = file && v?.TaskList ? (
        <v.TaskList
          file={file}
          problems={problems}
          sectionHref={(s) => href(sectionEntry(s, file.answers, scopeOf(file)))}
          reviewHref={href({ phase: 'review' })}
          resultsHref={href({ phase: 'results' })}
          locale={locale}
          t={t}
        />
      ) : null;
      break;
    case 'question': {
      const q = questionById(ctx.questionId ?? '');
      page =
        file && q && v?.QuestionPage ? (
          <v.QuestionPage
            key={`${q.id}|${ctx.returnTo?.phase ?? ''}`}
            q={q}
            file={file}
            errors={ctx.errors}
            returnTo={ctx.returnTo}
            onSubmit={(value) => send({ type: 'answer.submit', value })}
            locale={locale}
            t={t}
          />
        ) : null;
      break;
    }
    case 'review': {
      const section = ctx.reviewSection;
      const returnTo = section ? ({ phase: 'review', section } as const) : ({ phase: 'review' } as const);
      const next = file ? nextUnanswered(file, section) : undefined;
      page = file && v?.CheckAnswers ? (
        <v.CheckAnswers
          file={file}
          section={section}
          changeHref={(qid) => href({ phase: 'question', questionId: qid, returnTo })}
          firstUnansweredHref={next ? href({ phase: 'question', questionId: next, returnTo }) : undefined}
          tasksHref={href({ phase: 'tasks' })}
          resultsHref={href({ phase: 'results' })}
          locale={locale}
          t={t}
        />
      ) : null;
      break;
    }
    case 'results':
      page = !file ? null : results.status === 'ready' ? (
            <results.value.ResultsView
              changeHref={(qid) => href({ phase: 'question', questionId: qid, returnTo: { phase: 'results' } })}
              reviewHref={href({ phase: 'review' })}
              onEditAction={(ruleId, edit) => send({ type: 'action.edit', ruleId, edit })}
              onExport={exportCurrent}
              file={file}
              onReviewEdit={(patch) => send({ type: 'review.edit', patch })}
              onChangeFrom={setFromFinding}
              returnedFrom={fromFinding}
              onReturned={() => setFromFinding(null)}
              locale={locale}
              t={t}
            />
          ) : (
            <LazyFallback state={results} t={t} />
          );
      break;
    default:
      page = null;
  }

  return (
    <div class="app" data-phase={phase}>
      {back ? (
        <a class="back-link no-print" href={href(back)} data-testid="back">
          {t('app.back')}
        </a>
      ) : null}
      {save.kind !== 'ok' ? (
        <div class="notification notification--warning" role="alert" data-testid="storage-warning">
          <p>{t(save.kind === 'full' ? 'storage.full' : 'storage.unavailable')}</p>
          {file ? (
            <button type="button" class="button button--secondary button--small" onClick={exportCurrent}>
              {t('storage.export')}
            </button>
          ) : null}
        </div>
      ) : null}
      {linkErrors ? (
        <div class="error-summary" ref={linkErrorRef} tabIndex={-1} data-testid="link-errors">
          <div role="alert">
            <h2 class="error-summary__title">{t('link.errorTitle')}</h2>
            <ul class="error-summary__list error-summary__list--plain">
              {linkErrors.map((m, i) => (
                <li key={i}>{m[locale]}</li>
              ))}
            </ul>
            <p>{t(campaignLinkFailed ? 'link.errorNothingChangedCampaign' : 'link.errorNothingChanged')}</p>
          </div>
        </div>
      ) : null}
      {notice ? (
        <div class="notification" role="status" data-testid="app-notice" ref={noticeRef} tabIndex={-1}>
          <p>{notice}</p>
        </div>
      ) : null}
      {sync.conflicts ? (
        conflictNotice.status === 'ready' && words.status === 'ready' ? (
          <conflictNotice.value.ConflictNotice conflicts={sync.conflicts} onResolve={sync.resolve} locale={locale} t={t} />
        ) : (
          <LazyFallback state={conflictNotice.status !== 'ready' ? conflictNotice : words} t={t} />
        )
      ) : null}
      {file?.campaign && (phase === 'tasks' || phase === 'question' || phase === 'review' || phase === 'results') ? (
        Banner ? (
          <Banner campaign={file.campaign} compact={phase === 'question' || phase === 'review'} venueType={file.answers['venue.type']} locale={locale} t={t} />
        ) : (
          <LazyFallback state={banner} t={t} />
        )
      ) : null}
      <div class="app__page" key={phase === 'question' ? `q-${ctx.questionId}` : phase}>
        {page}
      </div>
      {file && save.kind === 'ok' && save.at && phase !== 'library' && !sync.conflicts ? (
        <p class="hint hint--small save-status no-print">{t('storage.saved', { time: formatDateTime(save.at, locale) })}</p>
      ) : null}
    </div>
  );
}

/** The chunks of the bank's words a page shows. */
function textChunksFor(phase: string, questionId: string | null, reviewSection: SectionId | null): readonly TextChunk[] {
  if (phase === 'question') {
    const q = questionById(questionId ?? '');
    return q ? ['common', q.section] : ['common'];
  }
  if (phase === 'review') return reviewSection ? ['common', reviewSection] : TEXT_CHUNKS;
  if (phase === 'results') return TEXT_CHUNKS;
  return ['common'];
}

function nextUnanswered(file: AssessmentFile, section: SectionId | null): string | undefined {
  const scope = scopeOf(file);
  if (!section) return firstUnanswered(file.answers, scope)?.id;
  return visibleQuestions(file.answers, scope).find((q) => q.section === section && !q.optional && file.answers[q.id] === undefined)?.id;
}


function linkNotice(link: LinkOutcome | undefined, t: Translate): string | null {
  if (!link || link.kind === 'error') return null;
  if (link.kind === 'campaign') return t('link.campaignOpened', { name: link.name });
  const base = t(link.reId ? 'link.assessmentOpenedCopy' : 'link.assessmentOpened', { name: link.name });
  return link.saved ? base : `${base} ${t('link.notSaved')}`;
}
