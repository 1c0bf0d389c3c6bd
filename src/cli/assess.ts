/**
 * npm run assess -- FILE [--lang zh-CN|en] [--json OUT] [--pdf OUT] [--docx OUT] [--date YYYY-MM-DD]
 *
 * Prints the conclusion, the counts by severity and every finding with its citations. --json writes the
 * report model. An invalid file exits non-zero with a message naming the problem, and writes nothing.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { enCount, isLocale, type Locale } from '../domain/locale.ts';
import { MAX_FILE_BYTES, parseAssessmentText } from '../domain/persistence/assessment-file.ts';
import { extractAssessmentFromPdf } from '../domain/persistence/pdf-carrier.ts';
import { buildReport } from '../domain/report/build-report.ts';
import { isIsoDate } from '../domain/questions/bank.ts';
import type { ReportModel } from '../domain/report/report-model.ts';

interface Options {
  file?: string;
  lang: Locale;
  json?: string;
  pdf?: string;
  docx?: string;
  date?: string;
}

const USAGE = `Usage: npm run assess -- FILE [--lang zh-CN|en] [--json OUT] [--pdf OUT] [--docx OUT] [--date YYYY-MM-DD]`;

class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = { lang: 'zh-CN' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${a} 后面缺少参数。\n${USAGE}`, `${a} needs a value.\n${USAGE}`);
      return v;
    };
    switch (a) {
      case '--lang': {
        const v = value();
        if (!isLocale(v)) throw new CliError(`--lang 只能是 zh-CN 或 en，而不是 “${v}”。`, `--lang must be zh-CN or en, not "${v}".`);
        o.lang = v;
        break;
      }
      case '--json':
        o.json = value();
        break;
      case '--pdf':
        o.pdf = value();
        break;
      case '--docx':
        o.docx = value();
        break;
      case '--date': {
        const v = value();
        if (!isIsoDate(v)) throw new CliError(`--date 应为 年-月-日，例如 2026-11-23，而不是 “${v}”。`, `--date must be year-month-day, e.g. 2026-11-23, not "${v}".`);
        o.date = v;
        break;
      }
      case '-h':
      case '--help':
        throw new CliError(USAGE, USAGE);
      default:
        if (a.startsWith('-')) throw new CliError(`未知选项 ${a}。\n${USAGE}`, `Unknown option ${a}.\n${USAGE}`);
        if (o.file) throw new CliError(`只能评估一个文件。\n${USAGE}`, `Give one file only.\n${USAGE}`);
        o.file = a;
    }
  }
  if (!o.file) throw new CliError(`请指定评估文件。\n${USAGE}`, `Name an assessment file.\n${USAGE}`);
  return o;
}

export function renderText(r: ReportModel): string {
  const zh = r.locale === 'zh-CN';
  const c = zh ? '：' : ': ';
  const lines: string[] = [];
  lines.push(`${r.meta.assessmentName} — ${r.meta.organisation} — ${r.meta.venueName}`);
  lines.push(`${zh ? '结论' : 'Conclusion'}${c}${r.conclusion.title}`);
  lines.push(`  ${r.conclusion.summary}`);
  lines.push(
    zh
      ? `红线 ${r.counts.red} · 不合规 ${r.counts.nc} · 风险提示 ${r.counts.risk} · 尚不清楚 ${r.counts.unknown}`
      : `Red lines ${r.counts.red} · Non-compliance ${r.counts.nc} · Risks ${r.counts.risk} · Unknown ${r.counts.unknown}`,
  );
  lines.push('');
  for (const f of r.findings) {
    lines.push(`[${f.severityLabel}] ${f.title}  (${f.id})`);
    lines.push(`  ${zh ? '依据' : 'Cites'}${c}${f.citations.map((c) => c.label).join(zh ? '；' : '; ')}`);
    lines.push(`  ${zh ? '因为' : 'Because'}${c}${f.evidence.map((e) => `${e.question} → ${e.answer}`).join(zh ? '；' : '; ')}`);
  }
  if (r.setAside.length) {
    lines.push(zh ? `另有 ${r.setAside.length} 条意见或整改记录所在的发现按目前的回答已不再出现：` : `${r.setAside.length === 1 ? 'A note or plan entry is' : `${r.setAside.length} notes or plan entries are`} on findings these answers no longer give:`);
    for (const x of r.setAside) lines.push(`  - ${x.title}${x.annotation ? ` — ${x.annotation.verdictLabel}${x.annotation.note ? `${c}${x.annotation.note}` : ''}` : ''}`);
  }
  if (r.unknowns.length) {
    lines.push('');
    lines.push(zh ? `尚不清楚的事项（${r.unknowns.length} 项检查）：` : `Still unknown (${enCount(r.unknowns.length, 'check')}):`);
    const qs = [...new Map(r.unknowns.flatMap((u) => u.questions).map((q) => [q.id, q.label])).values()];
    for (const q of qs) lines.push(`  - ${q}`);
  }
  if (r.abbreviations.length) {
    lines.push('');
    lines.push(zh ? '引用中使用的简称：' : 'Short names used in the citations:');
    for (const a of r.abbreviations) lines.push(`  ${a.short}${c}${a.title}`);
  }
  lines.push('');
  lines.push(`${zh ? '法律截至' : 'Law as of'} ${r.meta.lawAsOf} · ${zh ? '法规目录' : 'catalogue'} ${r.meta.catalogueVersion} · ${r.meta.reportId}`);
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  // Messages follow --lang even when the arguments themselves are faulty.
  let lang: Locale = argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh-CN';
  try {
    const o = parseArgs(argv);
    lang = o.lang;
    const path = o.file!;
    if (!existsSync(path)) throw new CliError(`找不到文件：${path}`, `No such file: ${path}`);
    // A report PDF is larger than the JSON it carries; anything beyond these sizes is not ours.
    if (statSync(path).size > MAX_FILE_BYTES * 10) throw new CliError(`文件过大：${path}`, `The file is too large: ${path}`);
    // FILE may be the assessment's JSON or a report PDF made by this tool (which carries the assessment).
    const bytes = readFileSync(path);
    const isPdf = bytes.subarray(0, 5).toString('latin1') === '%PDF-';
    const parsed = isPdf ? extractAssessmentFromPdf(new Uint8Array(bytes)) : parseAssessmentText(bytes.toString('utf8'));
    if (!parsed.ok) {
      throw new CliError(
        `${path} 不是有效的评估文件：\n${parsed.errors.map((e) => `  - ${e['zh-CN']}`).join('\n')}`,
        `${path} is not a valid assessment file:\n${parsed.errors.map((e) => `  - ${e.en}`).join('\n')}`,
      );
    }
    const report = buildReport(parsed.value, o.lang, o.date ? { today: o.date } : {});
    process.stdout.write(renderText(report) + '\n');
    if (o.json) {
      writeFileSync(o.json, JSON.stringify(report, null, 2) + '\n');
      process.stdout.write((o.lang === 'zh-CN' ? `已写入报告模型：${o.json}` : `Report model written to ${o.json}`) + '\n');
    }
    if (o.pdf) {
      const { nodeContext } = await import('../pdf/node.ts');
      const { makeReportPdf } = await import('../pdf/report.ts');
      const { describeUnprintable } = await import('../pdf/unprintable.ts');
      const pdf = await makeReportPdf(report, parsed.value, await nodeContext());
      if (pdf.unprintable.length) process.stderr.write(describeUnprintable(pdf.unprintable, o.lang) + '\n');
      writeFileSync(o.pdf, pdf.bytes);
      process.stdout.write(
        (o.lang === 'zh-CN'
          ? `已写入 PDF 报告：${o.pdf}（${pdf.pages} 页，${Math.round(pdf.bytes.length / 1024)} KB，SHA-256 ${pdf.fingerprint}）`
          : `PDF report written to ${o.pdf} (${pdf.pages} pages, ${Math.round(pdf.bytes.length / 1024)} KB, SHA-256 ${pdf.fingerprint})`) + '\n',
      );
    }
    if (o.docx) {
      const { renderReportDocx } = await import('../docx/render-docx.ts');
      const { fingerprint } = await import('../domain/persistence/assessment-file.ts');
      const bytes = await renderReportDocx(report, { fingerprint: await fingerprint(parsed.value) });
      try {
        writeFileSync(o.docx, bytes);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new CliError(`无法写入 Word 文件 ${o.docx}：${why}`, `Could not write the Word file ${o.docx}: ${why}`);
      }
      process.stdout.write((o.lang === 'zh-CN' ? `已写入 Word 报告：${o.docx}（${Math.round(bytes.length / 1024)} KB）` : `Word report written to ${o.docx} (${Math.round(bytes.length / 1024)} KB)`) + '\n');
    }
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write((lang === 'en' ? e.en : e.zh) + '\n');
      return 2;
    }
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
