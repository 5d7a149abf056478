import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { RECORD_FILE } from '../../src/store/generation-record.js';
import { tempDir } from '../helpers.js';
import { canMountTmpfs, smallDisk } from '../small-disk.js';

const REPO = join(import.meta.dirname, '..', '..');
const DOCS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];

async function run(root: string, args: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600', ...env }, cwd: root });
  const code = await main(['phase7', '--cwd', root, ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

const noStack = (err: string): void => expect(err).not.toMatch(/\n\s+at |unexpected error/);
const bytes = (root: string, paths: string[]) => Object.fromEntries(paths.map((p) => [p, existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : null]));

describe('a path in the way is reported in one message with the fix, exit 1, before anything is written', () => {
  test('`docs` is a file: exit 1 naming it; no document, cache or record is written', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'docs'), 'my notes\n');
    const r = await run(root, ['--scope', 'mvp', '--defaults', '--yes']);
    expect(r.code).toBe(1);
    const [docs, ops] = [join(root, 'docs'), join(root, 'docs/operations.md')];
    expect(r.err).toBe(`${docs}: is a file, not a folder, so ${ops} cannot be written there\nFix: rename or move ${docs} away, then run again\nNothing was written.\n`);
    expect(readdirSync(root)).toEqual(['docs']);
    expect(readFileSync(join(root, 'docs'), 'utf8')).toBe('my notes\n');
  });

  test('`specs/configuration.md` is a folder: exit 1 naming it; docs/operations.md is not written either', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'specs', 'configuration.md'), { recursive: true });
    const r = await run(root, ['--scope', 'mvp', '--defaults', '--yes']);
    expect(r.code).toBe(1);
    const conf = join(root, 'specs/configuration.md');
    expect(r.err).toContain(`${conf}: is a folder, where ai-flow writes a file\nFix: rename or move the folder away (mv ${conf} ${conf}.old), then run again`);
    noStack(r.err);
    expect(readdirSync(root).sort()).toEqual(['specs']);
  });

  test('a corrupt generated.json: exit 1 naming it and the fix; the documents stay as they are', async () => {
    const root = tempDir();
    expect((await run(root, ['--scope', 'mvp', '--defaults', '--yes'])).code).toBe(0);
    writeFileSync(join(root, RECORD_FILE), '{"schemaVersion": 1, "outputs": {');
    const before = bytes(root, DOCS);
    for (const args of [['--yes'], ['--check'], ['--dry-run']]) {
      const r = await run(root, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toContain(`${join(root, RECORD_FILE)}: cannot be read as JSON`);
      expect(r.err).toContain(`Fix: delete it (rm ${join(root, RECORD_FILE)})`);
      noStack(r.err);
    }
    expect(bytes(root, DOCS)).toEqual(before);
  });

  test('a generated.json written by a newer ai-flow is noticed (the quick up-to-date path included) and refused', async () => {
    const root = tempDir();
    expect((await run(root, ['--scope', 'mvp', '--defaults', '--yes'])).code).toBe(0);
    const rec = JSON.parse(readFileSync(join(root, RECORD_FILE), 'utf8'));
    writeFileSync(join(root, RECORD_FILE), JSON.stringify({ ...rec, schemaVersion: 2 }));
    const r = await run(root, ['--yes']);
    expect(r.out).not.toContain('up to date');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${RECORD_FILE}: was written by a newer ai-flow (schemaVersion 2; this version reads up to 1)\nFix: upgrade ai-flow`);
    noStack(r.err);
  });
});

describe.skipIf(!canMountTmpfs)('a read-only project', () => {
  test('on a read-only file system (EROFS): exit 1, one line naming the file, nothing changed', async () => {
    const disk = smallDisk(1024);
    const root = join(disk, 'proj');
    mkdirSync(root);
    expect((await run(root, ['--scope', 'mvp', '--defaults', '--yes'])).code).toBe(0);
    const before = bytes(root, [...DOCS, CACHE_FILE, RECORD_FILE]);
    expect(spawnSync('mount', ['-o', 'remount,ro', disk]).status).toBe(0);
    const answers = join(tempDir(), 'a.yaml');
    writeFileSync(answers, "'7.1':\n  why: cheaper\n");
    const r = await run(root, ['--answers', answers, '--yes']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('.ai-flow/cache/phase7.lock is on a read-only file system; nothing was changed. Run ai-flow where the project can be written (or remount it read-write).\n');
    expect(bytes(root, [...DOCS, CACHE_FILE, RECORD_FILE])).toEqual(before);
  });

  test('without write permission (EACCES, run as another user): exit 1, one line naming the folder to fix', () => {
    const parent = tempDir();
    chmodSync(parent, 0o755);
    const root = join(parent, 'proj');
    mkdirSync(root, { mode: 0o555 });
    chmodSync(root, 0o555);
    // The other user runs the built CLI from a copy in this folder: the clone itself may sit in a folder only its
    // owner can enter (mktemp -d makes 0700 folders), and the bundle needs nothing from node_modules.
    const pkg = join(parent, 'pkg');
    for (const part of ['bin', 'dist', 'phases', 'templates', 'schema', 'package.json']) cpSync(join(REPO, part), join(pkg, part), { recursive: true });
    const r = spawnSync(process.execPath, [join(pkg, 'bin', 'ai-flow.js'), 'phase7', '--cwd', root, '--scope', 'mvp', '--defaults', '--yes'], {
      cwd: root,
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, HOME: parent, XDG_CACHE_HOME: join(parent, 'cache'), XDG_CONFIG_HOME: join(parent, 'config') },
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe(`Permission denied writing .ai-flow/cache; nothing was changed. Make ${root} writable for you (or run as its owner), then run again.\n`);
    expect(readdirSync(root)).toEqual([]);
  }, 150_000);
});
