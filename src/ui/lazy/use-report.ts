/**
 * The report for the results page.
 *
 * The report builder, with the rules and the law catalogue, is most of the results' code (about 100 KB gzip,
 * against 10 KB for the page itself), so it is a chunk of its own, fetched when the results' code runs. Opening
 * a share link, the results' code is fetched while the page starts; the builder then comes a round trip later
 * instead of competing with what the page's first render needs (Lighthouse's LCP: about 3.0 s -> 2.2 s). From
 * the review on, it has long arrived when the results are shown.
 *
 * buildReport() runs cold the first time (tens of ms on a phone), so it does not share a task with the render
 * that shows it: the page's first render has no report (the results show their heading), the report is built in
 * the next task and rendered in the one after. From then on — an edit, an annotation — it is rebuilt as the page
 * renders.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../domain/locale.ts';
import type { AssessmentFile } from '../../domain/persistence/assessment-file.ts';
import type { ReportModel } from '../../domain/report/report-model.ts';
import { lazy, useLazy, type LazyState } from '../hooks/useLazy.ts';

type Builder = typeof import('../../domain/report/build-report.ts');

const builder = lazy<Builder>(() => import('../../domain/report/build-report.ts'));
// Fetch it now; if that fails, the results say so (with a retry) when they are shown.
builder.load().catch(() => undefined);

export type Built = { readonly ok: true; readonly model: ReportModel } | { readonly ok: false; readonly message: string };

function build({ buildReport }: Builder, file: AssessmentFile, locale: Locale): Built {
  try {
    return { ok: true, model: buildReport(file, locale) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

interface First {
  readonly file: AssessmentFile;
  readonly locale: Locale;
  readonly built: Built;
}

export interface ReportState {
  /** Undefined until the first report is built. */
  readonly built: Built | undefined;
  /** Build it at once, if the builder has arrived (printing cannot wait). */
  readonly buildNow: () => void;
  /** The builder's code: loading, ready, or failed (with a retry). */
  readonly code: LazyState<Builder>;
}

export function useReport(file: AssessmentFile, locale: Locale): ReportState {
  const code = useLazy(builder, true);
  const lib = code.status === 'ready' ? code.value : undefined;
  const [first, setFirst] = useState<First | null>(null);
  const latest = useRef({ file, locale });
  latest.current = { file, locale };
  const buildNow = () => {
    if (first || !lib) return;
    const { file: f, locale: l } = latest.current;
    setFirst({ file: f, locale: l, built: build(lib, f, l) });
  };
  useEffect(() => {
    if (!lib) return;
    let timer = setTimeout(() => {
      const { file: f, locale: l } = latest.current;
      const built = build(lib, f, l);
      timer = setTimeout(() => setFirst((done) => done ?? { file: f, locale: l, built }), 0);
    }, 0);
    return () => clearTimeout(timer);
  }, [lib]);
  const built = useMemo(() => (!first || !lib ? undefined : first.file === file && first.locale === locale ? first.built : build(lib, file, locale)), [first, lib, file, locale]);
  return { built, buildNow, code };
}
