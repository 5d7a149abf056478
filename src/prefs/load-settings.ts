import { resolveSettings, type SettingFlags, type Settings } from './resolve-settings.js';
import { readPrefs } from './store.js';

/** Reads the preferences (lazily loading conf) and resolves this run's settings; ignored entries are reported by `warn`. */
export async function loadSettings(flags: SettingFlags, env: Record<string, string | undefined>, warn: (text: string) => void): Promise<Settings> {
  const stored = await readPrefs(env);
  if (stored.problems.length > 0) {
    warn(`ai-flow: ignoring part of your preferences in ${stored.path}: ${stored.problems.join('; ')}. See: ai-flow config`);
  }
  return resolveSettings(flags, env, stored.prefs);
}

/** `loadSettings` on first call only: a run that never needs a setting never reads the preferences. */
export function lazySettings(flags: SettingFlags, env: Record<string, string | undefined>, warn: (text: string) => void): () => Promise<Settings> {
  let settings: Promise<Settings> | undefined;
  return () => (settings ??= loadSettings(flags, env, warn));
}
