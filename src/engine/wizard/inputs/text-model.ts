import { oneLine } from '../../safe-text.js';

/** A one-line text being edited: what the text and number inputs hold between keys. */
export interface TextModel {
  value: string;
  /** Insertion point, 0…value.length. */
  cursor: number;
}

export type TextAction =
  | { type: 'insert'; text: string }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'clear' };

/** An answer loaded from the cache or an answers file starts as one line without control characters. */
export function textModel(value: string): TextModel {
  const line = oneLine(value);
  return { value: line, cursor: line.length };
}

/** How many characters of a text being edited the terminal shows around the cursor (a pasted megabyte stays usable). */
export const VISIBLE_TEXT_MAX = 400;

/** What a text input shows: at most `max` characters around the cursor, "…" where the value goes on; `at` is '' at the end. */
export function visibleText(m: TextModel, max = VISIBLE_TEXT_MAX): { before: string; at: string; after: string } {
  const { value, cursor } = m;
  const start = Math.max(0, Math.min(cursor - Math.floor(max / 2), value.length - max));
  const end = Math.min(value.length, start + max);
  return {
    before: `${start > 0 ? '…' : ''}${value.slice(start, cursor)}`,
    at: value[cursor] ?? '',
    after: `${value.slice(cursor + 1, Math.max(end, cursor + 1))}${end < value.length ? '…' : ''}`,
  };
}

/** Pure editing of one line; control characters (C0, DEL, C1) in pasted text are dropped, line breaks become spaces. */
export function textReducer(m: TextModel, a: TextAction): TextModel {
  const { value, cursor } = m;
  switch (a.type) {
    case 'insert': {
      const text = oneLine(a.text);
      return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
    }
    case 'backspace':
      return cursor === 0 ? m : { value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1 };
    case 'delete':
      return cursor >= value.length ? m : { value: value.slice(0, cursor) + value.slice(cursor + 1), cursor };
    case 'left':
      return { value, cursor: Math.max(0, cursor - 1) };
    case 'right':
      return { value, cursor: Math.min(value.length, cursor + 1) };
    case 'home':
      return { value, cursor: 0 };
    case 'end':
      return { value, cursor: value.length };
    case 'clear':
      return { value: '', cursor: 0 };
    default: {
      const never: never = a;
      throw new Error(`unknown text action ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The number typed, or NaN when the text is not a plain decimal number (the zod schema then says which
 * range is allowed). Accepts "1 000", "1,000" (thousands) and "2.5".
 */
export function parseNumber(text: string): number {
  const t = text.trim().replace(/[\s_]/g, '').replace(/,(?=\d{3}(\D|$))/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}
