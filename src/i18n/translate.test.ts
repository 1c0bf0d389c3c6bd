import { describe, expect, it } from 'vitest';
import { en } from './ui.en.ts';
import { zhCN } from './ui.zh-CN.ts';
import { formatDate, translate } from './translate.ts';

describe('UI dictionaries', () => {
  it('have the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      if (key === 'answer.yearMonthDay') continue; // the two languages order and name the date parts differently
      expect(holes(en[key]), key).toEqual(holes(zhCN[key]));
    }
  });

  it('has no empty string', () => {
    for (const [k, v] of [...Object.entries(zhCN), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('fills placeholders and formats dates per language', () => {
    expect(translate('en')('library.progress', { answered: 3, total: 9 })).toBe('3 of 9 questions');
    expect(translate('zh-CN')('library.progress', { answered: 3, total: 9 })).toBe('3/9 题');
    expect(formatDate('2026-03-01', 'zh-CN')).toBe('2026年3月1日');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
  });
});
