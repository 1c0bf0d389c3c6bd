/** Integrity of the question bank: ids, references, both languages, and the navigation functions. */
import { describe, expect, it } from 'vitest';
import { referencedQuestions } from '../conditions.ts';
import { getArticle } from '../law/catalogue.ts';
import { RULES } from '../rules/index.ts';
import {
  QUESTIONS,
  SECTIONS,
  crossCheck,
  firstUnanswered,
  withScheme,
  nextQuestion,
  previousQuestion,
  pruneHidden,
  questionById,
  validateAnswer,
  visibleQuestions,
} from './bank.ts';
import { SECTION_IDS } from './schema.ts';

const FR_ROWS = Array.from({ length: 36 }, (_, i) => `FR-${String(i + 1).padStart(2, '0')}`);

describe('question bank integrity', () => {
  it('question ids are unique and namespaced by their section', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of QUESTIONS) expect(q.id.startsWith(`${q.section}.`), q.id).toBe(true);
  });

  it('every section has questions and every question belongs to a section, in section order', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual([...SECTION_IDS]);
    const order = QUESTIONS.map((q) => SECTION_IDS.indexOf(q.section));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const s of SECTION_IDS) expect(QUESTIONS.some((q) => q.section === s), s).toBe(true);
  });

  it('every question, option, hint and section has Chinese and English text', () => {
    const both = (x: { 'zh-CN': string; en: string } | undefined, where: string) => {
      if (!x) return;
      expect(x['zh-CN'].trim(), where).not.toBe('');
      expect(x.en.trim(), where).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(x['zh-CN']) || /^[\x20-\x7e]+$/.test(x['zh-CN']), `${where} zh`).toBe(true);
    };
    for (const s of SECTIONS) (both(s.title, s.id), both(s.summary, s.id));
    for (const q of QUESTIONS) {
      both(q.label, q.id);
      both(q.hint, `${q.id} hint`);
      both(q.why.text, `${q.id} why`);
      if (q.kind === 'single' || q.kind === 'multi') for (const o of q.options) (both(o.label, `${q.id}:${o.code}`), both(o.hint, `${q.id}:${o.code} hint`));
      if (q.kind === 'group') for (const f of q.fields) both(f.label, `${q.id}.${f.id}`);
      if (q.kind === 'number') both(q.unit, `${q.id} unit`);
    }
  });

  it('option codes are unique, language-neutral kebab-case', () => {
    for (const q of QUESTIONS) {
      if (q.kind !== 'single' && q.kind !== 'multi') continue;
      const codes = q.options.map((o) => o.code);
      expect(new Set(codes).size, q.id).toBe(codes.length);
      for (const c of codes) expect(c, q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('every "why we ask" citation and every rule citation resolves to the catalogue', () => {
    for (const q of QUESTIONS) for (const c of q.why.cites) expect(getArticle(c.article), `${q.id} → ${c.article}`).toBeDefined();
    for (const r of RULES) for (const c of r.cites) expect(getArticle(c.article), `${r.id} → ${c.article}`).toBeDefined();
  });

  it('every condition refers to questions that exist and come earlier (for showIf) — and to real option codes', () => {
    const index = new Map(QUESTIONS.map((q, i) => [q.id, i]));
    const checkValues = (c: unknown, where: string) => {
      const node = c as { op: string; q?: string; value?: unknown; values?: unknown[]; of?: unknown[]; c?: unknown; field?: string };
      if (node.of) return node.of.forEach((x) => checkValues(x, where));
      if (node.c) return checkValues(node.c, where);
      const q = questionById(node.q!);
      expect(q, `${where}: ${node.q}`).toBeDefined();
      if (!q) return;
      const vals = node.op === 'eq' || node.op === 'includes' ? [node.value] : node.op === 'in' || node.op === 'includesAny' ? node.values! : [];
      if (node.op === 'anyItem' && q.kind === 'group') {
        const f = q.fields.find((x) => x.id === node.field);
        expect(f?.kind, `${where}: field ${node.field}`).toBe('single');
        if (f?.kind === 'single') for (const v of node.values!) expect(f.options.map((o) => o.code), `${where}: ${v}`).toContain(v);
      }
      if ((q.kind === 'single' || q.kind === 'multi') && vals.length) {
        for (const v of vals) expect(q.options.map((o) => o.code), `${where}: ${node.q}=${String(v)}`).toContain(v);
      }
    };
    for (const q of QUESTIONS) {
      if (!q.showIf) continue;
      for (const ref of referencedQuestions(q.showIf)) expect(index.get(ref)!, `${q.id} depends on ${ref}`).toBeLessThan(index.get(q.id)!);
      checkValues(q.showIf, q.id);
    }
    for (const r of RULES) checkValues(r.when, r.id);
  });

  it('the bank and the rules together cover every row FR-01…FR-36 of the brief’s checklist', () => {
    const covered = new Set([...QUESTIONS.flatMap((q) => q.fr), ...RULES.flatMap((r) => r.fr)]);
    expect(FR_ROWS.filter((r) => !covered.has(r as never))).toEqual([]);
    const rulesCover = new Set(RULES.flatMap((r) => r.fr));
    expect(FR_ROWS.filter((r) => !rulesCover.has(r as never))).toEqual([]);
  });

  it('has every question kind the wizard supports', () => {
    expect(new Set(QUESTIONS.map((q) => q.kind))).toEqual(new Set(['single', 'multi', 'number', 'date', 'text', 'longtext', 'group']));
  });
});

describe('navigation', () => {
  it('walks visible questions forward and back', () => {
    const first = nextQuestion({}, undefined)!;
    expect(first.id).toBe('venue.type');
    const second = nextQuestion({}, first.id)!;
    expect(previousQuestion({}, second.id)!.id).toBe(first.id);
  });

  it('skips questions whose branch is closed, and shows them when it opens', () => {
    expect(visibleQuestions({ 'venue.people-stored': 5000 }).map((q) => q.id)).not.toContain('venue.threshold-date');
    expect(visibleQuestions({ 'venue.people-stored': 100_000 }).map((q) => q.id)).toContain('venue.threshold-date');
    expect(nextQuestion({ 'venue.people-stored': 5000 }, 'venue.people-stored')!.id).toBe('venue.people-total');
  });

  it('pruning keeps hidden answers out, repeating until nothing changes', () => {
    const a = { 'venue.route': 'consent', 'public.other-uses': ['marketing'], 'public.other-uses-consent': 'no' };
    expect(pruneHidden(a)).toEqual({ 'venue.route': 'consent' });
  });

  it('resume goes to the first unanswered visible question', () => {
    expect(firstUnanswered({ 'venue.type': 'gym' })!.id).toBe('venue.status');
  });
});

describe('validation messages name the problem in both languages', () => {
  it('number out of range', () => {
    const q = questionById('venue.people-stored')!;
    const [e] = validateAnswer(q, -5);
    expect(e!.message.en).toBe('Enter a number between 0 and 2,000,000,000');
    expect(e!.message['zh-CN']).toContain('之间');
  });
  it('unknown option and impossible date', () => {
    expect(validateAnswer(questionById('venue.type')!, 'casino')[0]!.message.en).toContain('"casino" is not one of the options');
    // Said of the year, month and day boxes the date was typed into.
    const date = (v: string) => validateAnswer(questionById('venue.go-live')!, v)[0]?.message['zh-CN'];
    expect(date('2026-02-30')).toBe('2026年2月只有28天，没有30日');
    expect(validateAnswer(questionById('venue.go-live')!, '2025-02-30')[0]!.message.en).toBe('February 2025 has only 28 days, so there is no day 30');
    // A two-digit year is asked for in full, with the likely year as the example.
    expect(validateAnswer(questionById('venue.go-live')!, '0025-06-01')[0]!.message.en).toBe('Enter the year in full, e.g. 2025 (it is 25)');
    expect(date('0000-03-01')).toBe('请填写年份');
    expect(date('2026-13-01')).toBe('月份应在 1 到 12 之间（填的是 13）');
    expect(date('2026-0a-01')).toContain('只能填数字');
    expect(date('2026-03-01')).toBeUndefined();
  });
  it('an empty number in a group row asks for a value, not a whole number', () => {
    const [e] = validateAnswer(questionById('venue.devices')!, [{ location: 'Gate', area: 'entrance', function: 'capture' }]);
    expect(e!.message.en).toBe('Item 1, Number of devices: enter a value');
  });
  it('an exclusive option cannot be combined', () => {
    expect(validateAnswer(questionById('security.measures')!, ['none', 'encryption'])[0]!.message.en).toContain('cannot be combined');
  });
  it('group items name the item and the field', () => {
    const [e] = validateAnswer(questionById('venue.devices')!, [{ location: 'Gate', area: 'entrance', count: 0, function: 'capture' }]);
    expect(e!.message.en).toBe('Item 1, Number of devices: enter a number between 1 and 10,000');
  });
  it('required questions need an answer; optional ones do not', () => {
    expect(validateAnswer(questionById('venue.type')!, undefined)[0]!.message.en).toBe('Select an option');
    expect(validateAnswer(questionById('public.notice-url')!, undefined)).toEqual([]);
    expect(validateAnswer(questionById('public.notice-url')!, 'javascript:alert(1)')[0]!.message.en).toContain('https://');
    // The optional address says it may be left empty.
    expect(validateAnswer(questionById('public.notice-url')!, '微信公众号：力健健身')[0]!.message['zh-CN']).toContain('没有网址的，可以留空');
  });

  it('a web address typed without https:// gets it; anything else is left for the check to refuse', () => {
    expect(withScheme('www.lijianfit.cn/privacy')).toBe('https://www.lijianfit.cn/privacy');
    expect(withScheme('example.com')).toBe('https://example.com');
    expect(withScheme('https://example.com/a')).toBe('https://example.com/a');
    expect(withScheme('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(withScheme('微信公众号：力健健身')).toBe('微信公众号：力健健身');
    expect(withScheme('not a url.com')).toBe('not a url.com');
  });

  it('faces on a vendor’s cloud and “no vendor processes them” cannot both be entered, whichever comes second', () => {
    const vendor = questionById('sharing.vendor')!;
    const location = questionById('storage.location')!;
    expect(crossCheck(vendor, 'no', { 'storage.location': 'cloud-vendor' }, '2026-12-03')[0]!.message['zh-CN']).toContain('请选择“是”');
    expect(crossCheck(location, 'cloud-vendor', { 'sharing.vendor': 'no' }, '2026-12-03')[0]!.message.en).toContain('Choose where it really is');
    expect(crossCheck(vendor, 'yes', { 'storage.location': 'cloud-vendor' }, '2026-12-03')).toEqual([]);
    expect(crossCheck(location, 'on-device', { 'sharing.vendor': 'no' }, '2026-12-03')).toEqual([]);
    // "None of these" private spaces while the device list has lockers inside the changing rooms.
    const privateSpaces = questionById('public.private-spaces')!;
    const devices = { 'venue.devices': [{ location: '男女更衣室智能储物柜', area: 'washroom', count: 4, function: '1:1' }, { location: '前台', area: 'entrance', count: 1, function: '1:1' }] };
    const refused = crossCheck(privateSpaces, ['none'], devices, '2026-12-03');
    expect(refused[0]!.message['zh-CN']).toBe('设备清单中有装在私密空间内部的设备（男女更衣室智能储物柜），这里却选择了“都没有”：请选择这些设备所在的场所；如果设备清单有误，请先回到“场所与范围”修改。');
    expect(refused[0]!.message.en).toContain('(男女更衣室智能储物柜), yet this answer is “None of these”');
    expect(crossCheck(privateSpaces, ['changing-room'], devices, '2026-12-03')).toEqual([]);
    expect(crossCheck(privateSpaces, ['none'], { 'venue.devices': [devices['venue.devices'][1]!] }, '2026-12-03')).toEqual([]);
  });
});

describe('a system still being planned', () => {
  it('is not asked what changed since consent or the last assessment: nothing has been collected yet', () => {
    const ids = (status: string) => visibleQuestions({ 'venue.status': status }).map((q) => q.id);
    expect(ids('planned')).not.toContain('governance.changes');
    expect(ids('live')).toContain('governance.changes');
  });
});
