#!/usr/bin/env node
// Paths ai-flow must not read without end, write through or stumble on: each case must end with exit 1 and
// a message naming the path (no stack), within 30 s, leaving the files as they were.
// Usage: node scripts/faults/hostile-paths.mjs
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { chmodSync, lstatSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersFile, cli, DOCS, expectedVersions, files, generated, hasStack, isRoot, RECORD, CACHE, smallDisk, tempDir } from './lib.mjs';

const answersDir = tempDir();
expectedVersions(answersDir); // writes the answer files
const fresh = () => {
  const root = join(tempDir(), 'proj');
  mkdirSync(join(root, '.ai-flow', 'cache'), { recursive: true });
  return root;
};
const CASES = {
  'cache → /dev/zero': () => {
    const root = fresh();
    symlinkSync('/dev/zero', join(root, CACHE));
    return { root, args: ['--scope', 'mvp', '--defaults', '--yes'], says: 'symbolic link to /dev/zero, outside the project' };
  },
  'cache is a FIFO': () => {
    const root = fresh();
    spawnSync('mkfifo', [join(root, CACHE)]);
    return { root, args: ['--scope', 'mvp', '--defaults', '--yes'], says: 'is a FIFO' };
  },
  'cache → a file outside the project': () => {
    const root = fresh();
    const outside = join(tempDir(), 'x.json');
    writeFileSync(outside, '{}\n');
    symlinkSync(outside, join(root, CACHE));
    return { root, args: ['--scope', 'mvp', '--defaults', '--yes'], says: 'outside the project', after: () => readFileSync(outside, 'utf8') === '{}\n' };
  },
  'cache is a dangling link': () => {
    const root = fresh();
    symlinkSync('nowhere.json', join(root, CACHE));
    return { root, args: ['--scope', 'mvp', '--defaults', '--yes'], says: 'does not exist', after: () => lstatSync(join(root, CACHE)).isSymbolicLink() };
  },
  'cache of 33 MiB': () => {
    const root = fresh();
    writeFileSync(join(root, CACHE), `${' '.repeat(33 << 20)}{}`);
    return { root, args: ['--scope', 'mvp', '--defaults', '--yes'], says: 'more than the 32 MiB' };
  },
  '`docs` is a file': () => {
    const root = fresh();
    writeFileSync(join(root, 'docs'), 'notes\n');
    return { root, args: ['--scope', 'mvp', '--defaults', '--yes'], says: 'is a file, not a folder' };
  },
  '`specs/configuration.md` is a folder': () => {
    const root = fresh();
    mkdirSync(join(root, 'specs', 'configuration.md'), { recursive: true });
    return { root, args: ['--scope', 'mvp', '--defaults', '--yes'], says: 'is a folder, where ai-flow writes a file' };
  },
  'generated.json → /dev/zero': () => {
    const root = generated(tempDir(), answersDir);
    unlinkSync(join(root, RECORD));
    symlinkSync('/dev/zero', join(root, RECORD));
    return { root, args: ['--yes'], says: 'symbolic link to /dev/zero' };
  },
  'generated.json corrupt': () => {
    const root = generated(tempDir(), answersDir);
    writeFileSync(join(root, RECORD), '{"schemaVersion":1,');
    return { root, args: ['--yes'], says: 'cannot be read as JSON' };
  },
  'generated.json from a newer ai-flow': () => {
    const root = generated(tempDir(), answersDir);
    writeFileSync(join(root, RECORD), JSON.stringify({ ...JSON.parse(readFileSync(join(root, RECORD), 'utf8')), schemaVersion: 9 }));
    return { root, args: ['--yes'], says: 'was written by a newer ai-flow' };
  },
  'docs/operations.md → outside the project': () => {
    const root = fresh();
    const outside = join(tempDir(), 'ops.md');
    writeFileSync(outside, 'theirs\n');
    mkdirSync(join(root, 'docs'));
    symlinkSync(outside, join(root, 'docs/operations.md'));
    return { root, args: ['--scope', 'mvp', '--defaults', '--yes'], says: 'outside the project', after: () => readFileSync(outside, 'utf8') === 'theirs\n' };
  },
  ...(isRoot
    ? {
        'read-only file system (EROFS)': () => {
          const disk = smallDisk(1024);
          const root = generated(disk, answersDir);
          spawnSync('mount', ['-o', 'remount,ro', disk]);
          return { root, args: ['--answers', answersFile(answersDir, 1), '--yes'], says: 'read-only file system' };
        },
      }
    : {
        'read-only folder (EACCES)': () => {
          const root = generated(tempDir(), answersDir);
          for (const d of ['', 'docs', 'specs', '.ai-flow', '.ai-flow/cache', '.ai-flow/cache/phase7']) chmodSync(join(root, d), 0o555);
          return { root, args: ['--answers', answersFile(answersDir, 1), '--yes'], says: 'Permission denied' };
        },
      }),
};

let failures = 0;
const snapshot = (root) => Object.fromEntries(files(root).filter((f) => f !== CACHE || !lstatSync(join(root, f)).isFIFO()).map((f) => [f, lstatSync(join(root, f)).isFile() && lstatSync(join(root, f)).size < 1 << 20 ? readFileSync(join(root, f), 'utf8') : 'special']));
for (const [name, make] of Object.entries(CASES)) {
  const c = make();
  const before = snapshot(c.root);
  const t = performance.now();
  const r = cli(c.root, c.args);
  const ms = performance.now() - t;
  const problems = [];
  if (r.signal) problems.push(`killed after ${ms.toFixed(0)} ms (hung)`);
  if (r.code !== 1) problems.push(`exit ${r.code}`);
  if (!r.err.includes(c.says)) problems.push(`message: ${r.err.trim().split('\n')[0]}`);
  if (hasStack(r.err)) problems.push('stack trace');
  if (JSON.stringify(snapshot(c.root)) !== JSON.stringify(before)) problems.push('files changed');
  if (c.after && !c.after()) problems.push('the file behind the path changed');
  if (DOCS.some((d) => !(d in before) && files(c.root).includes(d))) problems.push('a document was written');
  failures += problems.length ? 1 : 0;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name} (${ms.toFixed(0)} ms)${problems.length ? `: ${problems.join('; ')}` : `: ${r.err.trim().split('\n')[0]}`}`);
}
console.log(`hostile-paths: ${Object.keys(CASES).length} cases, ${failures} failures`);
process.exitCode = failures ? 1 : 0;
