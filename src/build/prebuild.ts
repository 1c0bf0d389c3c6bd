/**
 * Generated static files, written before `astro build` (and checked by a unit test to be up to date):
 * - public/schema/assessment-v<N>.schema.json — the assessment file's JSON Schema, from the question bank;
 * - public/examples/<preset>.json — one sample assessment per venue preset, from the scenario fixtures;
 * - src/domain/generated/*.ts — small indexes that keep the browser's first load light (see indexes.ts);
 * - src/i18n/generated/*.ts — the UI strings in parts, loaded as the assessment page needs them (parts.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialiseAssessment, SCHEMA_VERSION } from '../domain/persistence/assessment-file.ts';
import { exampleFiles } from '../domain/persistence/examples.ts';
import { assessmentJsonSchema } from '../domain/persistence/json-schema.ts';
import { indexFiles } from './indexes.ts';
import { partModules } from '../i18n/parts.ts';
import { en } from '../i18n/ui.en.ts';
import { zhCN } from '../i18n/ui.zh-CN.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function generatedFiles(): { path: string; text: string }[] {
  return [
    { path: `public/schema/assessment-v${SCHEMA_VERSION}.schema.json`, text: JSON.stringify(assessmentJsonSchema(), null, 2) + '\n' },
    ...exampleFiles().map((e) => ({ path: `public/examples/${e.name}`, text: serialiseAssessment(e.file) + '\n' })),
    ...indexFiles(),
    ...partModules({ 'zh-CN': zhCN, en }),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const f of generatedFiles()) {
    const target = join(root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
  console.log(`prebuild: wrote ${generatedFiles().length} generated files`);
  // The PDF fonts (public/fonts/, git-ignored): Noto Sans SC subsets cut from the npm package.
  await (await import('./build-font.ts')).buildFonts();
}
