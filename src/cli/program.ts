import { Command, Option } from 'commander';
import { registerConfigCommand } from './config-command.js';
import { registerTemplatesCommand } from './templates-command.js';
import { EXIT, type ExitCode } from './exit.js';
import type { Io } from './io.js';
import type { Phase7Options } from './run-phase7.js';
import { version } from './version.js';
import { wrapHelp } from './help-wrap.js';
import type { OutputFlags } from './output.js';
import { BACKUP_DIR, CACHE_DIR, LOCK_FILE, PROJECT_TEMPLATES_DIR } from '../paths.js';

const collect = (value: string, prev: string[] = []): string[] => [...prev, value];

/** The width help is wrapped to: $COLUMNS, else the terminal's, else 80. */
function helpWidth(io: Io): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return (io.stdoutIsTTY && process.stdout.columns) || 80;
}

/** Flags that ask for more than "generate if needed" (or may change the inputs) go the full way. */
function fastPathApplies(opts: Phase7Options & OutputFlags): boolean {
  return !(opts.answers || opts.data?.length || opts.json || opts.review || opts.edit?.length || opts.dryRun || opts.force || opts.restart || opts.preflight);
}

async function nothingToDo(opts: Phase7Options, io: Io): Promise<boolean> {
  if (!fastPathApplies(opts)) return false;
  const [{ resolve }, { fastUpToDate, UP_TO_DATE }] = await Promise.all([import('node:path'), import('./fast-up-to-date.js')]);
  // --scope is "nothing to do" only when it names the cached scope.
  if (!fastUpToDate(resolve(io.cwd, opts.cwd ?? '.'), version(), io.env, opts.scope)) return false;
  io.out(UP_TO_DATE);
  return true;
}

