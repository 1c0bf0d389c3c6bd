/**
 * The results page and everything only it needs — the lawyer's tools, the downloads — in one chunk, loaded when
 * the results are first shown; the report builder, the rules and the law catalogue come in a chunk of their own
 * (see use-report.ts).
 */
import { LazyFallback } from '../components/LazyFallback.tsx';
import { Results, type ResultsProps } from '../components/Results.tsx';
import { useReport } from './use-report.ts';

export function ResultsView(props: Omit<ResultsProps, 'report' | 'buildNow'>) {
  const { file, locale, t } = props;
  // Until the report is built (see use-report.ts) the results show their heading, and "Loading" while the
  // builder's code is still on its way.
  const { built, buildNow, code } = useReport(file, locale);
  if (built && !built.ok) return <p class="body">{t('results.unavailable', { message: built.message })}</p>;
  return (
    <>
      <Results report={built?.model} buildNow={buildNow} {...props} />
      {code.status === 'ready' ? null : <LazyFallback state={code} t={t} />}
    </>
  );
}
