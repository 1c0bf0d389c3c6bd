/**
 * buildReport(): one assessment file → the report model in one language. Pure and deterministic for a given
 * file, locale and date: the results page, the PDF, the Word file and the CLI all call this.
 */
import type { AnswerValue, GroupItem } from '../conditions.ts';
import {
  CATALOGUE_VERSION,
  LAW_AS_OF,
  allArticleIds,
  articleSlug,
  citedInstruments,
  formatCitation,
  getArticle,
  isArticleId,
  markedCitation,
  isQuotable,
  type ArticleId,
  type Citation,
} from '../law/catalogue.ts';
import type { Verification } from '../law/schema.ts';
import { enCount, t, zhDate, type Locale, type Localized } from '../locale.ts';
import { isManualId, type AssessmentFile } from '../persistence/assessment-file.ts';
import type { Campaign } from '../persistence/campaign.ts';
import { SCHEMA_VERSION } from '../persistence/assessment-file.ts';
import { BANK_VERSION, QUESTIONS, SECTIONS, hasValue, inSentence, joinLabels, optionLabel, optionList, sentenceLabels, progress, questionById, sectionById, unitFor, visibleQuestions } from '../questions/bank.ts';
import type { QuestionDef } from '../questions/schema.ts';
import { evaluateRules, type Evaluation } from '../rules/engine.ts';
import type { FrId } from '../questions/schema.ts';
import { SEVERITY_LABELS, bySeverity, type Severity } from '../rules/schema.ts';
import { addDays, addYears } from '../deadlines.ts';
import { obligations } from './obligations.ts';
import type {
  Conclusion,
  ReportAction,
  ReportCitation,
  ReportEvidence,
  ReportFinding,
  ReportModel,
  ReportRisk,
  ReportSetAside,
  ReportSection,
} from './report-model.ts';
import {
  IMPACT_LABELS,
  IMPACT_LEVELS,
  LIKELIHOOD_LABELS,
  LIKELIHOOD_LEVELS,
  MATRIX,
  RISK_LABELS,
  RISK_TITLES,
  TREATMENT,
  RISK_MEASURES,
  assessRisks,
  type RiskResult,
} from './risk.ts';
import { generateTexts } from './texts.ts';
import { rulesInScope } from '../rules/scope.ts';
import { ruleById } from '../rules/index.ts';
import { questionScope } from '../scope.ts';
import { CHECKS, checkById } from '../checklist.ts';

/** An answer the record and the PIPL art. 56 parts show for a question nobody answered. */
const NOT_ANSWERED = t('（未回答）', '(not answered)');

/** The route by its name: the question's options describe the facts behind it at length. */
const ROUTE_NAMES: Readonly<Record<string, Localized>> = {
  'public-security': t('公共安全路径', 'the public-security route'),
  consent: t('同意路径', 'the consent route'),
  both: t('公共安全路径和同意路径', 'both the public-security and the consent routes'),
};

export interface BuildOptions {
  /** The report date (ISO). Defaults to the file's last update date, so a saved file always gives the same report. */
  readonly today?: string;
}

export { SEVERITY_LABELS };

export const CONCLUSION_LABELS: Record<Conclusion, Localized> = {
  proceed: t('可以开展', 'May proceed'),
  remediate: t('整改后可以开展', 'May proceed after remediation'),
  incomplete: t('评估未完成，尚不能得出结论', 'Assessment incomplete: no conclusion yet'),
  stop: t('必须停止或重新设计', 'Must stop or be redesigned'),
};

export const VERDICT_LABELS = {
  agree: t('同意', 'Agree'),
  disagree: t('不同意', 'Disagree'),
  'more-facts': t('需要更多事实', 'Needs more facts'),
} as const;

const STATUS_LABELS = {
  open: t('未开始', 'Not started'),
  'in-progress': t('进行中', 'In progress'),
  done: t('已完成', 'Done'),
} as const;

/**
 * Suggested time to put right a finding the reviewer added by hand (days from the report date), by severity: the
 * rules' own median for that severity (red line 7, non-compliance 30, risk 60). The plan marks it as a suggestion
 * until someone sets a date.
 */
const MANUAL_FIX_WITHIN_DAYS: Record<Severity, number> = { red: 7, nc: 30, risk: 60 };

/** Which checklist rows belong to PIPL 56(1) "lawful, legitimate, necessary purpose and method". */
const LAWFULNESS_ROWS: readonly FrId[] = ['FR-01', 'FR-02', 'FR-03', 'FR-04', 'FR-05', 'FR-06', 'FR-07', 'FR-19', 'FR-20', 'FR-21', 'FR-22', 'FR-25', 'FR-26', 'FR-27', 'FR-33', 'FR-35', 'FR-36'];

