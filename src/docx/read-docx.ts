/**
 * Reads a .docx back for the tests: unzips it and lists the paragraphs of word/document.xml with their style and
 * text. Test support only (the site never reads Word files).
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParagraph {
  readonly style: string;
  readonly text: string;
}

export interface DocxReadBack {
  readonly files: readonly string[];
  readonly documentXml: string;
  readonly stylesXml: string;
  readonly footerXml: string;
  /** docProps/core.xml: the title, author and "last modified by" Word shows under File > Info. */
  readonly coreXml: string;
  readonly paragraphs: readonly DocxParagraph[];
  /** All the document's text, paragraphs joined by newlines. */
  readonly text: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

export function readDocx(bytes: Uint8Array): DocxReadBack {
  const zip = unzipSync(bytes);
  const get = (name: string) => (zip[name] ? strFromU8(zip[name]!) : '');
  const documentXml = get('word/document.xml');
  const footerName = Object.keys(zip).find((n) => /^word\/footer\d*\.xml$/.test(n));
  const paragraphs: DocxParagraph[] = [];
  for (const m of documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const xml = m[0];
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? '';
    const parts: string[] = [];
    for (const r of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)) parts.push(r[1] === undefined ? '\n' : decode(r[1]));
    paragraphs.push({ style, text: parts.join('') });
  }
  return {
    files: Object.keys(zip),
    documentXml,
    stylesXml: get('word/styles.xml'),
    footerXml: footerName ? get(footerName) : '',
    coreXml: get('docProps/core.xml'),
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
  };
}
