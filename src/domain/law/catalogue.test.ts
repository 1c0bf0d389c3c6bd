import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from './schema.ts';
import {
  CATALOGUE_VERSION,
  LAW_AS_OF,
  allArticleIds,
  articleSlug,
  catalogue,
  chineseNumeral,
  cite,
  formatArticleHeading,
  formatCitation,
  getArticle,
  instruments,
  isArticleId,
  isQuotable,
  quoteText,
  type ArticleId,
} from './catalogue.ts';

/** The ids agreed with the authors of the question and rule files. Removing or renaming one breaks them. */
const AGREED_IDS: Record<string, readonly string[]> = {
  pipl: '4 5 6 7 9 10 13 14 15 16 17 18 19 21 23 24 25 26 28 29 30 31 38 39 40 44 45 46 47 48 50 51 52 54 55 56 57 59 62 64 66 69 70 71 73'.split(' '),
  'civil-code': '497 1032 1033 1034 1035 1036 1037 1038 1039'.split(' '),
  spc: '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16'.split(' '),
  frm: '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15'.split(' '),
  ndsr: '9 11 12 21 22 23 24 27 28 35 55 58 59 62'.split(' '),
  'audit-measures': '1 2 3 4 5 6 12 18 19 20'.split(' '),
  'audit-guideline': '2 3 4 6 8 9 11 13 14 15 16 17'.split(' '),
  'ps-video-regs': '7 8 9 13 14 15 16 17 22 26 27 29 31 33'.split(' '),
  csl: '42 43 44 71'.split(' '),
  'consumer-law': '29 50 56'.split(' '),
  'consumer-regs': ['23'],
  'criminal-law': ['253-1'],
  'pi-crime-interpretation': ['3'],
  psapl: ['50', '56'],
  'minors-law': ['72'],
  'hangzhou-property': ['50'],
  'shenzhen-data': ['19'],
  'shanghai-data': ['22'],
  'gbt-35273': ['5.4', '6.1', '6.3', '9.2', '9.4'],
  'gbt-39335': ['5.5.1', '5.8', 'D.1', 'D.3', 'D.5', 'A'],
  'gbt-41819': ['whole'],
  'gbt-45574': ['6.1'],
};

/** V1/V2 provisions that the brief does not quote (it gives only their substance), so they carry no text. */
const UNQUOTED_V1_V2 = new Set(['psapl.50', 'shanghai-data.22', 'pipl.40', 'pipl.46', 'pipl.48', 'audit-guideline.15']);

const all = allArticleIds().map((id) => ({ id, ...getArticle(id)! }));

describe('catalogue structure', () => {
  it('lists every instrument once, with PIPL first, and keys the catalogue by instrument id', () => {
    expect(instruments[0]?.id).toBe('pipl');
    expect(instruments.map((i) => i.id)).toEqual(Object.keys(catalogue));
    for (const [key, ins] of Object.entries(catalogue)) expect(ins.id).toBe(key);
    expect(new Set(instruments.map((i) => i.id)).size).toBe(instruments.length);
  });

  it('holds exactly the agreed article ids', () => {
    const expected = Object.entries(AGREED_IDS).flatMap(([ins, keys]) => keys.map((k) => `${ins}.${k}`));
    expect([...allArticleIds()].sort()).toEqual([...expected].sort());
  });

  it('has unique article ids that all resolve', () => {
    const ids = allArticleIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isArticleId(id)).toBe(true);
    expect(isArticleId('pipl.999')).toBe(false);
    expect(isArticleId('nope.1')).toBe(false);
    expect(isArticleId('pipl')).toBe(false);
    expect(isArticleId('pipl.toString')).toBe(false);
  });

  it('gives every instrument a title, short name, issuer and source in both languages and ISO dates', () => {
    for (const ins of instruments) {
      for (const field of [ins.title, ins.short, ins.issuer]) {
        expect(field['zh-CN'].trim()).not.toBe('');
        expect(field.en.trim()).not.toBe('');
      }
      expect(ins.source.trim()).not.toBe('');
      for (const d of [ins.adopted, ins.published, ins.effective]) {
        if (d) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(ins.short['zh-CN']).not.toMatch(/[《》]/);
    }
  });

  it('gives every article a non-empty heading and substance in both languages', () => {
    for (const { id, article } of all) {
      for (const field of [article.heading, article.substance]) {
        expect(field['zh-CN'].trim(), id).not.toBe('');
        expect(field.en.trim(), id).not.toBe('');
      }
    }
  });

  it('uses the article key as num, except for a whole standard', () => {
    for (const { id, instrument, article } of all) {
      const key = id.slice(instrument.id.length + 1);
      expect(article.num, id).toBe(key === 'whole' ? '' : key);
    }
  });

  it('uses the agreed version and law date', () => {
    expect(CATALOGUE_VERSION).toBe('2026.12.1');
    expect(LAW_AS_OF).toBe('2026-04-30');
  });
});

