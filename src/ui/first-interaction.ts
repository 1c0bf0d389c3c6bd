/**
 * Work a page can leave until the visitor starts using it — fetching code they will need next — starts at
 * their first focus, tap or key (one of which comes before any move to another page), not while the page
 * itself is still loading.
 */
const FIRST_INTERACTION = ['focusin', 'pointerdown', 'keydown'] as const;
/** What only the visitor does: a focus can be the page's own (it moves focus to a heading or a notice). */
const FIRST_ACT = ['pointerdown', 'keydown'] as const;

/**
 * Call `fn` once: at the visitor's first focus, tap or key, or — if `ms` is given — when the page is next idle
 * after `ms` (so that it does not land in the middle of a page still rendering in stages). Returns a cancel.
 */
export function onFirstInteraction(fn: () => void, ms?: number, events: readonly string[] = FIRST_INTERACTION): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const stop = () => {
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback?.(idle);
    for (const e of events) document.removeEventListener(e, run, true);
  };
  const run = () => {
    stop();
    fn();
  };
  if (ms !== undefined)
    timer = setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(run, { timeout: 2000 });
      else run();
    }, ms);
  for (const e of events) document.addEventListener(e, run, true);
  return stop;
}

/** Call `fn` once, at the visitor's first tap or key (never at a focus the page moved itself). Returns a cancel. */
export function onFirstAct(fn: () => void): () => void {
  return onFirstInteraction(fn, undefined, FIRST_ACT);
}
