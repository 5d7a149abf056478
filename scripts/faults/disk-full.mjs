#!/usr/bin/env node
// Disk full, for real: a project on a 1 MiB tmpfs, the disk filled up to leave N bytes free, then a run that
// changes every document. Each run must either finish (exit 0, every document new) or fail with exit 1 and
// a one-line "No space left on device while writing X" — with every document, the record and the cache
// complete (old or new, never cut off), no temp file and no lock left. Needs root (mount).
// Usage: node scripts/faults/disk-full.mjs [repeats per level, default 3]
import { closeSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { answersFile, cli, DOCS, expectedVersions, files, generated, hasStack, isRoot, LOCK, parses, read, CACHE, RECORD, smallDisk, tempDir, tempFiles } from './lib.mjs';

if (!isRoot) {
  console.log('disk-full: skipped (mounting a tmpfs needs root)');
  process.exit(0);
}
const repeats = Number(process.argv[2] ?? 3);
const LEVELS = [0, 4096, 8192, 16384, 32768, 65536, 131072, 196608, 262144, 294912, 327680, 360448, 393216, 524288];

function fill(disk, leave) {
  const filler = join(disk, '.filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 120);
  try {
    for (;;) if (writeSync(fd, chunk) < chunk.length) break;
  } catch {
    // full
  } finally {
    closeSync(fd);
  }
  if (leave > 0) truncateSync(filler, Math.max(0, statSync(filler).size - leave));
  return filler;
}

const answersDir = tempDir();
const versions = expectedVersions(answersDir);
const totals = { runs: 0, finished: 0, refused: 0, failures: 0 };
console.log('free bytes | runs | exit 0 | exit 1 (ENOSPC message) | failures');
for (const leave of LEVELS) {
  const row = { runs: 0, ok: 0, enospc: 0, failures: [] };
  for (let i = 0; i < repeats; i++) {
    const disk = smallDisk(1024);
    const root = generated(disk, answersDir);
    const before = Object.fromEntries([...DOCS, RECORD, CACHE].map((p) => [p, read(root, p)]));
    const filler = fill(disk, leave);
    const r = cli(root, ['--answers', answersFile(answersDir, 1), '--yes']);
    row.runs++;
    const problems = [];
    for (const d of DOCS) {
      const text = read(root, d);
      if (text !== versions[0][d] && text !== versions[1][d]) problems.push(`${d} torn (${text?.length ?? 'missing'} bytes)`);
      if (r.code === 0 && text !== versions[1][d]) problems.push(`${d} not updated though exit 0`);
      if (r.code !== 0 && text !== before[d]) problems.push(`${d} changed though the run failed`);
    }
    for (const p of [RECORD, CACHE]) if (!parses(read(root, p) ?? '')) problems.push(`${p} does not parse`);
    if (r.code !== 0 && read(root, RECORD) !== before[RECORD]) problems.push('the record changed though the run failed');
    if (tempFiles(root).length) problems.push(`temp files left: ${tempFiles(root).join(', ')}`);
    if (files(root).includes(LOCK)) problems.push('lock left');
    if (r.code === 0) row.ok++;
    else if (r.code === 1 && /^No space left on device while writing \S+; nothing (else )?was changed.*Free space and run again\.\n$/s.test(r.err) && !hasStack(r.err)) row.enospc++;
    else problems.push(`exit ${r.code}: ${r.err.trim().split('\n')[0]}`);
    if (problems.length) row.failures.push(problems.join('; '));
    // With room again, a run completes.
    writeFileSync(filler, '');
    const again = cli(root, ['--answers', answersFile(answersDir, 1), '--yes']);
    if (again.code !== 0 || DOCS.some((d) => read(root, d) !== versions[1][d])) row.failures.push(`re-run with room: exit ${again.code} ${again.err.trim()}`);
  }
  totals.runs += row.runs;
  totals.finished += row.ok;
  totals.refused += row.enospc;
  totals.failures += row.failures.length;
  console.log(`${String(leave).padStart(10)} | ${row.runs} | ${row.ok} | ${row.enospc} | ${row.failures.length}${row.failures.length ? `  ${row.failures[0]}` : ''}`);
}
console.log(`disk-full: ${totals.runs} runs, ${totals.finished} finished, ${totals.refused} refused with the ENOSPC message, ${totals.failures} failures`);
process.exitCode = totals.failures ? 1 : 0;