export function buildReport(file: AssessmentFile, locale: Locale, options: BuildOptions = {}): ReportModel {
  const L = (x: Localized) => x[locale];
  // The assessment's date: when its answers last changed, not the last save (a status change in the plan).
  const preparedOn = options.today ?? file.assessedAt.slice(0, 10);
  // A campaign asks only the questions its checks need, and only its checks can be left undecided; but a
  // problem the answers given already show is reported whatever the campaign asked for (marketing on a
  // public-security camera is a red line in any campaign).
  const all = evaluateRules(file.answers);
  const inScope = new Set(rulesInScope(file.campaign?.checks).map((r) => r.id));
  const ev = { ...all, unresolved: all.unresolved.filter((u) => inScope.has(u.ruleId)) };
  const beyondScope = all.findings.filter((f) => !inScope.has(f.ruleId)).length;
  const answers = ev.answers;
  const risks = assessRisks(answers, ev);
  const cited = new Set<ArticleId>();
  const citation = (c: Citation) => {
    cited.add(c.article);
    return reportCitation(c, locale);
  };

  const annotation = (id: string) => {
    const a = file.annotations[id];
    return a ? { annotation: { verdict: a.verdict, verdictLabel: L(VERDICT_LABELS[a.verdict]), note: a.note } } : {};
  };
  const ruleFindings: ReportFinding[] = ev.findings.map((f) => ({
    id: f.ruleId,
    severity: f.severity,
    severityLabel: L(SEVERITY_LABELS[f.severity]),
    title: L(f.rule.title),
    explanation: L(f.rule.explanation),
    remediation: L(f.rule.remediation),
    checklist: [...f.rule.fr],
    citations: f.rule.cites.map(citation),
    evidence: f.evidence.map((e) => evidenceRow(e.questionId, e.value, locale)),
    ...annotation(f.ruleId),
  }));
  const manualFindings: ReportFinding[] = file.manualFindings.map((m) => ({
    id: m.id,
    severity: m.severity,
    severityLabel: L(SEVERITY_LABELS[m.severity]),
    title: m.title,
    explanation: m.note,
    remediation: '',
    checklist: [],
    citations: m.cites.filter(isArticleId).map((a) => citation({ article: a })),
    evidence: [],
    manual: true,
    ...annotation(m.id),
  }));
  const findings = givenOnce([...ruleFindings, ...manualFindings].sort(bySeverity));

  const counts = {
    red: findings.filter((f) => f.severity === 'red').length,
    nc: findings.filter((f) => f.severity === 'nc').length,
    risk: findings.filter((f) => f.severity === 'risk').length,
    unknown: ev.unresolved.length,
  };

  const conclusion = conclude(ev, risks, locale, file.manualFindings, progress(file.answers, questionScope(file.campaign?.checks)));
  // A campaign's assessment covers only the checks the campaign asked for: the verdict says so first, and
  // finding nothing there is not a clearance to use face recognition.
  const c = file.campaign;
  const scoped = c?.checks.length
    ? {
        ...conclusion,
        ...(conclusion.code === 'proceed'
          ? {
              title: L(t('专项检查涉及的事项未发现问题', 'No problem found in the campaign’s checks')),
              summary: L(
                t(
                  `按照本次回答，专项检查“${c.name}”涉及的 ${c.checks.length} 项检查未发现问题。其他事项没有评估，本结论不表示可以开展人脸识别；开展前应当完成全部检查项的评估。`,
                  `On these answers, the ${c.checks.length} checks of the campaign “${c.name}” found no problem. Nothing else was assessed: this is not a finding that face recognition may be used, which needs an assessment of every check.`,
                ),
              ),
            }
          : {}),
        reasons: [
          L(t(`本评估只涵盖专项检查“${c.name}”要求的 ${c.checks.length} 项检查（共 ${CHECKS.length} 项），结论不代表其他事项合规`, `This assessment covers only the ${c.checks.length} checks (of ${CHECKS.length}) that the campaign “${c.name}” asks for; the conclusion says nothing about other matters`)),
          ...(beyondScope
            ? [L(t(`另有 ${beyondScope} 项问题不属于本次专项检查，但您的回答已经表明存在，一并列出`, `${enCount(beyondScope, 'further problem')} outside the campaign's checks ${beyondScope === 1 ? 'is' : 'are'} shown by your answers, and ${beyondScope === 1 ? 'is' : 'are'} listed too`))]
            : []),
          ...conclusion.reasons,
        ],
      }
    : conclusion;

  const riskRows: ReportRisk[] = risks.map((r) => ({
    id: r.id,
    title: L(RISK_TITLES[r.id].title),
    description: L(RISK_TITLES[r.id].description),
    impact: r.impact,
    likelihood: r.likelihood,
    level: r.level,
    impactLabel: L(IMPACT_LABELS[r.impact]),
    likelihoodLabel: L(LIKELIHOOD_LABELS[r.likelihood]),
    levelLabel: L(RISK_LABELS[r.level]),
    reasons: r.reasons.map(L),
    // Above "low", the treatment names the measures that bring this risk down.
    treatment: r.level === 'low' ? L(TREATMENT.low) : `${L(TREATMENT[r.level])}${L(t('可采取的措施：', ' Measures: '))}${L(RISK_MEASURES[r.id])}`,
  }));

  const planned = (id: string, severity: Severity, action: string, withinDays: number): ReportAction => {
    const edit = file.actions[id];
    const status = edit?.status ?? 'open';
    return {
      id,
      severity,
      action,
      owner: edit?.owner ?? '',
      due: edit?.due || addDays(preparedOn, withinDays),
      dueSuggested: !edit?.due,
      status,
      statusLabel: L(STATUS_LABELS[status]),
    };
  };
  // One plan entry per finding, the reviewer's own findings too (their measure is to resolve what they found).
  const actions: ReportAction[] = [
    ...ev.findings.map((f) => planned(f.ruleId, f.severity, L(f.rule.remediation), f.rule.fixWithinDays ?? 30)),
    // (Every plan view names the finding above its measure, so the measure does not repeat the title.)
    ...file.manualFindings.map((m) => planned(m.id, m.severity, L(t('按审阅律师的意见，整改本项发现所述的问题。', 'Remedy what this finding describes, as the reviewing lawyer advises.')), MANUAL_FIX_WITHIN_DAYS[m.severity])),
  ].sort(bySeverity);

  // Notes and plan entries on findings that are gone: shown apart, so that nobody's record vanishes.
  const live = new Set(findings.map((f) => f.id));
  // (A deleted manual finding takes its plan entry with it: see the wizard's removal, which can be undone.)
  const setAside: ReportSetAside[] = [...new Set([...Object.keys(file.annotations), ...Object.keys(file.actions)])]
    .filter((id) => !live.has(id) && !isManualId(id))
    .flatMap((id) => {
      const edit = file.actions[id];
      const acted = edit && (edit.owner.trim() !== '' || edit.due !== '' || edit.status !== 'open');
      const rule = ruleById(id);
      const { annotation: a } = annotation(id);
      if (!a && !acted) return [];
      return [
        {
          id,
          title: rule ? L(rule.title) : L(t(`${id}（本版本没有这项检查）`, `${id} (no such check in this version)`)),
          ...(a ? { annotation: a } : {}),
          ...(acted ? { action: { owner: edit.owner, due: edit.due, statusLabel: L(STATUS_LABELS[edit.status]) } } : {}),
        },
      ];
    });

  const obligationRows = obligations(answers, preparedOn).map((o) => ({
    id: o.id,
    title: L(o.title),
    detail: L(o.detail),
    ...(o.due ? { due: o.due } : {}),
    citations: o.cites.map(citation),
  }));

  const sectionIds = new Set<string>(SECTIONS.map((s) => s.id));
  const unknowns = ev.unresolved.map((u) => ({
    ruleId: u.ruleId,
    severity: u.severity,
    title: L(u.rule.title),
    questions: u.missing.map((qid) => {
      const q = questionById(qid)!;
      return { id: qid, label: L(q.label), sectionId: q.section, section: sectionIds.has(q.section) ? L(sectionById(q.section)!.title) : q.section };
    }),
  }));

  // The record of answers, with every required question the assessment still asks and nobody answered, so that the
  // record itself shows it is incomplete (the conclusion says how many; a rule with nothing to read says nothing).
  const required = new Set(visibleQuestions(answers, questionScope(file.campaign?.checks)).filter((q) => !q.optional).map((q) => q.id));
  const answerSections = SECTIONS.map((s) => ({
    id: s.id,
    title: L(s.title),
    rows: QUESTIONS.filter((q) => q.section === s.id && (hasValue(answers[q.id]) || required.has(q.id))).map((q) =>
      hasValue(answers[q.id]) ? evidenceRow(q.id, answers[q.id]!, locale) : { questionId: q.id, question: L(q.label), answer: L(NOT_ANSWERED) },
    ),
  })).filter((s) => s.rows.length > 0);

  const sections = buildSections(file, ev, riskRows, findings, locale, citation);
  const texts = generateTexts(answers, file.meta, locale);
  const venueTypeCode = typeof answers['venue.type'] === 'string' ? (answers['venue.type'] as string) : file.meta.preset;

  // Appendix: every cited article once, in catalogue order (citations made above registered themselves).
  const appendix = allArticleIds()
    .filter((id) => cited.has(id))
    .map((id) => reportCitation({ article: id }, locale));
  // The instruments behind those citations, by the short name the labels use ("FRM art. 13"), in the same order.
  const abbreviations = citedInstruments(appendix.map((c) => c.articleId))
    .map((i) => ({ short: L(i.short), title: L(i.title) }))
    .filter((a) => a.short !== a.title);

  return {
    kind: 'face-pia-report',
    modelVersion: 1,
    locale,
    meta: {
      reportId: `FPIA-${file.id.replace(/[^A-Za-z0-9]/g, '').slice(-8).toUpperCase()}-${preparedOn.replaceAll('-', '')}`,
      assessmentId: file.id,
      assessmentName: file.meta.name,
      organisation: file.meta.organisation,
      venueName: file.meta.venueName,
      venueType: venueTypeCode ? L(optionLabel('venue.type', venueTypeCode)) : '',
      preparedOn,
      keepUntil: addYears(preparedOn, 3),
      lawAsOf: LAW_AS_OF,
      catalogueVersion: CATALOGUE_VERSION,
      bankVersion: BANK_VERSION,
      schemaVersion: SCHEMA_VERSION,
      ...(file.campaign ? { campaign: campaignBlock(file.campaign, locale) } : {}),
      ...(file.review ? { review: { ...file.review } } : {}),
    },
    conclusion: scoped,
    counts,
    sections,
    findings,
    setAside,
    risks: {
      method: L(
        t(
          '按 GB/T 39335《个人信息安全影响评估指南》的方法：对每项风险评定对个人权益的影响程度和安全事件发生的可能性，再按风险矩阵得出风险等级。',
          'Following the method of GB/T 39335 (Guidance for personal information security impact assessment): each risk gets an impact level and a likelihood level, and the matrix gives the risk level.',
        ),
      ),
      scaleNote: L(
        t(
          '等级划分、调整规则和风险矩阵取自该标准2019年报批稿（附录D），最终文本未能核对；标准为推荐性标准。',
          'The scales, modifiers and matrix are taken from the standard’s 2019 approval draft (Annex D); the final text could not be checked. The standard is recommended, not mandatory.',
        ),
      ),
      rows: riskRows,
      matrix: [...IMPACT_LEVELS].reverse().map((impact) => ({
        impact,
        impactLabel: L(IMPACT_LABELS[impact]),
        cells: LIKELIHOOD_LEVELS.map((likelihood) => ({
          likelihood,
          level: MATRIX[impact][likelihood],
          levelLabel: L(RISK_LABELS[MATRIX[impact][likelihood]]),
          risks: risks.filter((r) => r.impact === impact && r.likelihood === likelihood).map((r) => r.id),
        })),
      })),
      likelihoodLabels: LIKELIHOOD_LEVELS.map((l) => ({ likelihood: l, label: L(LIKELIHOOD_LABELS[l]) })),
    },
    actions,
    obligations: obligationRows,
    unknowns,
    answers: answerSections,
    texts,
    appendix,
    abbreviations,
    signOff: [
      { role: L(t('编制', 'Prepared by')), name: '', date: '' },
      { role: L(t('审核', 'Reviewed by')), name: '', date: '' },
      { role: L(t('批准', 'Approved by')), name: '', date: '' },
      // The lawyer who reviewed it, as named in lawyer mode.
      ...(file.review?.reviewer.trim() ? [{ role: L(t('审阅律师', 'Reviewing lawyer')), name: file.review.reviewer.trim(), date: '' }] : []),
      ...(typeof answers['governance.third-parties'] === 'string' && answers['governance.third-parties'].trim()
        ? [{ role: L(t('参与评估的第三方', 'Third party taking part')), name: answers['governance.third-parties'].trim(), date: '' }]
        : []),
    ],
    disclaimer: L(
      t(
        `本报告由人脸识别个人信息保护影响评估向导根据填写人的回答生成，法律依据截至 ${LAW_AS_OF}（法规目录版本 ${CATALOGUE_VERSION}）。本报告不构成法律意见；未经核实的条文只陈述其规则内容，不作为原文引用。`,
        `This report was generated by Face PIA from the answers given, on the law as of ${LAW_AS_OF} (catalogue ${CATALOGUE_VERSION}). It is not legal advice. Provisions whose wording is unverified are stated in substance only, never quoted. English texts of the law are unofficial.`,
      ),
    ),
  };
}

