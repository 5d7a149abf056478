import { TemplateSyntaxError } from '../render/aiflow-template/errors.js';
import { checkWriteTargets } from '../write/targets.js';
import { CliError, type ExitCode } from './exit.js';
import type { Io } from './io.js';
import type { OutputFlags } from './output.js';
import { outputFor } from './output-setup.js';
import { projectFolder } from './project-folder.js';
import { checkRerunFlags, takeProjectLock } from './rerun.js';
import { templateSyntaxCliError } from './template-messages.js';
import { applyDefaults } from './steps/apply-defaults.js';
import { checkOrDryRun } from './steps/check-or-dry-run.js';
import { createPhase7Context, type Phase7Context, type Phase7Options, type Phase7Step } from './steps/context.js';
import { openQuestions } from './steps/open-questions.js';
import { preflight } from './steps/preflight.js';
import { rememberScope } from './steps/remember-scope.js';
import { resolveScope } from './steps/resolve-scope.js';
import { takeAnswers } from './steps/take-answers.js';
import { upToDate } from './steps/up-to-date.js';
import { wizard } from './steps/wizard.js';
import { write } from './steps/write.js';

export type { Phase7Options } from './steps/context.js';

/** A phase7 run, in order; each step may end it with an exit code (or an error), else the next one goes on. */
export const PHASE7_STEPS: readonly Phase7Step[] = [
  takeAnswers, // --restart, --answers, --data, in memory
  resolveScope, // --scope, the cache's, the preferred one; none without a terminal: exit 2
  preflight, // Phase 0's audit: gaps, full, or skip (ends: the document is kept)
  rememberScope, // a new scope is set
  applyDefaults, // --defaults: detected values, else recommended ones
  openQuestions, // what is still unanswered
  upToDate, // nothing changed: ends, nothing written
  checkOrDryRun, // --check / --dry-run: ends, nothing written
  wizard, // in a terminal: the wizard asks or confirms, and ends
  write, // without one: write with --yes and every answer, else exit 2
];

/** Runs `steps` over the context until one ends the run. */
export async function runSteps(ctx: Phase7Context, steps: readonly Phase7Step[] = PHASE7_STEPS): Promise<ExitCode> {
  for (const step of steps) {
    const code = await step(ctx);
    if (code !== undefined) return code;
  }
  throw new Error(`unreachable: no step of ${steps.length} ended the run`);
}

/** `ai-flow phase7`: from flags and cache to the three documents, asking in a terminal what is still open. */
export async function runPhase7(opts: Phase7Options, io: Io): Promise<ExitCode> {
  const root = projectFolder(io.cwd, opts.cwd);
  checkRerunFlags(opts, io.stdinIsTTY && io.stdoutIsTTY);
  // One writing run at a time per project; --dry-run and --check write nothing and need no lock.
  const lock = opts.dryRun || opts.check ? undefined : takeProjectLock(io, root);
  try {
    // Every file a run may write is checked before any is written (a `docs` file, a folder, a link out of the project…).
    if (lock) checkWriteTargets(root);
    return await runSteps(createPhase7Context(root, opts, io));
  } catch (e) {
    // A project template with unbalanced tags: found while rendering, before any document is written.
    if (e instanceof TemplateSyntaxError) throw templateSyntaxCliError(io, root, e);
    throw e;
  } finally {
    lock?.release();
  }
}

/**
 * `ai-flow phase7` after the quick up-to-date path: the output set up (--json, --quiet, --no-color, the `ascii` and
 * `color` preferences), the run, and with --json the one object printed at the end (an error included).
 */
export async function phase7Command(opts: Phase7Options & OutputFlags, io: Io, stdoutIsTTY: boolean): Promise<ExitCode> {
  const out = await outputFor(opts, io, stdoutIsTTY);
  let code: ExitCode;
  try {
    code = await runPhase7(opts, out.io);
  } catch (e) {
    if (!out.json || !(e instanceof CliError)) throw e;
    io.err(e.message);
    io.out(out.json.finish(e.code, e.message));
    return e.code;
  }
  if (out.json) io.out(out.json.finish(code));
  return code;
}
