import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { evaluateRules } from '../rules/engine.ts';
import { isVisible, QUESTIONS, questionById, visibleQuestions } from '../questions/bank.ts';
import { newAssessment, type AssessmentFile } from '../persistence/assessment-file.ts';
import { questionnaireMachine, currentPosition } from './questionnaire.machine.ts';
import {
  afterAnswer,
  backFromQuestion,
  positionFromHash,
  positionToHash,
  sectionEntry,
  type Position,
} from './navigation.ts';
import { sampleAnswer } from './sample-answers.ts';

const META = { name: 'Test', organisation: 'Org', venueName: 'Venue' };

function started(file?: AssessmentFile, position?: Position) {
  const actor = createActor(questionnaireMachine, { input: file ? { file, ...(position ? { position } : {}) } : undefined });
  actor.start();
  return actor;
}

function phase(actor: ReturnType<typeof started>) {
  return String(actor.getSnapshot().value);
}

function created() {
  const actor = started();
  actor.send({ type: 'assessment.new' });
  actor.send({ type: 'assessment.create', meta: META, id: 'test-assessment-1' });
  return actor;
}

describe('the questionnaire machine', () => {
  it('starts in the library with no assessment, and creating one shows the task list', () => {
    const actor = started();
    expect(phase(actor)).toBe('library');
    actor.send({ type: 'assessment.new' });
    expect(phase(actor)).toBe('start');
    actor.send({ type: 'assessment.create', meta: { ...META, preset: 'retail' }, id: 'test-assessment-1' });
    expect(phase(actor)).toBe('tasks');
    const file = actor.getSnapshot().context.file!;
    expect(file.meta.preset).toBe('retail');
    expect(file.answers).toEqual({});
  });

  it('renaming the open assessment in the library takes the new file and stays in the library', () => {
    const actor = created();
    actor.send({ type: 'library.show' });
    const file = actor.getSnapshot().context.file!;
    actor.send({ type: 'assessment.replace', file: { ...file, meta: { ...file.meta, name: 'Renamed' } } });
    expect(phase(actor)).toBe('library');
    expect(actor.getSnapshot().context.file!.meta.name).toBe('Renamed');
    // Another assessment is not taken for the open one.
    actor.send({ type: 'assessment.replace', file: { ...file, id: 'another', meta: { ...file.meta, name: 'Other' } } });
    expect(actor.getSnapshot().context.file!.meta.name).toBe('Renamed');
  });

  it('a total across all systems below the faces stored is refused, naming both numbers', () => {
    const file = { ...newAssessment(META, new Date('2026-11-23T00:00:00Z'), 'cross-check-1'), answers: { 'venue.people-stored': 200000 } };
    const actor = started(file, { phase: 'question', questionId: 'venue.people-total' });
    actor.send({ type: 'answer.submit', value: 8500 });
    expect(phase(actor)).toBe('question');
    expect(actor.getSnapshot().context.errors[0]!.message['zh-CN']).toBe('所有系统合计的人数（8,500）少于存储了人脸的人数（200,000）：合计应当包括这些人');
    actor.send({ type: 'answer.submit', value: 250000 });
    expect(actor.getSnapshot().context.file!.answers['venue.people-total']).toBe(250000);
  });

  it('dates that contradict the stage of the system, or today, are refused when entered, saying which answer to change', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T04:00:00Z'));
    try {
      const base = newAssessment(META, new Date('2026-11-23T00:00:00Z'), 'cross-check-2');
      // Already in use, yet going live next year: refused; a date in the past is taken.
      const live = started({ ...base, answers: { 'venue.status': 'live' } }, { phase: 'question', questionId: 'venue.go-live' });
      live.send({ type: 'answer.submit', value: '2027-01-10' });
      expect(phase(live)).toBe('question');
      expect(live.getSnapshot().context.errors[0]!.message['zh-CN']).toContain('启用日期不能晚于今天（2026年12月2日）');
      live.send({ type: 'answer.submit', value: '2026-12-02' });
      expect(live.getSnapshot().context.file!.answers['venue.go-live']).toBe('2026-12-02');
      // A planned date that has passed is not refused (a reopened assessment would be stuck); the report says so.
      const planned = started({ ...base, answers: { 'venue.status': 'planned' } }, { phase: 'question', questionId: 'venue.go-live' });
      planned.send({ type: 'answer.submit', value: '2025-06-15' });
      expect(planned.getSnapshot().context.file!.answers['venue.go-live']).toBe('2025-06-15');
      // "Not filed, live less than 30 days" of a system live since June 2025: refused, naming the date.
      const answers = { 'venue.status': 'live', 'venue.go-live': '2025-06-15', 'venue.route': 'public-security', 'venue.type': 'scenic-area' };
      const filing = started({ ...base, answers }, { phase: 'question', questionId: 'public.police-filing' });
      filing.send({ type: 'answer.submit', value: 'within-30-days' });
      expect(filing.getSnapshot().context.errors[0]!.message.en).toBe('The system went live on 2025-06-15, so the filing period ended on 2025-07-15: choose “Filed” or “Not filed”.');
      filing.send({ type: 'answer.submit', value: 'not-filed' });
      expect(filing.getSnapshot().context.file!.answers['public.police-filing']).toBe('not-filed');
      // The face-recognition filing: "in progress, within 30 working days" after those days have passed is refused.
      const frm = started({ ...base, answers: { 'venue.people-stored': 120000, 'venue.threshold-date': '2026-06-15' } }, { phase: 'question', questionId: 'governance.filing' });
      frm.send({ type: 'answer.submit', value: 'in-progress' });
      expect(frm.getSnapshot().context.errors[0]!.message['zh-CN']).toBe('存储数量于2026年6月15日达到10万人，备案期限（约为2026年7月27日）已过：请选择“已备案”或“未备案”。');
      // Live before the regulation: its 90 days from 2025-04-01 are named, not "30 days".
      const old = started({ ...base, answers: { ...answers, 'venue.go-live': '2024-05-01' } }, { phase: 'question', questionId: 'public.police-filing' });
      old.send({ type: 'answer.submit', value: 'within-30-days' });
      expect(old.getSnapshot().context.errors[0]!.message['zh-CN']).toBe('系统于2024年5月1日启用，备案期限（2025年6月30日）已过：请选择“已备案”或“未备案”。');
      // Counted without public holidays the 30 working days end about 2026-11-23; holidays could push the real end
      // later, so "in progress" is still taken on 2026-12-02 (refused only two weeks past the count).
      const margin = started({ ...base, answers: { 'venue.people-stored': 120000, 'venue.threshold-date': '2026-10-12' } }, { phase: 'question', questionId: 'governance.filing' });
      margin.send({ type: 'answer.submit', value: 'in-progress' });
      expect(margin.getSnapshot().context.file!.answers['governance.filing']).toBe('in-progress');
      const soon = started({ ...base, answers: { 'venue.people-stored': 120000, 'venue.threshold-date': '2026-11-20' } }, { phase: 'question', questionId: 'governance.filing' });
      soon.send({ type: 'answer.submit', value: 'in-progress' });
      expect(soon.getSnapshot().context.file!.answers['governance.filing']).toBe('in-progress');
      const recent = started({ ...base, answers: { ...answers, 'venue.go-live': '2026-11-20' } }, { phase: 'question', questionId: 'public.police-filing' });
      recent.send({ type: 'answer.submit', value: 'within-30-days' });
      expect(recent.getSnapshot().context.file!.answers['public.police-filing']).toBe('within-30-days');
    } finally {
      vi.useRealTimers();
    }
  });

  it('the contact for the sign and notice must be a phone number or an e-mail address when entered', () => {
    const file = newAssessment(META, new Date('2026-11-23T00:00:00Z'), 'cross-check-3');
    const actor = started(file, { phase: 'question', questionId: 'notice.contact' });
    actor.send({ type: 'answer.submit', value: 'Member entry at turnstile' });
    expect(actor.getSnapshot().context.errors[0]!.message.en).toMatch(/^Enter a phone number or e-mail address, such as 400-123-4567/);
    for (const ok of ['privacy@example.com', '021-6234 5678 转 801', '95588']) {
      const a = started(file, { phase: 'question', questionId: 'notice.contact' });
      a.send({ type: 'answer.submit', value: ok });
      expect(a.getSnapshot().context.errors, ok).toEqual([]);
      expect(a.getSnapshot().context.file!.answers['notice.contact']).toBe(ok);
    }
  });

  it('opening a section goes to its first question, and an invalid answer stays with errors', () => {
    const actor = created();
    actor.send({ type: 'section.open', section: 'venue' });
    expect(phase(actor)).toBe('question');
    expect(actor.getSnapshot().context.questionId).toBe('venue.type');
    actor.send({ type: 'answer.submit', value: undefined });
    expect(phase(actor)).toBe('question');
    expect(actor.getSnapshot().context.errors).toHaveLength(1);
    expect(actor.getSnapshot().context.file!.answers).toEqual({});
    actor.send({ type: 'answer.submit', value: 'not-an-option' });
    expect(actor.getSnapshot().context.errors[0]!.message.en).toMatch(/not one of the options/);
  });

  it('a valid answer is recorded, errors clear and the next visible question follows', () => {
    const actor = created();
    actor.send({ type: 'section.open', section: 'venue' });
    actor.send({ type: 'answer.submit', value: undefined });
    actor.send({ type: 'answer.submit', value: 'scenic-area' });
    const ctx = actor.getSnapshot().context;
    expect(ctx.errors).toEqual([]);
    expect(ctx.file!.answers['venue.type']).toBe('scenic-area');
    expect(ctx.questionId).toBe('venue.status');
  });

  it('answering the last question of a section leads to that section’s check-your-answers page', () => {
    const actor = created();
    actor.send({ type: 'section.open', section: 'alternatives' });
    let guard = 0;
    while (phase(actor) === 'question' && guard++ < 50) {
      const q = questionById(actor.getSnapshot().context.questionId!)!;
      expect(q.section).toBe('alternatives');
      actor.send({ type: 'answer.submit', value: sampleAnswer(q) });
    }
    expect(phase(actor)).toBe('review');
    expect(actor.getSnapshot().context.reviewSection).toBe('alternatives');
    actor.send({ type: 'nav.back' });
    expect(phase(actor)).toBe('tasks');
  });

  it('a completed section opens on its check-your-answers page', () => {
    const actor = created();
    actor.send({ type: 'section.open', section: 'templates' });
    actor.send({ type: 'answer.submit', value: 'deleted' });
    actor.send({ type: 'answer.submit', value: 'yes' });
    expect(phase(actor)).toBe('review');
    actor.send({ type: 'tasks.show' });
    actor.send({ type: 'section.open', section: 'templates' });
    expect(phase(actor)).toBe('review');
    expect(actor.getSnapshot().context.reviewSection).toBe('templates');
  });

  it('Back goes to the previous visible question of the section, then to the task list', () => {
    const actor = created();
    actor.send({ type: 'section.open', section: 'venue' });
    actor.send({ type: 'answer.submit', value: 'retail' });
    actor.send({ type: 'answer.submit', value: 'live' });
    expect(actor.getSnapshot().context.questionId).toBe('venue.go-live');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.questionId).toBe('venue.status');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.questionId).toBe('venue.type');
    actor.send({ type: 'nav.back' });
    expect(phase(actor)).toBe('tasks');
    actor.send({ type: 'nav.back' });
    expect(phase(actor)).toBe('library');
  });

  it('a change from the review returns to the review, through any question the change opened', () => {
    const file: AssessmentFile = {
      ...newAssessment(META, new Date('2026-01-01'), 'test-assessment-2'),
      answers: { 'purpose.statement': 'x', 'purpose.reason': 'security-need', 'purpose.alternatives-considered': ['none-considered'], 'purpose.necessity-documented': 'none' },
    };
    const actor = started(file, { phase: 'review', section: 'purpose' });
    expect(phase(actor)).toBe('review');
    actor.send({ type: 'review.change', questionId: 'purpose.alternatives-considered', returnTo: { phase: 'review', section: 'purpose' } });
    expect(actor.getSnapshot().context.questionId).toBe('purpose.alternatives-considered');
    actor.send({ type: 'answer.submit', value: ['card'] });
    // The change opened purpose.alternatives-rejected, which is unanswered: it is asked before returning.
    expect(actor.getSnapshot().context.questionId).toBe('purpose.alternatives-rejected');
    actor.send({ type: 'answer.submit', value: 'Cards are lent to others.' });
    expect(phase(actor)).toBe('review');
    expect(actor.getSnapshot().context.reviewSection).toBe('purpose');
  });

  it('Back from a Change goes straight back to the review', () => {
    const file: AssessmentFile = { ...newAssessment(META, new Date(), 'test-assessment-3'), answers: { 'venue.type': 'gym' } };
    const actor = started(file, { phase: 'review' });
    actor.send({ type: 'review.change', questionId: 'venue.type', returnTo: { phase: 'review' } });
    actor.send({ type: 'nav.back' });
    expect(phase(actor)).toBe('review');
    expect(actor.getSnapshot().context.reviewSection).toBeNull();
  });

  it('answers in a branch that closes are kept aside and come back when it re-opens', () => {
    const actor = created();
    actor.send({ type: 'nav.goto', position: { phase: 'question', questionId: 'venue.route' } });
    actor.send({ type: 'answer.submit', value: 'public-security' });
    actor.send({ type: 'nav.goto', position: { phase: 'question', questionId: 'public.necessity' } });
    expect(actor.getSnapshot().context.questionId).toBe('public.necessity');
    actor.send({ type: 'answer.submit', value: 'documented' });
    actor.send({ type: 'nav.goto', position: { phase: 'question', questionId: 'venue.route' } });
    actor.send({ type: 'answer.submit', value: 'consent' });
    const answers = actor.getSnapshot().context.file!.answers;
    expect(answers['public.necessity']).toBe('documented');
    expect(isVisible('public.necessity', answers)).toBe(false);
    expect(evaluateRules(answers).answers['public.necessity']).toBeUndefined();
    // A hidden question cannot be shown.
    actor.send({ type: 'nav.goto', position: { phase: 'question', questionId: 'public.necessity' } });
    expect(actor.getSnapshot().context.questionId).not.toBe('public.necessity');
    actor.send({ type: 'nav.goto', position: { phase: 'question', questionId: 'venue.route' } });
    actor.send({ type: 'answer.submit', value: 'both' });
    expect(actor.getSnapshot().context.file!.answers['public.necessity']).toBe('documented');
    expect(isVisible('public.necessity', actor.getSnapshot().context.file!.answers)).toBe(true);
  });

  it('an optional question may be left empty, which removes an earlier answer', () => {
    const file: AssessmentFile = { ...newAssessment(META, new Date(), 'test-assessment-4'), answers: { 'public.notice-url': 'https://example.com' } };
    const actor = started(file, { phase: 'question', questionId: 'public.notice-url' });
    actor.send({ type: 'answer.submit', value: '' });
    expect(actor.getSnapshot().context.errors).toEqual([]);
    expect(actor.getSnapshot().context.file!.answers['public.notice-url']).toBeUndefined();
  });

  it('resumes exactly where the file says, and falls back to the task list for a hidden question', () => {
    const base = newAssessment(META, new Date(), 'test-assessment-5');
    expect(phase(started({ ...base, position: 'venue.purposes' }))).toBe('question');
    expect(started({ ...base, position: 'venue.purposes' }).getSnapshot().context.questionId).toBe('venue.purposes');
    expect(phase(started({ ...base, position: 'results' }))).toBe('results');
    expect(phase(started({ ...base, position: 'review' }))).toBe('review');
    expect(phase(started({ ...base, position: 'public.necessity' }))).toBe('tasks');
    expect(phase(started(base, { phase: 'review', section: 'notice' }))).toBe('review');
  });

  it('records action-plan edits in the file, keyed by rule id', () => {
    const actor = started(newAssessment(META, new Date(), 'test-assessment-6'), { phase: 'results' });
    actor.send({ type: 'action.edit', ruleId: 'signage.missing', edit: { owner: 'Li', due: '2026-05-01', status: 'in-progress' } });
    expect(actor.getSnapshot().context.file!.actions['signage.missing']).toEqual({ owner: 'Li', due: '2026-05-01', status: 'in-progress' });
  });

  it('the assessment keeps its date while the plan, the notes or a re-saved answer change; a new answer re-dates it', () => {
    const file = { ...newAssessment(META, new Date('2026-11-20T09:00:00Z'), 'test-assessment-7'), answers: { 'venue.type': 'gym' } };
    const actor = started(file, { phase: 'results' });
    const dateOf = () => actor.getSnapshot().context.file!;
    actor.send({ type: 'action.edit', ruleId: 'signage.missing', edit: { owner: 'Li', due: '', status: 'done' } });
    actor.send({ type: 'review.edit', patch: { review: { client: 'C', matter: 'M', reviewer: 'R' } } });
    expect(dateOf().assessedAt).toBe('2026-11-20T09:00:00.000Z');
    expect(dateOf().updatedAt).not.toBe('2026-11-20T09:00:00.000Z');
    actor.send({ type: 'nav.goto', position: { phase: 'question', questionId: 'venue.type' } });
    actor.send({ type: 'answer.submit', value: 'gym' });
    expect(dateOf().assessedAt).toBe('2026-11-20T09:00:00.000Z');
    actor.send({ type: 'nav.goto', position: { phase: 'question', questionId: 'venue.type' } });
    actor.send({ type: 'answer.submit', value: 'hotel' });
    expect(dateOf().assessedAt).not.toBe('2026-11-20T09:00:00.000Z');
    expect(dateOf().assessedAt).toBe(dateOf().updatedAt);
  });

  it('opening another assessment replaces the current one at its saved position', () => {
    const actor = created();
    const other = { ...newAssessment({ ...META, name: 'Other' }, new Date(), 'test-assessment-7'), position: 'tasks' };
    actor.send({ type: 'assessment.open', file: other });
    expect(phase(actor)).toBe('tasks');
    expect(actor.getSnapshot().context.file!.meta.name).toBe('Other');
    actor.send({ type: 'meta.update', meta: { ...META, name: 'Renamed' } });
    expect(actor.getSnapshot().context.file!.meta.name).toBe('Renamed');
  });

  it('reports its position for the URL and the file', () => {
    const actor = created();
    actor.send({ type: 'section.open', section: 'venue' });
    const snap = actor.getSnapshot();
    expect(currentPosition(String(snap.value), snap.context)).toEqual({ phase: 'question', questionId: 'venue.type' });
  });
});