/**
 * Mark each finding's citations whose text (or, for a provision known only in substance, whose summary) an
 * earlier citation in the findings already gives: `givenUnder` names the finding that gives it.
 */
function givenOnce(findings: readonly ReportFinding[]): ReportFinding[] {
  const first = new Map<string, string>();
  return findings.map((f) => ({
    ...f,
    citations: f.citations.map((c) => {
      const key = c.quote?.length ? `${c.articleId}\u0000${c.quote.join('\n')}` : `${c.articleId}\u0000substance`;
      const under = first.get(key);
      if (under === undefined) first.set(key, f.id);
      return under === undefined ? c : { ...c, givenUnder: under };
    }),
  }));
}

function campaignBlock({ venueTypes, checks, ...details }: Campaign, locale: Locale): NonNullable<ReportModel['meta']['campaign']> {
  return {
    ...details,
    venueTypes: optionList('venue.type', venueTypes, locale),
    checks: checks.map((id) => `${id} ${checkById(id)?.title[locale] ?? ''}`.trim()),
  };
}

/**
 * The verdict. A red line or a severe risk stops the processing whatever else is unanswered. Otherwise, while
 * required questions are unanswered there is no verdict: an empty or half-done assessment must not read as a
 * pass. Then problems to fix (or checks left undecided by "not sure") mean "after remediation".
 */
