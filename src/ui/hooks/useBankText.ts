/**
 * The question bank's words for what a page shows (see src/domain/questions/bank-text.ts): ready at once when
 * they are loaded (always, outside the browser build), otherwise loaded and the page re-rendered — the same
 * mechanics as any other part loaded on demand (useLazy).
 */
import { useMemo } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import { bankTextReady, loadBankText, type TextChunk } from '../../domain/questions/bank-text.ts';
import { useLazy, type Lazy, type LazyState } from './useLazy.ts';

export function useBankText(locale: Locale, chunks: readonly TextChunk[]): LazyState<true> {
  const key = chunks.join(',');
  const words = useMemo<Lazy<true>>(
    () => ({
      current: () => (bankTextReady(locale, chunks) ? true : undefined),
      load: () => loadBankText(locale, chunks).then(() => true as const),
    }),
    [locale, key],
  );
  return useLazy(words, true);
}
