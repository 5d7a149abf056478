// Every path ai-flow reads or writes, in one module that imports nothing: the files inside the project
// (relative to its root, with `/`; `join(root, …)` makes them native) and the per-user folders (pure
// functions of the environment, the platform and the home folder). bin/ai-flow.js uses the per-user rule
// too, before the bundle loads: the build emits this module alone as dist/paths.cjs (scripts/build.mjs).

/** ai-flow's folder in a project. */
export const AI_FLOW_DIR = '.ai-flow';
/** Phase 0's audit and our answers: everything the wizard saves (`phases.phase7`). */
export const CACHE_DIR = '.ai-flow/cache';
export const CACHE_FILE = '.ai-flow/cache/audit-data.json';
/** One run at a time per project. */
export const LOCK_FILE = '.ai-flow/cache/phase7.lock';
/** What Phase 7 keeps of its own: the generation record, backups, adopted originals. */
export const PHASE7_DIR = '.ai-flow/cache/phase7';
/** The record of the last generation (hashes of what was written, the inputs' fingerprint). */
export const RECORD_FILE = '.ai-flow/cache/phase7/generated.json';
/** `--force`: a conflicting document is copied here first (`<stamp>/<document>`). */
export const BACKUP_DIR = '.ai-flow/cache/phase7/backups';
/** The original of a document that existed before ai-flow first wrote it. */
export const ADOPTED_DIR = '.ai-flow/cache/phase7/adopted';
/** `ai-flow init`'s configuration of the project (2.x). */
export const PROJECT_CONFIG_FILE = '.ai-flow/core/config.json';
/** The project's own templates, rendered instead of ours. */
export const PROJECT_TEMPLATES_DIR = '.ai-flow/templates';

/** The three documents Phase 7 writes, by document id. */
export const DOCUMENT_PATHS = {
  operations: 'docs/operations.md',
  configuration: 'specs/configuration.md',
  env: '.env.example',
} as const;
export type OutputPath = (typeof DOCUMENT_PATHS)[keyof typeof DOCUMENT_PATHS];
/** The documents in the order they are written and reported. */
export const OUTPUT_PATHS: readonly OutputPath[] = [DOCUMENT_PATHS.operations, DOCUMENT_PATHS.configuration, DOCUMENT_PATHS.env];

/** The answers kept before `--restart` (or "start over") throws them away; `stamp` is a file-name-safe time. */
export function answersBackupFile(stamp: string): string {
  return `${CACHE_DIR}/phase7-answers-backup-${stamp}.json`;
}

/** The next phase's prompt as ai-flow installs it in a project (`type`: backend, frontend, …). */
export function nextPhasePromptFile(type: string): string {
  return `${AI_FLOW_DIR}/prompts/${type}/flow-build-phase-8.md`;
}

/**
 * The per-user folders depend on `process.env`, `process.platform` and the home folder, given as a function
 * (`os.homedir`): it is asked only when the environment does not name the folder (bin/ai-flow.js then
 * skips loading node:os).
 */
export type UserEnv = Readonly<Record<string, string | undefined>>;
export type Home = () => string;

/** `path.join` for the platform's separator, for absolute or relative folders without `..`. */
function joinFor(platform: string, ...parts: string[]): string {
  const sep = platform === 'win32' ? '\\' : '/';
  const trailing = platform === 'win32' ? /[\\/]+$/ : /\/+$/;
  return parts.reduce((path, part) => (path === '' ? part : `${path.replace(trailing, '')}${sep}${part}`), '');
}

function isAbsoluteFor(platform: string, p: string): boolean {
  return platform === 'win32' ? /^([a-zA-Z]:)?[\\/]/.test(p) : p.startsWith('/');
}

/**
 * The user's cache folder for ai-flow: `$XDG_CACHE_HOME/ai-flow` when that is set (on every platform),
 * else `~/.cache/ai-flow`, `~/Library/Caches/ai-flow` (macOS), `%LOCALAPPDATA%\ai-flow\Cache` (Windows).
 */
export function userCacheFolder(env: UserEnv, platform: string, home: Home): string {
  if (env.XDG_CACHE_HOME) return joinFor(platform, env.XDG_CACHE_HOME, 'ai-flow');
  if (platform === 'win32') return joinFor(platform, env.LOCALAPPDATA || joinFor(platform, home(), 'AppData', 'Local'), 'ai-flow', 'Cache');
  return joinFor(platform, home(), ...(platform === 'darwin' ? ['Library', 'Caches'] : ['.cache']), 'ai-flow');
}

/** V8's compiled code of the bundle, kept by bin/ai-flow.js (one folder per build, installation and Node). */
export function codeCacheFolder(env: UserEnv, platform: string, home: Home): string {
  return joinFor(platform, userCacheFolder(env, platform, home), 'code-cache');
}

/** conf's project name for the preferences: the file lives in `<config folder>/ai-flow-nodejs/config.json`. */
export const PREFS_PROJECT = 'ai-flow';
const PREFS_NAME = `${PREFS_PROJECT}-nodejs`;

/**
 * The preferences folder (`ai-flow config`): `$XDG_CONFIG_HOME/ai-flow-nodejs` when that is an absolute
 * path (on every platform), else env-paths' config folder: `~/.config/ai-flow-nodejs` (or a relative
 * `$XDG_CONFIG_HOME`), `~/Library/Preferences/ai-flow-nodejs` (macOS), `%APPDATA%\ai-flow-nodejs\Config` (Windows).
 */
export function prefsFolder(env: UserEnv, platform: string, home: Home): string {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && isAbsoluteFor(platform, xdg)) return joinFor(platform, xdg, PREFS_NAME);
  if (platform === 'darwin') return joinFor(platform, home(), 'Library', 'Preferences', PREFS_NAME);
  if (platform === 'win32') return joinFor(platform, env.APPDATA || joinFor(platform, home(), 'AppData', 'Roaming'), PREFS_NAME, 'Config');
  return joinFor(platform, xdg || joinFor(platform, home(), '.config'), PREFS_NAME);
}
