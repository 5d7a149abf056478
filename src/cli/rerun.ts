import { dirname, join, relative } from 'node:path';
import { UP_TO_DATE } from './fast-up-to-date.js';
import type { Session } from '../app/session.js';
import type { Scope } from '../engine/scope.js';
import { CACHE_FILE, LOCK_FILE, OUTPUT_PATHS, RECORD_FILE } from '../paths.js';
import { sweepStrayTempFiles } from '../store/atomic.js';
import { readRegularOrNull } from '../store/project-file.js';
import { readGenerationRecord } from '../store/generation-record.js';
import { acquireLock, LockBusyError, type LockHandle } from '../store/lock.js';
import { hasConflictMarkers, leftoverConflictMarkers } from '../write/conflict-markers.js';
import type { FilePlan } from '../write/plan.js';
import { unifiedDiff } from '../write/unified-diff.js';
import type { Freshness } from '../write/up-to-date.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import type { Io } from './io.js';
import { jsonOf } from './json-output.js';
import { conflictFooter, reportWrites } from './report-writes.js';

/** The files a run writes (documents, their `.new` proposals, cache, record, lock): a killed run may have left its temp files next to them. */
const WRITTEN = [...OUTPUT_PATHS, RECORD_FILE, CACHE_FILE, LOCK_FILE];

export interface RerunFlags {
  dryRun?: boolean;
  check?: boolean;
  force?: boolean;
  restart?: boolean;
  edit?: string[];
}

/** A path as the user would type it from where they are: relative inside the working folder, absolute outside it. */
export function shownPath(io: Io, abs: string): string {
  const rel = relative(io.cwd, abs);
  return rel === '' || rel.startsWith('..') ? abs : rel;
}

/** Flags that cannot go together, and --edit without a terminal. */
export function checkRerunFlags(opts: RerunFlags, interactive: boolean): void {
  if (opts.dryRun && opts.check) throw new CliError('--dry-run and --check do not go together: --check already writes nothing (it only exits 1 when documents are out of date).', EXIT.usage);
  if ((opts.dryRun || opts.check) && opts.edit?.length) {
    throw new CliError(`--edit asks questions, ${opts.dryRun ? '--dry-run' : '--check'} never does. To try other answers without saving them: --answers FILE --dry-run.`, EXIT.usage);
  }
  if (opts.edit?.length && !interactive) {
    throw new CliError(
      `ai-flow phase7 --edit ${opts.edit.join(' --edit ')}: asking a question needs a terminal, and there is none.\nPut the new answers in a file and pass it instead: ai-flow phase7 --answers FILE --yes. Nothing was written.`,
      EXIT.usage,
    );
  }
}

/** Takes the project's lock (exit 1 naming the holder when another run has it); cleans up after a killed run. */
export function takeProjectLock(io: Io, root: string): LockHandle {
  const shown = shownPath(io, join(root, LOCK_FILE));
  let lock: LockHandle;
  try {
    lock = acquireLock(root);
  } catch (e) {
    if (!(e instanceof LockBusyError)) throw e;
    const h = e.holder;
    const who = h ? `pid ${h.pid} on ${h.hostname}, started ${h.startedAt}` : 'a run that is starting right now';
    throw new CliError(
      `ai-flow phase7: another run is working on this project (${who}).\nWait for it to finish, or stop it (kill ${h?.pid ?? '<pid>'}). If no ai-flow phase7 is running, delete ${shown} and try again.\nNothing was written.`,
      EXIT.invalid,
    );
  }
  if (lock.tookOver) {
    const h = lock.tookOver.holder;
    // The previous run died: no one else writes these files now, so any temp file next to them is its leftover.
    // Only files named like ours (`.<name>.ai-flow-tmp-<pid>-<n>`) are removed; a user's `notes.md.1` never is.
    const removed = sweepStrayTempFiles(WRITTEN.map((p) => dirname(join(root, p))), 0);
    const swept = removed.length ? ` Removed ${removed.length} temporary file${removed.length === 1 ? '' : 's'} it left: ${removed.map((p) => relative(root, p)).join(', ')}.` : '';
    io.err(`Note: an earlier run did not finish (${h ? `pid ${h.pid}, started ${h.startedAt}` : 'unknown process'}): ${lock.tookOver.why}. Took over its lock.${swept}`);
  }
  return lock;
}