describe('navigation functions', () => {
  it('afterAnswer stays within the section and then offers the section review', () => {
    expect(afterAnswer({ 'venue.type': 'gym' }, 'venue.type')).toEqual({ phase: 'question', questionId: 'venue.status' });
    const last = QUESTIONS.filter((q) => q.section === 'venue').at(-1)!;
    expect(afterAnswer({}, last.id)).toEqual({ phase: 'review', section: 'venue' });
  });

  it('backFromQuestion never leaves a section except to the task list', () => {
    expect(backFromQuestion({}, 'purpose.statement')).toEqual({ phase: 'tasks' });
    expect(backFromQuestion({}, 'venue.status')).toEqual({ phase: 'question', questionId: 'venue.type' });
    expect(backFromQuestion({}, 'venue.status', { phase: 'results' })).toEqual({ phase: 'results' });
  });

  it('sectionEntry goes to the first unanswered question of the section', () => {
    expect(sectionEntry('venue', { 'venue.type': 'gym' })).toEqual({ phase: 'question', questionId: 'venue.status' });
  });

  it('every position survives a round trip through the URL hash', () => {
    const positions: Position[] = [
      { phase: 'library' },
      { phase: 'start' },
      { phase: 'tasks' },
      { phase: 'review' },
      { phase: 'review', section: 'notice' },
      { phase: 'results' },
      { phase: 'question', questionId: 'venue.type' },
      { phase: 'question', questionId: 'venue.type', returnTo: { phase: 'results' } },
      { phase: 'question', questionId: 'venue.type', returnTo: { phase: 'review', section: 'venue' } },
      { phase: 'question', questionId: 'venue.type', returnTo: { phase: 'review' } },
    ];
    for (const p of positions) expect(positionFromHash(positionToHash(p, 'abc123def'))?.position).toEqual(p);
    expect(positionFromHash(positionToHash({ phase: 'tasks' }, 'abc123def'))?.assessmentId).toBe('abc123def');
    expect(positionFromHash('#/q/no.such-question')).toBeUndefined();
    expect(positionFromHash('#/review/nowhere')).toBeUndefined();
    expect(positionFromHash('#main')).toBeUndefined();
  });

  it('every visible question under sample answers is reachable by Continue from the first', () => {
    const answers: Record<string, unknown> = {};
    let p: Position = { phase: 'question', questionId: QUESTIONS[0]!.id };
    const seen: string[] = [];
    for (let i = 0; i < 500 && p.phase === 'question'; i++) {
      const q = questionById(p.questionId)!;
      seen.push(q.id);
      answers[q.id] = sampleAnswer(q);
      const next = afterAnswer(answers as never, q.id);
      p = next.phase === 'review' && next.section ? sectionEntryAfter(next.section, answers) : next;
    }
    expect(seen).toEqual(visibleQuestions(answers as never).map((q) => q.id));
  });
});

function sectionEntryAfter(section: string, answers: Record<string, unknown>): Position {
  const ids = QUESTIONS.map((q) => q.section);
  const nextSection = ids.slice(ids.lastIndexOf(section as never) + 1)[0];
  if (!nextSection) return { phase: 'review' };
  return sectionEntry(nextSection, answers as never);
}
