/** A JSON object (not null, not an array): the shape every untrusted file or link payload is checked for first. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
