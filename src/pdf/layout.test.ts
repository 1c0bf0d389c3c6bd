/** Line breaking (kinsoku), the font subsetter, the sign, the checklist and lazy loading. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../domain/checklist.ts';
import { parseAssessmentText } from '../domain/persistence/assessment-file.ts';
import { buildReport } from '../domain/report/build-report.ts';
import { scenarios } from '../domain/scenarios/index.ts';
import { makeChecklistPdf } from './checklist.ts';
import { layoutDocument } from './document.ts';
import type { FontSet } from './font/fonts.ts';
import { buildSubset, parseTtf } from './font/ttf.ts';
import { NO_END, NO_START, wrap } from './layout/linebreak.ts';
import { nodeContext } from './node.ts';
import { composeReport, type PdfContext } from './report.ts';
import { layoutSign, makeSignPdf, noticeUrl } from './sign.ts';
import { REAL_CASES, pdfPages, scenarioFile, squash } from './test-support.ts';
import { allStrings } from './unprintable.ts';

let ctx: PdfContext;
let fonts: FontSet;
beforeAll(async () => {
  ctx = await nodeContext();
  fonts = ctx.fonts;
}, 30_000);

const lineTexts = (text: string, width: number, size = 10) => wrap([{ text }], fonts, { size, width, justify: true }).map((l) => l.segs.map((s) => s.text).join(''));

describe('kinsoku line breaking', () => {
  const sample =
    '人脸信息属于敏感个人信息，处理前应当取得个人的单独同意。《个人信息保护法》第二十八条规定：“敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害……”（见附录）。刷脸？不！请使用卡片、二维码——或人工核验。Members may opt in (voluntarily), see https://example.com/face-rules?lang=zh-CN.';

  it('never starts a line with closing punctuation nor ends one with opening punctuation, at any width', () => {
    let breaks = 0;
    for (let width = 40; width <= 420; width += 3) {
      const lines = lineTexts(sample, width);
      breaks += lines.length - 1;
      expect(lines.join('').replace(/\s/g, '')).toBe(sample.replace(/\s/g, ''));
      lines.forEach((l, i) => {
        if (i > 0) expect(NO_START.has([...l][0]!), `line starts with ${[...l][0]} at width ${width}: ${l}`).toBe(false);
        if (i < lines.length - 1) expect(NO_END.has([...l].at(-1)!), `line ends with ${[...l].at(-1)} at width ${width}: ${l}`).toBe(false);
      });
    }
    expect(breaks).toBeGreaterThan(500);
  });

  it('holds for every paragraph of the real cases’ reports, and every line fits its width', () => {
    for (const id of REAL_CASES) {
      const model = buildReport(scenarioFile(id), 'zh-CN');
      for (const text of allStrings(model).filter((s) => s.length > 20)) {
        for (const width of [120, 233, 480]) {
          const lines = wrap([{ text }], fonts, { size: 9.8, width, justify: true });
          lines.forEach((l, i) => {
            const s = l.segs.map((x) => x.text).join('');
            if (i > 0 && s) expect(NO_START.has([...s][0]!), s).toBe(false);
            if (i < lines.length - 1 && s) expect(NO_END.has([...s].at(-1)!), s).toBe(false);
            expect(l.width).toBeLessThanOrEqual(width + 0.01);
          });
        }
      }
    }
  });

  it('breaks Latin text at spaces, keeps words whole, and cuts an over-long URL only when it must', () => {
    const lines = lineTexts('Face recognition is used in this area to maintain public security.', 120);
    for (const l of lines) expect(l).not.toMatch(/^\s|\s$/);
    expect(lines.join(' ')).toBe('Face recognition is used in this area to maintain public security.');
    expect(lineTexts('Face recognition is used', 120)[0]).toBe('Face recognition is used');
    const url = lineTexts('https://example.com/a/very/long/path/to/the/full/rules/on/face/information', 90);
    expect(url.length).toBeGreaterThan(2);
    expect(url.join('')).toBe('https://example.com/a/very/long/path/to/the/full/rules/on/face/information');
  });

  it('never splits a phone number or a date written with hyphens', () => {
    // Wide enough for the number (about 60 pt at 10 pt): it must never be broken at its hyphens.
    for (const width of [75, 80, 90, 100, 110, 120, 140]) {
      const lines = lineTexts('运营者：示例有限公司　联系方式：400-800-1234，日期 2026-12-31。', width);
      expect(lines.some((l) => l.includes('400-800-1234')), `width ${width}: ${lines.join(' | ')}`).toBe(true);
      expect(lines.some((l) => l.includes('2026-12-31')), `width ${width}`).toBe(true);
    }
  });

  it('keeps the ordinal of an item whole: never 第 / （一）项 nor 第（一） / 项 across lines', () => {
    const cite = '《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》第二条第（一）项、第二条第（八）项；《民法典》第一千零三十五条';
    let checked = 0;
    // From 60 pt (seven characters): a narrower line cannot hold 第（一）项 at all and must cut it.
    for (let width = 60; width <= 300; width += 2) {
      const lines = lineTexts(cite, width, 8.4);
      for (let k = 1; k < lines.length; k++) {
        const [prev, next] = [lines[k - 1]!, lines[k]!];
        expect(prev.endsWith('第') && next.startsWith('（'), `${width}: ${prev} | ${next}`).toBe(false);
        expect(prev.endsWith('）') && /^[条款项]/.test(next), `${width}: ${prev} | ${next}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('justifies Chinese lines to the full width, but not the last line of a paragraph', () => {
    const lines = wrap([{ text: sample.slice(0, 120) }], fonts, { size: 10, width: 200, justify: true });
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines.slice(0, -1)) expect(l.width).toBeCloseTo(200, 1);
    expect(lines.at(-1)!.width).toBeLessThan(200);
  });
});

describe('the font subsetter', () => {
  it('cuts a TrueType font with exactly the requested characters, re-numbered, with the same outlines and widths', async () => {
    await fonts.ensure(['喆']);
    const chars = [...'人脸识别Aa1，。喆'];
    const map = new Map(chars.map((c) => [c.codePointAt(0)!, fonts.glyph(c.codePointAt(0)!, false)!]));
    const sub = buildSubset(map, fonts.regular);
    const back = parseTtf(sub.bytes);
    expect(back.numGlyphs).toBe(chars.length + 1);
    expect([...back.cmap.keys()].sort((a, b) => a - b)).toEqual([...map.keys()].sort((a, b) => a - b));
    for (const c of chars) {
      const cp = c.codePointAt(0)!;
      const src = map.get(cp)!;
      const gid = back.cmap.get(cp)!;
      expect(back.advance(gid)).toBe(src.font.advance(src.gid));
      expect(back.glyph(gid).slice(0, src.font.glyph(src.gid).length)).toEqual(src.font.glyph(src.gid));
    }
  });
});

describe('the report layout', () => {
  it('keeps headings with what follows and leaves no page without body text', () => {
    const file = scenarioFile('shanghai-putuo-supermarket');
    const model = buildReport(file, 'en');
    const { pages } = layoutDocument(fonts, composeReport(model, fonts, 'f'.repeat(64)));
    for (const p of pages) {
      const body = p.ops.filter((o) => o.k === 'text' && o.y > 60 && o.y < p.height - 60);
      expect(body.length).toBeGreaterThan(0);
      // the last text on the page is not a heading-sized line
      const last = body.at(-1)!;
      expect(last.k === 'text' && last.size >= 12).toBe(false);
      // nothing drawn below the footer line or above the header
      for (const o of p.ops) if (o.k === 'text') expect(o.y).toBeLessThan(p.height - 20);
    }
  });
});

describe('the report’s parts', () => {
  it('are numbered without a gap when a part is left out, in both languages, with severities bracketed for the language', () => {
    const parsed = parseAssessmentText(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'examples', 'retail.json'), 'utf8'));
    if (!parsed.ok) throw new Error('retail');
    for (const locale of ['zh-CN', 'en'] as const) {
      const model = buildReport(parsed.value, locale);
      expect(model.unknowns).toHaveLength(0); // the part on matters still to decide is left out
      const spec = composeReport(model, fonts, 'f'.repeat(64));
      const parts = spec.body.filter((b) => b.k === 'heading' && b.level === 1).map((b) => (b.k === 'heading' ? b.text : ''));
      const numbers = parts.map((p) => (locale === 'zh-CN' ? /^([一二三四五六七八九十]+)、/.exec(p)?.[1] : /^(\d+)\. /.exec(p)?.[1])).filter(Boolean);
      expect(numbers).toEqual(locale === 'zh-CN' ? ['一', '二', '三', '四', '五', '六', '七', '八'] : ['1', '2', '3', '4', '5', '6', '7', '8']);
      const text = allStrings(spec.body).join('\n');
      if (locale === 'en') {
        expect(text).toContain('[Non-compliance] ');
        expect(text).not.toContain('［');
      } else expect(text).toContain('［不合规］');
    }
  });
});

describe('the generated texts', () => {
  it('print the sign and the consent form each whole on one page with its title, in every sample and language', () => {
    const names = ['gym', 'hotel', 'office', 'residential', 'retail', 'scenic-area', 'transport-hub'];
    for (const name of names) {
      const parsed = parseAssessmentText(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'examples', `${name}.json`), 'utf8'));
      if (!parsed.ok) throw new Error(name);
      for (const locale of ['zh-CN', 'en'] as const) {
        const model = buildReport(parsed.value, locale);
        const { pages } = layoutDocument(fonts, composeReport(model, fonts, 'f'.repeat(64)));
        const has = (page: (typeof pages)[number], s: string) => page.ops.some((o) => o.k === 'text' && o.text.includes(s));
        const start = (s: string) => [...s].slice(0, 6).join('');
        for (const g of [model.texts.sign, model.texts.consent]) {
          const parts = [g.title, g.paragraphs[0]!, g.paragraphs.at(-1)!].map(start);
          expect(pages.some((p) => parts.every((s) => has(p, s))), `${name} ${locale}: ${g.title} not whole on one page`).toBe(true);
        }
      }
    }
  });
});

describe('boxes across a page break', () => {
  it('never leave the last paragraph of a box alone at the top of a page, wherever the box starts', () => {
    const para = (text: string) => ({ k: 'para' as const, runs: [{ text }], spaceAfter: 4 });
    const form = ['本人已阅读并理解上述告知的全部内容，知悉可以随时撤回同意，撤回不影响撤回前的处理。'.repeat(3), '也可以选择不刷脸，改用门票二维码或人工核验入园。', '□ 我同意'];
    let splits = 0;
    for (let before = 540; before <= 700; before += 2) {
      const { pages } = layoutDocument(fonts, {
        page: { width: 595, height: 842 },
        locale: 'zh-CN',
        accent: [0, 0, 0],
        body: [para('前文'), { k: 'space', h: before }, { k: 'box', pad: 10, blocks: form.map(para) }],
        pageLabel: () => '',
      });
      const pageOf = (needle: string) => pages.findIndex((p) => p.ops.some((o) => o.k === 'text' && o.text.includes(needle)));
      const agree = pageOf('我同意');
      expect(agree).toBeGreaterThanOrEqual(0);
      const withIt = pages[agree]!.ops.filter((o) => o.k === 'text' && o.text.trim() !== '' && !o.text.includes('我同意') && !o.text.includes('前文'));
      expect(withIt.length, `box after ${before} pt: "我同意" alone on page ${agree + 1}`).toBeGreaterThan(0);
      if (pageOf('本人已阅读') !== agree) splits++;
    }
    // The sweep does put the box across a page break (the check above is not vacuous).
    expect(splits).toBeGreaterThan(0);
  });

  it('draw a tall row split into pieces on one page as one row: no rule across it', () => {
    const tall = '法务部'.repeat(250);
    const { pages } = layoutDocument(fonts, {
      page: { width: 595, height: 842 },
      locale: 'zh-CN',
      accent: [0, 0, 0],
      body: [{ k: 'table', cols: [{ w: 1 }, { w: 1 }], header: ['项目', '负责人'], rows: [['甲', tall], ['乙', '王']] }],
      pageLabel: () => '',
    });
    expect(pages).toHaveLength(1);
    const ops = pages[0]!.ops;
    const y = (s: string) => ops.find((o) => o.k === 'text' && o.text.startsWith(s))!;
    const rowTop = (y('甲') as { y: number }).y;
    const nextRow = (y('乙') as { y: number }).y;
    // Horizontal rules between the first row's text and the second row's: exactly one, the rule between the rows.
    const rules = ops.filter((o) => o.k === 'line' && o.y1 === o.y2 && o.y1 > rowTop && o.y1 < nextRow);
    expect(rules).toHaveLength(1);
  });
});

describe('tables across a page break', () => {
  it('keep at least two rows on each page a table spans, wherever the table starts', () => {
    const rows = ['甲', '乙', '丙', '丁', '戊', '己'].map((k) => [`行${k}`, `第${k}行的内容`]);
    const cols = [{ w: 1 }, { w: 3 }];
    let splits = 0;
    for (let before = 560; before <= 740; before += 3) {
      const { pages } = layoutDocument(fonts, {
        page: { width: 595, height: 842 },
        locale: 'zh-CN',
        accent: [0, 0, 0],
        body: [{ k: 'para', runs: [{ text: '前文' }] }, { k: 'space', h: before }, { k: 'table', cols, header: ['项目', '内容'], rows }],
        pageLabel: () => '',
      });
      const perPage = pages.map((p) => p.ops.filter((o) => o.k === 'text' && /^行/.test(o.text)).length).filter((n) => n > 0);
      expect(perPage.reduce((a, b) => a + b, 0)).toBe(rows.length);
      if (perPage.length > 1) splits++;
      for (const n of perPage) expect(n, `table after ${before} pt: rows per page ${perPage.join(' + ')}`).toBeGreaterThanOrEqual(2);
    }
    expect(splits).toBeGreaterThan(0);
  });
});

describe('the prominent sign', () => {
  it('keeps its text clear of the QR block below it, in every sample, language and size, with a long first paragraph too', () => {
    // A gym's sign from an operator's test, whose bold first paragraph wraps to one line more than the same text in
    // regular weight: measured in regular, the last line ran into the rule above the QR code.
    const gym = scenarioFile('gym-compliant', {});
    const gymFile = { ...gym, meta: { ...gym.meta, organisation: 'Shanghai Lijian Fitness Co., Ltd.', venueName: 'Lijian Fitness (Xuhui)' }, answers: { ...gym.answers, 'public.notice-url': 'https://lijianfitness.cn/face-rules' } };
    const gymModel = buildReport(gymFile, 'en');
    const seen = {
      ...gymModel,
      texts: {
        ...gymModel.texts,
        sign: {
          title: gymModel.texts.sign.title,
          paragraphs: [
            'Lijian Fitness (Xuhui) uses face-recognition devices in this area only for: entry verification (doors, gates); recognising members or VIPs; staff attendance. [face information is currently also used for analysing visit counts or frequency, none of which people are told of or have separately consented to: use this text only once those uses stop, or once they are stated and separately consented to]',
            'Personal-information handler: Shanghai Lijian Fitness Co., Ltd. · Contact: 021-5555 1234',
            'Retention: kept until the purpose ends (e.g. when the membership ends; for staff, when their employment ends).',
            'Prefer not to use your face? Use a card or a QR code (e-ticket). Your service is not affected.',
            'You can access, copy or delete your face information, or withdraw consent, using the contact above.',
            'Full processing rules: https://lijianfitness.cn/face-rules',
          ],
        },
      },
    };
    const clearance = (page: ReturnType<typeof layoutSign>[number]) => {
      const dividerY = page.ops.filter((o) => o.k === 'line').map((o) => (o.k === 'line' ? o.y1 : 0)).at(-1)!;
      const lowest = Math.max(...page.ops.map((o) => (o.k === 'text' && o.y < dividerY ? o.y + o.size * 0.25 : 0)));
      return dividerY - lowest;
    };
    const [gymPage] = layoutSign(seen, gymFile, fonts, 'A4');
    expect(gymPage!.ops.some((o) => o.k === 'text' && o.text.includes('using the contact above'))).toBe(true);
    expect(clearance(gymPage!)).toBeGreaterThan(0);

    // Venue names of growing length move the line breaks of the first (bold) paragraph.
    const names = ['', ' East Gate', '（东门、南门、西门及地下停车场入口）'];
    for (const [c, locale, suffix] of scenarios.flatMap((x) => (['zh-CN', 'en'] as const).flatMap((l) => names.map((n) => [x.id, l, n] as const)))) {
      const file = scenarioFile(c, {});
      const withUrl = { ...file, meta: { ...file.meta, venueName: `${file.meta.venueName}${suffix}` }, answers: { ...file.answers, 'public.notice-url': 'https://example.com/face-rules' } };
      for (const size of ['A4', 'A3'] as const) {
        const [page] = layoutSign(buildReport(withUrl, locale), withUrl, fonts, size);
        // The lowest line's descenders (about a quarter of the type size below the baseline) end above the rule.
        expect(clearance(page!), `${c} ${locale} ${size} ${suffix}`).toBeGreaterThan(0);
      }
    }
  }, 30_000);

  it('prints the sign text large, with a QR code to the notice URL, on A4 and A3', async () => {
    const file = scenarioFile('huzhou-scenic-area', {});
    const withUrl = { ...file, answers: { ...file.answers, 'public.notice-url': 'https://example.com/face-rules' } };
    const model = buildReport(withUrl, 'zh-CN');
    expect(noticeUrl(withUrl)).toBe('https://example.com/face-rules');
    for (const size of ['A4', 'A3'] as const) {
      const [page] = layoutSign(model, withUrl, fonts, size);
      expect(Math.round(page!.width)).toBe(size === 'A4' ? 595 : 842);
      const texts = page!.ops.filter((o) => o.k === 'text');
      const biggest = Math.max(...texts.map((o) => (o.k === 'text' ? o.size : 0)));
      expect(biggest).toBeGreaterThanOrEqual(size === 'A4' ? 30 : 42);
      const body = texts.filter((o) => o.k === 'text' && o.y > 150 * (size === 'A4' ? 1 : 1.41) && o.y < page!.height - 250);
      expect(Math.min(...body.map((o) => (o.k === 'text' ? o.size : 99)))).toBeGreaterThanOrEqual(size === 'A4' ? 14 : 20);
      const qr = page!.ops.filter((o) => o.k === 'rect' && o.fill?.[0] === 0);
      expect(qr.length).toBeGreaterThan(60);
    }
    const pdf = await makeSignPdf(model, withUrl, 'A4', ctx);
    const text = squash((await pdfPages(pdf.bytes)).join(''));
    expect(text).toContain(squash(model.texts.sign.title));
    expect(text).toContain(squash(model.texts.sign.paragraphs[0]!));
    expect(text).toContain('https://example.com/face-rules');
    // without a URL: no QR code
    const noUrl = { ...file, answers: { ...file.answers, 'public.notice-url': '' } };
    const [plain] = layoutSign(buildReport(noUrl, 'en'), noUrl, fonts, 'A4');
    expect(plain!.ops.filter((o) => o.k === 'rect' && o.fill?.[0] === 0).length).toBe(0);
  });
});

describe('the inspection checklist', () => {
  it('lists every check for the venue type with three tick boxes and its citations', async () => {
    for (const [venue, locale] of [['hotel', 'zh-CN'], ['gym', 'en']] as const) {
      const checks = CHECKS;
      const pdf = await makeChecklistPdf(venue, locale, ctx);
      const text = squash((await pdfPages(pdf.bytes)).join('\n'));
      for (const c of checks) {
        expect(text).toContain(c.id);
        expect(text).toContain(squash(c.title[locale]));
      }
      expect(text).toContain(squash(locale === 'zh-CN' ? '《个人信息保护法》第十三条' : 'PIPL art. 13'));
      // The boxes record whether the venue meets the check, whatever its questions' yes or no would be.
      expect(text).toContain(squash(locale === 'zh-CN' ? '符合不符合不适用' : 'MeetsDoes not meetN/A'));
      if (locale === 'zh-CN') expect(text).not.toContain('Face PIA');
      // The venue's particulars, with the counts the filing (FR-16) and the officer (FR-17) turn on.
      for (const field of locale === 'zh-CN' ? ['统一社会信用代码', '联系电话', '存储人脸信息的人数', '处理个人信息的总人数', '检查日期', '检查人员'] : ['Unified social credit code', 'Contact phone', 'People whose faces are stored', 'People whose personal information is processed in all']) {
        expect(text).toContain(squash(field));
      }
    }
    const { composeChecklist } = await import('./checklist.ts');
    const spec = composeChecklist('retail', 'en');
    const { pages } = layoutDocument(fonts, spec);
    const boxes = pages.flatMap((p) => p.ops).filter((o) => o.k === 'rect' && o.stroke && !o.fill && Math.abs(o.w - o.h) < 0.01 && o.w < 10);
    expect(boxes.length).toBe(3 * spec.checks.length);
    // A campaign's sheet: its checks only; a local regulation's citation is marked, and the mark explained.
    const scoped = squash((await pdfPages((await makeChecklistPdf('residential', 'zh-CN', ctx, { checks: ['FR-05'], name: '物业人脸识别专项检查' })).bytes)).join('\n'));
    expect(scoped).toContain(squash('专项检查名称：物业人脸识别专项检查'));
    expect(scoped.match(/FR-\d\d/g)).toEqual(['FR-05']);
    expect(scoped).toContain(squash('《杭州市物业管理条例》第五十条†'));
    expect(scoped).toContain(squash('† 地方性法规，只在制定它的地方适用'));
    expect(scoped).not.toContain('‡'); // no recommended standard among FR-05's citations, so no key for one
    // A character no font has, in the regulator's own text, is reported rather than dropped in silence.
    expect((await makeChecklistPdf('retail', 'zh-CN', ctx, { authority: '某区网信办😀', checks: ['FR-01'] })).unprintable.map((u) => u.char)).toEqual(['😀']);
    expect((await makeChecklistPdf('retail', 'zh-CN', ctx, { authority: '某区网信办', checks: ['FR-01'] })).unprintable).toEqual([]);
    // A recommended standard is marked ‡, with its key.
    const retail = squash((await pdfPages((await makeChecklistPdf('retail', 'zh-CN', ctx, { checks: ['FR-25'] })).bytes)).join('\n'));
    expect(retail).toContain(squash('（GB/T 35273-2020）9.2 i)‡'));
    expect(retail).toContain(squash('‡ 推荐性国家标准（GB/T），不是强制性规定'));
    // …and the reader is told before the table where the key is.
    expect(retail.indexOf(squash('“依据”一栏中的 ‡ 标记，含义见表格之后的说明。'))).toBeLessThan(retail.indexOf('FR-25'));
  });
});

describe('lazy loading in the browser', () => {
  it('the browser entry imports jsPDF and fetches fonts only inside the download functions, under BASE_URL', () => {
    const src = readFileSync(join(import.meta.dirname, 'browser.ts'), 'utf8');
    const staticImports = [...src.matchAll(/^import (?!type)[^;]+ from '([^']+)'/gm)].map((m) => m[1]);
    expect(staticImports).not.toContain('jspdf');
    expect(staticImports.every((s) => !/report|sign|checklist|render/.test(s!))).toBe(true);
    expect(src).toContain("import('jspdf')");
    expect(src).toContain('import.meta.env.BASE_URL');
    expect(src).not.toMatch(/^(const|let) \w+ = (await )?(pdfContext|FontSet\.load)/m);
  });
});
