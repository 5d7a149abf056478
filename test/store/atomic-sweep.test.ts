import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { sweepStrayTempFiles, tempPathFor, writeFileAtomicSync } from '../../src/store/atomic.js';
import { LOCK_FILE } from '../../src/store/lock.js';
import { tempDir } from '../helpers.js';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';

describe('sweeping temp files a killed run left', () => {
  test('only names this program makes are removed; user files that look like numbered copies stay', () => {
    const root = tempDir();
    const doc = join(root, '.env.example');
    writeFileAtomicSync(doc, 'A=1\n');
    const stray = tempPathFor(doc);
    expect(stray).toMatch(/\/\.\.env\.example\.ai-flow-tmp-\d+-\d+$/);
    writeFileSync(stray, 'A=');
    for (const mine of ['.env.example.1', '.env.example.20240101', 'notes.md.123', '.env.example.bak']) writeFileSync(join(root, mine), 'a user file');
    const old = new Date(Date.now() - 120_000);
    for (const f of readdirSync(root)) utimesSync(join(root, f), old, old);
    expect(sweepStrayTempFiles([root])).toEqual([stray]);
    expect(existsSync(stray)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['.env.example', '.env.example.1', '.env.example.20240101', '.env.example.bak', 'notes.md.123']);
  });

  test('a fresh temp file (a live writer) survives the default age threshold', () => {
    const root = tempDir();
    const stray = tempPathFor(join(root, 'doc.md'));
    writeFileSync(stray, 'partial');
    expect(sweepStrayTempFiles([root])).toEqual([]);
    // A file's mtime can be a little ahead of Date.now() (coarse clocks): judge it from a moment later.
    expect(sweepStrayTempFiles([root], 0, Date.now() + 1000)).toEqual([stray]);
  });
});

test('taking over a stale lock removes our own leftover temp files (of documents, their .new proposals, cache, record) and no user file', async () => {
  const root = tempDir();
  const io = () => memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600' } });
  expect(await main(['phase7', '--cwd', root, '--scope', 'mvp', '--defaults', '--yes'], io())).toBe(0);
  const userFiles = ['docs/operations.md.20240101', 'docs/operations.md.new.1', '.env.example.1', 'specs/configuration.md.4105619163', '.ai-flow/cache/audit-data.json.2'];
  for (const f of userFiles) writeFileSync(join(root, f), 'mine');
  const ours = ['docs/operations.md', 'docs/operations.md.new', 'specs/configuration.md', '.env.example', '.ai-flow/cache/audit-data.json', '.ai-flow/cache/phase7/generated.json', LOCK_FILE].map((p) => tempPathFor(join(root, p), 7));
  for (const f of ours) writeFileSync(f, 'half writ');
  // The lock of a run that was killed (its pid is gone).
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  mkdirSync(join(root, '.ai-flow/cache'), { recursive: true });
  writeFileSync(join(root, LOCK_FILE), JSON.stringify({ pid: dead, hostname: hostname(), startedAt: new Date().toISOString(), token: 't' }));
  const answers = join(tempDir(), 'a.yaml');
  writeFileSync(answers, "'7.1':\n  why: cheaper\n");
  const r = io();
  expect(await main(['phase7', '--cwd', root, '--answers', answers, '--yes'], r), r.stderr).toBe(0);
  expect(r.stderr).toContain(`Took over its lock. Removed ${ours.length} temporary files it left:`);
  for (const f of ours) expect(existsSync(f), f).toBe(false);
  for (const f of userFiles) expect(existsSync(join(root, f)), f).toBe(true);
});
