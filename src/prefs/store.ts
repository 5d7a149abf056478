import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PREFS_PROJECT, prefsFolder } from '../paths.js';
import type Conf from 'conf';
import { checkStoredPrefs, type PrefKey, type Prefs } from './schema.js';

type Env = Record<string, string | undefined>;

export { PREFS_PROJECT };

/** The preferences folder (src/paths.ts): `$XDG_CONFIG_HOME/ai-flow-nodejs` when that is set (on every platform), else the platform's own. */
export function prefsDir(env: Env): string {
  return prefsFolder(env, process.platform, homedir);
}

export function prefsPath(env: Env): string {
  return join(prefsDir(env), 'config.json');
}

export class PrefsFileError extends Error {
  readonly reason: string;
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`The preferences file ${path} cannot be read (${reason}). Fix it or delete it.`);
    this.name = 'PrefsFileError';
    this.reason = reason;
  }
}

/** conf (with ajv, ~12 ms to evaluate) is imported here only, on first use. */
async function openStore(env: Env): Promise<Conf<Record<string, unknown>>> {
  const { default: ConfClass } = await import('conf');
  const cwd = prefsDir(env);
  try {
    return new ConfClass<Record<string, unknown>>({ projectName: PREFS_PROJECT, cwd, configName: 'config' });
  } catch (e) {
    throw new PrefsFileError(join(cwd, 'config.json'), e);
  }
}

export interface StoredPrefs {
  path: string;
  prefs: Prefs;
  /** Keys or values in the file that were ignored, in words. */
  problems: string[];
}

/** The stored preferences. Without a preferences file conf is not even loaded, and nothing is created. */
export async function readPrefs(env: Env): Promise<StoredPrefs> {
  const path = prefsPath(env);
  if (!existsSync(path)) return { path, prefs: {}, problems: [] };
  let data: Record<string, unknown>;
  try {
    data = { ...(await openStore(env)).store };
  } catch (e) {
    return { path, prefs: {}, problems: [`cannot be read: ${e instanceof PrefsFileError ? e.reason : (e as Error).message}`] };
  }
  delete data.__internal__;
  return { path, ...checkStoredPrefs(data) };
}

/** Saves one preference (value already checked); returns the file's path. */
export async function writePref<K extends PrefKey>(env: Env, key: K, value: NonNullable<Prefs[K]>): Promise<string> {
  const store = await openStore(env);
  store.set(key, value);
  return store.path;
}

/** Removes one preference; a missing file stays missing. Returns whether the key was set. */
export async function deletePref(env: Env, key: PrefKey): Promise<boolean> {
  if (!existsSync(prefsPath(env))) return false;
  const store = await openStore(env);
  if (!store.has(key)) return false;
  store.delete(key);
  return true;
}
