import { describe, expect, it } from 'vitest';
import { all, any, anyItem, eq, evaluate, explain, gte, includes, includesAny, isIn, lt, missingFor, not, type EvalContext } from './conditions.ts';

const ctx = (answers: Record<string, unknown>, unsure: string[] = []): EvalContext => ({
  answers: answers as EvalContext['answers'],
  isUnknownAnswer: (_q, v) => typeof v === 'string' && unsure.includes(v),
});

describe('three-valued evaluation', () => {
  it('an unanswered question makes a comparison unknown, never false', () => {
    expect(evaluate(eq('a', 'x'), ctx({}))).toBe('unknown');
    expect(evaluate(not(eq('a', 'x')), ctx({}))).toBe('unknown');
  });
  it('"not sure" counts as unknown', () => {
    expect(evaluate(eq('a', 'yes'), ctx({ a: 'unsure' }, ['unsure']))).toBe('unknown');
  });
  it('all is false as soon as one part is false, even with unknown parts', () => {
    expect(evaluate(all(eq('a', 'x'), eq('b', 'y')), ctx({ a: 'z' }))).toBe(false);
    expect(evaluate(all(eq('a', 'x'), eq('b', 'y')), ctx({ a: 'x' }))).toBe('unknown');
    expect(evaluate(all(eq('a', 'x'), eq('b', 'y')), ctx({ a: 'x', b: 'y' }))).toBe(true);
  });
  it('any is true as soon as one part is true, even with unknown parts', () => {
    expect(evaluate(any(eq('a', 'x'), eq('b', 'y')), ctx({ b: 'y' }))).toBe(true);
    expect(evaluate(any(eq('a', 'x'), eq('b', 'y')), ctx({ b: 'n' }))).toBe('unknown');
    expect(evaluate(any(eq('a', 'x'), eq('b', 'y')), ctx({ a: 'n', b: 'n' }))).toBe(false);
  });
  it('lists, numbers and group items compare as a person would expect', () => {
    expect(evaluate(includes('m', 'b'), ctx({ m: ['a', 'b'] }))).toBe(true);
    expect(evaluate(includesAny('m', 'c', 'd'), ctx({ m: ['a', 'b'] }))).toBe(false);
    expect(evaluate(includes('m', 'b'), ctx({ m: [] }))).toBe('unknown');
    expect(evaluate(isIn('s', 'a', 'b'), ctx({ s: 'b' }))).toBe(true);
    expect(evaluate(gte('n', 100_000), ctx({ n: 100_000 }))).toBe(true);
    expect(evaluate(lt('n', 30), ctx({ n: 30 }))).toBe(false);
    expect(evaluate(anyItem('g', 'area', 'washroom'), ctx({ g: [{ area: 'entrance' }, { area: 'washroom' }] }))).toBe(true);
    expect(evaluate(anyItem('g', 'area', 'washroom'), ctx({ g: [{ area: 'entrance' }] }))).toBe(false);
  });
});

describe('explanations', () => {
  it('a true "all" is explained by every part, a true "any" by the parts that hold', () => {
    expect(explain(all(eq('a', 'x'), eq('b', 'y')), ctx({ a: 'x', b: 'y' }))).toEqual(['a', 'b']);
    expect(explain(any(eq('a', 'x'), eq('b', 'y')), ctx({ a: 'n', b: 'y' }))).toEqual(['b']);
  });
  it('missingFor lists what must be answered to decide', () => {
    expect(missingFor(all(eq('a', 'x'), eq('b', 'y')), ctx({ a: 'x' }))).toEqual(['b']);
    expect(missingFor(all(eq('a', 'x'), eq('b', 'y')), ctx({ a: 'n' }))).toEqual([]);
  });
});
