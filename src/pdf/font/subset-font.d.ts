// subset-font ships no type declarations; this is the part of its API that src/build/build-font.ts uses.
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt';
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
    preserveNameIds?: number[];
  }
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
