import { describe, expect, it } from 'vitest';
import { articleSlug } from '../domain/law/catalogue.ts';
import { CASES } from '../domain/cases.ts';
import { scenarioById } from '../domain/scenarios/index.ts';
import { QUESTIONS } from '../domain/questions/bank.ts';
import { RULES } from '../domain/rules/index.ts';
import { lawPaths, searchIndex } from './law-data.ts';
import { runSearch } from './search.ts';

describe('law library', () => {
  const slugs = new Set(lawPaths().map((p) => p.slug));

  it('every page has its own address (no instrument and provision share one)', () => {
    expect(slugs.size).toBe(lawPaths().length);
  });

  it('every citation in the questions and rules has a page in the law library', () => {
    const cited = [...QUESTIONS.flatMap((q) => q.why.cites), ...RULES.flatMap((r) => r.cites)].map((c) => articleSlug(c.article));
    expect(cited.filter((s) => !slugs.has(s))).toEqual([]);
  });

  it('search finds provisions, questions and rules in both languages', () => {
    const zh = runSearch(searchIndex('zh-CN'), '单独同意', 50);
    expect(zh.some((h) => h.k === 'a' && h.u === 'law/pipl-29/')).toBe(true);
    expect(zh.some((h) => h.k === 'r')).toBe(true);
    const en = runSearch(searchIndex('en'), 'private space', 50);
    expect(en.some((h) => h.k === 'r' && h.t.includes('private space'))).toBe(true);
    expect(runSearch(searchIndex('en'), '   ', 10)).toEqual([]);
  });
});

describe('cases', () => {
  it('each real case matches a scenario fixture and cites its source with a tag', () => {
    for (const c of CASES) {
      if (c.scenario) expect(scenarioById(c.scenario), c.id).toBeDefined();
      expect(c.source).toMatch(/\[(V1|V2|V3|S)\]|brief §2/);
    }
  });

  it('says what each date is — most are not judgments — and gives the Putuo fine its penalty article', () => {
    const byId = new Map(CASES.map((c) => [c.id, c]));
    expect(byId.get('guangzhou-spoofing')!.dateIs['zh-CN']).toContain('提起诉讼');
    expect(byId.get('shanghai-putuo-supermarket')!.dateIs.en).toBe('case opened by the market regulator');
    const putuo = byId.get('shanghai-putuo-supermarket')!.outcome;
    expect(putuo['zh-CN']).toContain('依照第五十六条第一款第（九）项');
    expect(putuo.en).toContain('under art. 56(1)(9)');
    expect(putuo.en).not.toContain('under Consumer Law art. 29');
  });
});
