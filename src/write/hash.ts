import { createHash } from 'node:crypto';

/** `sha256:<hex>` of a text (UTF-8). */
export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** JSON with object keys sorted at every level, so equal values hash the same whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** The hash of a JSON value, independent of key order. */
export function hashValue(value: unknown): string {
  return sha256(canonicalJson(value));
}
