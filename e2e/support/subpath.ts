/**
 * The sub-path deploy under test: a second build of the site with BASE set, written beside dist/ (which the other
 * journeys serve at the same time), and served by a plain static file server under SUBPATH_PREFIX only.
 *
 * `npm run build:subpath` builds it (run by `npm run test:e2e` after `npm run build`, which has already written the
 * generated files and fonts into public/, so only `astro build` runs here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(import.meta.dirname, '..', '..');

/** Two levels deep, so a URL resolved against the wrong directory cannot land on the right file by luck. */
export const SUBPATH_PREFIX = '/deploy/face-pia/';
/** Git-ignored (under node_modules/), outside dist/. */
export const SUBPATH_DIR = join(projectRoot, 'node_modules', '.cache', 'face-pia', 'subpath-dist');

export function buildSubpath(): void {
  if (!existsSync(join(projectRoot, 'public', 'fonts', 'fonts.json'))) throw new Error('No PDF fonts in public/fonts/: run `npm run build` first.');
  const started = performance.now();
  // The Node running this script (Node 24 under `npm run`), with Astro's own entry: no shell, no PATH lookup.
  const r = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: projectRoot,
    env: { ...process.env, BASE: SUBPATH_PREFIX, OUT_DIR: SUBPATH_DIR, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const log = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) {
    console.error(log || String(r.error));
    throw new Error(`astro build with BASE=${SUBPATH_PREFIX} failed (status ${r.status})`);
  }
  // The page list was already printed by the main build; show only the summary.
  const summary = log.split('\n').filter((l) => /sw\.js:|page\(s\) built/.test(l));
  console.log(`subpath build (BASE=${SUBPATH_PREFIX}) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${SUBPATH_DIR}\n${summary.join('\n')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildSubpath();