const SUMMARY_HINT = '(--review prints the summary of the answers.)';
const PLURAL = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Documents are up to date (…)", with a line for each file the user edited or deleted. */
export function reportUpToDate(io: Io, fresh: Extract<Freshness, { upToDate: true }>, prefix = ''): void {
  io.out(`${prefix}${UP_TO_DATE}`);
  jsonOf(io)?.set({ status: 'up-to-date', files: fresh.files.map((f) => ({ path: f.path, state: f.state === 'same' ? 'up-to-date' : f.state })) });
  for (const f of fresh.files) {
    if (f.state === 'edited') io.out(`  ${f.path}: has your edits (kept)`);
    if (f.state === 'deleted') io.out(`  ${f.path}: deleted by you — not recreated; use --force to recreate`);
  }
}

const VERB: Record<FilePlan['status'], string> = {
  created: 'would be created',
  updated: 'would be updated',
  merged: 'would be merged (your edits kept)',
  conflict: 'would conflict (a run leaves your file as it is and writes the new text to <file>.new)',
  unchanged: 'unchanged',
  deleted: 'deleted by you — not recreated; use --force to recreate',
};

const CHANGES = new Set<FilePlan['status']>(['created', 'updated', 'merged', 'conflict']);

function planLine(p: FilePlan): string {
  const why = p.status === 'deleted' ? [] : p.reasons;
  return `  ${p.path}: ${VERB[p.status]}${why.length ? ` — ${why.join('; ')}` : ''}`;
}

/** A document holding conflict blocks the user still has to resolve (not ones the generated text itself has). */
function hasLeftoverMarkers(p: FilePlan): boolean {
  return p.before !== undefined && leftoverConflictMarkers(p.before, p.text);
}

const MARKERS_LINE = (path: string, cwdFlag: string) =>
  `  ${path}: still has conflict markers (<<<<<<< … >>>>>>>) — resolve those blocks by hand, then run ai-flow phase7${cwdFlag} --check again`;

/** What to do about one out-of-date document, after the line saying why. */
function fixLine(p: FilePlan, cwdFlag: string): string {
  if (p.status === 'conflict') {
    return `    to fix: run ai-flow phase7${cwdFlag} in a terminal and choose take new or conflict markers (or merge ${p.path}.new by hand after ai-flow phase7${cwdFlag} --yes)`;
  }
  return `    to fix: ai-flow phase7${cwdFlag} --yes (--dry-run shows the changes)`;
}

/** `--check`: exit 1 when a run would change a document (or one still holds conflict markers), 0 otherwise. */
export function runCheck(io: Io, session: Session, scope: Scope, cwdFlag = ''): ExitCode {
  jsonOf(io)?.set({ scope });
  const fresh = session.upToDate(scope);
  if (fresh.upToDate) {
    reportUpToDate(io, fresh);
    return EXIT.ok;
  }
  const plans = session.plan(scope);
  const markers = plans.filter(hasLeftoverMarkers);
  const stale = plans.filter((p) => CHANGES.has(p.status) && !markers.includes(p));
  jsonOf(io)?.set({
    status: stale.length + markers.length ? 'out-of-date' : 'up-to-date',
    files: plans.map((p) => ({ path: p.path, state: markers.includes(p) ? 'markers' : p.status, reasons: p.reasons })),
  });
  if (stale.length === 0 && markers.length === 0) {
    io.out('Documents are up to date (a run would write no document).');
    for (const p of plans.filter((x) => x.status === 'deleted' || x.handEdited)) io.out(planLine(p));
    return EXIT.ok;
  }
  io.out(`Documents are out of date (${PLURAL(stale.length + markers.length, 'file')}):`);
  for (const p of markers) io.out(MARKERS_LINE(p.path, cwdFlag));
  for (const p of stale) {
    io.out(planLine(p));
    io.out(fixLine(p, cwdFlag));
  }
  return EXIT.invalid;
}

