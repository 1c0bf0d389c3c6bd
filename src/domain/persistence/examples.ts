/** The sample assessment files served under /examples/, one per venue preset, built from the scenario fixtures. */
import { scenarios } from '../scenarios/index.ts';
import { BANK_VERSION, visibleQuestions } from '../questions/bank.ts';
import { FORMAT, SCHEMA_VERSION, type AssessmentFile } from './assessment-file.ts';

export const EXAMPLE_DATE = '2026-11-20T09:00:00.000Z';

export function exampleFiles(): { name: string; file: AssessmentFile }[] {
  return scenarios
    .filter((s) => s.exampleFile)
    .map((s) => ({
      name: `${s.exampleFile}.json`,
      file: {
        format: FORMAT,
        schemaVersion: SCHEMA_VERSION,
        bankVersion: BANK_VERSION,
        id: `example-${s.exampleFile}`,
        createdAt: EXAMPLE_DATE,
        updatedAt: EXAMPLE_DATE,
        assessedAt: EXAMPLE_DATE,
        meta: s.meta,
        // Only what the wizard would have asked: a fixture's answer to a question its other answers hide is left out.
        answers: Object.fromEntries(visibleQuestions(s.answers).flatMap((q) => (s.answers[q.id] === undefined ? [] : [[q.id, s.answers[q.id]!]]))),
        actions: {},
        annotations: {},
        manualFindings: [],
      },
    }));
}
