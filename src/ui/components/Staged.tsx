/**
 * Progressive rendering for a long page. What is outside any <Stage> renders with the page; each stage then
 * renders in a task of its own, in page order, one per frame, until all are in — about a second on a slow phone,
 * with no scrolling or other input needed. Rendering the whole results page in one go blocked the main thread for
 * 0.5–1 s on Lighthouse's mobile profile; stage by stage, each task stays short and the top of the page paints
 * first.
 *
 * Printing cannot wait: on `beforeprint` every stage renders at once, synchronously, before the browser lays
 * the page out for paper. `revealAll()` does the same for code that needs an element further down now (a link
 * that moves focus there).
 */
import { createContext, options, type ComponentChildren, type VNode } from 'preact';
import { useContext, useLayoutEffect, useState } from 'preact/hooks';

export class StageQueue {
  /** Stages 1…shown are rendered. */
  private shown = 0;
  private total = 0;
  private done = false;
  private readonly waiting = new Map<number, () => void>();
  private cancel: (() => void) | undefined;

  constructor(private readonly onComplete: () => void) {}

  /** Whether `step` is due now. After the last stage everything is (stages added later by edits too). */
  isShown(step: number): boolean {
    return this.done || step <= this.shown;
  }

  /** Call `show` once `step` is due. */
  when(step: number, show: () => void): () => void {
    if (this.isShown(step)) {
      show();
      return () => undefined;
    }
    this.waiting.set(step, show);
    // Only its own entry: after an edit renumbers the stages, another stage may be waiting on this number.
    return () => {
      if (this.waiting.get(step) === show) this.waiting.delete(step);
    };
  }

  /** The number of stages on the page now (it changes with the report). Starts the queue on the first call. */
  setTotal(total: number): void {
    this.total = total;
    if (!this.done && !this.cancel) this.cancel = afterFrame(this.next);
  }

  /** Render every stage now, synchronously — and any mounted later (printing may come before the report). */
  readonly revealAll = (): void => {
    if (this.done) return;
    this.stop();
    renderSynchronously(() => this.finish());
  };

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private readonly next = (): void => {
    this.cancel = undefined;
    this.shown++;
    this.waiting.get(this.shown)?.();
    this.waiting.delete(this.shown);
    if (this.shown >= this.total) this.finish();
    else this.cancel = afterFrame(this.next);
  };

  private finish(): void {
    this.done = true;
    for (const show of this.waiting.values()) show();
    this.waiting.clear();
    // After the render these state changes queued (Preact renders in a microtask queued before this one).
    void Promise.resolve().then(this.onComplete);
  }
}

const StagesContext = createContext<StageQueue | null>(null);
export const StagesProvider = StagesContext.Provider;

/** Render everything now (no-op outside staged rendering or once all is rendered). */
export function useRevealAll(): () => void {
  return useContext(StagesContext)?.revealAll ?? noop;
}
const noop = () => undefined;

/**
 * A link's click handler that moves to the part of the page with id `id` — rendering the staged parts first —
 * and gives it the focus, without changing the URL hash (the hash holds the position in the assessment).
 */
export function useJumpTo(): (e: Event, id: string) => void {
  const revealAll = useRevealAll();
  return (e, id) => {
    revealAll();
    const el = document.getElementById(id);
    if (!el) return;
    e.preventDefault();
    el.setAttribute('tabindex', '-1');
    el.focus();
    el.scrollIntoView({ block: 'start' });
  };
}

/** Renders its children once stage `step` (1, 2, …, in page order) is due. */
export function Stage({ step, children }: { step: number; children: ComponentChildren }) {
  const queue = useContext(StagesContext);
  const [shown, setShown] = useState(() => !queue || queue.isShown(step));
  // A layout effect subscribes in the same task as the render, before the queue's next tick can pass this step.
  useLayoutEffect(() => (shown || !queue ? undefined : queue.when(step, () => setShown(true))), [queue, shown, step]);
  return shown ? <>{children}</> : null;
}

/**
 * A list's items, staged: the first renders with the list around it (never an empty list on screen), each
 * further one in a stage of its own, numbered by `stage` in page order.
 */
export function eachStaged<T>(items: readonly T[], key: (item: T) => string, render: (item: T) => VNode, stage: () => number): VNode[] {
  return items.map((item, i) =>
    i === 0 ? (
      render(item)
    ) : (
      <Stage key={key(item)} step={stage()}>
        {render(item)}
      </Stage>
    ),
  );
}

/**
 * Run `fn` with Preact's render batching made synchronous, so that the state changes it makes are rendered
 * to the DOM before it returns (Preact otherwise renders in a microtask — after the browser has started
 * laying out a page for printing). `options.debounceRendering` is Preact's documented scheduling hook (its
 * test utilities use it the same way); it is restored at once.
 */
export function renderSynchronously(fn: () => void): void {
  const before = options.debounceRendering;
  options.debounceRendering = (render) => render();
  try {
    fn();
  } finally {
    options.debounceRendering = before;
  }
}

/**
 * Call `fn` in a new task after the next frame has been rendered (so each stage gets its own style, layout and
 * paint), or after 100 ms when no frame comes (a tab in the background does not render frames).
 */
function afterFrame(fn: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
    task = setTimeout(fn, 0);
  };
  const fallback = setTimeout(go, 100);
  const frame = requestAnimationFrame(go);
  return () => {
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
