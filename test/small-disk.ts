import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from './helpers.js';

const mounted: string[] = [];

/** Whether this machine lets the tests mount a tmpfs (root on Linux). */
export const canMountTmpfs: boolean = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const dir = tempDir('ai-flow-mount-probe-');
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status === 0;
  if (ok) spawnSync('umount', [dir]);
  return ok;
})();

/** A real, small file system (a tmpfs of `kib` KiB) in a temporary folder, unmounted after the test. */
export function smallDisk(kib: number): string {
  const dir = tempDir('ai-flow-disk-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount failed: ${r.stderr}`);
  mounted.push(dir);
  return dir;
}

/** Fills the disk holding `dir` with a filler file, then frees `leaveBytes` of it (rounded by the file system to pages). */
export function fillDisk(dir: string, leaveBytes = 0): string {
  const filler = join(dir, '.filler');
  mkdirSync(dir, { recursive: true });
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 120);
  try {
    for (;;) if (writeSync(fd, chunk) < chunk.length) break;
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
  if (leaveBytes > 0) truncateSync(filler, Math.max(0, statSync(filler).size - leaveBytes));
  return filler;
}

afterEach(() => {
  // Before helpers.ts removes the temp folders (after-hooks run in reverse order of registration).
  while (mounted.length) spawnSync('umount', ['-l', mounted.pop()!]);
});
