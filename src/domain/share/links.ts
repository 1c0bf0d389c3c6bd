/**
 * Links that carry everything, so no server ever holds anyone's answers. State travels in the URL fragment
 * (never sent to a server), as `<kind><version>.<base64url(deflate-raw(JSON))>`:
 *   #c1.…  a regulator's campaign (checklist link)
 *   #a1.…  a whole assessment (share-answers link)
 * Decoding treats every link as hostile: size limits before and after inflating, strict base64url, and the
 * same validation as an imported file. Errors name the problem in both languages; nothing throws.
 */
import { t, type Localized } from '../locale.ts';
import { parseAssessment, type AssessmentFile } from '../persistence/assessment-file.ts';
import { validateCampaign, type Campaign } from '../persistence/campaign.ts';

export const LINK_VERSION = 1;
/** A share-answers link longer than this is not offered: send the file instead. */
export const MAX_SAFE_URL = 4000;
/** Fragments longer than this are refused without decoding. */
export const MAX_FRAGMENT = 16_000;
/** Inflated payloads larger than this are refused (a zip bomb stops here). */
export const MAX_INFLATED = 400_000;

export type LinkResult =
  | { readonly ok: true; readonly kind: 'none' }
  | { readonly ok: true; readonly kind: 'campaign'; readonly campaign: Campaign }
  | { readonly ok: true; readonly kind: 'assessment'; readonly file: AssessmentFile }
  | { readonly ok: false; readonly errors: readonly Localized[] };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += B64[n & 63]!;
  }
  return out;
}

export function fromBase64Url(s: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (B64.indexOf(s[i]!) << 18) | (B64.indexOf(s[i + 1] ?? 'A') << 12) | (B64.indexOf(s[i + 2] ?? 'A') << 6) | B64.indexOf(s[i + 3] ?? 'A');
    out[o++] = (n >> 16) & 255;
    if (i + 2 < s.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < s.length) out[o++] = n & 255;
  }
  return out.subarray(0, o);
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | 'too-large'> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) (out.set(c, o), (o += c.length));
  return out;
}

async function pack(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const packed = await pipe(bytes, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
  return toBase64Url(packed as Uint8Array);
}

/** `#c1.…` for a campaign. */
export async function campaignFragment(c: Campaign): Promise<string> {
  return `c${LINK_VERSION}.${await pack(c)}`;
}

/** `#a1.…` for an assessment, and whether the whole URL stays within a safe length. */
export async function assessmentFragment(file: AssessmentFile, baseUrl: string): Promise<{ fragment: string; url: string; fits: boolean }> {
  const { position: _p, ...rest } = file;
  const fragment = `a${LINK_VERSION}.${await pack(rest)}`;
  const url = `${baseUrl}#${fragment}`;
  return { fragment, url, fits: url.length <= MAX_SAFE_URL };
}

const err = (zh: string, en: string): LinkResult => ({ ok: false, errors: [t(zh, en)] });

/** Decode a URL fragment (with or without the leading '#'). Never throws. */
export async function decodeFragment(hash: string): Promise<LinkResult> {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h === '') return { ok: true, kind: 'none' };
  if (h.length > MAX_FRAGMENT) return err(`链接过长（${h.length} 个字符），无法打开。请改用评估文件。`, `The link is too long (${h.length} characters) to open. Use the assessment file instead.`);
  const m = /^([ca])(\d{1,3})\.(.*)$/s.exec(h);
  if (!m) return { ok: true, kind: 'none' };
  const [, kind, ver, payload] = m as unknown as [string, 'c' | 'a', string, string];
  if (Number(ver) !== LINK_VERSION) {
    return Number(ver) > LINK_VERSION
      ? err('此链接由更新版本的工具生成，请使用最新版本打开。', 'This link was made by a newer version of the tool; open it with the latest version.')
      : err(`不支持的链接版本 ${ver}。`, `Unsupported link version ${ver}.`);
  }
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return err('链接内容已损坏（编码无效），可能在复制时被截断或改动。', 'The link is damaged (invalid encoding); it may have been cut short or altered when copied.');
  let inflated: Uint8Array | 'too-large';
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED);
  } catch {
    return err('链接内容已损坏（无法解压），可能在复制时被截断。', 'The link is damaged (it cannot be decompressed); it may have been cut short when copied.');
  }
  if (inflated === 'too-large') return err('链接内容过大，已拒绝打开。', 'The link’s content is too large and was refused.');
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return err('链接内容已损坏（不是有效的数据）。', 'The link is damaged (its content is not valid data).');
  }
  if (kind === 'c') {
    const errors = validateCampaign(data);
    return errors.length ? { ok: false, errors } : { ok: true, kind: 'campaign', campaign: data as Campaign };
  }
  const parsed = parseAssessment(data);
  return parsed.ok ? { ok: true, kind: 'assessment', file: parsed.value } : { ok: false, errors: parsed.errors };
}