function conclude(ev: Evaluation, risks: readonly RiskResult[], locale: Locale, manual: AssessmentFile['manualFindings'], done: { answered: number; total: number }): ReportModel['conclusion'] {
  const L = (x: Localized) => x[locale];
  // A lawyer's hand-added finding weighs like a rule's finding of the same severity.
  const reds = [...ev.findings.filter((f) => f.severity === 'red').map((f) => f.rule.title), ...manual.filter((m) => m.severity === 'red').map((m) => t(m.title, m.title))];
  const ncs = [...ev.findings.filter((f) => f.severity === 'nc'), ...manual.filter((m) => m.severity === 'nc')];
  const severe = risks.filter((r) => r.level === 'severe');
  const high = risks.filter((r) => r.level === 'high');
  const reasons: string[] = [];
  let code: Conclusion;
  const missing = done.total - done.answered;
  if (reds.length || severe.length) {
    code = 'stop';
    for (const title of reds) reasons.push(L(t(`红线：${title['zh-CN']}`, `Red line: ${title.en}`)));
    for (const r of severe) reasons.push(L(t(`风险等级“严重”：${RISK_TITLES[r.id].title['zh-CN']}`, `Severe risk: ${RISK_TITLES[r.id].title.en}`)));
    // A red line decides the verdict, but the assessment is still not complete: say so.
    if (missing > 0) reasons.push(L(t(`另有 ${missing} 个必答问题没有回答，在回答中标为“未回答”`, `${missing === 1 ? '1 required question is' : `${missing} required questions are`} still not answered, marked “not answered” among the answers`)));
  } else if (missing > 0) {
    code = 'incomplete';
    reasons.push(L(t(`${done.total} 个必答问题中还有 ${missing} 个没有回答`, `${missing} of ${done.total} required questions are not answered yet`)));
    if (ncs.length) reasons.push(L(t(`已回答的部分中有 ${ncs.length} 项不合规需要整改`, `${enCount(ncs.length, 'non-compliance finding')} to fix in what is answered`)));
  } else if (ncs.length || high.length || ev.unresolved.length) {
    code = 'remediate';
    if (ncs.length) reasons.push(L(t(`${ncs.length} 项不合规需要整改`, `${enCount(ncs.length, 'non-compliance finding')} to fix`)));
    for (const r of high) reasons.push(L(t(`风险等级“高”：${RISK_TITLES[r.id].title['zh-CN']}`, `High risk: ${RISK_TITLES[r.id].title.en}`)));
    if (ev.unresolved.length) reasons.push(L(t(`${ev.unresolved.length} 项检查因问题未回答或“不确定”而无法判断`, `${enCount(ev.unresolved.length, 'check')} cannot be decided because questions are unanswered or “not sure”`)));
  } else {
    code = 'proceed';
    reasons.push(L(t('未发现红线或不合规，所有风险均在“中”及以下', 'No red line or non-compliance; every risk is medium or lower')));
  }
  const summary = {
    stop: t('存在红线或严重风险。在整改完成、重新评估之前，应当停止或不得启用人脸识别，或重新设计方案。', 'There are red lines or severe risks. Face recognition must stop, or not start, until they are fixed and the assessment is redone — or the design must change.'),
    remediate: t('没有红线，但存在必须整改的问题或尚未确定的事项。按整改计划整改并补全回答后，可以开展。', 'No red line, but there are problems to fix or facts still unknown. Once the action plan is done and the answers completed, processing may proceed.'),
    incomplete: t(
      '还有必答问题没有回答，本报告不能作为评估结论，也不能据此启用人脸识别。下列发现只反映已回答的部分；回答全部问题后重新生成报告。',
      'Required questions are still unanswered, so this report is not an assessment and no basis for using face recognition. The findings below cover only what is answered; answer every question, then make the report again.',
    ),
    proceed: t('按照本次回答，处理活动符合所检查的要求，可以开展；请落实各项义务并按期复评。', 'On these answers the processing meets the requirements checked and may proceed; keep up the obligations and review on time.'),
  }[code];
  return { code, title: L(CONCLUSION_LABELS[code]), summary: L(summary), reasons };
}

