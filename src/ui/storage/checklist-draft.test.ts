import { describe, expect, it } from 'vitest';
import { parseDraft } from './checklist-draft.ts';

const limits = { short: 10, instructions: 20, venueCodes: ['scenic', 'hotel', 'gym'], checkIds: ['FR-01', 'FR-02', 'FR-04'] };

describe('checklist builder draft', () => {
  it('puts back what the regulator filled in, in the form’s own order', () => {
    const stored = { text: { authority: '某区网信办', name: '景区专项', reference: '', contact: '', deadline: '2027-01-31', instructions: '请在月底前完成' }, venues: ['gym', 'scenic'], checks: ['FR-04', 'FR-01'], linkLocale: 'en' };
    expect(parseDraft(JSON.stringify(stored), limits)).toEqual({ kind: 'draft', draft: { ...stored, venues: ['scenic', 'gym'], checks: ['FR-01', 'FR-04'] } });
  });

  it('keeps what fits and leaves out what the form could not hold', () => {
    const stored = { text: { authority: '一二三四五六七八九十十一', name: 42, deadline: '31/01/2027', extra: 'x' }, venues: ['castle', 'hotel'], checks: 'FR-01', linkLocale: 'fr' };
    expect(parseDraft(JSON.stringify(stored), limits)).toEqual({
      kind: 'draft',
      draft: { text: { authority: '一二三四五六七八九十', name: '', reference: '', contact: '', deadline: '', instructions: '' }, venues: ['hotel'], checks: [], linkLocale: 'zh-CN' },
    });
  });

  it('tells a draft it cannot read from no draft at all', () => {
    expect(parseDraft(null, limits)).toEqual({ kind: 'none' });
    expect(parseDraft('{"text":', limits)).toEqual({ kind: 'unreadable' });
    expect(parseDraft('[1,2]', limits)).toEqual({ kind: 'unreadable' });
    expect(parseDraft(JSON.stringify({ text: {}, venues: [], checks: [] }), limits)).toEqual({ kind: 'none' });
    // Valid JSON of another shape, with nothing the form can hold: damaged, not empty.
    expect(parseDraft(JSON.stringify({ text: { name: 123 }, venues: 'x', checks: ['FR-99'] }), limits)).toEqual({ kind: 'unreadable' });
  });
});
