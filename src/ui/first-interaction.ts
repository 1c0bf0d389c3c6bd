/**
 * Work a page can leave until the visitor starts using it — fetching code they will need next — starts at
 * their first focus, tap or key (one of which comes before any move to another page), not while the page
 * itself is still loading.
 */
const FIRST_INTERACTION = ['focusin', 'pointerdown', 'keydown'] as const;

/**
 * Call `fn` once: at the visitor's first focus, tap or key, or — if `ms` is given — when the page is next idle
 * after `ms` (so that it does not land in the middle of a page still rendering in stages). Returns a cancel.
 */
export function onFirstInteraction(fn: () => void, ms?: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const stop = () => {
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback?.(idle);
    for (const e of FIRST_INTERACTION) document.removeEventListener(e, run, true);
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
  for (const e of FIRST_INTERACTION) document.addEventListener(e, run, true);
  return stop;
}
