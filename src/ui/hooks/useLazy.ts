/**
 * Code that a page needs only sometimes (the results and their report builder, the rules that mark sections
 * with problems, the law text of "why we ask") is loaded the first time it is wanted and kept for the rest of
 * the visit. After a first visit the service worker has every chunk, so this works offline too.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Lazy<T> {
  /** The module if it has been loaded, without waiting. */
  readonly current: () => T | undefined;
  readonly load: () => Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    current: () => value,
    load: () => {
      pending ??= importer().then(
        (v) => (value = v),
        (e: unknown) => {
          // Let a later attempt try again (the network may be back).
          pending = undefined;
          throw e;
        },
      );
      return pending;
    },
  };
}

export type LazyState<T> = { readonly status: 'idle' | 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'failed'; readonly error: string; readonly retry: () => void };

/** The module once `when` has been true; re-renders when it arrives. */
export function useLazy<T>(l: Lazy<T>, when: boolean): LazyState<T> {
  const [, setTick] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const value = l.current();
  useEffect(() => {
    if (!when || value !== undefined || error) return;
    let live = true;
    l.load().then(
      // Render with it in a task of its own: the import resolves in the task that ran the module's code (for
      // the results, tens of ms on a phone), and one long task blocks input longer than two shorter ones.
      () => void setTimeout(() => live && setTick((n) => n + 1), 0),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [l, when, value, error]);
  if (value !== undefined) return { status: 'ready', value };
  if (error) return { status: 'failed', error, retry: () => setError(null) };
  return { status: when ? 'loading' : 'idle' };
}
