/** public/fonts/fonts.json, written by src/build/build-font.ts and read by the font loaders. */
export interface FontManifest {
  readonly version: 1;
  readonly source: string;
  /** Changes whenever the set of characters in the main subsets changes. */
  readonly charsetHash: string;
  readonly regular: { readonly file: string; readonly bytes: number; readonly chars: number };
  readonly bold: { readonly file: string; readonly bytes: number; readonly chars: number };
  /** Fallback slices of the full regular font: slice i holds the characters in [from, to] not in `regular`. */
  readonly ext: readonly { readonly file: string; readonly from: number; readonly to: number; readonly count: number; readonly bytes: number }[];
}
