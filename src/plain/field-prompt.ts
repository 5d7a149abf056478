import type { Field, FieldValue, MultiField, SingleField } from '../catalogue/schema.js';
import { withUnit } from '../engine/format.js';
import { oneLine } from '../engine/safe-text.js';
import { optionLetter } from '../engine/wizard/inputs/choice-model.js';
import { parseNumber } from '../engine/wizard/inputs/text-model.js';
import { optionText } from '../engine/wizard/text.js';
import type { FieldReply } from './field-reply.js';
import type { PlainIo } from './plain-io.js';
import { askTable } from './table-prompt.js';

/** What the user typed for a field: a value, back (`<`), help (`?`), or a line to explain and ask again. */
export type { FieldReply };

/** How a field is asked: the last refused text (asked again), the evidence of a detected value, ASCII marks. */
export interface AskOptions {
  typed?: string;
  evidence?: string;
  ascii?: boolean;
}

function printOptions(io: PlainIo, f: SingleField | MultiField, checked: string[] | undefined, ascii: boolean): void {
  f.options.forEach((o, i) => {
    const box = checked ? (checked.includes(o.id) ? '[x] ' : '[ ] ') : '';
    const rec = f.kind === 'single' && o.id === f.default && !o.badge ? ' (recommended)' : '';
    io.print(`  ${optionLetter(i)}) ${box}${optionText(o, ascii)}${rec}`);
    for (const p of o.points ?? []) io.print(`       - ${p}`);
  });
}

/** "b", "B" or "2" → 1; undefined when out of range. */
export function optionIndex(word: string, count: number): number | undefined {
  const w = word.trim();
  const i = /^\d+$/.test(w) ? Number(w) - 1 : /^[a-z]$/i.test(w) ? w.toUpperCase().charCodeAt(0) - 65 : -1;
  return i >= 0 && i < count ? i : undefined;
}

const letters = (f: SingleField | MultiField, ids: string[]) => ids.map((id) => optionLetter(f.options.findIndex((o) => o.id === id))).join(',');

/**
 * Asks one field on one line (tables: a few commands), `current` as the default; a detected value's
 * evidence is printed just before the prompt.
 */
export async function askField(io: PlainIo, f: Field, current: FieldValue, opts: AskOptions = {}): Promise<FieldReply> {
  const { typed, evidence, ascii = false } = opts;
  const tail = '< back, ? help';
  if (f.kind === 'single' || f.kind === 'multi') printOptions(io, f, f.kind === 'multi' ? (current as string[]) : undefined, ascii);
  if (evidence) io.print(`  ${evidence}`);
  if (f.kind === 'table') return askTable(io, f, current as never);
  const message = (() => {
    switch (f.kind) {
      case 'single':
        return `Your choice (A-${optionLetter(f.options.length - 1)}; ${tail})`;
      case 'multi':
        return `Letters to check, e.g. A,C ("none" for none; ${tail})`;
      case 'text':
        return `${f.label}${f.optional ? ' (optional; "-" clears it)' : ''} (${tail})`;
      case 'number':
        return `${f.label} in ${f.unit} (${withUnit(f.min, f.unit)} to ${withUnit(f.max, f.unit)}; ${tail})`;
      case 'boolean':
        return `${f.label} (y/n; ${tail})`;
    }
  })();
  const fallback =
    typed ??
    (f.kind === 'single' ? optionLetter(f.options.findIndex((o) => o.id === current)) : f.kind === 'multi' ? letters(f, current as string[]) || 'none' : f.kind === 'boolean' ? (current ? 'y' : 'n') : oneLine(String(current)));
  const word = (await io.ask(message, fallback)).trim();
  if (word === '<') return { back: true };
  if (word === '?') return { help: true };
  const reply = parseReply(f, word);
  return 'value' in reply ? { ...reply, raw: word } : reply;
}

function parseReply(f: Exclude<Field, { kind: 'table' }>, word: string): FieldReply {
  switch (f.kind) {
    case 'single': {
      const i = optionIndex(word, f.options.length);
      return i === undefined ? { retry: `Type a letter from A to ${optionLetter(f.options.length - 1)}.` } : { value: f.options[i]!.id };
    }
    case 'multi': {
      if (/^none$/i.test(word) || word === '') return { value: [] };
      const picked = word.split(/[\s,]+/).filter(Boolean).map((w) => optionIndex(w, f.options.length));
      if (picked.some((i) => i === undefined)) return { retry: `Type letters from A to ${optionLetter(f.options.length - 1)}, separated by commas.` };
      return { value: f.options.filter((_, i) => picked.includes(i)).map((o) => o.id) };
    }
    case 'text':
      return { value: f.optional && word === '-' ? '' : word };
    case 'number':
      return { value: parseNumber(word) };
    case 'boolean':
      if (/^(y|yes)$/i.test(word)) return { value: true };
      if (/^(n|no)$/i.test(word)) return { value: false };
      return { retry: 'Type y or n.' };
  }
}
