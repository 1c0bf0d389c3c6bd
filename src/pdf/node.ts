/**
 * Node side of the PDFs (CLI, tests, benchmark): fonts come from public/fonts/, built from the npm font
 * package on first use when a fresh clone has not run `npm run build` yet.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FontSet, type FontSource } from './font/fonts.ts';
import type { FontManifest } from './font/manifest.ts';
import type { JsPdfModule } from './render/write-pdf.ts';

export const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'fonts');

let building: Promise<unknown> | undefined;

export function nodeFontSource(dir: string = FONT_DIR): FontSource {
  const ready = async () => {
    if (existsSync(join(dir, 'fonts.json'))) return;
    building ??= import('../build/build-font.ts').then((m) => m.buildFonts(dir));
    await building;
  };
  return {
    key: `file:${dir}`,
    async manifest() {
      await ready();
      return JSON.parse(await readFile(join(dir, 'fonts.json'), 'utf8')) as FontManifest;
    },
    async load(file) {
      await ready();
      return new Uint8Array(await readFile(join(dir, file)));
    },
  };
}

export async function nodeContext(): Promise<{ jspdf: JsPdfModule; fonts: FontSet }> {
  const [jspdf, fonts] = await Promise.all([import('jspdf'), FontSet.load(nodeFontSource())]);
  return { jspdf, fonts };
}
