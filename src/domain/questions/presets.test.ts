import { describe, expect, it } from 'vitest';
import { questionById } from './bank.ts';
import { PRESETS } from './presets.ts';
import { VENUE_TYPES } from './sections/01-venue.ts';

const codes = (qid: string) => {
  const q = questionById(qid)!;
  return q.kind === 'single' || q.kind === 'multi' ? q.options.map((o) => o.code) : [];
};

describe('venue presets', () => {
  it('there is one preset per venue type, and at least the seven venues the brief names', () => {
    expect(PRESETS.map((p) => p.venueType)).toEqual(VENUE_TYPES.map((v) => v.code));
  });
  it('suggestions use real option codes and checklist rows, in both languages', () => {
    for (const p of PRESETS) {
      for (const c of p.typicalPurposes) expect(codes('venue.purposes'), p.venueType).toContain(c);
      for (const c of p.typicalAlternatives) expect(codes('alternatives.methods'), p.venueType).toContain(c);
      for (const r of p.watchFor) expect(r).toMatch(/^FR-(0[1-9]|[12]\d|3[0-6])$/);
      for (const x of [p.summary, p.typicalRetention, p.watchNote]) (expect(x['zh-CN']).toMatch(/[\u4e00-\u9fff]/), expect(x.en).not.toBe(''));
    }
  });
});
