/**
 * Build-time font subsets for the PDFs (issue 4), cut from @expo-google-fonts/noto-sans-sc (TrueType glyf,
 * SIL OFL 1.1) with subset-font (HarfBuzz, wasm). Written to public/fonts/ (git-ignored; `npm run build`
 * regenerates them from the npm packages, and the Node loader does too when they are missing):
 *
 * - NotoSansSC-Regular.ttf — every GB2312 character, Latin-1, the punctuation and symbol blocks, and every
 *   character that occurs in the tool's own texts (law, questions, rules, report, PDF labels), so a report
 *   never needs more unless the user typed a rare character;
 * - NotoSansSC-Bold.ttf — the same minus GB2312 level-2 hanzi (headings use the tool's own words; a bold run
 *   with a character it lacks is printed in the regular weight instead);
 * - ext/NotoSansSC-Regular-NN.ttf — everything else the full regular font has (about 23,000 characters), in
 *   slices of about 500 by code point, fetched only for a document whose user text needs one;
 * - fonts.json — the manifest: files, sizes and the code-point interval each slice covers.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { parseTtf } from '../pdf/font/ttf.ts';
import type { FontManifest } from '../pdf/font/manifest.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
export const FONT_DIR = join(root, 'public', 'fonts');
const SLICE_SIZE = 500;

function sourceFont(weight: '400Regular' | '700Bold'): Uint8Array {
  return readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`));
}

function gb2312(level2: boolean): string {
  const dec = new TextDecoder('gbk');
  let s = '';
  // rows A1–A9: symbols; B0–D7: level-1 hanzi; D8–F7: level-2 hanzi
  for (let r = 0xa1; r <= (level2 ? 0xf7 : 0xd7); r++) {
    for (let c = 0xa1; c <= 0xfe; c++) {
      const ch = dec.decode(new Uint8Array([r, c]));
      const cp = ch.codePointAt(0)!;
      if ([...ch].length === 1 && ch !== '\ufffd' && !(cp >= 0xe000 && cp <= 0xf8ff)) s += ch;
    }
  }
  return s;
}

function ranges(...rs: [number, number][]): string {
  let s = '';
  for (const [a, b] of rs) for (let c = a; c <= b; c++) s += String.fromCodePoint(c);
  return s;
}

/** Every non-ASCII character in the tool's own source texts that the PDF may print. */
export function staticCharacters(): string {
  const set = new Set<string>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ts$/.test(f) && !/\.test\.ts$/.test(f)) for (const ch of readFileSync(p, 'utf8')) if (ch.codePointAt(0)! >= 0x80) set.add(ch);
    }
  };
  walk(join(root, 'src', 'domain'));
  walk(join(root, 'src', 'pdf'));
  return [...set].sort().join('');
}

const COMMON = () =>
  ranges([0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027], [0x2030, 0x203b], [0x2190, 0x2199], [0x2460, 0x2473], [0x25a0, 0x25cf], [0x3000, 0x303f], [0xff01, 0xff5e]);

export async function buildFonts(outDir: string = FONT_DIR): Promise<FontManifest> {
  const t0 = performance.now();
  const regularSrc = sourceFont('400Regular');
  const boldSrc = sourceFont('700Bold');
  const own = staticCharacters();
  const mainChars = COMMON() + gb2312(true) + own;
  const boldChars = COMMON() + gb2312(false) + own;
  const opts = { targetFormat: 'truetype' as const, noLayoutClosure: true, dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx', 'VORG', 'DSIG', 'meta'] };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'ext'), { recursive: true });
  const regular = new Uint8Array(await subsetFont(Buffer.from(regularSrc), mainChars, opts));
  const bold = new Uint8Array(await subsetFont(Buffer.from(boldSrc), boldChars, opts));
  writeFileSync(join(outDir, 'NotoSansSC-Regular.ttf'), regular);
  writeFileSync(join(outDir, 'NotoSansSC-Bold.ttf'), bold);

  // The rest of the full regular font, in code-point slices.
  const full = parseTtf(regularSrc);
  const inMain = parseTtf(regular).cmap;
  const rest = [...full.cmap.keys()].filter((c) => !inMain.has(c) && c >= 0x20).sort((a, b) => a - b);
  const ext: FontManifest['ext'][number][] = [];
  for (let i = 0; i < rest.length; i += SLICE_SIZE) {
    const slice = rest.slice(i, i + SLICE_SIZE);
    const from = ext.length === 0 ? 0 : slice[0]!;
    const to = i + SLICE_SIZE >= rest.length ? 0x10ffff : rest[i + SLICE_SIZE]! - 1;
    const bytes = new Uint8Array(await subsetFont(Buffer.from(regularSrc), String.fromCodePoint(...slice), opts));
    const file = `ext/NotoSansSC-Regular-${String(ext.length).padStart(2, '0')}.ttf`;
    writeFileSync(join(outDir, file), bytes);
    ext.push({ file, from, to, count: slice.length, bytes: bytes.length });
  }
  const manifest: FontManifest = {
    version: 1,
    source: '@expo-google-fonts/noto-sans-sc 400Regular / 700Bold (Noto Sans SC, SIL Open Font License 1.1)',
    charsetHash: createHash('sha256').update(mainChars + '|' + boldChars).digest('hex').slice(0, 16),
    regular: { file: 'NotoSansSC-Regular.ttf', bytes: regular.length, chars: inMain.size },
    bold: { file: 'NotoSansSC-Bold.ttf', bytes: bold.length, chars: parseTtf(bold).cmap.size },
    ext,
  };
  writeFileSync(join(outDir, 'fonts.json'), JSON.stringify(manifest, null, 1) + '\n');
  writeFileSync(
    join(outDir, 'LICENSE-Noto-Sans-SC.txt'),
    readFileSync(join(dirname(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')), '..', 'LICENSE_FONT'), 'utf8'),
  );
  const ms = Math.round(performance.now() - t0);
  console.log(`build-font: regular ${regular.length} B (${inMain.size} chars), bold ${bold.length} B, ${ext.length} fallback slices (${rest.length} chars) in ${ms} ms`);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildFonts();
}
