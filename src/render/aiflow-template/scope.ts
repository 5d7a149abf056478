import type { Unfilled, ViewModel } from './types.js';

/** The text a missing placeholder renders as. */
export const tbd = (name: string): string => `TBD (${name})`;

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Innermost scope first: a loop item's keys hide the same names of outer scopes. */
export function lookup(scopes: readonly ViewModel[], name: string): unknown {
  for (let i = scopes.length - 1; i >= 0; i -= 1) {
    const scope = scopes[i]!;
    if (Object.hasOwn(scope, name) && scope[name] !== undefined && scope[name] !== null) return scope[name];
  }
  return undefined;
}

/** Strings and numbers as they are, booleans as Yes/No, a list of scalars joined; anything else is unfillable. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
    return value.map((v) => scalarText(v)).join(', ');
  }
  return undefined;
}

/** Falsy: false, null/undefined, '', 0, NaN, an empty array. Everything else is true (also the string "no"). */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** Collects unfilled names once per (line, name), in template order. */
export class UnfilledLog {
  private readonly seen = new Map<string, Unfilled>();
  constructor(private readonly file: string) {}

  add(line: number, name: string, kind: Unfilled['kind']): void {
    const key = `${line}\u0000${name}`;
    if (!this.seen.has(key)) this.seen.set(key, { file: this.file, line, name, kind });
  }

  list(): Unfilled[] {
    return [...this.seen.values()].sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
  }
}
