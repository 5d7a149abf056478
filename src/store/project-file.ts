import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { stageFile, type StagedFile } from './atomic.js';
import { CacheError } from './cache-error.js';

/**
 * The policy for every file ai-flow reads as its own or writes in a project (the answers cache, the
 * generation record, the documents and their `.new` proposals):
 *
 * - a regular file is read and replaced atomically;
 * - a symbolic link whose target is a regular file inside the project is followed: the TARGET is read and
 *   replaced atomically, and the link stays;
 * - a link pointing outside the project, a dangling link, a folder, a FIFO, a device or a socket is refused
 *   with a message naming it and the fix, and nothing is read from it or written to it;
 * - a folder on the way that is a file, or a link out of the project, is refused the same way;
 * - a file larger than MAX_FILE_BYTES is refused.
 */

/** The largest file read as a cache, record or document: generous (ours are kilobytes), but bounded. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface ProjectFile {
  /** The path asked for (absolute). */
  path: string;
  /** Where it really is: the same path, or a link's target inside the project. */
  target: string;
  exists: boolean;
}

/** A path as the user would type it: relative to the working folder inside it, absolute outside it. */
export function shownPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

function inside(realRoot: string, real: string): boolean {
  const rel = relative(realRoot, real);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function kind(st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const code = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

/** The real path of the project folder (its own links resolved): the bounds links may point within. */
function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/**
 * Checks the folders between the project and `abs` (those that exist): each must be a folder inside the
 * project (a link to one is followed). Returns the real path `abs` has (or will have).
 */
function checkParents(root: string, rroot: string, abs: string): string {
  const parts = relative(root, abs).split(sep).slice(0, -1);
  let dir = root;
  let real = rroot;
  for (const [i, part] of parts.entries()) {
    dir = join(dir, part);
    let st;
    try {
      st = lstatSync(dir);
    } catch (e) {
      // The rest of the way does not exist yet: it will be made of folders.
      if (code(e) === 'ENOENT') return join(real, ...parts.slice(i), basename(abs));
      throw e;
    }
    if (st.isSymbolicLink()) {
      try {
        real = realpathSync(dir);
      } catch {
        throw new CacheError(shownPath(dir), 'is a symbolic link to something that does not exist', `remove the link (rm ${shownPath(dir)}) or create what it points to, then run again`);
      }
      st = statSync(real);
    } else real = join(real, part);
    if (!st.isDirectory()) {
      throw new CacheError(shownPath(dir), `is ${st.isFile() ? 'a file' : kind(st)}, not a folder, so ${shownPath(abs)} cannot be written there`, `rename or move ${shownPath(dir)} away, then run again`);
    }
    if (!inside(rroot, real)) {
      throw new CacheError(shownPath(dir), `is a symbolic link to ${real}, outside the project`, 'replace the link with a folder inside the project, then run again; ai-flow writes only inside the project');
    }
  }
  return join(real, basename(abs));
}

/**
 * Where ai-flow may read and write `abs` (a path inside `root`) under the policy above; throws CacheError
 * (exit 1, naming the file and the fix) for anything it must not touch. Nothing is opened.
 */
export function resolveProjectFile(root: string, abs: string): ProjectFile {
  const rroot = realRoot(root);
  const real = checkParents(root, rroot, abs);
  const name = shownPath(abs);
  let st;
  try {
    st = lstatSync(abs);
  } catch (e) {
    if (code(e) === 'ENOENT') return { path: abs, target: real, exists: false };
    throw e;
  }
  if (st.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(abs);
    } catch (e) {
      const why = code(e) === 'ELOOP' ? 'is a symbolic link that loops' : 'is a symbolic link to something that does not exist';
      throw new CacheError(name, why, `remove the link (rm ${name}) or make it point to a file inside the project, then run again`);
    }
    if (!inside(rroot, target)) {
      throw new CacheError(name, `is a symbolic link to ${target}, outside the project`, `replace the link with a copy of the file (cp --remove-destination "$(readlink -f ${name})" ${name}), then run again; ai-flow writes only inside the project`);
    }
    const tst = statSync(target);
    if (!tst.isFile()) throw new CacheError(name, `is a symbolic link to ${kind(tst)} (${target})`, `remove the link (rm ${name}), then run again`);
    return { path: abs, target, exists: true };
  }
  if (st.isDirectory()) throw new CacheError(name, 'is a folder, where ai-flow writes a file', `rename or move the folder away (mv ${name} ${name}.old), then run again`);
  if (!st.isFile()) throw new CacheError(name, `is ${kind(st)}, not a regular file`, `remove it (rm ${name}), then run again; ai-flow keeps a regular file there`);
  return { path: abs, target: real, exists: true };
}

/**
 * Reads a project file under the policy above: undefined when it does not exist. Opened without blocking
 * (a FIFO put there since the check cannot hang the run), checked again on the open file, and refused when
 * larger than `limit` bytes.
 */
export function readProjectFile(root: string, abs: string, limit = MAX_FILE_BYTES): string | undefined {
  const file = resolveProjectFile(root, abs);
  if (!file.exists) return undefined;
  return readRegularFile(file.target, limit, (problem, fix) => new CacheError(shownPath(abs), problem, fix));
}

/**
 * Reads a regular file of at most `limit` bytes, never blocking on a FIFO nor reading a device without end.
 * `refuse` makes the error for a file that is not regular or too large.
 */
export function readRegularFile(path: string, limit: number, refuse: (problem: string, fix: string) => Error): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw refuse(`is ${kind(st)}, not a regular file`, `remove it (rm ${path}), then run again; ai-flow keeps a regular file there`);
    if (st.size > limit) {
      throw refuse(`is ${(st.size / 1048576).toFixed(1)} MiB, more than the ${limit / 1048576} MiB ai-flow reads`, `move it away (mv ${path} ${path}.bak) and run again`);
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Like readRegularFile, but null for anything missing, unreadable, not regular or too large (never throws). */
export function readRegularOrNull(path: string, limit = MAX_FILE_BYTES): string | null {
  try {
    return readRegularFile(path, limit, (p) => new Error(p));
  } catch {
    return null;
  }
}

/** Stages `text` for the project file `abs` under the policy above (a link's target is what gets replaced). */
export function stageProjectFile(root: string, abs: string, text: string): StagedFile {
  return stageFile(resolveProjectFile(root, abs).target, text);
}

/** Writes the project file `abs` atomically under the policy above. */
export function writeProjectFile(root: string, abs: string, text: string): void {
  stageProjectFile(root, abs, text).commit();
}