function buildSections(
  file: AssessmentFile,
  ev: Evaluation,
  risks: readonly ReportRisk[],
  findings: readonly ReportFinding[],
  locale: Locale,
  citation: (c: Citation) => ReportCitation,
): ReportSection[] {
  const L = (x: Localized) => x[locale];
  const a = ev.answers;
  const ans = (qid: string) => (a[qid] !== undefined ? formatAnswer(questionById(qid)!, a[qid]!, locale) : L(NOT_ANSWERED));
  const routeName = ROUTE_NAMES[String(a['venue.route'])];
  const route = routeName ? L(routeName) : ans('venue.route');
  // An option's label inside a sentence, after a lower-case "label:" ("retention: no limit, kept indefinitely"): the
  // English labels, written to stand alone, lose their capital (inSentence keeps an acronym's). Lists item by item.
  const mid = (qid: string) => {
    const v = a[qid];
    const kind = questionById(qid)!.kind;
    if (typeof v === 'string' && kind === 'single') return sentenceLabels(qid, [v], locale)[0]!;
    if (Array.isArray(v) && kind === 'multi') return joinLabels(sentenceLabels(qid, v as readonly string[], locale), locale);
    return ans(qid);
  };
  const isLawfulness = (rows: readonly string[]) => rows.some((r) => LAWFULNESS_ROWS.includes(r as FrId));
  const lawful = findings.filter((f) => isLawfulness(f.checklist));
  const measures = findings.filter((f) => !lawful.includes(f));
  // The checks that cannot be judged yet (unanswered, or "not sure"), split the same way: a part with any is not
  // "free of problems".
  const lawfulUnknown = ev.unresolved.filter((u) => isLawfulness(u.rule.fr)).length;
  const measuresUnknown = ev.unresolved.length - lawfulUnknown;
  const statement = typeof a['purpose.statement'] === 'string' ? (a['purpose.statement'] as string) : '';
  const rejected = typeof a['purpose.alternatives-rejected'] === 'string' ? (a['purpose.alternatives-rejected'] as string) : '';
  const verdict = (n: number, unknown: number) => {
    const found = L(t(`本部分有 ${n} 项发现，详见“发现”一节。`, `This part has ${enCount(n, 'finding')}; see “Findings”.`));
    const open = L(
      t(
        `另有 ${unknown} 项检查因未回答或回答“不确定”而无法判断，详见“尚不清楚的事项”一节；在此之前，不能认为本部分没有问题。`,
        `${unknown === 1 ? 'One more check' : `${unknown} more checks`} cannot be judged yet, because questions ${unknown === 1 ? 'it' : 'they'} need${unknown === 1 ? 's' : ''} are unanswered or answered “not sure”; see “Still unknown”. Until then this part cannot be taken as free of problems.`,
      ),
    );
    if (unknown === 0) return n === 0 ? L(t('在本部分检查的事项中未发现问题。', 'No problem was found among the matters checked in this part.')) : found;
    const judged = n === 0 ? L(t('在已能判断的事项中未发现问题。', 'No problem was found among the matters that can be judged.')) : found;
    return [judged, open].join(locale === 'en' ? ' ' : '');
  };

  return [
    {
      id: 'lawful-necessary',
      title: L(t('（一）处理目的、处理方式是否合法、正当、必要', '1. Are the purpose and method lawful, legitimate and necessary?')),
      answers: [citation({ article: 'pipl.56', para: 1, item: 1 }), citation({ article: 'frm.9' })],
      paragraphs: [
        L(
          a['venue.type'] !== undefined
            ? t(`场所：${file.meta.venueName || '（未填写）'}（${ans('venue.type')}）。路径：${route}。`, `Venue: ${file.meta.venueName || '(not given)'} (${ans('venue.type')}). Route: ${route}.`)
            : t(`场所：${file.meta.venueName || '（未填写）'}（类型未回答）。路径：${route}。`, `Venue: ${file.meta.venueName || '(not given)'} (type not answered). Route: ${route}.`),
        ),
        L(t(`目的：${ans('venue.purposes')}。`, `Purposes: ${mid('venue.purposes')}.`)),
        statement ? L(t(`具体目的（填写人陈述）：${statement}`, `Specific purpose (as stated): ${statement}`)) : '',
        L(t(`法律依据：${ans('basis.lawful-basis')}。`, `Legal basis: ${ans('basis.lawful-basis')}.`)),
        L(t(`评估过的替代方式：${ans('purpose.alternatives-considered')}。`, `Alternatives considered: ${ans('purpose.alternatives-considered')}.`)),
        rejected ? L(t(`未采用替代方式的理由（填写人陈述）：${rejected}`, `Why the alternatives were not enough (as stated): ${rejected}`)) : '',
        L(t(`不刷脸的替代方式：${ans('alternatives.offered')}。`, `Non-face alternative: ${ans('alternatives.offered')}.`)),
        verdict(lawful.length, lawfulUnknown),
      ].filter(Boolean),
      findingIds: lawful.map((f) => f.id),
    },
    {
      id: 'impact-risks',
      title: L(t('（二）对个人权益的影响及安全风险', '2. Impact on individuals’ rights and security risks')),
      answers: [citation({ article: 'pipl.56', para: 1, item: 2 }), citation({ article: 'frm.9' }), citation({ article: 'gbt-39335.D.5' })],
      paragraphs: [
        L(t('人脸信息属于生物识别信息，是敏感个人信息，一旦泄露或者非法使用，容易导致人格尊严受到侵害或者人身、财产安全受到危害。', 'Face information is biometric and therefore sensitive personal information: if leaked or misused it can easily harm dignity or personal and property safety.')),
        L(t(`涉及人群：${ans('venue.subjects')}；可能涉及不满十四周岁儿童：${ans('venue.children')}；存储人数：${ans('venue.people-stored')}。`, `People affected: ${mid('venue.subjects')}; children under 14 possibly involved: ${mid('venue.children')}; people stored: ${ans('venue.people-stored')}.`)),
        ...risks.map((r) => L(t(`${r.title}：影响${r.impactLabel}，可能性${r.likelihoodLabel}，风险${r.levelLabel}。`, `${r.title}: impact ${r.impactLabel.toLowerCase()}, likelihood ${r.likelihoodLabel.toLowerCase()}, risk ${r.levelLabel.toLowerCase()}.`))),
      ],
      findingIds: [],
    },
    {
      id: 'measures',
      title: L(t('（三）保护措施是否合法、有效并与风险程度相适应', '3. Are the protective measures lawful, effective and proportionate to the risk?')),
      answers: [citation({ article: 'pipl.56', para: 1, item: 3 }), citation({ article: 'frm.9' })],
      paragraphs: [
        L(t(`存储与传输：${ans('storage.location')}；保存期限：${ans('storage.retention')}；删除：${ans('storage.auto-delete')}。`, `Storage and transfer: ${mid('storage.location')}; retention: ${mid('storage.retention')}; deletion: ${mid('storage.auto-delete')}.`)),
        L(t(`提示标识：${ans('public.signage')}。告知事项：${ans('notice.items')}。`, `Signs: ${mid('public.signage')}. Notice covers: ${mid('notice.items')}.`)),
        L(t(`安全措施：${ans('security.measures')}；应急预案：${ans('security.incident-plan')}。`, `Security measures: ${mid('security.measures')}; incident plan: ${mid('security.incident-plan')}.`)),
        L(t(`个人行使权利的途径：${ans('rights.channels')}。`, `Channels for individuals’ rights: ${mid('rights.channels')}.`)),
        verdict(measures.length, measuresUnknown),
      ],
      findingIds: measures.map((f) => f.id),
    },
  ];
}

