/**
 * npm run bench [-- --json OUT] [--no-site]   (LH_RUNS=n: Lighthouse runs per page, default 3; the median is reported)
 * Needs the built site (npm run build) for the page figures.
 * Prints a table of measured figures; with --json, also writes them. Speed and size targets live here, not in
 * timed unit tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAssessmentText, type AssessmentFile } from '../domain/persistence/assessment-file.ts';
import { buildReport } from '../domain/report/build-report.ts';
import { evaluateRules } from '../domain/rules/engine.ts';
import { median } from './stats.ts';

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

const root = join(import.meta.dirname, '..', '..');


export function time(fn: () => unknown, runs: number, warmup = 20): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

function loadExample(name: string): AssessmentFile {
  const r = parseAssessmentText(readFileSync(join(root, 'public', 'examples', `${name}.json`), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.en).join('; ')}`);
  return r.value;
}

/** The richest sample: the one whose report has the most findings, answers and cited articles. */
export function richestExample(): { name: string; file: AssessmentFile } {
  const names = ['gym', 'hotel', 'office', 'residential', 'retail', 'scenic-area', 'transport-hub'];
  const scored = names.map((name) => {
    const file = loadExample(name);
    const r = buildReport(file, 'zh-CN');
    return { name, file, score: r.findings.length + r.appendix.length + r.answers.reduce((n, s) => n + s.rows.length, 0) };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!;
}

export async function coreBench(): Promise<Figure[]> {
  const { name, file } = richestExample();
  return [
    { name: `rules: evaluate all rules (${name}, median of 500)`, value: time(() => evaluateRules(file.answers), 500), unit: 'ms', target: '< 1 ms' },
    { name: `report model: buildReport zh-CN (${name}, median of 200)`, value: time(() => buildReport(file, 'zh-CN'), 200), unit: 'ms', target: 'a few ms' },
    { name: `report model: buildReport en (${name}, median of 200)`, value: time(() => buildReport(file, 'en'), 200), unit: 'ms', target: 'a few ms' },
    { name: `report model JSON size (${name}, zh-CN)`, value: JSON.stringify(buildReport(file, 'zh-CN')).length / 1024, unit: 'KB' },
  ];
}

async function main() {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const figures: Figure[] = [...(await coreBench())];
  figures.push(...(await (await import('./pdf.bench.ts')).pdfBench()));
  if (!args.includes('--no-site')) figures.push(...(await (await import('./site.bench.ts')).siteBench()));
  const width = Math.max(...figures.map((f) => f.name.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  unit  target`);
  for (const f of figures) console.log(`${f.name.padEnd(width)}  ${f.value.toFixed(f.value < 10 ? 3 : 1).padStart(10)}  ${f.unit.padEnd(4)}  ${f.target ?? ''}`);
  if (jsonAt >= 0) {
    const out = args[jsonAt + 1];
    if (!out) throw new Error('--json needs a file name');
    writeFileSync(out, JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2) + '\n');
    console.log(`written ${out}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
