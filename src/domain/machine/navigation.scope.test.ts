/** A campaign-scoped assessment only ever walks the questions its checks need (issue 5). */
import { describe, expect, it } from 'vitest';
import { newAssessment } from '../persistence/assessment-file.ts';
import { SECTIONS } from '../questions/bank.ts';
import { questionScope } from '../scope.ts';
import { scenarioById } from '../scenarios/index.ts';
import { sampleAnswer } from './sample-answers.ts';
import { questionById } from '../questions/bank.ts';
import { afterAnswer, backFrom, isReachable, scopeOf, sectionEntry, withAnswer } from './navigation.ts';
import type { AnswerValue } from '../conditions.ts';

const checks = ['FR-04', 'FR-05', 'FR-08', 'FR-21'];
const campaign = { authority: 'A', name: 'N', reference: '', contact: '', deadline: '', instructions: '', venueTypes: [], checks };

describe('scoped navigation', () => {
  it('scopeOf gives the campaign scope, and nothing without a campaign', () => {
    const file = { ...newAssessment({ name: 'x', organisation: 'o', venueName: 'v' }), campaign };
    expect([...scopeOf(file)!].sort()).toEqual([...questionScope(checks)!].sort());
    expect(scopeOf(newAssessment({ name: 'x', organisation: 'o', venueName: 'v' }))).toBeUndefined();
  });

  it('walking every section asks only questions in scope, and Back stays in scope', () => {
    const scope = questionScope(checks)!;
    const s = scenarioById('shanghai-putuo-supermarket')!;
    let answers: Record<string, AnswerValue> = {};
    const asked: string[] = [];
    for (const sec of SECTIONS) {
      let p = sectionEntry(sec.id, answers, scope);
      for (let guard = 0; p.phase === 'question' && guard < 50; guard++) {
        const qid = p.questionId;
        expect(scope.has(qid)).toBe(true);
        expect(isReachable(p, true, answers, scope)).toBe(true);
        const back = backFrom(p, answers, scope);
        if (back.phase === 'question') expect(scope.has(back.questionId)).toBe(true);
        asked.push(qid);
        answers = withAnswer(answers, qid, s.answers[qid] ?? sampleAnswer(questionById(qid)!));
        p = afterAnswer(answers, qid, undefined, scope);
      }
    }
    expect(asked.length).toBeGreaterThan(3);
    expect(asked.length).toBeLessThan(scope.size + 1);
    // A question outside the scope cannot be reached in a scoped assessment.
    const outside = [...new Set(Object.keys(s.answers))].find((q) => !scope.has(q))!;
    expect(isReachable({ phase: 'question', questionId: outside }, true, answers, scope)).toBe(false);
  });
});
