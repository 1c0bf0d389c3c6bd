/**
 * Ship the question bank's words one language and one section at a time (see src/domain/questions/bank-text.ts).
 *
 * The bank's section modules (src/domain/questions/sections/*.ts) hold data with both languages side by side.
 * For the browser build only, this Vite plugin replaces each of them with a generated skeleton — the same
 * exports, the same structure, the same object sharing — in which every `{ 'zh-CN', en }` pair becomes
 * `lazyLocalized(chunk, index)`, and emits the words as small modules, one per language and chunk (a question's
 * section, or 'common' for lists outside any question such as the venue types). A page then downloads the
 * skeleton (~4 KB gzip) and the words it shows, instead of the whole bank in two languages (~24 KB gzip).
 *
 * Node (the CLI, unit tests, the static pages rendered at build time) keeps the modules as written: the plugin
 * applies to the `client` environment of `astro build` only, and `astro dev` serves the bank unsplit.
 * A unit test (bank-split.test.ts) rebuilds every export from its skeleton and text and compares it with the
 * original, so the split can never change what a question says.
 */
import type { Plugin } from 'vite';
import { LOCALES, type Locale } from '../domain/locale.ts';
import { SECTION_IDS } from '../domain/questions/schema.ts';
import { GUIDANCE_CHUNK, type TextChunk } from '../domain/questions/bank-text.ts';
import * as venue from '../domain/questions/sections/01-venue.ts';
import * as purposeBasis from '../domain/questions/sections/02-purpose-basis.ts';
import * as publicNotice from '../domain/questions/sections/03-public-notice.ts';
import * as data from '../domain/questions/sections/04-data.ts';

export interface BankModule {
  /** The file's name without .ts, e.g. "01-venue". */
  readonly name: string;
  readonly exports: Readonly<Record<string, unknown>>;
}

export const BANK_MODULES: readonly BankModule[] = [
  { name: '01-venue', exports: venue },
  { name: '02-purpose-basis', exports: purposeBasis },
  { name: '03-public-notice', exports: publicNotice },
  { name: '04-data', exports: data },
];

/** In a skeleton: where a Localized was, as data (for the test) — the chunk and index of its words. */
export interface TextRef {
  readonly chunk: TextChunk;
  readonly index: number;
}

export interface BankSplit {
  /** Module name → the body of its skeleton (JavaScript; `x` is lazyLocalized). */
  readonly skeletons: ReadonlyMap<string, string>;
  /** Language → chunk → its words, by index. */
  readonly texts: Readonly<Record<Locale, ReadonlyMap<TextChunk, readonly string[]>>>;
}

const SECTIONS = new Set<string>(SECTION_IDS);

function isLocalized(v: unknown): v is Readonly<Record<Locale, string>> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === LOCALES.length && LOCALES.every((l) => typeof (v as Record<string, unknown>)[l] === 'string');
}

/** A question (or a question-like object) carries its section: its words go in that section's chunk. */
function chunkOf(v: object, outer: TextChunk): TextChunk {
  const o = v as { id?: unknown; section?: unknown };
  return typeof o.id === 'string' && typeof o.section === 'string' && SECTIONS.has(o.section) ? (o.section as TextChunk) : outer;
}

