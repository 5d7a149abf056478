import type { ViewModel } from '../types.js';

/**
 * The keys a section fills, declared once: `text` keys hold one line (the TBD line when the question is not
 * answered), `flags` are conditions (false), `loops` list the keys of their items (one item whose every field
 * says TBD), `lists` are loops that stay empty when nothing is known.
 */
export interface SectionKeys {
  text?: readonly string[];
  flags?: readonly string[];
  loops?: Readonly<Record<string, readonly string[]>>;
  lists?: readonly string[];
}

/** Every key a section declares. */
export type KeyOf<K extends SectionKeys> =
  | (K['text'] extends readonly (infer T extends string)[] ? T : never)
  | (K['flags'] extends readonly (infer T extends string)[] ? T : never)
  | (K['loops'] extends Readonly<Record<infer T extends string, readonly string[]>> ? T : never)
  | (K['lists'] extends readonly (infer T extends string)[] ? T : never);

/** What a section holds while its question is not answered here: built from the section's own key list. */
export function notAnswered<K extends SectionKeys>(keys: K, tbd: string): SectionValues<K> {
  return {
    ...Object.fromEntries((keys.text ?? []).map((k) => [k, tbd])),
    ...Object.fromEntries((keys.flags ?? []).map((k) => [k, false])),
    ...Object.fromEntries(Object.entries(keys.loops ?? {}).map(([k, item]) => [k, [Object.fromEntries(item.map((i) => [i, tbd]))]])),
    ...Object.fromEntries((keys.lists ?? []).map((k) => [k, []])),
  } as SectionValues<K>;
}

/** A section's answered values: at least every key it declares (a key missing here is a type error). */
export type SectionValues<K extends SectionKeys> = ViewModel & Record<KeyOf<K>, unknown>;
