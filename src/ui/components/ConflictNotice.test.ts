/** What the conflict notice says about each kind of conflict, in both languages: labels users know, values in words. */
import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../../domain/persistence/examples.ts';
import type { Conflict } from '../../domain/persistence/merge.ts';
import { translate } from '../../i18n/translate.ts';
import { conflictLabel, conflictValue } from './ConflictNotice.tsx';

const zh = translate('zh-CN');
const en = translate('en');
const file = exampleFiles()[0]!.file;

describe('conflict notice texts', () => {
  it('an answer: the question as asked, option labels rather than codes, "not answered" for none', () => {
    const c: Conflict = { kind: 'answer', key: 'answer:venue.type', questionId: 'venue.type', base: undefined, mine: 'gym', theirs: undefined };
    expect(conflictLabel(c, 'en', en)).toBe('What kind of venue is it?');
    expect(conflictLabel(c, 'zh-CN', zh)).toBe('您的场所属于哪一类？');
    expect(conflictValue(c, 'mine', 'en', en)).toBe('Gym or sports venue');
    expect(conflictValue(c, 'mine', 'zh-CN', zh)).toBe('健身房、体育场馆');
    expect(conflictValue(c, 'theirs', 'en', en)).toBe(en('review.notAnswered'));
  });

  it('a date answer reads as a date', () => {
    const c: Conflict = { kind: 'answer', key: 'answer:venue.go-live', questionId: 'venue.go-live', base: undefined, mine: '2026-03-01', theirs: '2026-04-01' };
    expect(conflictValue(c, 'mine', 'en', en)).toBe('1 March 2026');
    expect(conflictValue(c, 'theirs', 'zh-CN', zh)).toBe('2026年4月1日');
  });

  it('the name, an action row and a lawyer’s view', () => {
    const name: Conflict = { kind: 'meta', key: 'meta:name', field: 'name', base: 'X', mine: 'A', theirs: 'B' };
    expect(conflictLabel(name, 'en', en)).toBe(en('start.name'));
    expect(conflictValue(name, 'theirs', 'en', en)).toBe('B');
    const action: Conflict = { kind: 'action', key: 'action:x.y', ruleId: 'x.y', base: undefined, mine: { owner: 'Wang', due: '2027-01-31', status: 'done' }, theirs: { owner: 'Li', due: '', status: 'open' } };
    expect(conflictValue(action, 'mine', 'en', en)).toBe('Owner: Wang; Due date: 31 January 2027; Status: Done');
    expect(conflictValue(action, 'theirs', 'en', en)).toBe('Owner: Li; Due date: (none); Status: Not started');
    const note: Conflict = { kind: 'annotation', key: 'annotation:x.y', ruleId: 'x.y', base: undefined, mine: { verdict: 'disagree', note: 'See the contract' }, theirs: undefined };
    expect(conflictValue(note, 'mine', 'en', en)).toBe('Disagree; See the contract');
    expect(conflictValue(note, 'theirs', 'zh-CN', zh)).toBe(zh('conflict.none'));
  });

  it('the whole file, when the versions cannot be combined', () => {
    const c: Conflict = { kind: 'file', key: 'file', base: file, mine: file, theirs: file };
    expect(conflictLabel(c, 'en', en)).toBe(en('conflict.file'));
    expect(conflictValue(c, 'mine', 'en', en)).toMatch(new RegExp(`^${Object.keys(file.answers).length} answers, last changed `));
  });
});
