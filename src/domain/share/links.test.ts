import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checklist.ts';
import { exampleFiles } from '../persistence/examples.ts';
import type { Campaign } from '../persistence/campaign.ts';
import { VENUE_TYPES } from '../questions/sections/01-venue.ts';
import { MAX_SAFE_URL, assessmentFragment, campaignFragment, decodeFragment, fromBase64Url, toBase64Url } from './links.ts';

const campaign: Campaign = {
  authority: '某市网信办',
  name: '2026年公共场所人脸识别专项检查',
  reference: '网信函〔2026〕12号',
  contact: '010-12345678',
  deadline: '2026-12-31',
  instructions: '请于截止日期前完成自评并提交报告。<script>alert(1)</script>',
  venueTypes: ['retail', 'scenic-area'],
  checks: ['FR-04', 'FR-05', 'FR-08', 'FR-20'],
};

const arbCampaign = fc.record({
  authority: fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim() !== '' && [...s].length <= 120),
  name: fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim() !== '' && [...s].length <= 120),
  reference: fc.string({ maxLength: 60 }),
  contact: fc.string({ maxLength: 60 }),
  deadline: fc.constantFrom('', '2026-12-31', '2027-02-28'),
  instructions: fc.string({ maxLength: 300 }),
  venueTypes: fc.uniqueArray(fc.constantFrom(...VENUE_TYPES.map((v) => v.code as string))),
  checks: fc.uniqueArray(fc.constantFrom(...CHECKS.map((c) => c.id as string)), { minLength: 1 }),
});

describe('checklist and share links', () => {
  it('a campaign link round-trips exactly and stays short', async () => {
    const f = await campaignFragment(campaign);
    expect(f).toMatch(/^c1\.[A-Za-z0-9_-]+$/);
    expect(f.length).toBeLessThan(600);
    expect(await decodeFragment('#' + f)).toEqual({ ok: true, kind: 'campaign', campaign });
  });

  it('an assessment link round-trips and says whether it fits a safe URL length', async () => {
    const file = exampleFiles().find((e) => e.name === 'retail.json')!.file;
    const { url, fits, fragment } = await assessmentFragment(file, 'https://example.org/assessment/');
    expect(fits).toBe(url.length <= MAX_SAFE_URL);
    const r = await decodeFragment(fragment);
    expect(r).toEqual({ ok: true, kind: 'assessment', file });
  });

  it('an empty or unrelated fragment is not a link', async () => {
    expect(await decodeFragment('')).toEqual({ ok: true, kind: 'none' });
    expect(await decodeFragment('#main-content')).toEqual({ ok: true, kind: 'none' });
  });

  it('damaged, truncated, future and oversized links get clear errors', async () => {
    const f = await campaignFragment(campaign);
    const en = async (h: string) => {
      const r = await decodeFragment(h);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.errors.map((e) => e.en).join(' ');
    };
    expect(await en(f.slice(0, f.length - 7))).toMatch(/damaged|cut short/);
    expect(await en('c1.!!!')).toContain('invalid encoding');
    expect(await en('c9.AAAA')).toContain('newer version');
    expect(await en('c1.' + 'A'.repeat(20_000))).toContain('too long');
    const wrong = await campaignFragment({ ...campaign, checks: ['FR-99'] } as Campaign);
    expect(await en(wrong)).toContain('The campaign’s checks (campaign.checks): contains an invalid check');
    // An authority's name with a right-to-left override and a NUL in it could read as another's.
    const spoofed = await campaignFragment({ ...campaign, authority: 'A\u202EB\u0000C' });
    expect(await en(spoofed)).toContain('The campaign’s authority (campaign.authority): contains invisible control or text-direction characters');
  });

  it('a zip bomb is refused', async () => {
    const big = new TextEncoder().encode(JSON.stringify({ x: 'a'.repeat(2_000_000) }));
    const cs = new CompressionStream('deflate-raw');
    const packed = new Uint8Array(await new Response(new Blob([big]).stream().pipeThrough(cs)).arrayBuffer());
    const r = await decodeFragment('c1.' + toBase64Url(packed));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.en).toContain('too large');
  });

  it('property: base64url round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      expect(fromBase64Url(toBase64Url(b))).toEqual(b);
    }));
  });

  it('property: any valid campaign round-trips exactly', async () => {
    await fc.assert(fc.asyncProperty(arbCampaign, async (c) => {
      expect(await decodeFragment(await campaignFragment(c))).toEqual({ ok: true, kind: 'campaign', campaign: c });
    }), { numRuns: 60 });
  });

  it('property: random and mutated fragments never throw and never decode to something invalid', async () => {
    const valid = await campaignFragment(campaign);
    const mutated = fc.tuple(fc.nat(valid.length - 1), fc.constantFrom(...'AZaz09-_.!%'.split(''))).map(([i, ch]) => valid.slice(0, i) + ch + valid.slice(i + 1));
    const anything = fc.oneof(fc.string({ maxLength: 400 }), mutated, fc.string({ maxLength: 200 }).map((s) => 'c1.' + s), fc.string({ maxLength: 200 }).map((s) => 'a1.' + s));
    await fc.assert(
      fc.asyncProperty(anything, async (h) => {
        const r = await decodeFragment(h);
        if (r.ok && r.kind === 'campaign') expect(r.campaign.checks.length).toBeGreaterThan(0);
        if (!r.ok) for (const e of r.errors) (expect(e.en).not.toBe(''), expect(e['zh-CN']).not.toBe(''));
      }),
      { numRuns: 300 },
    );
  });
});
