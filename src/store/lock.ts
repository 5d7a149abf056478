import { randomUUID } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, renameSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { onExit } from 'signal-exit';
import { LOCK_FILE } from '../paths.js';
import { FileWriteError, tempPathFor } from './atomic.js';
import { readRegularOrNull } from './project-file.js';

export { LOCK_FILE };
/** A lock from another host is taken over after this long (its pid cannot be checked from here). */
export const FOREIGN_STALE_MS = 12 * 60 * 60 * 1000;
/** An empty or garbled lock younger than this may be one being written right now. */
const GARBLED_GRACE_MS = 10_000;

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  token: string;
}

export class LockBusyError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | undefined,
  ) {
    const who = holder ? `pid ${holder.pid} on ${holder.hostname}, started ${holder.startedAt}` : 'a process that is creating the lock right now';
    super(`another ai-flow phase7 run holds ${lockPath} (${who})`);
    this.name = 'LockBusyError';
  }
}

export interface LockHandle {
  path: string;
  holder: LockHolder;
  /** The holder of a stale lock that was taken over (its run was killed or crashed). */
  tookOver?: { holder: LockHolder | undefined; why: string };
  release(): void;
}

export interface LockOptions {
  now?: Date;
  isAlive?: (pid: number) => boolean;
  host?: string;
}

export function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    // No fsync: other runs read the lock through the page cache, and after a crash the holder is gone anyway.
    const data = Buffer.from(text, 'utf8');
    for (let off = 0; off < data.length; ) {
      const n = writeSync(fd, data, off, data.length - off);
      if (!(n > 0)) throw Object.assign(new Error(`short write: ${off} of ${data.length} bytes of the lock written`), { code: 'ENOSPC' });
      off += n;
    }
  } catch (e) {
    // A full disk must not leave an empty lock behind (the next run would wait for it to age).
    closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
      // gone already
    }
    throw new FileWriteError(path, (e as NodeJS.ErrnoException).code ?? 'EIO', e);
  }
  closeSync(fd);
  return true;
}

/** The lock's text; undefined when it is missing or not a small regular file (never blocks on a FIFO). */
function readText(path: string): string | undefined {
  return readRegularOrNull(path, 64 * 1024) ?? undefined;
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (typeof h.pid === 'number' && typeof h.hostname === 'string' && typeof h.startedAt === 'string') return h as LockHolder;
  } catch {
    // garbled: a run killed while creating the lock, or one creating it right now
  }
  return undefined;
}

/** Why a lock is stale, or undefined when its holder may still be running. */
function staleness(path: string, holder: LockHolder | undefined, opts: Required<LockOptions>): string | undefined {
  const now = opts.now.getTime();
  if (!holder) {
    let age = Infinity;
    try {
      age = now - statSync(path).mtimeMs;
    } catch {
      // vanished meanwhile
    }
    return age >= GARBLED_GRACE_MS ? 'the lock file was incomplete' : undefined;
  }
  if (holder.hostname === opts.host) return opts.isAlive(holder.pid) ? undefined : `process ${holder.pid} is no longer running`;
  const age = now - Date.parse(holder.startedAt);
  return age > FOREIGN_STALE_MS ? `it was taken on ${holder.hostname} more than ${FOREIGN_STALE_MS / 3_600_000} hours ago` : undefined;
}

function removeEmptyDirs(dir: string, upTo: string): void {
  for (let d = dir; d.length >= upTo.length; d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return; // not empty (or gone): stop
    }
  }
}

/**
 * Takes the project's lock (created with O_EXCL, holding pid, host and start time) or throws LockBusyError.
 * A stale lock — its process gone, or from another host and older than FOREIGN_STALE_MS — is taken over.
 * The lock is released by `release()`, and on any exit of the process, signals included.
 */
export function acquireLock(root: string, options: LockOptions = {}): LockHandle {
  const opts: Required<LockOptions> = { now: options.now ?? new Date(), isAlive: options.isAlive ?? pidIsAlive, host: options.host ?? hostname() };
  const path = join(root, LOCK_FILE);
  // Folders made just for the lock are removed with it when nothing else was put in them.
  const madeDir = mkdirSync(dirname(path), { recursive: true });
  const holder: LockHolder = { pid: process.pid, hostname: opts.host, startedAt: opts.now.toISOString(), token: randomUUID() };
  const text = `${JSON.stringify(holder)}\n`;
  let tookOver: LockHandle['tookOver'];
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, text)) {
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        removeExitHook();
        if (parseHolder(readText(path) ?? '')?.token === holder.token) {
          try {
            unlinkSync(path);
          } catch {
            // already gone
          }
        }
        if (madeDir) removeEmptyDirs(dirname(path), madeDir);
      };
      const removeExitHook = onExit(() => release());
      return { path, holder, tookOver, release };
    }
    const found = readText(path);
    if (found === undefined) continue; // released meanwhile: try again
    const other = parseHolder(found);
    const why = staleness(path, other, opts);
    if (!why) throw new LockBusyError(path, other);
    // Take it over: move it aside (atomic), check we moved the stale one, then create ours.
    // Named like our temp files, so a run killed right here leaves nothing the next takeover does not sweep.
    const aside = tempPathFor(path, 'stale');
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    const moved = readText(aside);
    if (moved !== found) {
      // Another run replaced it in the meantime: put theirs back and give way.
      try {
        linkSync(aside, path);
      } catch {
        // a third run created one: it holds the lock
      }
      unlinkSync(aside);
      throw new LockBusyError(path, parseHolder(moved ?? ''));
    }
    unlinkSync(aside);
    tookOver = { holder: other, why };
  }
  throw new LockBusyError(path, undefined);
}
