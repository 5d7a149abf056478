import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { RECORD_FILE } from '../../src/store/generation-record.js';
import { LOCK_FILE } from '../../src/store/lock.js';
import { tempDir } from '../helpers.js';
import { canMountTmpfs, fillDisk, smallDisk } from '../small-disk.js';

const DOCS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];
const FILES = [...DOCS, CACHE_FILE, RECORD_FILE];

async function run(args: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600', ...env } });
  const code = await main(['phase7', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

/** Every file under `dir` (relative), the filler left out. */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name !== '.filler') out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

const bytes = (root: string, paths: string[]): Record<string, string> => Object.fromEntries(paths.map((p) => [p, readFileSync(join(root, p), 'utf8')]));

/** A project generated on a 1 MiB disk, and an answers file (elsewhere) that changes every document. */
async function generatedOnSmallDisk() {
  const disk = smallDisk(1024);
  const root = join(disk, 'proj');
  mkdirSync(root);
  const first = await run(['--cwd', root, '--scope', 'production', '--defaults', '--yes']);
  expect(first.code, first.err).toBe(0);
  const answers = join(tempDir(), 'answers.yaml');
  writeFileSync(answers, "'7.6':\n  errorRateThreshold: 9\n  channels: [email, slack]\n");
  return { disk, root, answers, listing: files(root) };
}

describe.skipIf(!canMountTmpfs)('a full disk (a real tmpfs): nothing is left cut off, the run exits 1 naming the file', () => {
  test('no room even for the lock: exit 1, one line, every file as it was, no empty lock', async () => {
    const { disk, root, answers, listing } = await generatedOnSmallDisk();
    const before = bytes(root, FILES);
    fillDisk(disk, 0);
    const r = await run(['--cwd', root, '--answers', answers, '--yes']);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`No space left on device while writing ${join(root, LOCK_FILE)}; nothing was changed. Free space and run again.`);
    expect(bytes(root, FILES)).toEqual(before);
    expect(files(root)).toEqual(listing);
  });

  test('room for the answers but not the documents: the documents and the record are untouched, and the message says what was saved', async () => {
    const { disk, root, answers, listing } = await generatedOnSmallDisk();
    const before = bytes(root, [...DOCS, RECORD_FILE]);
    fillDisk(disk, 16 * 1024);
    const r = await run(['--cwd', root, '--answers', answers, '--yes']);
    expect(r.code, r.out).toBe(1);
    expect(r.err).toMatch(/^No space left on device while writing \S+; nothing else was changed \(already written: \S+audit-data\.json\)\. Free space and run again\.\n$/);
    expect(r.err).not.toContain('    at ');
    // The documents and the generation record keep every byte; no temp file or lock is left.
    expect(bytes(root, [...DOCS, RECORD_FILE])).toEqual(before);
    expect(files(root)).toEqual(listing);
    expect(JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8')).phases.phase7.answers['7.6'].errorRateThreshold).toBe(9);
    // With room again, the run finishes what it could not.
    writeFileSync(join(disk, '.filler'), '');
    const again = await run(['--cwd', root, '--yes']);
    expect(again.code, again.err).toBe(0);
    expect(readFileSync(join(root, 'docs/operations.md'), 'utf8')).not.toBe(before['docs/operations.md']);
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
  });

  test('AI_FLOW_DEBUG=1 adds the stack trace', async () => {
    const { disk, root, answers } = await generatedOnSmallDisk();
    fillDisk(disk, 0);
    const r = await run(['--cwd', root, '--answers', answers, '--yes'], { AI_FLOW_DEBUG: '1' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('No space left on device while writing');
    expect(r.err).toMatch(/\n\s+at /);
    expect(statSync(join(root, 'docs/operations.md')).isFile()).toBe(true);
  });
});
