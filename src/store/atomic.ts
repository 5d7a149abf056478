import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Atomic writes: the text goes to a temp file next to the target, is checked to be all there (every byte
 * written, the file's size equal to the text's), fsynced, and only then renamed over the target. A reader
 * sees the old content or the new one, never a torn file — even when the process is killed or the disk
 * fills up: a short or failed write removes the temp file and leaves the target as it was.
 *
 * Our temp files are named `.<name>.ai-flow-tmp-<pid>-<n>` (hidden, next to `<name>`), so a run that
 * takes over after a killed one can recognise and remove exactly the files this program made.
 */

/** The infix of every temp file this program makes. */
export const TEMP_MARK = 'ai-flow-tmp';
const TEMP_NAME = new RegExp(`^\\..+\\.${TEMP_MARK}-\\d+-[\\w-]+$`);

/** The fs calls an atomic write makes (tests inject short writes and failures through this seam). */
export interface AtomicFs {
  mkdirSync: typeof nodeFs.mkdirSync;
  openSync: typeof nodeFs.openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof nodeFs.fsyncSync;
  fstatSync: (fd: number) => { size: number };
  closeSync: typeof nodeFs.closeSync;
  renameSync: typeof nodeFs.renameSync;
  unlinkSync: typeof nodeFs.unlinkSync;
  rmdirSync: typeof nodeFs.rmdirSync;
  statSync: typeof nodeFs.statSync;
}

const realFs: AtomicFs = nodeFs as unknown as AtomicFs;
let activeFs: AtomicFs = realFs;

/** Tests: make every atomic write go through `fs` until the returned function is called. */
export function useAtomicFs(fs: Partial<AtomicFs>): () => void {
  activeFs = { ...realFs, ...fs };
  return () => {
    activeFs = realFs;
  };
}

/** A write that failed: the target is left as it was and the temp file is gone. `code` is the errno code. */
export class FileWriteError extends Error {
  constructor(
    /** The file that was being written (absolute). */
    readonly path: string,
    readonly code: string,
    override readonly cause: unknown,
  ) {
    super(`${code} while writing ${path}${cause instanceof Error ? `: ${cause.message}` : ''}`);
    this.name = 'FileWriteError';
  }
}

let counter = 0;

/** The temp file for `path`: hidden, in the same folder (so the rename stays on one file system). */
export function tempPathFor(path: string, tag: string | number = counter++): string {
  return join(dirname(path), `.${basename(path)}.${TEMP_MARK}-${process.pid}-${tag}`);
}

/** Whether `name` (a file name, no folder) is one of our temp files. */
export function isOurTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** Every file this process committed, in order (so a failure can say exactly what was already written). */
const committedPaths: string[] = [];

/** A mark to pass to committedSince() later. */
export function writeMark(): number {
  return committedPaths.length;
}

/** The files committed since `mark` (absolute paths, each once). */
export function committedSince(mark: number): string[] {
  return [...new Set(committedPaths.slice(mark))];
}

/** A file written to its temp file and checked, not yet in place. */
export interface StagedFile {
  /** The file it replaces (absolute). */
  readonly path: string;
  readonly temp: string;
  /** Renames the temp file over the target. */
  commit(): void;
  /** Removes the temp file (and folders made for it); the target stays as it was. */
  discard(): void;
}

function errnoCode(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
}

/** Writes all of `data` to `fd`, or throws: a write that makes no progress is the disk being full. */
function writeAll(fs: AtomicFs, fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) {
    const n = fs.writeSync(fd, data, offset, data.length - offset);
    if (!(n > 0)) throw Object.assign(new Error(`short write: ${offset} of ${data.length} bytes written`), { code: 'ENOSPC' });
    offset += n;
  }
  const size = fs.fstatSync(fd).size;
  if (size !== data.length) throw Object.assign(new Error(`the file holds ${size} bytes, ${data.length} were written`), { code: 'EIO' });
}

/**
 * Writes `text` to a temp file next to `path` (creating the folder), checks every byte is there and fsyncs
 * it. Nothing is replaced until `commit()`. On any failure the temp file (and any folder made for it) is
 * removed and a FileWriteError naming `path` is thrown.
 */
export function stageFile(path: string, text: string | Uint8Array): StagedFile {
  const fs = activeFs;
  let madeDir: string | undefined;
  const temp = tempPathFor(path);
  let fd: number | undefined;
  let mode = 0o666;
  try {
    mode = fs.statSync(path).mode & 0o7777;
  } catch {
    // a new file: the default mode (less the umask)
  }
  const removeTemp = (): void => {
    try {
      fs.unlinkSync(temp);
    } catch {
      // not created, or gone
    }
    if (madeDir) removeEmptyDirs(fs, dirname(path), madeDir);
  };
  try {
    madeDir = fs.mkdirSync(dirname(path), { recursive: true });
    fd = fs.openSync(temp, 'wx', mode);
    writeAll(fs, fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // closing a file we are throwing away
      }
    }
    removeTemp();
    throw new FileWriteError(path, errnoCode(e), e);
  }
  let done = false;
  return {
    path,
    temp,
    commit() {
      if (done) return;
      try {
        fs.renameSync(temp, path);
      } catch (e) {
        removeTemp();
        throw new FileWriteError(path, errnoCode(e), e);
      } finally {
        done = true;
      }
      committedPaths.push(path);
    },
    discard() {
      if (done) return;
      done = true;
      removeTemp();
    },
  };
}

/** Removes `dir` and its parents up to `upTo` (the first folder made), as long as they are empty. */
function removeEmptyDirs(fs: AtomicFs, dir: string, upTo: string): void {
  for (let d = dir; d.length >= upTo.length; d = dirname(d)) {
    try {
      fs.rmdirSync(d);
    } catch {
      return; // not empty (or gone): stop
    }
  }
}

/**
 * Writes a file atomically (temp file in the same folder, every byte checked, fsync, rename), creating its
 * folder. On failure (a full disk included) the old file is kept and a FileWriteError is thrown.
 */
export function writeFileAtomicSync(path: string, text: string): void {
  stageFile(path, text).commit();
}

/**
 * Removes temp files this program left in `dirs` (a killed run's), older than `minAgeMs` so that a live
 * run's temp survives. Only names made by tempPathFor() match: a user's `notes.md.1` or `.env.example.20240101`
 * is never touched.
 */
export function sweepStrayTempFiles(dirs: string[], minAgeMs = 60_000, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const dir of new Set(dirs)) {
    let entries: string[];
    try {
      entries = nodeFs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!isOurTempName(entry)) continue;
      const full = join(dir, entry);
      try {
        const st = nodeFs.lstatSync(full);
        if (st.isFile() && now - st.mtimeMs >= minAgeMs) {
          nodeFs.unlinkSync(full);
          removed.push(full);
        }
      } catch {
        // already gone
      }
    }
  }
  return removed;
}
