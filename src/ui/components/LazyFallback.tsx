import type { Translate } from '../../i18n/core.ts';
import type { LazyState } from '../hooks/useLazy.ts';

/** What to show while a lazily loaded part of the page arrives, or if it cannot. */
export function LazyFallback({ state, t }: { state: LazyState<unknown>; t: Translate }) {
  if (state.status === 'failed') {
    return (
      <div class="notification notification--warning" role="alert" data-testid="load-failed">
        <p>{t('app.loadFailed', { message: state.error })}</p>
        <button type="button" class="button button--secondary button--small" onClick={state.retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return (
    <p class="body loading" data-testid="loading">
      {t('app.loadingPart')}
    </p>
  );
}
