/**
 * The one condition language of Face PIA. Question visibility (`showIf`) and rule triggers (`when`) are both
 * written in it, as plain data, so they can be evaluated, explained (which answers made a rule fire) and
 * analysed (which questions route the questionnaire).
 *
 * Evaluation is three-valued: an unanswered question, or an answer the user marked as "not sure", makes a
 * comparison `unknown`. `all`/`any`/`not` follow Kleene logic, so an unanswered question can never turn into
 * a finding of compliance.
 */

export type AnswerScalar = string | number;
export type GroupItem = Readonly<Record<string, string | number | readonly string[]>>;
export type AnswerValue = AnswerScalar | readonly string[] | readonly GroupItem[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export type Condition =
  | { readonly op: 'answered'; readonly q: string }
  | { readonly op: 'eq'; readonly q: string; readonly value: string }
  | { readonly op: 'in'; readonly q: string; readonly values: readonly string[] }
  | { readonly op: 'includes'; readonly q: string; readonly value: string }
  | { readonly op: 'includesAny'; readonly q: string; readonly values: readonly string[] }
  | { readonly op: 'gte'; readonly q: string; readonly value: number }
  | { readonly op: 'lt'; readonly q: string; readonly value: number }
  | { readonly op: 'anyItem'; readonly q: string; readonly field: string; readonly values: readonly string[] }
  | { readonly op: 'all'; readonly of: readonly Condition[] }
  | { readonly op: 'any'; readonly of: readonly Condition[] }
  | { readonly op: 'not'; readonly c: Condition };

// Constructors, so data files read like sentences.
export const answered = (q: string): Condition => ({ op: 'answered', q });
export const eq = (q: string, value: string): Condition => ({ op: 'eq', q, value });
export const isIn = (q: string, ...values: string[]): Condition => ({ op: 'in', q, values });
export const includes = (q: string, value: string): Condition => ({ op: 'includes', q, value });
export const includesAny = (q: string, ...values: string[]): Condition => ({ op: 'includesAny', q, values });
export const gte = (q: string, value: number): Condition => ({ op: 'gte', q, value });
export const lt = (q: string, value: number): Condition => ({ op: 'lt', q, value });
/** True when some item of a repeating group has `field` set to one of `values`. */
export const anyItem = (q: string, field: string, ...values: string[]): Condition => ({ op: 'anyItem', q, field, values });
export const all = (...of: Condition[]): Condition => ({ op: 'all', of });
export const any = (...of: Condition[]): Condition => ({ op: 'any', of });
export const not = (c: Condition): Condition => ({ op: 'not', c });

export type Truth = true | false | 'unknown';

/**
 * What the evaluator needs to know about answers besides their raw values: which answers are "don't know"
 * (an option flagged `unknown` in the bank) and so count as unknown, not as a value.
 */
export interface EvalContext {
  readonly answers: Answers;
  /** True when the stored answer to `q` should be treated as unknown (e.g. the option 'unsure'). */
  readonly isUnknownAnswer?: (q: string, value: AnswerValue) => boolean;
}

function valueOf(ctx: EvalContext, q: string): AnswerValue | undefined {
  const v = ctx.answers[q];
  // An empty list is "not answered": a deliberate "none of these" is stored as an option code (e.g. ['none']).
  if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return undefined;
  if (ctx.isUnknownAnswer?.(q, v)) return undefined;
  return v;
}

export function evaluate(c: Condition, ctx: EvalContext): Truth {
  switch (c.op) {
    case 'answered':
      return valueOf(ctx, c.q) !== undefined;
    case 'eq': {
      const v = valueOf(ctx, c.q);
      return v === undefined ? 'unknown' : v === c.value;
    }
    case 'in': {
      const v = valueOf(ctx, c.q);
      return v === undefined ? 'unknown' : typeof v === 'string' && c.values.includes(v);
    }
    case 'includes': {
      const v = valueOf(ctx, c.q);
      return v === undefined ? 'unknown' : Array.isArray(v) && (v as readonly unknown[]).includes(c.value);
    }
    case 'includesAny': {
      const v = valueOf(ctx, c.q);
      return v === undefined
        ? 'unknown'
        : Array.isArray(v) && (v as readonly unknown[]).some((x) => c.values.includes(x as string));
    }
    case 'gte': {
      const v = valueOf(ctx, c.q);
      return typeof v !== 'number' ? 'unknown' : v >= c.value;
    }
    case 'lt': {
      const v = valueOf(ctx, c.q);
      return typeof v !== 'number' ? 'unknown' : v < c.value;
    }
    case 'anyItem': {
      const v = valueOf(ctx, c.q);
      if (!Array.isArray(v)) return 'unknown';
      return (v as readonly GroupItem[]).some((item) => {
        const f = typeof item === 'object' && item !== null ? item[c.field] : undefined;
        return typeof f === 'string' && c.values.includes(f);
      });
    }
    case 'all': {
      let unknown = false;
      for (const sub of c.of) {
        const r = evaluate(sub, ctx);
        if (r === false) return false;
        if (r === 'unknown') unknown = true;
      }
      return unknown ? 'unknown' : true;
    }
    case 'any': {
      let unknown = false;
      for (const sub of c.of) {
        const r = evaluate(sub, ctx);
        if (r === true) return true;
        if (r === 'unknown') unknown = true;
      }
      return unknown ? 'unknown' : false;
    }
    case 'not': {
      const r = evaluate(c.c, ctx);
      return r === 'unknown' ? 'unknown' : !r;
    }
  }
}

/** Every question id a condition refers to, in order of first appearance. */
export function referencedQuestions(c: Condition, out: string[] = []): string[] {
  switch (c.op) {
    case 'all':
    case 'any':
      for (const sub of c.of) referencedQuestions(sub, out);
      break;
    case 'not':
      referencedQuestions(c.c, out);
      break;
    default:
      if (!out.includes(c.q)) out.push(c.q);
  }
  return out;
}

/**
 * The questions whose answers decided the condition's current value — the evidence a finding shows
 * ("because you answered …"). For a true `all`, every part; for a true `any`, the parts that are true;
 * for `not`, the evidence of the negated part.
 */
export function explain(c: Condition, ctx: EvalContext): string[] {
  const result = evaluate(c, ctx);
  const out: string[] = [];
  collect(c, ctx, result, out);
  return out;
}

function collect(c: Condition, ctx: EvalContext, want: Truth, out: string[]): void {
  switch (c.op) {
    case 'all':
    case 'any': {
      const decisive = c.of.filter((sub) => evaluate(sub, ctx) === want);
      // For all=true / any=false every part is decisive; for all=false / any=true the matching parts are.
      for (const sub of decisive) collect(sub, ctx, want, out);
      break;
    }
    case 'not':
      collect(c.c, ctx, want === 'unknown' ? 'unknown' : !want, out);
      break;
    default:
      if (!out.includes(c.q)) out.push(c.q);
  }
}

/** The unanswered (or "not sure") questions that keep a condition unknown: what the user must answer. */
export function missingFor(c: Condition, ctx: EvalContext): string[] {
  if (evaluate(c, ctx) !== 'unknown') return [];
  const out: string[] = [];
  for (const q of referencedQuestions(c)) {
    if (valueOf(ctx, q) === undefined) out.push(q);
  }
  return out;
}