/** `--dry-run`: what a run would do to each file, with a unified diff; nothing is written. */
export function runDryRun(io: Io, session: Session, scope: Scope): ExitCode {
  jsonOf(io)?.set({ scope });
  const fresh = session.upToDate(scope);
  if (fresh.upToDate) {
    reportUpToDate(io, fresh, 'Dry run: ');
    return EXIT.ok;
  }
  const plans = session.plan(scope);
  jsonOf(io)?.set({
    status: plans.some((p) => CHANGES.has(p.status)) ? 'would-change' : 'up-to-date',
    files: plans.map((p) => ({
      path: p.path,
      state: p.status,
      reasons: p.reasons,
      ...(p.status === 'conflict' && p.conflict ? { diff: unifiedDiff(p.path, p.before, p.conflict.withMarkers, { before: 'yours', after: 'with conflict markers' }) } : {}),
      ...(p.status !== 'conflict' && p.write !== undefined ? { diff: unifiedDiff(p.path, p.before, p.write, { before: 'current', after: p.status === 'merged' ? 'merged' : 'new' }) } : {}),
    })),
  });
  io.out('Dry run: nothing is written (the answers cache included).');
  for (const p of plans) io.out(planLine(p));
  for (const p of plans) {
    if (p.status === 'conflict' && p.conflict) {
      io.out(`\n${p.path}: a run would leave it as it is and write ${p.path}.new; the overlapping edits:`);
      io.out(unifiedDiff(p.path, p.before, p.conflict.withMarkers, { before: 'yours', after: 'with conflict markers' }).trimEnd());
    } else if (p.write !== undefined) {
      io.out('');
      io.out(unifiedDiff(p.path, p.before, p.write, { before: 'current', after: p.status === 'merged' ? 'merged' : 'new' }).trimEnd());
    }
  }
  return EXIT.ok;
}

/** Writes without a terminal: conflicts leave the file, write `<file>.new` and end with exit 1. */
export async function writeAndReport(io: Io, session: Session, scope: Scope, cwdFlag = ''): Promise<ExitCode> {
  jsonOf(io)?.set({ scope });
  const results = await session.generate(scope);
  // A document left with conflict blocks is not up to date, whatever this run wrote.
  const markers = results.filter((r) => r.status !== 'deleted' && fileHasLeftoverMarkers(session.root, r.path));
  jsonOf(io)?.set({
    status: results.some((r) => r.status === 'conflict') ? 'conflict' : markers.length > 0 ? 'markers' : results.every((r) => r.status === 'unchanged' || r.status === 'deleted') ? 'up-to-date' : 'written',
    files: results.map((r) => ({ path: r.path, state: markers.includes(r) ? 'markers' : r.status, reasons: r.reasons, ...(r.proposal ? { proposal: r.proposal } : {}) })),
  });
  if (markers.length === 0 && results.every((r) => r.status === 'unchanged' || r.status === 'deleted')) {
    io.out('Documents are up to date; no document was written.');
  }
  reportWrites(io, results);
  const conflicts = results.filter((r) => r.status === 'conflict');
  const written = results.filter((r) => !['unchanged', 'deleted', 'conflict', 'kept'].includes(r.status)).length;
  if (written > 0) io.out(`Phase 7 done: ${PLURAL(written, 'document')} written${conflicts.length ? `, ${PLURAL(conflicts.length, 'conflict')} left in .new files` : ''}. ${SUMMARY_HINT}`);
  if (conflicts.length > 0) io.err(conflictFooter(conflicts));
  if (markers.length > 0) {
    io.err(['', `${PLURAL(markers.length, 'document')} still ${markers.length === 1 ? 'has' : 'have'} conflict markers to resolve by hand:`, ...markers.map((r) => MARKERS_LINE(r.path, cwdFlag))].join('\n'));
  }
  return conflicts.length > 0 || markers.length > 0 ? EXIT.invalid : EXIT.ok;
}

function fileHasLeftoverMarkers(root: string, path: string): boolean {
  const text = readRegularOrNull(join(root, path));
  // The record (the size of the documents, validated) is read only for a file that has markers at all.
  if (text === null || !hasConflictMarkers(text)) return false;
  return leftoverConflictMarkers(text, readGenerationRecord(root)?.outputs[path]?.committed?.text);
}
