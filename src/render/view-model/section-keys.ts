import type { ViewModel } from '../types.js';

/**
 * The keys a section fills, declared once. While its question is not answered here: `text` keys hold the TBD
 * line, `commands` the TBD line as a shell comment, `flags` are false, `lists` empty, `loops` one item whose
 * every field (listed) says TBD; `other` keys take the values the section passes to `notAnswered`.
 */
export interface SectionKeys {
  text?: readonly string[];
  commands?: readonly string[];
  flags?: readonly string[];
  lists?: readonly string[];
  loops?: Readonly<Record<string, readonly string[]>>;
  other?: readonly string[];
}

type Listed<L> = L extends readonly (infer T extends string)[] ? T : never;
type OtherOf<K extends SectionKeys> = Listed<K['other']>;

/** Every key a section declares. */
export type KeyOf<K extends SectionKeys> =
  | Listed<K['text']> | Listed<K['commands']> | Listed<K['flags']> | Listed<K['lists']> | OtherOf<K>
  | (K['loops'] extends Readonly<Record<infer T extends string, readonly string[]>> ? T : never);

/** A section's values: at least every key it declares (a key missing in a branch is a type error). */
export type SectionValues<K extends SectionKeys> = ViewModel & Record<KeyOf<K>, unknown>;

/** What a section holds while its question is not answered here, built from the section's own key list. */
export function notAnswered<K extends SectionKeys>(keys: K, tbd: string, other: Record<OtherOf<K>, unknown>): SectionValues<K> {
  const out: ViewModel = {};
  for (const k of keys.text ?? []) out[k] = tbd;
  for (const k of keys.commands ?? []) out[k] = `# ${tbd}`;
  for (const k of keys.flags ?? []) out[k] = false;
  for (const k of keys.lists ?? []) out[k] = [];
  for (const [k, fields] of Object.entries(keys.loops ?? {})) out[k] = [Object.fromEntries(fields.map((field) => [field, tbd]))];
  return { ...out, ...other } as SectionValues<K>;
}
