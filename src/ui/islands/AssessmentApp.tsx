/**
 * The assessment page's one hydrated island. A first-time visitor (see isFirstVisit) gets the start form at
 * once, with nothing else: the wizard — the questionnaire machine, the question bank, storage and merging —
 * loads while they type, and takes over with what they entered. Everyone else waits for the wizard, which
 * opens their assessment where they left it (wizard/Wizard.tsx).
 *
 * `loading` is the text shown until the strings of the page's language have arrived (core.ts loads them).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import type { AssessmentMeta } from '../../domain/persistence/assessment-file.ts';
import { loadBankText } from '../../domain/questions/bank-text.ts';
import { hasMessages, loadMessages, translate } from '../../i18n/core.ts';
import { LazyFallback } from '../components/LazyFallback.tsx';
import { presetFromHash, StartForm } from '../components/StartForm.tsx';
import { lazy, useLazy } from '../hooks/useLazy.ts';
import { isFirstVisit } from '../storage/keys.ts';
import { onFirstInteraction } from '../first-interaction.ts';

const wizardModule = lazy(() => import('../wizard/Wizard.tsx'));

/**
 * A share link (`#a1.…`) or a reload on the results (`#/results…`): the wizard will show the results, which need
 * their own code, the report builder and every section's words. Fetch them now, side by side with the wizard,
 * rather than one after another as each module asks for the next (five round trips deep on a phone's network).
 */
const opensOnResults = (hash: string) => /^#a\d/.test(hash) || /^#\/results\/?(\?|$)/.test(hash);
const linkDecoder = (hash: string) => (hash.startsWith('#a') ? import('../../domain/share/links.ts') : undefined);
function prefetchResults(locale: Locale): void {
  const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);
  quiet(import('../lazy/results-view.tsx'));
  quiet(import('../../domain/report/build-report.ts'));
  quiet(loadMessages(locale, ['results']));
  quiet(loadBankText(locale));
}

type Mode = 'first-visit' | 'wizard';

export default function AssessmentApp({ locale, loading }: { locale: Locale; loading: string }) {
  const [mode, setMode] = useState<Mode | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [created, setCreated] = useState<AssessmentMeta | null>(null);

  useEffect(() => {
    const first = isFirstVisit();
    // The start form needs the strings and the venue types; the wizard comes first for anyone else.
    Promise.all([loadMessages(locale), loadBankText(locale, ['common']), first ? undefined : wizardModule.load()]).then(
      () => setMode(first ? 'first-visit' : 'wizard'),
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
    if (!first) {
      const hash = window.location.hash;
      // After the wizard and the link's decoder: the wizard's first page (the note that the link was opened)
      // comes first, and the results' code does not compete with it for the network.
      if (opensOnResults(hash)) void Promise.all([wizardModule.load(), linkDecoder(hash)]).then(() => prefetchResults(locale), () => undefined);
      return;
    }
    // While the visitor types: fetch the wizard as soon as they start, not during the page load itself —
    // submitting the form takes a focus, a tap or a key. A failure shows when it is needed.
    const stopWaiting = onFirstInteraction(() => void wizardModule.load().catch(() => undefined));
    // Leaving the start form another way (Back to "your assessments", a pasted link): the wizard takes over.
    const onHash = () => setMode('wizard');
    window.addEventListener('hashchange', onHash);
    return () => {
      stopWaiting();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const t = useMemo(() => (mode && hasMessages(locale) ? translate(locale) : null), [mode, locale]);
  const wizard = useLazy(wizardModule, mode === 'wizard' || created !== null);

  // The start form's page title, as the wizard would set it.
  useEffect(() => {
    if (mode !== 'first-visit' || created || !t) return;
    const h1 = document.querySelector<HTMLElement>('[data-page-heading]');
    document.title = t('app.pageTitle', { page: h1?.textContent?.trim() ?? '' });
  }, [mode, t]);

  if (!t) {
    return (
      <p class="body loading" data-testid={failed ? 'load-failed' : 'loading'} role={failed ? 'alert' : undefined}>
        {failed ? `${loading} ✕ ${failed}` : loading}
      </p>
    );
  }
  if (mode === 'first-visit' && !created) {
    return (
      <div class="app" data-phase="start">
        <a class="back-link no-print" href="#/assessments" data-testid="back">
          {t('app.back')}
        </a>
        <div class="app__page">
          <StartForm onCreate={setCreated} preset={presetFromHash(window.location.hash)} locale={locale} t={t} />
        </div>
      </div>
    );
  }
  if (wizard.status !== 'ready') return <LazyFallback state={wizard} t={t} />;
  return <wizard.value.Wizard locale={locale} loading={loading} created={created ?? undefined} />;
}
