import { evaluate, explain, missingFor, type AnswerValue, type Answers } from '../conditions.ts';
import { evalContext, pruneHidden, questionById } from '../questions/bank.ts';
import type { EvalContext } from '../conditions.ts';
import { RULES } from './index.ts';
import { bySeverity, type RuleDef, type Severity } from './schema.ts';

/** One answer that made a rule fire: the evidence a finding shows. */
export interface Evidence {
  readonly questionId: string;
  readonly value: AnswerValue;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly rule: RuleDef;
  readonly evidence: readonly Evidence[];
}

/** A rule that could neither fire nor be ruled out, because the questions listed are unanswered or "not sure". */
export interface Unresolved {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly rule: RuleDef;
  readonly missing: readonly string[];
}

export interface Evaluation {
  readonly findings: readonly Finding[];
  readonly unresolved: readonly Unresolved[];
  /** The answers the evaluation used: hidden branches pruned. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
}


/**
 * Runs every rule over the answers. Answers to questions in hidden branches are pruned first, so they can
 * neither trigger nor silence a rule.
 */
export function evaluateRules(raw: Answers, rules: readonly RuleDef[] = RULES): Evaluation {
  const answers = pruneHidden(raw);
  const ctx = evalContext(answers);
  const findings: Finding[] = [];
  const unresolved: Unresolved[] = [];
  for (const rule of rules) {
    const r = evaluate(rule.when, ctx);
    if (r === true) {
      const evidence = explain(rule.when, ctx)
        .filter((q) => answers[q] !== undefined)
        .map((q) => ({ questionId: q, value: answers[q]! }));
      findings.push({ ruleId: rule.id, severity: rule.severity, rule, evidence });
    } else if (r === 'unknown') {
      const missing = askable(missingFor(rule.when, ctx), ctx);
      // Unknown only through questions that are hidden by the answers given: the rule does not apply.
      if (missing.length > 0) unresolved.push({ ruleId: rule.id, severity: rule.severity, rule, missing });
    }
  }
  return { findings: findings.sort(bySeverity), unresolved: unresolved.sort(bySeverity), answers };
}

/**
 * Replaces each missing question that is currently hidden by what would have to be answered to decide
 * whether it shows: a question hidden because its routing question is unanswered points to that routing
 * question; a question hidden by a definite answer is not needed at all.
 */
function askable(qids: readonly string[], ctx: EvalContext, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const qid of qids) {
    if (seen.has(qid)) continue;
    seen.add(qid);
    const q = questionById(qid);
    if (!q) continue;
    const shown = q.showIf ? evaluate(q.showIf, ctx) : true;
    if (shown === true) out.push(qid);
    else if (shown === 'unknown' && q.showIf) {
      for (const up of askable(missingFor(q.showIf, ctx), ctx, seen)) if (!out.includes(up)) out.push(up);
    }
  }
  return out;
}
