import { relative, resolve } from 'node:path';
import { Session } from '../app/session.js';
import { loadCatalogue } from '../catalogue/load.js';
import { QUESTION_IDS, type QuestionId } from '../catalogue/schema.js';
import { fillDefaults } from '../engine/defaults.js';
import { openQuestionIds } from '../engine/flow.js';
import { effectiveAnswers } from '../engine/visibility.js';
import { parseScope, type Scope } from '../engine/scope.js';
import { summaryText } from '../engine/summary.js';
import { CacheError } from '../store/cache-error.js';
import { mergeAnswers, readAnswersFile } from './answers-file.js';
import { readDataFlags } from './data-flag.js';
import { jsonOf } from './json-output.js';
import { needsInputError } from './needs-input.js';
import { projectFolder } from './project-folder.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import type { Io } from './io.js';
import { openQuestionsMessage } from './open-questions-message.js';
import { checkRerunFlags, reportUpToDate, shownPath, runCheck, runDryRun, takeProjectLock, writeAndReport } from './rerun.js';
import { version } from './version.js';
import { projectLine } from './project-line.js';
import { applyPreflight, parsePreflightFlag, projectPreflight, SKIP_MESSAGE } from './preflight-step.js';
import { lazySettings } from '../prefs/load-settings.js';
import { colorEnv } from '../prefs/resolve-settings.js';
import { TemplateSyntaxError } from '../render/aiflow-template/errors.js';
import { checkProjectTemplates } from '../render/project-templates.js';
import { reportTemplateWarnings, templateSyntaxCliError } from './template-messages.js';
import { checkWriteTargets } from '../write/targets.js';

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
}

function projectRoot(io: Io, dir: string | undefined): string {
  return projectFolder(io.cwd, dir);
}

function scopeFlag(word: string | undefined): Scope | undefined {
  if (word === undefined) return undefined;
  const scope = parseScope(word);
  if (!scope) throw new CliError(`--scope ${word}: unknown scope. Use mvp, production (or production-ready) or enterprise.`, EXIT.usage);
  return scope;
}

/** `ai-flow phase7`: from flags and cache to the three documents, asking in a terminal what is still open. */
export async function runPhase7(opts: Phase7Options, io: Io): Promise<ExitCode> {
  const root = projectRoot(io, opts.cwd);
  checkRerunFlags(opts, io.stdinIsTTY && io.stdoutIsTTY);
  // One writing run at a time per project; --dry-run and --check write nothing and need no lock.
  const lock = opts.dryRun || opts.check ? undefined : takeProjectLock(io, root);
  try {
    // Every file a run may write is checked before any is written (a `docs` file, a folder, a link out of the project…).
    if (lock) checkWriteTargets(root);
    return await runPhase7In(root, opts, io);
  } catch (e) {
    // A project template with unbalanced tags: found while rendering, before any document is written.
    if (e instanceof TemplateSyntaxError) throw templateSyntaxCliError(io, root, e);
    throw e;
  } finally {
    lock?.release();
  }
}