describe('quotability', () => {
  it('stores text only for V1 and V2 provisions', () => {
    for (const { id, article } of all) {
      if (article.text !== undefined) expect(['V1', 'V2'], id).toContain(article.verification);
    }
  });

  it('stores text for every V1 or V2 provision that the brief quotes', () => {
    for (const { id, article } of all) {
      if (article.verification !== 'V1' && article.verification !== 'V2') continue;
      if (UNQUOTED_V1_V2.has(id)) expect(article.text, id).toBeUndefined();
      else expect(isQuotable(article), id).toBe(true);
    }
  });

  it('never stores text for FRM articles 5 to 20', () => {
    for (const { id, instrument, article } of all) {
      if (instrument.id !== 'frm' || Number(article.num) < 5) continue;
      expect(article.text, id).toBeUndefined();
      expect(isQuotable(article), id).toBe(false);
      expect(quoteText(article), id).toBeUndefined();
      expect(article.verification).toBe('V3');
    }
  });

  it('tags the FRM article numbers as the brief does', () => {
    const numbering = (n: number) => getArticle(`frm.${n}`)!.article.numbering;
    for (const n of [6, 7, 8, 11, 12, 13, 14]) expect(numbering(n)).toBe('S');
    for (const n of [5, 9, 10, 15]) expect(numbering(n)).toBe('V3');
  });

  it('never quotes the draft, secondary or unverified standards', () => {
    for (const ins of instruments.filter((i) => ['gbt-39335', 'gbt-41819', 'gbt-45574'].includes(i.id))) {
      for (const article of Object.values(ins.articles)) expect(isQuotable(article)).toBe(false);
    }
    expect(getArticle('gbt-39335.D.5')!.article.verification).toBe('V2-draft');
  });

  it('returns the paragraphs from quoteText only for quotable provisions', () => {
    const pipl28 = getArticle('pipl.28')!.article;
    expect(quoteText(pipl28)?.length).toBe(2);
    expect(quoteText(getArticle('frm.10')!.article)).toBeUndefined();
  });

  it('marks the partial quotations as excerpts', () => {
    for (const id of ['csl.71', 'consumer-law.56', 'hangzhou-property.50', 'shenzhen-data.19', 'gbt-35273.5.4']) {
      const a = getArticle(id)!.article;
      expect(isQuotable(a) && a.excerpt, id).toBe(true);
    }
    expect(getArticle('pipl.26')!.article).not.toHaveProperty('excerpt');
  });

  it('has no empty paragraphs or items and no markdown left in the text', () => {
    for (const { id, article } of all) {
      for (const p of article.text ?? []) {
        for (const s of [p.text, ...(p.items ?? [])]) {
          expect(s.trim(), id).not.toBe('');
          expect(s, id).not.toMatch(/\*\*|^>|第[一二三四五六七八九十百千]+条\s/);
        }
      }
    }
  });

  it('fingerprints the law text so that any edit is deliberate', () => {
    // If you changed law text on purpose (after checking it against the brief), update this hash and bump
    // CATALOGUE_VERSION. Never change text without a verified source.
    const texts = all.filter(({ article }) => isQuotable(article)).map(({ id, article }) => [id, article.text]);
    const hash = createHash('sha256').update(JSON.stringify(texts)).digest('hex');
    expect(hash).toBe(LAW_TEXT_SHA256);
  });
});

// -----------------------------------------------------------------------------------------------------------------
// Comparison with the brief itself (skipped when the brief is not on disk, e.g. in a bare CI checkout).

const BRIEF_PATH = process.env.FACE_PIA_BRIEF ?? fileURLToPath(new URL('../../../../shared/legal/brief.md', import.meta.url));
const haveBrief = existsSync(BRIEF_PATH);

