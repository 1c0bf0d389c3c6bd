/**
 * The question bank's words, loaded one language and one section at a time in the browser.
 *
 * The bank is written with both languages side by side (sections/*.ts). In Node — the CLI, the tests, the
 * static pages — it is used as written, and nothing here does anything. In the browser build, a Vite plugin
 * (src/build/bank-split.ts) replaces each section module with a skeleton: the same data, with every
 * `{ 'zh-CN', en }` pair replaced by `lazyLocalized(chunk, index)`, whose getters read from chunks of text
 * registered here — one per language and section ('common' for lists shared across sections, such as the
 * venue types). A page loads the chunks it shows (loadBankText) before it renders them.
 *
 * Reading a text whose chunk is not loaded is a programming error (the page forgot to load it), so it throws
 * with the chunk named rather than showing an empty label.
 */
import type { Locale, Localized } from '../locale.ts';
import { SECTION_IDS, type SectionId } from './schema.ts';

export type TextChunk = SectionId | 'common' | 'guidance';
/** Every chunk a page may show at once. 'guidance' (where to find an answer) is not among them: it loads when opened. */
export const TEXT_CHUNKS: readonly TextChunk[] = ['common', ...SECTION_IDS];
/** The questions' "where to find the answer" texts, loaded the first time one is opened. */
export const GUIDANCE_CHUNK: TextChunk = 'guidance';

type ChunkLoader = () => Promise<{ readonly default: readonly string[] }>;
export type TextLoaders = Readonly<Record<Locale, Readonly<Partial<Record<TextChunk, ChunkLoader>>>>>;

let loaders: TextLoaders | undefined;
const loaded: Record<Locale, Map<TextChunk, readonly string[]>> = { 'zh-CN': new Map(), en: new Map() };
const pending = new Map<string, Promise<void>>();

/** Called once by the browser build's generated loader module. */
export function registerBankText(l: TextLoaders): void {
  loaders = l;
}

function read(locale: Locale, chunk: TextChunk, index: number): string {
  const texts = loaded[locale].get(chunk);
  const s = texts?.[index];
  if (s === undefined) throw new Error(`Question-bank text "${chunk}" #${index} (${locale}) was read before it was loaded`);
  return s;
}

/** A Localized whose two values come from loaded chunks (used only by the generated skeletons). */
export function lazyLocalized(chunk: TextChunk, index: number): Localized {
  return {
    get 'zh-CN'() {
      return read('zh-CN', chunk, index);
    },
    get en() {
      return read('en', chunk, index);
    },
  };
}

/** Whether every one of these chunks can be read now in this language. */
export function bankTextReady(locale: Locale, chunks: readonly TextChunk[] = TEXT_CHUNKS): boolean {
  if (!loaders) return true;
  return chunks.every((c) => loaded[locale].has(c) || !loaders![locale][c]);
}

/** Load these chunks of one language (all of them by default); resolves at once when they are here. */
export function loadBankText(locale: Locale, chunks: readonly TextChunk[] = TEXT_CHUNKS): Promise<void> {
  const l = loaders;
  if (!l) return Promise.resolve();
  return Promise.all(
    chunks.map((c) => {
      const load = l[locale][c];
      if (!load || loaded[locale].has(c)) return undefined;
      const key = `${locale}:${c}`;
      let p = pending.get(key);
      if (!p) {
        p = load().then(
          (m) => {
            loaded[locale].set(c, m.default);
            pending.delete(key);
          },
          (e: unknown) => {
            // A later attempt may succeed (the network may be back).
            pending.delete(key);
            throw e;
          },
        );
        pending.set(key, p);
      }
      return p;
    }),
  ).then(() => undefined);
}