export function evidenceRow(qid: string, value: AnswerValue, locale: Locale): ReportEvidence {
  const q = questionById(qid);
  if (!q) return { questionId: qid, question: qid, answer: String(value) };
  return { questionId: qid, question: q.label[locale], answer: formatAnswer(q, value, locale) };
}

/** An answer as a person reads it: option labels, numbers with units, group rows. */
export function formatAnswer(q: QuestionDef, value: AnswerValue, locale: Locale): string {
  switch (q.kind) {
    case 'single':
      return typeof value === 'string' ? optionLabel(q.id, value)[locale] : String(value);
    case 'multi':
      return Array.isArray(value) ? optionList(q.id, value as readonly string[], locale) : String(value);
    case 'number':
      return typeof value === 'number' ? `${groupDigits(value)} ${unitFor(q, value, locale)}` : String(value);
    case 'group': {
      // One line per row, named by its first text field, every other field labelled ("东门——区域类型：出入口；
      // 设备数量：2；…"), so that a number or a choice is never read without knowing what it is.
      if (!Array.isArray(value)) return String(value);
      const zh = locale === 'zh-CN';
      const shown = (f: (typeof q.fields)[number], v: string | number | readonly string[]) =>
        Array.isArray(v) ? v.join(zh ? '、' : ', ') : f.kind === 'single' ? (f.options.find((o) => o.code === v)?.label[locale] ?? String(v)) : String(v);
      const nameField = q.fields.find((f) => f.kind === 'text');
      return (value as readonly GroupItem[])
        .map((item, i) => {
          const named = nameField ? String(item[nameField.id] ?? '').trim() : '';
          const name = named || `${q.itemLabel[locale]} ${i + 1}`;
          const rest = q.fields
            .filter((f) => f !== nameField && item[f.id] !== undefined && item[f.id] !== '')
            .map((f) => `${inSentence(f.label[locale], locale)}${zh ? '：' : ': '}${inSentence(shown(f, item[f.id]!), locale)}`);
          return rest.length ? `${name}${zh ? '——' : ' — '}${rest.join(zh ? '；' : '; ')}` : name;
        })
        .join('\n');
    }
    case 'date':
      // As the review page shows it in Chinese (2021年4月1日); English keeps the ISO date.
      return locale === 'zh-CN' && typeof value === 'string' ? zhDate(value) : String(value);
    default:
      return String(value);
  }
}