/** Parse the first quote block labelled `**label**` after the heading that starts with `section`. */
function briefQuote(brief: string, section: string, label: string, startsWith = ''): Paragraph[] {
  const lines = brief.split('\n');
  const from = lines.findIndex((l) => l.startsWith(section));
  if (from < 0) throw new Error(`section not found: ${section}`);
  const prefix = `> **${label}** ${startsWith}`;
  const start = lines.findIndex((l, i) => i > from && l.startsWith(prefix));
  if (start < 0) throw new Error(`quote not found: ${label} ${startsWith}`);
  const paras: { text: string; items?: string[] }[] = [];
  for (let i = start; i < lines.length && lines[i]!.startsWith('>'); i++) {
    let body = lines[i]!.replace(/^> ?/, '');
    if (i === start) body = body.slice(`**${label}** `.length);
    if (body.trim() === '' || body === '……') continue;
    if (/^（[一二三四五六七八九十]+）/.test(body)) (paras[paras.length - 1]!.items ??= []).push(body);
    else paras.push({ text: body });
  }
  return paras;
}

function stripGuidelineNumber(paras: Paragraph[]): Paragraph[] {
  return paras.map((p, i) => (i === 0 ? { ...p, text: p.text.replace(/^[一二三四五六七八九十]+、/, '') } : p));
}

describe.skipIf(!haveBrief)('text matches the legal brief character for character', () => {
  const brief = haveBrief ? readFileSync(BRIEF_PATH, 'utf8') : '';
  const textOf = (id: ArticleId) => quoteText(getArticle(id)!.article);

  it.each([
    ['pipl.13', '### 1.1 ', '第十三条'],
    ['pipl.26', '### 1.1 ', '第二十六条'],
    ['pipl.28', '### 1.1 ', '第二十八条'],
    ['pipl.29', '### 1.1 ', '第二十九条'],
    ['pipl.55', '### 1.1 ', '第五十五条'],
    ['pipl.66', '### 1.1 ', '第六十六条'],
    ['civil-code.1034', '### 1.2 ', '第一千零三十四条'],
    ['spc.2', '### 1.3 ', '第二条'],
    ['spc.10', '### 1.3 ', '第十条'],
    ['ndsr.22', '### 1.5 ', '第二十二条'],
    ['audit-measures.12', '### 1.6 ', '第十二条'],
    ['ps-video-regs.8', '### 1.7 ', '第八条'],
    ['ps-video-regs.17', '### 1.7 ', '第十七条'],
    ['csl.71', '#### 1.9.1 ', '第七十一条'],
    ['consumer-law.56', '#### 1.9.2 ', '第五十六条（节录）'],
    ['criminal-law.253-1', '#### 1.9.3 ', '第二百五十三条之一'],
    ['pi-crime-interpretation.3', '#### 1.9.3 ', '第三条'],
    ['psapl.56', '#### 1.9.4 ', '第五十六条'],
    ['minors-law.72', '#### 1.9.4 ', '第七十二条'],
  ] as const)('%s equals the brief', (id, section, label) => {
    expect(textOf(id)).toEqual(briefQuote(brief, section, label));
  });

  it('audit-guideline.11 equals the brief', () => {
    expect(textOf('audit-guideline.11')).toEqual(stripGuidelineNumber(briefQuote(brief, '### 1.6 ', '指引', '十一、')));
  });

  it('FRM articles 1 to 4 equal the quoted table cells', () => {
    for (const n of [1, 2, 3, 4] as const) {
      const row = brief.split('\n').find((l) => l.startsWith(`| ${n} | `) && l.includes('[V2]'))!;
      const quoted = [...row.matchAll(/「([^」]*)」/g)].map((m) => ({ text: m[1]! }));
      expect(textOf(`frm.${n}`)).toEqual(quoted);
    }
  });

  it('every quoted paragraph and item occurs verbatim in the brief', () => {
    for (const { id, article } of all) {
      for (const p of quoteText(article) ?? []) {
        for (const s of [p.text, ...(p.items ?? [])]) {
          // GB/T sub-item letters ("c) ") are labels that the brief prints in bold before the text.
          const body = id.startsWith('gbt-') ? s.replace(/^[a-z]\) /, '') : s;
          expect(brief.includes(body), `${id}: ${s}`).toBe(true);
        }
      }
    }
  });
});

