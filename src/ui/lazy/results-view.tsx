/**
 * The results page and everything only it needs — the rules, the report builder, the law catalogue, the
 * generated texts, the lawyer's tools — in one chunk, loaded when the results are first shown.
 */
import { useMemo } from 'preact/hooks';
import { buildReport } from '../../domain/report/build-report.ts';
import { Results, type ResultsProps } from '../components/Results.tsx';

export function ResultsView(props: Omit<ResultsProps, 'report'>) {
  const { file, locale, t } = props;
  const report = useMemo(() => {
    try {
      return { ok: true as const, model: buildReport(file, locale) };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [file, locale]);
  if (!report.ok) return <p class="body">{t('results.unavailable', { message: report.message })}</p>;
  return <Results report={report.model} {...props} />;
}