/** The command-line program; each action stores its exit code in `result.code`. */
export function buildProgram(io: Io, result: { code: ExitCode }): Command {
  const program = new Command('ai-flow')
    .description("ai-flow phases as deterministic programs. Phase 7 asks about operations and writes the project's operations docs.")
    .version(version(), '-V, --version', 'print the version')
    .addOption(new Option('-v', 'print the version (as -V)').hideHelp())
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .configureHelp({ helpWidth: helpWidth(io), minWidthToWrap: 20 })
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();

  program
    .command('phase7')
    .description('Phase 7, Operations & Deployment: ask 7.1–7.10, then write docs/operations.md, specs/configuration.md and .env.example')
    .option('--cwd <dir>', 'the project folder', '.')
    .addOption(new Option('--scope <scope>', 'mvp | production (alias production-ready) | enterprise; remembered in the cache'))
    .option('--answers <file>', 'answers in JSON or YAML, shaped like phases.phase7.answers (its JSON Schema: ai-flow schema)')
    .option('--data <id.field=value>', 'one answer, e.g. --data 7.1.choice=paas (lists: a,b); repeatable; checked like --answers', collect)
    .option('--defaults', 'give every open question its recommended answer')
    .option('-y, --yes', 'confirm the summary and write the documents without asking')
    .option('--plain', 'ask line by line without redrawing (screen readers, simple terminals); also when TERM=dumb')
    .option('--review', 'show the summary to review or edit answers even when nothing is open')
    .option('--preflight <choice>', "when Phase 0 audited an existing document: gaps (answer only the questions behind its gaps), full, or skip (keep it); default: the audit's recommendation")
    .option('--edit <id>', 'ask just this question again (e.g. 7.5) and its follow-ups; repeatable', collect)
    .option('--dry-run', 'show what would be created, updated, merged or in conflict, with diffs; write nothing (not even the answers)')
    .option('--check', 'write nothing; exit 1 when the documents are out of date with the answers or a run would change them (CI)')
    .option('--force', `a document whose edits conflict takes the new text (your file is backed up in ${BACKUP_DIR}/ first; clean merges still keep your edits), and documents you deleted are recreated`)
    .option('--restart', `throw the saved answers away (a timestamped backup is kept in ${CACHE_DIR}/) and start over`)
    .option('--json', 'without a terminal: print one JSON object (status, files and their state, open questions) instead of text')
    .option('-q, --quiet', 'print errors only')
    .option('--no-color', 'no colour (as NO_COLOR=1)')
    .addHelpText(
      'after',
      () =>
        `\n${wrapHelp(
          `Examples:
  ai-flow phase7  answer in the terminal (resumes where you stopped)
  ai-flow phase7 --scope enterprise --defaults --yes  recommended answers, no questions
  ai-flow phase7 --scope mvp --defaults --answers a.yaml --yes  answers from a file, the rest recommended (CI)
  ai-flow phase7 --data 7.7.retentionDays=14 --yes  one answer without a file
  ai-flow phase7 --edit 7.6  change one answer; only the documents it affects are rewritten
  ai-flow phase7 --check  CI: fail when the documents are out of date
  ai-flow phase7 --check --json  the same, as one JSON object

Without a terminal, with CI set (CI=true) or AI_FLOW_NO_PROMPT=1, nothing is asked: a run needs a scope, answers
(cache, --defaults, --answers, --data) and --yes, and otherwise exits 2 listing all that is missing.

Re-running: documents you edited are merged with the new text (three-way, like git); an overlap is never
written over your file: in a terminal you choose, without one the new text goes to <file>.new (exit 1).
--force takes the new text for conflicting files only, after backing them up in ${BACKUP_DIR}/.
One run at a time per project (${LOCK_FILE}); a second run exits 1 naming the first one's pid.

Templates: the project's own in ${PROJECT_TEMPLATES_DIR}/ are rendered instead of ours (ai-flow templates shows which);
a name they use that has no value is written as TBD and reported; unbalanced tags stop the run (exit 1).

Exit codes: 0 done, 1 invalid input, failed write, conflict left in <file>.new, another run holds the lock, a template
with unbalanced tags, a path ai-flow must not touch, or a failed write (disk full, read-only: nothing is left half
written), or (--check) documents out of date; 2 usage error or a terminal is needed; 130 interrupted (Ctrl-C);
143 ended by SIGTERM, 129 by SIGHUP (the wizard stops as on Ctrl-C: answers given so far are saved).
AI_FLOW_DEBUG=1 adds the stack trace to an error message.`,
          helpWidth(io),
        )}`,
    )
    .action(async (opts: Phase7Options & OutputFlags) => {
      const plain = opts.plain || io.env.TERM === 'dumb';
      // CI=true or AI_FLOW_NO_PROMPT=1 in a real terminal: no wizard, exactly as without a TTY.
      const { promptAwareIo } = await import('./terminal.js');
      const runIo = promptAwareIo(io, { json: opts.json });
      // Nothing changed since the last generation: answer from raw bytes, before loading zod, yaml or the engine.
      if (!opts.quiet && (await nothingToDo(opts, runIo))) {
        result.code = EXIT.ok;
        return;
      }
      // Loaded on use: `--help` and `--version` never pay for zod, yaml and the engine.
      const { phase7Command } = await import('./run-phase7.js');
      result.code = await phase7Command({ ...opts, plain }, runIo, io.stdoutIsTTY);
    });

  // -v as well as -V: both are common for a CLI's version.
  program.on('option:v', () => (program as unknown as NodeJS.EventEmitter).emit('option:version'));

  program
    .command('schema')
    .description("print the JSON Schema of the answers file (--answers), for editors and validators")
    .option('--path', 'print where the schema file is instead of its contents')
    .action(async (opts: { path?: boolean }) => {
      const { schemaCommand } = await import('./schema-command.js');
      result.code = schemaCommand(io, Boolean(opts.path));
    });

  registerConfigCommand(program, io, result);
  registerTemplatesCommand(program, io, result);
  return program;
}

export { EXIT };
