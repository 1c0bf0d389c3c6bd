/** Property-based tests of the file decoder: whatever arrives, it answers with a result, never an exception. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessment, parseAssessmentText, serialiseAssessment } from './assessment-file.ts';
import { exampleFiles } from './examples.ts';
import { extractAssessmentFromPdf } from './pdf-carrier.ts';

const valid = exampleFiles().map((e) => e.file);

describe('assessment file decoder (property-based)', () => {
  it('any valid sample round-trips exactly, whatever its name and answers’ text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.string({ maxLength: 200 }), fc.string({ maxLength: 2000 }), (file, name, statement) => {
        const f = { ...file, meta: { ...file.meta, name: [...name].slice(0, 200).join('') }, answers: { ...file.answers, 'purpose.statement': statement || 'x' } };
        expect(parseAssessmentText(serialiseAssessment(f))).toEqual({ ok: true, value: f });
      }),
      { numRuns: 150 },
    );
  });

  it('random text, random JSON and mutated files never throw, and errors are always in both languages', () => {
    const text = serialiseAssessment(valid[0]!);
    const mutated = fc.tuple(fc.nat(text.length - 1), fc.nat(text.length - 1), fc.string({ maxLength: 5 })).map(([a, b, s]) => text.slice(0, Math.min(a, b)) + s + text.slice(Math.max(a, b)));
    const anything = fc.oneof(fc.string({ maxLength: 500 }), fc.json({ maxDepth: 4 }), mutated);
    fc.assert(
      fc.property(anything, (input) => {
        const r = parseAssessmentText(input);
        if (!r.ok) for (const e of r.errors) (expect(e.en.length).toBeGreaterThan(0), expect(e['zh-CN'].length).toBeGreaterThan(0));
      }),
      { numRuns: 400 },
    );
  });

  it('random structures in every field never throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(valid[0]!)), fc.anything(), (key, value) => {
        const r = parseAssessment({ ...valid[0]!, [key]: value });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});


describe('PDF carrier decoder (property-based)', () => {
  it('random and PDF-looking bytes never throw', () => {
    const pdfish = fc.uint8Array({ maxLength: 2000 }).map((b) => {
      const head = new TextEncoder().encode('%PDF-1.7\n/EmbeddedFile stream\n');
      const out = new Uint8Array(head.length + b.length);
      out.set(head);
      out.set(b, head.length);
      return out;
    });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), pdfish), (bytes) => {
        const r = extractAssessmentFromPdf(bytes);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
