import { mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes a file atomically (temp file in the same folder, fsync, rename), creating its folder.
 * A reader sees the old content or the new one, never a torn file, even if the process is killed.
 */
export function writeFileAtomicSync(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, text, { encoding: 'utf8', fsync: true });
}

/** write-file-atomic names its temp files `<name>.<murmurhash>`; a SIGKILL mid-write can leave one behind. */
const TEMP = /^(.+)\.(\d+)$/;

/** Removes temp files left next to `paths` by a killed run (older than `minAgeMs`, so a live run's temp survives). */
export function sweepStrayTempFiles(paths: string[], minAgeMs = 60_000, now = Date.now()): string[] {
  const removed: string[] = [];
  const byDir = new Map<string, Set<string>>();
  for (const p of paths) {
    const set = byDir.get(dirname(p)) ?? new Set<string>();
    set.add(basename(p));
    byDir.set(dirname(p), set);
  }
  for (const [dir, names] of byDir) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const m = TEMP.exec(entry);
      if (!m || !names.has(m[1]!)) continue;
      const full = join(dir, entry);
      try {
        if (now - statSync(full).mtimeMs >= minAgeMs) {
          unlinkSync(full);
          removed.push(full);
        }
      } catch {
        // already gone
      }
    }
  }
  return removed;
}
