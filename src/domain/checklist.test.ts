import { describe, expect, it } from 'vitest';
import { getArticle } from './law/catalogue.ts';
import { RULES } from './rules/index.ts';
import { CHECKS } from './checklist.ts';
import { FR_IDS } from './questions/schema.ts';

describe('inspection checklist', () => {
  it('has the 36 checks FR-01…FR-36 in order, each in both languages with resolving citations', () => {
    expect(CHECKS.map((c) => c.id)).toEqual(Array.from({ length: 36 }, (_, i) => `FR-${String(i + 1).padStart(2, '0')}`));
    expect(CHECKS.map((c) => c.id)).toEqual(FR_IDS);
    for (const c of CHECKS) {
      for (const x of [c.title, c.question]) (expect(x['zh-CN']).toMatch(/[\u4e00-\u9fff]/), expect(x.en).not.toBe(''));
      for (const ci of c.cites) expect(getArticle(ci.article), `${c.id} → ${ci.article}`).toBeDefined();
    }
  });

  it('a check’s severity is at least as grave as the brief’s column: red-line checks are red', () => {
    const red = CHECKS.filter((c) => c.severity === 'red').map((c) => c.id);
    expect(red).toEqual(['FR-04', 'FR-05', 'FR-07', 'FR-20', 'FR-21', 'FR-26']);
    // Every red-line check has a red-line rule behind it.
    for (const id of red) expect(RULES.some((r) => r.severity === 'red' && r.fr.includes(id as never)), id).toBe(true);
  });

  it('every check applies to every venue: national identity channels (FR-35) wherever identities are checked', () => {
    expect(CHECKS.map((c) => c.id)).toContain('FR-35');
    expect(CHECKS).toHaveLength(36);
  });
});
