/**
 * The question bank's words for what a page shows (see src/domain/questions/bank-text.ts): ready at once when
 * they are loaded (always, outside the browser build), otherwise loaded and the page re-rendered.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import { bankTextReady, loadBankText, type TextChunk } from '../../domain/questions/bank-text.ts';
import type { LazyState } from './useLazy.ts';

export function useBankText(locale: Locale, chunks: readonly TextChunk[]): LazyState<true> {
  const [, setTick] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const ready = bankTextReady(locale, chunks);
  const key = chunks.join(',');
  useEffect(() => {
    if (ready || error) return;
    let live = true;
    loadBankText(locale, chunks).then(
      () => live && setTick((n) => n + 1),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [locale, key, ready, error]);
  if (ready) return { status: 'ready', value: true };
  if (error) return { status: 'failed', error, retry: () => setError(null) };
  return { status: 'loading' };
}
