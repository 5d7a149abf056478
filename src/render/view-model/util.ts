import type { QuestionId } from '../../catalogue/schema.js';
import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';

/** Text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Text shown as Markdown prose or a table cell: asterisks escaped so masks such as `j***@example.com` stay literal. */
export function literal(text: string): string {
  return cell(text).replace(/\*/g, '\\*');
}

/** `KEY_KNOWN` (the question is answered here) and `KEY_NOTE` (what stands in the section otherwise). */
export function section(ctx: Ctx, key: string, id: QuestionId): ViewModel {
  return {
    [`${key}_KNOWN`]: ctx.known(id),
    [`${key}_NOTE`]: ctx.note(id),
    [`${key}_SIMPLIFIED`]: ctx.simplified(id),
  };
}

/** Numbered steps in the installed templates' shape. */
export function steps(items: string[], extra: (i: number) => Record<string, string> = () => ({})): Record<string, string>[] {
  return items.map((text, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: text, ...extra(i) }));
}

/** One loop item whose every field says TBD, so a loop of an unanswered question is never silently empty. */
export function tbdItem(keys: string[], text: string, nested: Record<string, Record<string, string>[]> = {}): Record<string, unknown> {
  return { ...Object.fromEntries(keys.map((k) => [k, text])), ...nested };
}

/** "5000 ms (5 s)", "300 ms". */
export function ms(value: number): string {
  if (value >= 1000 && value % 1000 === 0) return `${value} ms (${value / 1000} s)`;
  if (value >= 1000) return `${value} ms (${Number((value / 1000).toFixed(1))} s)`;
  return `${value} ms`;
}

/** "90 minutes" → "90 minutes (1.5 h)". */
export function minutes(value: number): string {
  if (value >= 1440 && value % 1440 === 0) return `${value} minutes (${value / 1440} ${value === 1440 ? 'day' : 'days'})`;
  if (value >= 60) return `${value} minutes (${Number((value / 60).toFixed(1))} h)`;
  return `${value} ${value === 1 ? 'minute' : 'minutes'}`;
}

/** Joins "a", "b", "c" as "a, b and c". */
export function sentenceList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');

/** A multi-line command placed inside a numbered list item: continuation lines indented to the item's content. */
export const indent3 = (text: string): string => text.split('\n').join('\n   ');

/** A 7.4.1 "who" label as it reads inside a sentence: "DevOps", "the tech lead", "any developer". */
export function whoPhrase(label: string): string {
  if (label === 'Tech Lead') return 'the tech lead';
  if (label === 'Any developer') return 'any developer';
  return label;
}

/** Upper-cases the first letter (table cells and sentence starts). */
export const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The timestamp of example payloads (health response, log line): the seed's own example instant. Documents
 * carry no generation date, so re-running on another day with the same answers changes nothing.
 */
export const EXAMPLE_TIMESTAMP = '2024-01-15T10:30:00Z';
