import type { Scope } from '../engine/scope.js';
import type { ColorMode, PrefKey, Prefs } from './schema.js';

type Env = Record<string, string | undefined>;

/** Settings given on the command line for this run (undefined: not given). */
export interface SettingFlags {
  scope?: Scope;
  plain?: boolean;
  ascii?: boolean;
  color?: Exclude<ColorMode, 'auto'>;
}

export type SettingSource = 'flag' | 'environment' | 'preference' | 'default';

export interface Settings {
  /** Undefined: no scope from flag or preference (the cache's, or the wizard's question, decides). */
  scope: Scope | undefined;
  plain: boolean;
  ascii: boolean;
  color: ColorMode;
  /** Where each value came from, with the variable's name for the environment. */
  sources: Record<PrefKey, { from: SettingSource; detail?: string }>;
}

/** Colour from the environment. FORCE_COLOR wins over NO_COLOR, as in Node itself; TERM=dumb means none. */
function envColor(env: Env): { color: Exclude<ColorMode, 'auto'>; detail: string } | undefined {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return { color: force === '0' || force.toLowerCase() === 'false' ? 'never' : 'always', detail: `FORCE_COLOR=${force}` };
  if (env.NO_COLOR) return { color: 'never', detail: 'NO_COLOR' };
  if (env.TERM === 'dumb') return { color: 'never', detail: 'TERM=dumb' };
  return undefined;
}

/** Flags win over the environment, the environment over preferences, preferences over built-in defaults. */
export function resolveSettings(flags: SettingFlags, env: Env, prefs: Prefs): Settings {
  const sources = {} as Settings['sources'];

  let scope: Scope | undefined;
  if (flags.scope) [scope, sources.scope] = [flags.scope, { from: 'flag' }];
  else if (prefs.scope) [scope, sources.scope] = [prefs.scope, { from: 'preference' }];
  else sources.scope = { from: 'default' };

  let plain: boolean;
  if (flags.plain) [plain, sources.plain] = [true, { from: 'flag' }];
  else if (env.TERM === 'dumb') [plain, sources.plain] = [true, { from: 'environment', detail: 'TERM=dumb' }];
  else if (prefs.plain !== undefined) [plain, sources.plain] = [prefs.plain, { from: 'preference' }];
  else [plain, sources.plain] = [false, { from: 'default' }];

  let ascii: boolean;
  if (flags.ascii !== undefined) [ascii, sources.ascii] = [flags.ascii, { from: 'flag' }];
  else if (prefs.ascii !== undefined) [ascii, sources.ascii] = [prefs.ascii, { from: 'preference' }];
  else [ascii, sources.ascii] = [false, { from: 'default' }];

  let color: ColorMode;
  const fromEnv = envColor(env);
  if (flags.color) [color, sources.color] = [flags.color, { from: 'flag' }];
  else if (fromEnv) [color, sources.color] = [fromEnv.color, { from: 'environment', detail: fromEnv.detail }];
  else if (prefs.color) [color, sources.color] = [prefs.color, { from: 'preference' }];
  else [color, sources.color] = ['auto', { from: 'default' }];

  return { scope, plain, ascii, color, sources };
}

/**
 * The FORCE_COLOR that would make chalk/Ink follow `color` (src/cli/wizard-colour.ts passes the wizard the colour
 * this decides; nothing sets it in process.env). `auto` changes nothing; `always` keeps a FORCE_COLOR level already given.
 */
export function colorEnv(color: ColorMode, env: Env): Record<string, string> {
  if (color === 'never') return { FORCE_COLOR: '0' };
  if (color === 'always' && (env.FORCE_COLOR === undefined || env.FORCE_COLOR === '0' || env.FORCE_COLOR.toLowerCase() === 'false')) return { FORCE_COLOR: '1' };
  return {};
}