async function runPhase7In(root: string, opts: Phase7Options, io: Io): Promise<ExitCode> {
  const rel = relative(io.cwd, root);
  const cwdFlag = rel === '' ? '' : ` --cwd ${rel}`;
  const flagScope = scopeFlag(opts.scope);
  const flagPreflight = parsePreflightFlag(opts.preflight);
  const cat = loadCatalogue();
  // Preferences (and conf) are read only when a run needs one: the wizard, or a scope neither flag nor cache gives.
  const settings = lazySettings({ plain: opts.plain }, io.env, io.err);
  let session: Session;
  // Saved once the pre-flight has run: keeping the existing documentation (skip) writes nothing, the cache included.
  let newScope: Scope | undefined;
  const writes = !(opts.dryRun || opts.check);
  try {
    // Everything is decided in memory first: a run that stops (exit 2: open questions, no terminal) writes
    // nothing, the cache included. proceed() saves what was decided once the run goes on to ask or write.
    session = new Session(root, cat, io.env, { persist: false, force: opts.force, aiFlowVersion: version() });
    if (opts.restart) {
      session.restart();
      if (!writes) io.out('Answers cleared (dry run: nothing saved, no backup needed).');
    }
    if (opts.answers) session.setAnswers(mergeAnswers(session.state.answers, readAnswersFile(resolve(io.cwd, opts.answers), cat)));
    if (opts.data?.length) session.setAnswers(mergeAnswers(session.state.answers, readDataFlags(opts.data, cat)));
    if (flagScope && flagScope !== session.state.scope) newScope = flagScope;
    // The preferred scope (`ai-flow config set scope …`) applies to a project that has none yet.
    if (!session.state.scope && !newScope) newScope = (await settings()).scope;
  } catch (e) {
    if (e instanceof CacheError) throw new CliError(e.message, EXIT.invalid);
    throw e;
  }
  const interactive = io.stdinIsTTY && io.stdoutIsTTY;
  /** The run goes on (to the wizard, to writing, or ends having changed nothing): save what was decided. */
  const proceed = (): void => {
    if (!writes) return;
    try {
      const backup = session.startSaving();
      if (backup) io.out(`Answers cleared; the previous ones are backed up in ${shownPath(io, backup)}.`);
    } catch (e) {
      if (e instanceof CacheError) throw new CliError(e.message, EXIT.invalid);
      throw e;
    }
  };
  if (!interactive) io.out(projectLine(session));
  const scope = newScope ?? session.state.scope;
  if (!scope && !interactive) throw needsInputError(io, cat, { scope, open: [], defaults: opts.defaults, yes: opts.yes }, cwdFlag);
  // Pre-flight smart skip: Phase 0's audit of an existing document decides what is asked.
  const pf = projectPreflight(session);
  // When the wizard will run with no choice stored or given, it offers the choice itself (after the scope, saved with it).
  const wizardAsks = interactive && !opts.yes && !opts.check && !opts.dryRun;
  const offer = pf && wizardAsks && !flagPreflight && !session.state.preflight && pf.choices.length > 1 ? pf : undefined;
  if (pf && scope && !offer) {
    const stored = session.state.preflight?.mode;
    const mode = flagPreflight ?? stored ?? pf.recommended;
    if (mode !== stored || flagPreflight) io.out([...pf.lines, ''].join('\n'));
    if (mode === 'skip') {
      jsonOf(io)?.set({ status: 'kept', scope });
      io.out(SKIP_MESSAGE(pf.document ?? 'the existing document', cwdFlag));
      return EXIT.ok;
    }
    if (mode !== stored || flagPreflight) applyPreflight(session, pf, mode, scope);
  }
  if (newScope && !offer) {
    try {
      session.setScope(newScope);
    } catch (e) {
      if (e instanceof CacheError) throw new CliError(e.message, EXIT.invalid);
      throw e;
    }
  }
  if (scope && opts.defaults) {
    const detected = session.detect();
    const before = session.state.answers;
    session.setAnswers(fillDefaults(session.catalogue, scope, before, detected.answers));
    // also the fields the scope does not ask (a simplified question's tool): the documents use the detected value there too
    const effective = effectiveAnswers(session.catalogue, scope, session.documentAnswers());
    const used = detected.evidence.filter((e) => before[e.questionId]?.[e.fieldId] === undefined && JSON.stringify(effective[e.questionId]?.[e.fieldId]) === JSON.stringify(e.value));
    if (used.length) io.out(['Answers taken from the project:', ...used.map((e) => `  ${e.questionId} ${e.fieldId} = ${JSON.stringify(e.value)}  (${e.evidence})`), ''].join('\n'));
  }
  const open: QuestionId[] = scope ? openQuestionIds(session.catalogue, scope, session.state.answers) : [];
  // Nothing changed since the documents were generated: say so without asking or rendering anything.
  let staleBecause: string | undefined;
  if (scope && open.length === 0 && !opts.review && !opts.edit?.length && !opts.check && !opts.dryRun) {
    const fresh = session.upToDate(scope);
    if (!fresh.upToDate) staleBecause = fresh.reason;
    if (fresh.upToDate) {
      jsonOf(io)?.set({ scope });
      proceed();
      reportUpToDate(io, fresh);
      return EXIT.ok;
    }
  }
  // Placeholders the project's templates left unfilled are reported after what the run did.
  const warned = (code: ExitCode): ExitCode => {
    reportTemplateWarnings(io, root, session.templateWarnings());
    return code;
  };
  if (scope && open.length === 0 && opts.check) return warned(runCheck(io, session, scope, cwdFlag));
  if (scope && open.length === 0 && opts.dryRun) return warned(runDryRun(io, session, scope));
  if (opts.check && !scope) throw new CliError('ai-flow phase7 --check: Phase 7 has not been answered in this project yet (no scope in the cache), so there is nothing to check.', EXIT.invalid);
  if (opts.check) throw new CliError(openQuestionsMessage(open, cwdFlag).replace('Nothing was written.', 'The documents cannot be checked until they are answered.'), EXIT.invalid);
  if (opts.dryRun && !scope) throw new CliError('ai-flow phase7 --dry-run: the scope is not known. Pass --scope mvp, --scope production or --scope enterprise.', EXIT.usage);
  if (opts.dryRun) throw needsInputError(io, cat, { scope, open, yes: true }, cwdFlag);
  if (interactive && (!scope || open.length > 0 || !opts.yes || opts.review || opts.edit?.length)) {
    const { plain, color, ascii } = await settings();
    Object.assign(process.env, colorEnv(color, io.env)); // before chalk/Ink load and read FORCE_COLOR
    const editIds = opts.edit?.map((id) => id.trim());
    const unknown = editIds?.filter((id) => !(QUESTION_IDS as readonly string[]).includes(id)) ?? [];
    if (unknown.length) throw new CliError(`--edit ${unknown.join(', ')}: no such question. Question ids are ${QUESTION_IDS.join(', ')}.`, EXIT.usage);
    // A broken project template is reported before the questions, not after them.
    checkProjectTemplates(root);
    proceed();
    const { runWizard } = await import('./run-wizard.js');
    return warned((await runWizard({ session, scope, plain, ascii, preflight: offer, review: opts.review || opts.defaults, editIds: editIds as QuestionId[] | undefined })) as ExitCode);
  }
  if (!scope) throw new Error('unreachable: scope is known here');
  // The summary is printed when asked for (--review), or to be confirmed; a confirmed run prints one line per file.
  if (opts.review || (!opts.yes && open.length === 0)) io.out(`${summaryText(session.catalogue, scope, session.documentAnswers())}\n`);
  if (open.length > 0 || !opts.yes) throw needsInputError(io, cat, { scope, open, yes: opts.yes, ...(staleBecause ? { staleBecause } : {}) }, cwdFlag);
  proceed();
  return warned(await writeAndReport(io, session, scope, cwdFlag));
}
