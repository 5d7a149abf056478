import { z } from 'zod';
import { parseScope, ScopeSchema } from '../engine/scope.js';
import { isPrefKey, PREF_INFO, type PrefKey } from './keys.js';

/** How colour is chosen: `auto` follows the terminal, `always`/`never` force it. */
export const ColorModeSchema = z.enum(['auto', 'always', 'never']);
export type ColorMode = z.infer<typeof ColorModeSchema>;

/** Per-user preferences as stored by `ai-flow config` (every key optional: unset means the built-in default). */
export const PrefsSchema = z.object({
  scope: ScopeSchema.optional(),
  plain: z.boolean().optional(),
  ascii: z.boolean().optional(),
  color: ColorModeSchema.optional(),
});
export type Prefs = z.infer<typeof PrefsSchema>;
export type { PrefKey } from './keys.js';
export { isPrefKey, PREF_INFO, PREF_KEYS } from './keys.js';

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, on: true, off: false, '1': true, '0': false };

/** A value typed on the command line, checked for `key`; the error names what is accepted. */
export function parsePrefValue(key: PrefKey, text: string): { ok: true; value: Prefs[PrefKey] } | { ok: false; message: string } {
  const word = text.trim().toLowerCase();
  let value: unknown;
  if (key === 'scope') value = parseScope(word) ?? word;
  else if (key === 'plain' || key === 'ascii') value = word in BOOLEAN_WORDS ? BOOLEAN_WORDS[word] : word;
  else value = word;
  const result = PrefsSchema.shape[key].safeParse(value);
  if (!result.success || result.data === undefined) {
    return { ok: false, message: `${key} cannot be "${text}": use ${PREF_INFO[key].values}.` };
  }
  return { ok: true, value: result.data };
}

/** Keeps the valid keys of stored data and names the others (a hand-edited file must not stop a run). */
export function checkStoredPrefs(data: unknown): { prefs: Prefs; problems: string[] } {
  const prefs: Prefs = {};
  const problems: string[] = [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { prefs, problems: ['the file does not hold an object'] };
  for (const [key, value] of Object.entries(data)) {
    if (!isPrefKey(key)) {
      problems.push(`unknown key "${key}"`);
      continue;
    }
    const result = PrefsSchema.shape[key].safeParse(value);
    if (result.success) Object.assign(prefs, { [key]: result.data });
    else problems.push(`${key}: ${JSON.stringify(value)} is not one of ${PREF_INFO[key].values}`);
  }
  return { prefs, problems };
}