export function splitBank(modules: readonly BankModule[] = BANK_MODULES): BankSplit {
  const texts = Object.fromEntries(LOCALES.map((l) => [l, new Map<TextChunk, string[]>()])) as Record<Locale, Map<TextChunk, string[]>>;
  // The same pair of words is stored once per chunk.
  const seen = new Map<string, number>();
  const textIndex = (chunk: TextChunk, v: Readonly<Record<Locale, string>>): number => {
    const key = `${chunk}\u0000${LOCALES.map((l) => v[l]).join('\u0000')}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    const first = texts[LOCALES[0]].get(chunk) ?? [];
    const index = first.length;
    for (const l of LOCALES) {
      const list = texts[l].get(chunk) ?? [];
      list.push(v[l]);
      texts[l].set(chunk, list);
    }
    seen.set(key, index);
    return index;
  };

  const skeletons = new Map<string, string>();
  for (const m of modules) {
    const exportOf = new Map<object, string>();
    for (const [name, value] of Object.entries(m.exports)) if (typeof value === 'object' && value !== null) exportOf.set(value, name);
    const declared = new Set<string>();
    const lines: string[] = [];

    const emit = (v: unknown, chunk: TextChunk, path: string, self: string): string => {
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) throw new Error(`bank-split: ${m.name}:${path} is ${v}, which data cannot carry`);
        return JSON.stringify(v);
      }
      if (typeof v !== 'object') throw new Error(`bank-split: ${m.name}:${path} is a ${typeof v}; only data can be split`);
      // Another export of this module (e.g. VENUE_TYPES as the options of venue.type): keep it shared.
      const other = exportOf.get(v);
      if (other !== undefined && other !== self) {
        declare(other);
        return other;
      }
      if (isLocalized(v)) {
        const index = textIndex(chunk, v);
        return `x(${JSON.stringify(chunk)},${index})`;
      }
      if (Array.isArray(v)) return `[${v.map((item, i) => emit(item, chunk, `${path}[${i}]`, self)).join(',')}]`;
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new Error(`bank-split: ${m.name}:${path} is not a plain object`);
      const inner = chunkOf(v, chunk);
      const entries = Object.entries(v)
        .filter(([, x]) => x !== undefined)
        // "Where to find the answer" is read only when opened: its words go in a chunk of their own.
        .map(([k, x]) => `${JSON.stringify(k)}:${emit(x, k === 'findIt' ? GUIDANCE_CHUNK : inner, `${path}.${k}`, self)}`);
      return `{${entries.join(',')}}`;
    };

    const declare = (name: string): void => {
      if (declared.has(name)) return;
      declared.add(name);
      const code = emit(m.exports[name], 'common', name, name);
      lines.push(`export const ${name} = ${code};`);
    };
    for (const name of Object.keys(m.exports)) declare(name);
    skeletons.set(m.name, lines.join('\n'));
  }
  return { skeletons, texts };
}

const SKELETON = '\0face-pia-bank-skeleton:';
const LOADERS = 'virtual:face-pia-bank-loaders';
const TEXT = 'virtual:face-pia-bank-text/';
const SECTION_FILE = /[\\/]src[\\/]domain[\\/]questions[\\/]sections[\\/](\d\d-[\w-]+)\.ts$/;

/** A chunk's module id; its file is named after it: _astro/bank-text-en-venue.[hash].js. */
const textId = (l: Locale, c: TextChunk) => `${TEXT}bank-text-${l}-${c}.js`;

/** The Vite plugin (browser build only). */
export function bankSplit(): Plugin {
  let split: BankSplit | undefined;
  /** Absolute path of bank-text.ts, found next to the section files. */
  let store: string | undefined;
  const names = new Set(BANK_MODULES.map((m) => m.name));
  return {
    name: 'face-pia-bank-split',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === LOADERS || source.startsWith(TEXT)) return `\0${source}`;
      if (this.environment?.name !== 'client' || !/sections\/\d\d-/.test(source) || importer?.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const m = resolved && SECTION_FILE.exec(resolved.id);
      if (!m || !names.has(m[1]!)) return null;
      store = resolved!.id.replace(/sections[\\/][^\\/]+\.ts$/, 'bank-text.ts');
      return `${SKELETON}${m[1]}`;
    },
    load(id) {
      if (!id.startsWith('\0')) return null;
      split ??= splitBank();
      const body = id.slice(1);
      if (id.startsWith(SKELETON)) {
        const code = split.skeletons.get(id.slice(SKELETON.length));
        if (code === undefined) throw new Error(`bank-split: no skeleton for ${id}`);
        return `import { lazyLocalized as x } from ${JSON.stringify(store)};\nimport ${JSON.stringify(LOADERS)};\n${code}\n`;
      }
      if (body === LOADERS) {
        const table = LOCALES.map(
          (l) =>
            `${JSON.stringify(l)}: {${[...split!.texts[l].keys()].map((c) => `${JSON.stringify(c)}: () => import(${JSON.stringify(textId(l, c))})`).join(', ')}}`,
        );
        return `import { registerBankText } from ${JSON.stringify(store)};\nregisterBankText({${table.join(', ')}});\n`;
      }
      if (body.startsWith(TEXT)) {
        const [, locale, chunk] = /^bank-text-(zh-CN|en)-([\w-]+)\.js$/.exec(body.slice(TEXT.length)) ?? [];
        if (!locale || !chunk) throw new Error(`bank-split: unknown text module ${body}`);
        const words = split.texts[locale as Locale].get(chunk as TextChunk);
        if (!words) throw new Error(`bank-split: no text for ${locale}/${chunk}`);
        return `export default ${JSON.stringify(words)};\n`;
      }
      return null;
    },
  };
}