/**
 * A number as both zh-CN and en-US write it — thousands grouped with commas, at most three decimals — the
 * same text as `toLocaleString` gives in either locale. Written out because the first `toLocaleString` on a
 * page loads the browser's ICU data: 25–90 ms inside the results page's first render, four times that on a
 * slow phone.
 */
export function groupDigits(n: number): string {
  const abs = Math.abs(n);
  if (!Number.isFinite(n) || abs >= 1e21) return n.toLocaleString('en-US');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  // Like ICU: start from the shortest decimal that reads back as n, round half away from zero to 3 decimals.
  let [int = '0', frac = ''] = (abs < 1e-6 ? '0' : String(abs)).split('.');
  if (frac.length > 3) {
    const up = frac[3]! >= '5';
    frac = frac.slice(0, 3);
    if (up) {
      const sum = (BigInt(int + frac) + 1n).toString().padStart(4, '0');
      [int, frac] = [sum.slice(0, -3), sum.slice(-3)];
    }
  }
  frac = frac.replace(/0+$/, '');
  return `${sign}${int.replace(/\B(?=(\d{3})+$)/g, ',')}${frac ? `.${frac}` : ''}`;
}

const CAVEATS: Partial<Record<Verification, Localized>> = {
  V3: t('规则内容来自官方发布稿或问答，条文措辞未核实，不作为原文引用。', 'Rule content from an official release or Q&A; the wording is unverified and is not quoted.'),
  S: t('内容来自二手资料，未核实原文。', 'Content from secondary sources; the text is unverified.'),
  UNVERIFIED: t('未核实。', 'Unverified.'),
  'V2-draft': t('内容取自标准报批稿，最终文本未核对。', 'Taken from the standard’s approval draft; the final text was not checked.'),
};

