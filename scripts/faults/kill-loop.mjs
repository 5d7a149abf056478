#!/usr/bin/env node
// SIGKILL at random moments of runs that change every document, one after another on one project. After
// each kill: the cache and the record parse, every document is one of its two complete versions; the next
// run takes the stale lock over and sweeps the temp files the killed run left (only ours).
// Usage: node scripts/faults/kill-loop.mjs [runs, default 60]
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { answersFile, CACHE, cli, cliKilled, DOCS, expectedVersions, generated, parses, read, RECORD, tempDir, tempFiles } from './lib.mjs';

const runs = Number(process.argv[2] ?? 60);
const answersDir = tempDir();
const versions = expectedVersions(answersDir);
const root = generated(tempDir(), answersDir);
// User files that look like numbered copies: a takeover must leave them alone.
const userFiles = ['docs/operations.md.20240101', '.env.example.1', 'specs/configuration.md.4105619163'];
for (const f of userFiles) writeFileSync(join(root, f), 'mine\n');

// How long a full run lasts: kills are spread over 0–1.2× of it (half of them over 0.8–1.1×).
const t0 = performance.now();
if (cli(root, ['--answers', answersFile(answersDir, 1), '--yes']).code !== 0) throw new Error('a full run failed');
const full = performance.now() - t0;

const totals = { runs: 0, killed: 0, finished: 0, failures: 0, tempsSeen: 0, tempsLeftAfterNextRun: 0 };
const failures = [];
for (let i = 0; i < runs; i++) {
  const set = i % 2;
  // Half the kills anywhere in the run, half around its end, where the files are written.
  const at = i % 2 ? Math.random() * full * 1.2 : full * (0.8 + Math.random() * 0.3);
  const r = await cliKilled(root, ['--answers', answersFile(answersDir, set), '--yes'], at);
  totals.runs++;
  if (r.signal === 'SIGKILL') totals.killed++;
  else if (r.code === 0) totals.finished++;
  else failures.push(`run ${i}: exit ${r.code}: ${r.err.trim().split('\n')[0]}`);
  for (const p of [CACHE, RECORD]) if (read(root, p) !== null && !parses(read(root, p))) failures.push(`run ${i}: ${p} does not parse`);
  for (const d of DOCS) {
    const text = read(root, d);
    if (text !== versions[0][d] && text !== versions[1][d]) failures.push(`run ${i}: ${d} torn`);
  }
  totals.tempsSeen += tempFiles(root).length;
  // The next run (if this one was killed) takes over and sweeps: check that now, with a run that finishes.
  if (r.signal === 'SIGKILL' && tempFiles(root).length) {
    const next = cli(root, ['--answers', answersFile(answersDir, set), '--yes']);
    if (next.code !== 0) failures.push(`run ${i} (next): exit ${next.code}: ${next.err.trim()}`);
    totals.tempsLeftAfterNextRun += tempFiles(root).length;
  }
  for (const f of userFiles) if (read(root, f) !== 'mine\n') failures.push(`run ${i}: user file ${f} removed or changed`);
}
totals.failures = failures.length + totals.tempsLeftAfterNextRun;
console.log(`kill-loop: full run ≈ ${full.toFixed(0)} ms; ${totals.runs} runs, ${totals.killed} killed with SIGKILL, ${totals.finished} finished, ${totals.failures} failures; temp files left by killed runs: ${totals.tempsSeen}, still there after the next run: ${totals.tempsLeftAfterNextRun}`);
for (const f of failures.slice(0, 10)) console.log(`  ${f}`);
process.exitCode = totals.failures ? 1 : 0;