describe('citations', () => {
  const f = formatCitation;

  it('formats articles in Chinese', () => {
    expect(f(cite('pipl.28', 2), 'zh-CN')).toBe('《个人信息保护法》第二十八条第二款');
    expect(f(cite('pipl.55', 1, 1), 'zh-CN')).toBe('《个人信息保护法》第五十五条第一款第（一）项');
    expect(f(cite('spc.2', undefined, 1), 'zh-CN')).toBe(
      '《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》第二条第（一）项',
    );
    expect(f(cite('criminal-law.253-1'), 'zh-CN')).toBe('《刑法》第二百五十三条之一');
    expect(f(cite('civil-code.1034'), 'zh-CN')).toBe('《民法典》第一千零三十四条');
  });

  it('formats articles in English', () => {
    expect(f(cite('pipl.28', 2), 'en')).toBe('PIPL art. 28(2)');
    expect(f(cite('pipl.55', 1, 1), 'en')).toBe('PIPL art. 55(1)(1)');
    expect(f(cite('spc.2', undefined, 1), 'en')).toBe('SPC Provisions art. 2(1)');
    expect(f(cite('criminal-law.253-1'), 'en')).toBe('Criminal Law art. 253-1');
    expect(f(cite('csl.44', 2), 'en')).toBe('CSL (2025) art. 44(2)');
  });

  it('formats standard clauses', () => {
    expect(f(cite('gbt-35273.5.4', undefined, 'c'), 'zh-CN')).toBe('《信息安全技术 个人信息安全规范》（GB/T 35273-2020）5.4 c)');
    expect(f(cite('gbt-35273.5.4', undefined, 'c'), 'en')).toBe('GB/T 35273-2020 cl. 5.4 c)');
    expect(f(cite('gbt-39335.D.5'), 'en')).toBe('GB/T 39335-2020 cl. D.5');
    expect(f(cite('gbt-39335.A'), 'zh-CN')).toBe('《信息安全技术 个人信息安全影响评估指南》（GB/T 39335-2020）附录A');
    expect(f(cite('gbt-39335.A'), 'en')).toBe('GB/T 39335-2020 Annex A');
  });

  it('formats guideline items', () => {
    expect(f(cite('audit-guideline.11', undefined, 1), 'zh-CN')).toBe('《个人信息保护合规审计指引》十一（一）');
    expect(f(cite('audit-guideline.11', undefined, 1), 'en')).toBe('Audit Guideline item 11(1)');
    expect(f(cite('audit-guideline.11'), 'zh-CN')).toBe('《个人信息保护合规审计指引》十一');
    expect(f(cite('audit-guideline.4', 2), 'en')).toBe('Audit Guideline item 4(2)');
  });

  it('formats a whole standard by title and code', () => {
    expect(f(cite('gbt-41819.whole'), 'zh-CN')).toBe('《信息安全技术 人脸识别数据安全要求》（GB/T 41819-2022）');
    expect(f(cite('gbt-41819.whole'), 'en')).toBe('GB/T 41819-2022');
  });

  it('leaves out absent paragraph and item fields', () => {
    expect(cite('pipl.28')).toEqual({ article: 'pipl.28' });
    expect(cite('pipl.28', 2)).toEqual({ article: 'pipl.28', para: 2 });
  });

  it('rejects unknown article ids at compile time', () => {
    // @ts-expect-error — not an article of the catalogue
    const bad = () => cite('pipl.999');
    expect(bad).toBeTypeOf('function');
  });

  it('formats article headings', () => {
    expect(formatArticleHeading('pipl.28', 'zh-CN')).toBe('第二十八条');
    expect(formatArticleHeading('pipl.28', 'en')).toBe('Art. 28');
    expect(formatArticleHeading('criminal-law.253-1', 'zh-CN')).toBe('第二百五十三条之一');
    expect(formatArticleHeading('gbt-35273.5.4', 'en')).toBe('Cl. 5.4');
    expect(formatArticleHeading('audit-guideline.11', 'zh-CN')).toBe('第十一项');
    expect(formatArticleHeading('audit-guideline.11', 'en')).toBe('Item 11');
  });
});

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [28, '二十八'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [119, '一百一十九'],
    [200, '二百'],
    [253, '二百五十三'],
    [999, '九百九十九'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1032, '一千零三十二'],
    [1099, '一千零九十九'],
    [1100, '一千一百'],
  ])('writes %i as %s', (n, zh) => {
    expect(chineseNumeral(n)).toBe(zh);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => chineseNumeral(0)).toThrow();
    expect(() => chineseNumeral(1.5)).toThrow();
  });
});

describe('slugs', () => {
  it('are unique and URL-safe', () => {
    const slugs = allArticleIds().map(articleSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('follow the agreed shape', () => {
    expect(articleSlug('pipl.28')).toBe('pipl-28');
    expect(articleSlug('criminal-law.253-1')).toBe('criminal-law-253-1');
    expect(articleSlug('gbt-35273.5.4')).toBe('gbt-35273-5-4');
  });
});

const LAW_TEXT_SHA256 = 'dc74e9ee0f182e76dc4aa047397694bb111fdaa2e441314e6d19ac856c47fcb2';