export function reportCitation(c: Citation, locale: Locale): ReportCitation {
  const found = getArticle(c.article)!;
  const { article } = found;
  let quote: string[] | undefined;
  if (isQuotable(article)) {
    const paras = c.para !== undefined && article.text[c.para - 1] ? [article.text[c.para - 1]!] : article.text;
    quote = paras.flatMap((p) => [p.text, ...(p.items ?? [])]);
    // A citation of one item (项) quotes that item under its paragraph's lead, with the items left out marked
    // "……" — not the whole list again for each item cited (SPC art. 2 has eight).
    const listed = paras.filter((p) => p.items?.length);
    if (typeof c.item === 'number' && listed.length === 1) {
      const { text: lead, items } = listed[0]!;
      const item = items![c.item - 1];
      if (item && items!.length > 1) quote = [lead, ...(c.item > 1 ? ['……'] : []), item, ...(c.item < items!.length ? ['……'] : [])];
    }
  }
  const caveats: string[] = [];
  const v = CAVEATS[article.verification];
  if (v && !isQuotable(article)) caveats.push(v[locale]);
  // The same doubts the checklist marks with †, ※ and ‡ (markedCitation), here said in words.
  const { local, unchecked, recommended } = markedCitation(c, locale);
  if (local) {
    const name = found.instrument.short[locale];
    caveats.push(
      locale === 'zh-CN'
        ? `地方性法规，只在制定它的地方适用（《${name}》）；其他地区请核对当地规定，此处作为同类规则的参考。`
        : `A local regulation, binding only where it was made (${name}); elsewhere check the local rules. Cited as an example of the same rule.`,
    );
  }
  if (recommended) {
    caveats.push(
      locale === 'zh-CN'
        ? '推荐性国家标准（GB/T），不是强制性规定；监管部门和法院常以其作为“必要措施”的参照。'
        : 'A recommended national standard (GB/T), not a binding rule; regulators and courts use it as a benchmark for “necessary measures”.',
    );
  }
  if (unchecked) {
    caveats.push(locale === 'zh-CN' ? '条号来自二手资料或官方发布稿，未与原文核对。' : 'The article number comes from secondary sources or an official release and has not been checked against the text.');
  }
  return {
    articleId: c.article,
    label: formatCitation(c, locale),
    heading: article.heading[locale],
    slug: articleSlug(c.article),
    verification: article.verification,
    ...(quote ? { quote } : {}),
    substance: article.substance[locale],
    ...(caveats.length ? { caveat: caveats.join(' ') } : {}),
  };
}
