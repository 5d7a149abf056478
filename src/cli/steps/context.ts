import { relative } from 'node:path';
import { Session } from '../../app/session.js';
import { loadCatalogue } from '../../catalogue/load.js';
import type { Catalogue, QuestionId } from '../../catalogue/schema.js';
import type { Preflight, PreflightMode } from '../../engine/preflight.js';
import { parseScope, type Scope } from '../../engine/scope.js';
import { lazySettings } from '../../prefs/load-settings.js';
import type { Settings } from '../../prefs/resolve-settings.js';
import type { WizardOptions } from '../../app/wizard-options.js';
import { CacheError } from '../../store/cache-error.js';
import { CliError, EXIT, type ExitCode } from '../exit.js';
import type { Io } from '../io.js';
import { parsePreflightFlag } from '../preflight-step.js';
import { shownPath } from '../rerun.js';
import { reportTemplateWarnings } from '../template-messages.js';
import { version } from '../version.js';

export interface Phase7Options {
  cwd?: string;
  scope?: string;
  answers?: string;
  data?: string[];
  defaults?: boolean;
  yes?: boolean;
  plain?: boolean;
  review?: boolean;
  edit?: string[];
  preflight?: string;
  dryRun?: boolean;
  check?: boolean;
  force?: boolean;
  restart?: boolean;
  /** commander's `--no-color`: false when given. */
  color?: boolean;
}

/** What a phase7 run knows, filled in step by step (src/cli/run-phase7.ts lists the steps). */
export interface Phase7Context {
  readonly opts: Phase7Options;
  readonly io: Io;
  /** The project folder (--cwd). */
  readonly root: string;
  /** ' --cwd <dir>' for the commands a message suggests, or ''. */
  readonly cwdFlag: string;
  readonly catalogue: Catalogue;
  /** The cache's state, decided in memory until saveDecisions(). */
  readonly session: Session;
  /** stdin and stdout are terminals and prompts are allowed: the wizard may ask. */
  readonly interactive: boolean;
  /** False for --dry-run and --check: nothing is saved, not even the answers. */
  readonly writes: boolean;
  /** --scope, parsed. */
  readonly flagScope: Scope | undefined;
  /** --preflight, parsed. */
  readonly flagPreflight: PreflightMode | undefined;
  /** The resolved settings (flags, environment, preferences); read only when a step needs one. */
  readonly settings: () => Promise<Settings>;
  /** A scope to store: --scope when it differs from the cached one, else the preferred scope of a project without one. */
  newScope?: Scope;
  /** The scope of this run (new or cached); undefined: the wizard asks it. */
  scope?: Scope;
  /** Phase 0's audit, offered by the wizard itself (no choice stored or given). */
  offer?: Preflight;
  /** The questions still open for the scope. */
  open: QuestionId[];
  /** Why the documents are out of date, when the up-to-date step found them so. */
  staleBecause?: string;
  /** Runs the wizard (Ink, or line by line with `plain`) and returns its exit code; loaded on use. */
  readonly runWizard: (opts: WizardOptions) => Promise<number>;
}

/** A step reads and fills the context; returning an exit code ends the run with it. */
export type Phase7Step = (ctx: Phase7Context) => ExitCode | undefined | Promise<ExitCode | undefined>;

function scopeFlag(word: string | undefined): Scope | undefined {
  if (word === undefined) return undefined;
  const scope = parseScope(word);
  if (!scope) throw new CliError(`--scope ${word}: unknown scope. Use mvp, production (or production-ready) or enterprise.`, EXIT.usage);
  return scope;
}

/** A corrupt or unreadable cache is an invalid input (exit 1), with its own message. */
export function cacheErrorsInvalid<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof CacheError) throw new CliError(e.message, EXIT.invalid);
    throw e;
  }
}

/** The context of a run from its flags: the flags parsed, the catalogue loaded, the cache opened (nothing saved yet). */
export function createPhase7Context(root: string, opts: Phase7Options, io: Io): Phase7Context {
  const rel = relative(io.cwd, root);
  const flagScope = scopeFlag(opts.scope);
  const flagPreflight = parsePreflightFlag(opts.preflight);
  const catalogue = loadCatalogue();
  // Preferences (and conf) are read only when a run needs one: the wizard, or a scope neither flag nor cache gives.
  // --no-color is a flag: it wins over NO_COLOR / FORCE_COLOR and the `color` preference.
  const settings = lazySettings({ plain: opts.plain, ...(opts.color === false ? { color: 'never' as const } : {}) }, io.env, io.err);
  const writes = !(opts.dryRun || opts.check);
  // Everything is decided in memory first: a run that stops (exit 2: open questions, no terminal) writes
  // nothing, the cache included. saveDecisions() saves what was decided once the run goes on to ask or write.
  const session = cacheErrorsInvalid(() => new Session(root, catalogue, io.env, { persist: false, force: opts.force, aiFlowVersion: version() }));
  return {
    opts,
    io,
    root,
    cwdFlag: rel === '' ? '' : ` --cwd ${rel}`,
    catalogue,
    session,
    interactive: io.stdinIsTTY && io.stdoutIsTTY,
    writes,
    flagScope,
    flagPreflight,
    settings,
    open: [],
    runWizard: async (wizardOpts) => (await import('../run-wizard.js')).runWizard(wizardOpts),
  };
}

/** The run goes on (to the wizard, to writing, or ends having changed nothing): save what was decided. */
export function saveDecisions(ctx: Phase7Context): void {
  if (!ctx.writes) return;
  const backup = cacheErrorsInvalid(() => ctx.session.startSaving());
  if (backup) ctx.io.out(`Answers cleared; the previous ones are backed up in ${shownPath(ctx.io, backup)}.`);
}

/** Ends a run that rendered the documents: placeholders the project's templates left unfilled are reported after what it did. */
export function afterRendering(ctx: Phase7Context, code: ExitCode): ExitCode {
  reportTemplateWarnings(ctx.io, ctx.root, ctx.session.templateWarnings());
  return code;
}
