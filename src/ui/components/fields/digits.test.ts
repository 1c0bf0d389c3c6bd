import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../domain/questions/bank.ts';
import type { QuestionDef } from '../../../domain/questions/schema.ts';
import { isoFromParts } from './DateField.tsx';
import { groupValue } from './GroupField.tsx';
import { halfWidthDigits } from './digits.ts';

describe('digits typed with a Chinese input method', () => {
  it('are read as the digits they are', () => {
    expect(halfWidthDigits('１２００')).toBe('1200');
    expect(halfWidthDigits('３．５')).toBe('3.5');
    expect(halfWidthDigits('abc 人')).toBe('abc 人');
  });

  it('make a date from full-width year, month and day', () => {
    expect(isoFromParts({ year: '２０２６', month: '３', day: '１' })).toBe('2026-03-01');
  });

  it('make a number in a group row (a device count)', () => {
    const devices = QUESTIONS.find((q) => q.id === 'venue.devices') as Extract<QuestionDef, { kind: 'group' }>;
    const value = groupValue(devices, [{ location: '正门', area: 'entrance', count: '１２', function: 'verification' }]);
    expect(value).toEqual([{ location: '正门', area: 'entrance', count: 12, function: 'verification' }]);
  });
});
