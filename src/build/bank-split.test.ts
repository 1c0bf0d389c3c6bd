import { describe, expect, it } from 'vitest';
import { BANK_MODULES, splitBank } from './bank-split.ts';
import type { Locale, Localized } from '../domain/locale.ts';
import type { TextChunk } from '../domain/questions/bank-text.ts';
import { QUESTIONS } from '../domain/questions/bank.ts';

const split = splitBank();

/** Run a skeleton as the browser would, with the words looked up from the split's chunks. */
function rebuild(name: string, seen: Map<string, Set<TextChunk>>): Record<string, unknown> {
  const code = split.skeletons.get(name)!;
  const exports: Record<string, unknown> = {};
  const x = (chunk: TextChunk, index: number): Localized => {
    const words = (l: Locale) => split.texts[l].get(chunk)?.[index];
    expect(words('zh-CN'), `${chunk}#${index}`).toBeTypeOf('string');
    seen.set(words('en')!, (seen.get(words('en')!) ?? new Set()).add(chunk));
    return { 'zh-CN': words('zh-CN')!, en: words('en')! };
  };
  new Function('x', 'exports', code.replace(/^export const (\w+) = /gm, 'const $1 = exports.$1 = '))(x, exports);
  return exports;
}

describe('the question bank split for the browser (one language and section at a time)', () => {
  const seen = new Map<string, Set<TextChunk>>();
  const rebuilt = Object.fromEntries(BANK_MODULES.map((m) => [m.name, rebuild(m.name, seen)]));

  it('rebuilds every export of every section module exactly: no question, option or word changes', () => {
    for (const m of BANK_MODULES) {
      expect(Object.keys(rebuilt[m.name]!).sort()).toEqual(Object.keys(m.exports).sort());
      for (const [name, value] of Object.entries(m.exports)) expect(rebuilt[m.name]![name], `${m.name}.${name}`).toEqual(value);
    }
  });

  it('keeps shared lists shared (the venue types are the options of "What kind of venue is it?")', () => {
    const venue = rebuilt['01-venue'] as { VENUE_TYPES: unknown; venueQuestions: { id: string; options?: unknown }[] };
    expect(venue.venueQuestions.find((q) => q.id === 'venue.type')!.options).toBe(venue.VENUE_TYPES);
  });

  it("puts each question's words in its own section's chunk, and the two languages side by side", () => {
    for (const q of QUESTIONS) {
      const chunks = seen.get(q.label.en);
      expect(chunks, q.id).toBeDefined();
      expect([...chunks!], q.id).toContain(q.section);
    }
    for (const [chunk, zh] of split.texts['zh-CN']) expect(split.texts.en.get(chunk)!.length, chunk).toBe(zh.length);
  });

  it('ships one language without the other: no chunk mixes them', () => {
    const han = /[\u4e00-\u9fff]/;
    for (const [chunk, words] of split.texts.en) expect(words.filter((w) => han.test(w)), chunk).toEqual([]);
    const zhWords = [...split.texts['zh-CN'].values()].flat();
    expect(zhWords.filter((w) => han.test(w)).length / zhWords.length).toBeGreaterThan(0.9);
  });

  it('refuses what it cannot carry rather than dropping it', () => {
    expect(() => splitBank([{ name: 'x', exports: { bad: [{ id: 'a', f: () => 1 }] } }])).toThrow(/x:bad\[0\]\.f is a function/);
  });
});
