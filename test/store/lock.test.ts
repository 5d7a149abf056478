import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireLock, FOREIGN_STALE_MS, LOCK_FILE, LockBusyError } from '../../src/store/lock.js';
import { tempDir } from '../helpers.js';
import { canMountTmpfs, fillDisk, smallDisk } from '../small-disk.js';

const lockPath = (root: string): string => join(root, LOCK_FILE);
const holderOf = (root: string) => JSON.parse(readFileSync(lockPath(root), 'utf8')) as { pid: number; hostname: string; startedAt: string };

function plantLock(root: string, holder: object | string, mtime?: Date): void {
  mkdirSync(dirname(lockPath(root)), { recursive: true });
  writeFileSync(lockPath(root), typeof holder === 'string' ? holder : JSON.stringify(holder));
  if (mtime) utimesSync(lockPath(root), mtime, mtime);
}

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

const REPO = join(import.meta.dirname, '..', '..');
/** A child process that takes the lock, says so, and does `then` once told to go (a line on its stdin). */
function holdInChild(root: string, then: string) {
  const code = `import { acquireLock } from ${JSON.stringify(join(REPO, 'src/store/lock.ts'))};\nacquireLock(${JSON.stringify(root)});\nprocess.stdout.write('locked\\n');\nprocess.stdin.once('data', () => { ${then} });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
    child.on('exit', (c) => reject(new Error(`child exited early (${c})`)));
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, locked, exited };
}

describe('the project lock', () => {
  test('holds pid, host and start time; a second taker is refused with the holder named; release frees it', () => {
    const root = tempDir();
    const lock = acquireLock(root);
    expect(holderOf(root)).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(() => acquireLock(root)).toThrow(LockBusyError);
    try {
      acquireLock(root);
    } catch (e) {
      expect((e as LockBusyError).holder?.pid).toBe(process.pid);
      expect((e as Error).message).toContain(`pid ${process.pid}`);
    }
    lock.release();
    expect(existsSync(lockPath(root))).toBe(false);
    acquireLock(root).release();
  });

  test('a lock whose process is gone is taken over, saying why', () => {
    const root = tempDir();
    const pid = deadPid();
    plantLock(root, { pid, hostname: hostname(), startedAt: new Date().toISOString(), token: 'x' });
    const lock = acquireLock(root);
    expect(lock.tookOver?.holder?.pid).toBe(pid);
    expect(lock.tookOver?.why).toBe(`process ${pid} is no longer running`);
    expect(holderOf(root).pid).toBe(process.pid);
    lock.release();
  });

  test('a lock from another host is respected until it is older than the threshold', () => {
    const root = tempDir();
    const now = new Date('2026-01-01T12:00:00Z');
    plantLock(root, { pid: 1, hostname: 'build-box', startedAt: new Date(now.getTime() - 60_000).toISOString(), token: 'x' });
    expect(() => acquireLock(root, { now })).toThrow(/pid 1 on build-box/);
    plantLock(root, { pid: 1, hostname: 'build-box', startedAt: new Date(now.getTime() - FOREIGN_STALE_MS - 1).toISOString(), token: 'x' });
    const lock = acquireLock(root, { now });
    expect(lock.tookOver?.why).toMatch(/taken on build-box more than 12 hours ago/);
    lock.release();
  });

  test('an empty lock (a run killed while creating it) is taken over once it is not brand new', () => {
    const root = tempDir();
    plantLock(root, '');
    expect(() => acquireLock(root)).toThrow(LockBusyError);
    plantLock(root, '', new Date(Date.now() - 60_000));
    const lock = acquireLock(root);
    expect(lock.tookOver?.why).toBe('the lock file was incomplete');
    lock.release();
  });

  test('release leaves a lock that is no longer its own', () => {
    const root = tempDir();
    const lock = acquireLock(root);
    plantLock(root, { pid: 4242, hostname: 'elsewhere', startedAt: new Date().toISOString(), token: 'other' });
    lock.release();
    expect(holderOf(root).pid).toBe(4242);
  });

  test('released when the holder exits without releasing, and when it is stopped by SIGTERM or SIGINT', async () => {
    const cases = [
      { then: 'process.exit(3);', ends: { code: 3, signal: null } },
      { then: "process.kill(process.pid, 'SIGTERM');", ends: { code: null, signal: 'SIGTERM' } },
      { then: "process.kill(process.pid, 'SIGINT');", ends: { code: null, signal: 'SIGINT' } },
    ];
    for (const { then, ends } of cases) {
      const root = tempDir();
      const { child, locked, exited } = holdInChild(root, then);
      await locked;
      expect(existsSync(lockPath(root)), then).toBe(true);
      child.stdin!.write('go\n');
      // The signal still ends the process as it would have without the lock.
      expect(await exited).toEqual(ends);
      expect(existsSync(lockPath(root)), then).toBe(false);
    }
  });

  test('a holder killed with SIGKILL leaves its lock; the next run takes it over', async () => {
    const root = tempDir();
    const { child, locked, exited } = holdInChild(root, '');
    await locked;
    expect(() => acquireLock(root)).toThrow(new RegExp(`pid ${child.pid}`));
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(lockPath(root))).toBe(true);
    const lock = acquireLock(root);
    expect(lock.tookOver?.holder?.pid).toBe(child.pid);
    lock.release();
  });
});

test('folders created only for the lock are removed with it; folders with other files stay', () => {
  const root = tempDir();
  acquireLock(root).release();
  expect(existsSync(join(root, '.ai-flow'))).toBe(false);
  const lock = acquireLock(root);
  writeFileSync(join(root, '.ai-flow', 'cache', 'audit-data.json'), '{}');
  lock.release();
  expect(existsSync(join(root, '.ai-flow', 'cache', 'audit-data.json'))).toBe(true);
});

describe.skipIf(!canMountTmpfs)('the lock on a full disk (a real tmpfs)', () => {
  test('is not left behind empty: the run fails with ENOSPC and the next run with room takes the lock at once', () => {
    const disk = smallDisk(64);
    mkdirSync(join(disk, '.ai-flow', 'cache'), { recursive: true });
    const filler = fillDisk(disk, 0);
    expect(() => acquireLock(disk)).toThrow(expect.objectContaining({ code: 'ENOSPC', path: lockPath(disk) }));
    expect(existsSync(lockPath(disk))).toBe(false);
    writeFileSync(filler, '');
    acquireLock(disk).release();
  });
});
