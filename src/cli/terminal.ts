import type { Io } from './io.js';

type Env = Record<string, string | undefined>;

/** Whether CI is detected the way Ink does (is-in-ci): CI or CONTINUOUS_INTEGRATION set, or any CI_* variable, unless CI is 0/false. */
export function inCi(env: Env): boolean {
  if (env.CI === '0' || env.CI?.toLowerCase() === 'false') return false;
  return 'CI' in env || 'CONTINUOUS_INTEGRATION' in env || Object.keys(env).some((k) => k.startsWith('CI_'));
}

/** Why no question may be asked in this run (undefined: a terminal is there and prompts are allowed). */
export function noPromptReason(io: Pick<Io, 'env' | 'stdinIsTTY' | 'stdoutIsTTY'>): string | undefined {
  const flag = io.env.AI_FLOW_NO_PROMPT;
  if (flag === JSON_FLAG) return '--json never asks';
  if (flag !== undefined && flag !== '' && flag !== '0' && flag.toLowerCase() !== 'false') return `AI_FLOW_NO_PROMPT=${flag} turns prompts off`;
  // Ink prints only the last frame under CI (a blank screen until the end): CI means no wizard, as without a TTY.
  if (inCi(io.env)) return `CI is set${io.env.CI !== undefined ? ` (CI=${io.env.CI})` : ''}; set CI=false to use the wizard in a terminal`;
  if (!io.stdinIsTTY) return 'stdin is not a terminal';
  if (!io.stdoutIsTTY) return 'stdout is not a terminal';
  return undefined;
}

const JSON_FLAG = '--json';

/**
 * The Io a command sees: without TTYs when prompts are off (CI, AI_FLOW_NO_PROMPT, and --json, whose output is for
 * programs), so every path treats it as no terminal.
 */
export function promptAwareIo(io: Io, opts: { json?: boolean } = {}): Io {
  const seen = opts.json ? { ...io, env: { ...io.env, AI_FLOW_NO_PROMPT: JSON_FLAG } } : io;
  if (!seen.stdinIsTTY || !seen.stdoutIsTTY || noPromptReason(seen) === undefined) return seen;
  return { ...seen, stdinIsTTY: false, stdoutIsTTY: false };
}
