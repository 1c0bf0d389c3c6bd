import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, getArticle, isArticleId } from './law/catalogue.ts';
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

// The brief's checklist table (§3) names, for each check, the provisions behind it. Skipped when the brief is not on
// disk (a bare CI checkout), like the catalogue's own comparison with the brief.
const BRIEF_PATH = process.env.FACE_PIA_BRIEF ?? fileURLToPath(new URL('../../../shared/legal/brief.md', import.meta.url));
const haveBrief = existsSync(BRIEF_PATH);

/** The brief's short names, longest first so that "Consumer Law Implementing Regs" wins over "Consumer Law". */
const SHORT_NAMES: [string, string][] = (
  [
    ['Consumer Law Implementing Regs', 'consumer-regs'],
    ['Consumer Law', 'consumer-law'],
    ['Minors Protection Law', 'minors-law'],
    ['Shenzhen Data Regs', 'shenzhen-data'],
    ['Hangzhou Property Regs', 'hangzhou-property'],
    ['PS Video Regs', 'ps-video-regs'],
    ['Audit Guideline', 'audit-guideline'],
    ['Audit Measures', 'audit-measures'],
    ['2017 Interpretation art.', 'pi-crime-interpretation'],
    ['Criminal Law', 'criminal-law'],
    ['Civil Code', 'civil-code'],
    ['CSL (2025)', 'csl'],
    ['GB/T 35273', 'gbt-35273'],
    ['GB/T 41819', 'gbt-41819'],
    ['PIPL', 'pipl'],
    ['NDSR', 'ndsr'],
    ['FRM', 'frm'],
    ['SPC', 'spc'],
    ['PSAPL', 'psapl'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

const NUMERALS = new Map(Array.from({ length: 30 }, (_, i) => [chineseNumeral(i + 1), String(i + 1)]));

/** Article ids named in one cell of the brief's "Legal basis" column; what is not an instrument (a case, an announcement) is left out. */
function briefCitations(cell: string): string[] {
  const ids: string[] = [];
  for (const part of cell.replace(/\[[^\]]*\]/g, '').split(';')) {
    const text = part.trim();
    const name = SHORT_NAMES.find(([short]) => text.startsWith(short));
    if (!name) continue;
    const rest = text.slice(name[0].length).trim();
    if (rest === '' || rest.startsWith('(')) {
      ids.push(`${name[1]}.whole`);
      continue;
    }
    for (const token of rest.split(',').map((x) => x.trim())) {
      const range = /^(\d+)–(\d+)$/.exec(token);
      if (range) {
        for (let n = Number(range[1]); n <= Number(range[2]); n++) ids.push(`${name[1]}.${n}`);
        continue;
      }
      const num = /^(\d+(?:-\d+)?(?:\.\d+)*)/.exec(token)?.[1] ?? NUMERALS.get(/^([一二三四五六七八九十]+)/.exec(token)?.[1] ?? '');
      if (num) ids.push(`${name[1]}.${num}`);
    }
  }
  return ids;
}

describe.skipIf(!haveBrief)('inspection checklist against the legal brief', () => {
  const rows = haveBrief
    ? readFileSync(BRIEF_PATH, 'utf8')
        .split('\n')
        .filter((l) => /^\| FR-\d\d \|/.test(l))
        .map((l) => l.split(' | '))
    : [];

  it('reads a citation cell the way a lawyer would', () => {
    expect(briefCitations('PIPL 44–48, 50; NDSR 23; Civil Code 1037; Audit Guideline 十七, 十八')).toEqual(['pipl.44', 'pipl.45', 'pipl.46', 'pipl.47', 'pipl.48', 'pipl.50', 'ndsr.23', 'civil-code.1037', 'audit-guideline.17', 'audit-guideline.18']);
    expect(briefCitations('FRM 14 [V3]; CSL (2025) 23, 44; GB/T 35273 6.3 b)–c) (recommended); GB/T 41819 [S]; Putuo case')).toEqual(['frm.14', 'csl.23', 'csl.44', 'gbt-35273.6.3', 'gbt-41819.whole']);
  });

  it('each check cites every provision the brief names for it that the catalogue holds, and no more are missing than listed', () => {
    expect(rows).toHaveLength(36);
    const notCatalogued: string[] = [];
    const notCited: string[] = [];
    for (const row of rows) {
      const id = row[0]!.replace('| ', '');
      const check = CHECKS.find((c) => c.id === id)!;
      const cited = new Set(check.cites.map((c) => c.article));
      for (const article of briefCitations(row[row.length - 2]!)) {
        if (!isArticleId(article)) notCatalogued.push(`${id} ${article}`);
        else if (!cited.has(article)) notCited.push(`${id} ${article}`);
      }
    }
    expect(notCited).toEqual([]);
    // The brief names these but gives neither their text nor their substance, and what they say after the 2025
    // renumbering (CSL) or in texts it did not reproduce is not known here: no check cites them. (PIPL 40, 46 and 48
    // are also unreproduced, but the brief checked all of PIPL and they are stated in substance only, pending the
    // brief's own wording.)
    expect(notCatalogued).toEqual(['FR-23 ps-video-regs.19', 'FR-28 csl.23', 'FR-30 audit-guideline.18']);
  });
});
