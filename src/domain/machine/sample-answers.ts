/**
 * Valid sample answers for any question, and the candidate answers of the questions that route the
 * questionnaire (those some `showIf` refers to), derived from the bank's condition data. Used by the
 * machine's unit and path tests.
 */
import type { AnswerValue, Condition } from '../conditions.ts';
import { referencedQuestions } from '../conditions.ts';
import { QUESTIONS, questionById } from '../questions/bank.ts';
import type { GroupField, QuestionDef } from '../questions/schema.ts';

function sampleField(f: GroupField): string | number {
  switch (f.kind) {
    case 'text':
      return 'Main entrance';
    case 'number':
      return Math.max(f.min, 1);
    case 'single':
      return f.options[0]!.code;
  }
}

/** A valid, ordinary answer (never "not sure", never an exclusive "none"). */
export function sampleAnswer(q: QuestionDef): AnswerValue {
  switch (q.kind) {
    case 'single':
      return (q.options.find((o) => !o.unknown) ?? q.options[0]!).code;
    case 'multi':
      return [(q.options.find((o) => !o.exclusive && !o.unknown) ?? q.options[0]!).code];
    case 'number':
      return q.min;
    case 'date':
      return '2026-01-15';
    case 'text':
      return q.format === 'url' ? 'https://example.com/privacy' : q.format === 'contact' ? '400-800-1234' : 'Sample answer';
    case 'longtext':
      return 'A sample answer written for the test.';
    case 'group':
      return [Object.fromEntries(q.fields.map((f) => [f.id, sampleField(f)]))];
  }
}

/** The ids of questions that some other question's `showIf` refers to: the routing questions. */
export function routingQuestionIds(): string[] {
  const out = new Set<string>();
  for (const q of QUESTIONS) if (q.showIf) for (const r of referencedQuestions(q.showIf)) out.add(r);
  return QUESTIONS.filter((q) => out.has(q.id)).map((q) => q.id);
}

/** Numeric thresholds a condition tests a question against (gte/lt). */
function thresholds(c: Condition, qid: string, out: Set<number>): void {
  switch (c.op) {
    case 'all':
    case 'any':
      for (const s of c.of) thresholds(s, qid, out);
      break;
    case 'not':
      thresholds(c.c, qid, out);
      break;
    case 'gte':
    case 'lt':
      if (c.q === qid) out.add(c.value);
      break;
    default:
  }
}

/**
 * Every answer to a routing question that can make a difference to routing: each option of a single
 * choice; each option alone of a multiple choice; for a number, each side of every threshold the bank tests.
 */
export function routingCandidates(qid: string): AnswerValue[] {
  const q = questionById(qid);
  if (!q) return [];
  switch (q.kind) {
    case 'single':
      return q.options.map((o) => o.code);
    case 'multi':
      return q.options.map((o) => [o.code]);
    case 'number': {
      const ts = new Set<number>();
      for (const other of QUESTIONS) if (other.showIf) thresholds(other.showIf, qid, ts);
      const values = new Set<number>([q.min]);
      for (const t of ts) {
        values.add(Math.max(q.min, t - 1));
        values.add(Math.min(q.max, t));
      }
      return [...values].sort((a, b) => a - b);
    }
    default:
      return [sampleAnswer(q)];
  }
}
