import { useState } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import type { AssessmentFile } from '../../domain/persistence/assessment-file.ts';
import { MAX_SAFE_URL } from '../../domain/share/links.ts';
import type { Translate } from '../../i18n/translate.ts';
import { assessmentHref } from '../urls.ts';
import { CopyField } from './CopyField.tsx';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; url: string; forUpdatedAt: string } | { kind: 'too-long'; length: number } | { kind: 'error'; message: string };

/**
 * A link that carries the whole assessment in its fragment (never sent to a server). Offered only when it fits a
 * safe URL length; otherwise the user is told to send the file.
 */
export function ShareAnswers({ file, onExportJson, locale, t }: { file: AssessmentFile; onExportJson: () => void; locale: Locale; t: Translate }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const make = async () => {
    setState({ kind: 'busy' });
    try {
      const { assessmentFragment } = await import('../../domain/share/links.ts');
      const r = await assessmentFragment(file, `${window.location.origin}${assessmentHref(locale)}`);
      setState(r.fits ? { kind: 'ok', url: r.url, forUpdatedAt: file.updatedAt } : { kind: 'too-long', length: r.url.length });
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const stale = state.kind === 'ok' && state.forUpdatedAt !== file.updatedAt;
  return (
    <section class="share no-print" aria-labelledby="share-title">
      <h2 class="heading-m" id="share-title">
        {t('share.title')}
      </h2>
      <p class="body">{t('share.intro')}</p>
      <div class="inset">
        <p>{t('share.privacy')}</p>
      </div>
      <button type="button" class="button button--secondary" onClick={() => void make()} aria-disabled={state.kind === 'busy' ? 'true' : undefined} data-testid="share-make">
        {state.kind === 'ok' ? t('share.remake') : t('share.make')}
      </button>
      <div role="status" class="share__result">
        {state.kind === 'busy' ? <p class="hint">{t('share.busy')}</p> : null}
        {state.kind === 'too-long' ? (
          <div class="notification notification--warning" data-testid="share-too-long">
            <p>{t('share.tooLong', { length: state.length, max: MAX_SAFE_URL })}</p>
            <button type="button" class="button button--secondary button--small" onClick={onExportJson}>
              {t('downloads.json')}
            </button>
          </div>
        ) : null}
        {state.kind === 'error' ? <p class="error-message">{t('share.failed', { message: state.message })}</p> : null}
        {stale ? <p class="inset inset--warning">{t('share.stale')}</p> : null}
      </div>
      {state.kind === 'ok' ? <CopyField id="share-link" label={t('share.linkLabel')} value={state.url} t={t} /> : null}
    </section>
  );
}
