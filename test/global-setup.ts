import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The variables this setup points into the run's own folder; the test workers and every process they start inherit them. */
export const ISOLATED = ['TMPDIR', 'XDG_CACHE_HOME', 'XDG_CONFIG_HOME'] as const;
const PREFIX = 'ai-flow-test-run-';

/** Removes the roots of earlier runs that were killed before their teardown (their process is gone). */
function sweepAbandoned(base: string): void {
  for (const name of readdirSync(base)) {
    const pid = Number(new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    rmSync(join(base, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Caches that tools the tests start keep in $TMPDIR on purpose, shared by all their runs: tsx (the tests that
 * run the CLI from source in a child process) compiles into `tsx-<uid>`. Not leaks; they go with the run's folder.
 */
const TOOL_CACHES = [/^tsx-\d+$/];

/** What is left in `dir`, as paths relative to the run's root, one level deep; tool caches excepted. */
const leftIn = (root: string, dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => !TOOL_CACHES.some((re) => re.test(name)))
    .map((name) => `${dir}/${name}`);

/** A test run's own folder, its variables set; `finish()` removes it, restores them and returns what was left. */
export interface IsolatedRun {
  root: string;
  finish(): string[];
}

/**
 * Makes a folder for one run in `base` and points TMPDIR, XDG_CACHE_HOME and XDG_CONFIG_HOME into it (tmp/,
 * cache/, config/). `finish()` lists what is left in tmp/ and config/ (leaks: the code cache in cache/ is
 * expected), removes the folder and puts the variables back.
 */
export function isolateRun(base = tmpdir()): IsolatedRun {
  sweepAbandoned(base);
  const root = mkdtempSync(join(base, `${PREFIX}${process.pid}-`));
  // mkdtemp makes it 0700: other users may pass through (not list), as the tests that run the CLI as another
  // user (write-errors: EACCES) need to reach their folders.
  chmodSync(root, 0o711);
  const dirs = { TMPDIR: join(root, 'tmp'), XDG_CACHE_HOME: join(root, 'cache'), XDG_CONFIG_HOME: join(root, 'config') };
  const saved = Object.fromEntries(ISOLATED.map((k) => [k, process.env[k]]));
  for (const k of ISOLATED) {
    mkdirSync(dirs[k]);
    process.env[k] = dirs[k];
  }
  return {
    root,
    finish() {
      const leaks = [...leftIn(root, 'tmp'), ...leftIn(root, 'config')];
      rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      for (const k of ISOLATED) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
      return leaks;
    },
  };
}

/**
 * vitest's globalSetup: one folder per test run holds everything the tests make, so nothing lands in the real
 * temp folder, ~/.cache or ~/.config; the test workers and every process they start inherit the variables.
 * Every temporary folder goes through `tempDir()` (test/helpers.ts), which removes it after its test or file:
 * anything still in the run's tmp/ — or a preference written to the run's config folder instead of a test's
 * own — is a leak, and the run fails naming it. The folder is removed either way.
 */
export default function setup(): () => void {
  const run = isolateRun();
  return () => {
    const leaks = run.finish();
    if (leaks.length) {
      // vitest reports an error thrown here but keeps the exit code: set it so the run fails.
      process.exitCode = 1;
      throw new Error(
        `the tests left ${leaks.length} temporary item(s) behind (removed now): ${leaks.join(', ')}. ` +
          'Make temporary folders with tempDir() from test/helpers.ts, and give processes that write preferences their own XDG_CONFIG_HOME.',
      );
    }
  };
}
