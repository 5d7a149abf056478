import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { FileWriteError } from '../store/atomic.js';
import { CacheError } from '../store/cache-error.js';
import { CACHE_FILE } from '../paths.js';

/** Exit codes of every ai-flow command. */
export const EXIT = {
  ok: 0,
  /** Invalid input (answers file, cache), a refused path or a failed write. */
  invalid: 1,
  /** Usage error, or a terminal is needed and there is none. */
  usage: 2,
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error whose message is written for the user, with the exit code it ends the command with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface ErrorContext {
  /** Where the user is: paths are shown relative to it. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Files this run had already replaced when it failed (absolute), so the message can say exactly that. */
  written?: string[];
}

/** `AI_FLOW_DEBUG=1` (any value but 0/empty): every error message is followed by its stack. */
export function debugEnabled(env: Record<string, string | undefined>): boolean {
  const v = env.AI_FLOW_DEBUG;
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
}

function shown(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

/** The first existing path from `abs` upwards that is not a folder: the file in the way of a folder. */
function fileInTheWay(abs: string): string | undefined {
  for (let p = abs; p !== dirname(p); p = dirname(p)) {
    try {
      if (!lstatSync(p).isDirectory()) return p;
      return undefined;
    } catch {
      // does not exist: look further up
    }
  }
  return undefined;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The folder to make writable for `abs`: its nearest existing folder. */
function existingFolder(abs: string): string {
  let p = abs;
  for (; p !== dirname(p); p = dirname(p)) {
    try {
      if (lstatSync(p).isDirectory()) return p;
      return dirname(p);
    } catch {
      // does not exist yet: look further up
    }
  }
  return p;
}

function unchanged(ctx: ErrorContext): string {
  const written = ctx.written ?? [];
  if (written.length === 0) return 'nothing was changed';
  return `nothing else was changed (already written: ${written.map((w) => shown(ctx.cwd, w)).join(', ')})`;
}

const WRITING = new Set(['mkdir', 'rename', 'write', 'unlink', 'rmdir', 'link', 'symlink', 'fsync', 'copyfile', 'chmod', 'utime']);

/** One line naming the path, what went wrong and what to do, for an error the file system gave. */
function fsErrorLine(code: string, abs: string, writing: boolean, ctx: ErrorContext): string {
  const p = shown(ctx.cwd, abs);
  const verb = writing ? 'writing' : 'reading';
  const kept = unchanged(ctx);
  switch (code) {
    case 'ENOSPC':
      return `No space left on device while writing ${p}; ${kept}. Free space and run again.`;
    case 'EDQUOT':
      return `Disk quota exceeded while writing ${p}; ${kept}. Free space (or raise the quota) and run again.`;
    case 'EIO':
      return `Input/output error while ${verb} ${p}; ${kept}. Check the disk (it may be failing or was removed) and run again.`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied ${verb} ${p}; ${kept}. Make ${writing ? shown(ctx.cwd, existingFolder(abs)) : p} ${writing ? 'writable' : 'readable'} for you (or run as its owner), then run again.`;
    case 'EROFS':
      return `${p} is on a read-only file system; ${kept}. Run ai-flow where the project can be written (or remount it read-write).`;
    case 'EEXIST':
    case 'ENOTDIR': {
      const file = fileInTheWay(abs);
      const f = file ? shown(ctx.cwd, file) : p;
      return `${f} is a file where ai-flow needs a folder (to write ${p}); ${kept}. Rename or move ${f} away, then run again.`;
    }
    case 'EISDIR':
      return `${p} is a folder where ai-flow ${writing ? 'writes' : 'reads'} a file; ${kept}. Rename or move the folder away (mv ${p} ${p}.old), then run again.`;
    case 'EMFILE':
    case 'ENFILE':
      return `Too many open files while ${verb} ${p}; ${kept}. Close other programs (or raise ulimit -n) and run again.`;
    case 'ENAMETOOLONG':
      return `The path ${p} is too long for the file system; ${kept}. Move the project to a shorter path and run again.`;
    case 'ELOOP':
      return `${p} goes through a symbolic link that loops; ${kept}. Fix or remove the link, then run again.`;
    default:
      return `Could not ${writing ? 'write' : 'read'} ${p} (${code}); ${kept}. Check the path and its permissions, then run again.`;
  }
}

/**
 * The message and exit code for any error a command ends with: every command's errors go through here, so
 * a failure the user can fix (a full disk, a read-only project, a file where a folder goes, a corrupt or
 * newer cache) is one line naming the path and the fix, exit 1, and a stack only with AI_FLOW_DEBUG=1.
 * Anything else is a bug: its stack is printed with a request to report it.
 */
export function describeError(e: unknown, ctx: ErrorContext): { message: string; code: ExitCode } {
  const debug = debugEnabled(ctx.env) && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  if (e instanceof CliError) return { message: e.message + debug, code: e.code };
  if (e instanceof CacheError) {
    // "Nothing was written." is said only when it is true: answers saved earlier in the run are named.
    const message = ctx.written?.length ? e.message.replace(/Nothing was written\.$/, `${capitalise(unchanged(ctx))}.`) : e.message;
    return { message: message + debug, code: EXIT.invalid };
  }
  if (e instanceof FileWriteError) return { message: fsErrorLine(e.code, e.path, true, ctx) + debug, code: EXIT.invalid };
  const errno = e as NodeJS.ErrnoException | undefined;
  if (errno instanceof Error && typeof errno.code === 'string' && typeof errno.path === 'string') {
    const writing = WRITING.has(errno.syscall ?? '') || (errno.syscall === 'open' && ['EEXIST', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR'].includes(errno.code));
    return { message: fsErrorLine(errno.code, errno.path, writing, ctx) + debug, code: EXIT.invalid };
  }
  return {
    message: `ai-flow: unexpected error: ${(e as Error | undefined)?.stack ?? String(e)}\nPlease report it. Your answers saved so far are kept in ${CACHE_FILE}.`,
    code: EXIT.invalid,
  };
}
