import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { RECORD_FILE } from '../../src/store/generation-record.js';
import { tempDir } from '../helpers.js';

const REPO = join(import.meta.dirname, '..', '..');
const DOCS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];

/**
 * The CLI in a child process, killed after 60 s: a run that reads a FIFO or /dev/zero would otherwise
 * block this test process for good. (A run takes ~1–2 s; the margin is for a loaded machine.)
 */
function cli(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/index.ts'), 'phase7', '--cwd', root, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', AI_FLOW_DEBUG: '' },
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

async function run(root: string, ...args: string[]) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600' } });
  const code = await main(['phase7', '--cwd', root, ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

function project(): string {
  const root = join(tempDir(), 'proj');
  mkdirSync(join(root, '.ai-flow', 'cache'), { recursive: true });
  return root;
}

const CACHE_TEXT = `${JSON.stringify({ phases: { phase7: { schemaVersion: 1, scope: 'mvp', answers: {} } } }, null, 2)}\n`;

/** One message on stderr, exit 1, no stack; no document written. */
function refused(r: { code: number | null; signal?: string | null; err: string }, root: string, says: string | RegExp): void {
  expect(r.signal ?? null, 'the run hung and was killed').toBe(null);
  expect(r.code, r.err).toBe(1);
  if (typeof says === 'string') expect(r.err).toContain(says);
  else expect(r.err).toMatch(says);
  expect(r.err).not.toMatch(/\n\s+at /);
  for (const d of DOCS) expect(existsSync(join(root, d)), d).toBe(false);
}

describe('a cache that is not a regular file inside the project is refused, never read without end nor written through', () => {
  test('a symlink to /dev/zero: exit 1 at once, the link stays', { timeout: 200_000 }, () => {
    const root = project();
    symlinkSync('/dev/zero', join(root, CACHE_FILE));
    const r = cli(root, '--scope', 'mvp', '--defaults', '--yes');
    refused(r, root, `${CACHE_FILE}: is a symbolic link to /dev/zero, outside the project`);
    expect(readlinkSync(join(root, CACHE_FILE))).toBe('/dev/zero');
  });

  test('a FIFO: exit 1 without waiting for a writer', { timeout: 200_000 }, () => {
    const root = project();
    expect(spawnSync('mkfifo', [join(root, CACHE_FILE)]).status).toBe(0);
    const r = cli(root, '--scope', 'mvp', '--defaults', '--yes');
    refused(r, root, `${CACHE_FILE}: is a FIFO (named pipe), not a regular file`);
    expect(lstatSync(join(root, CACHE_FILE)).isFIFO()).toBe(true);
  });

  test('a symlink to a file outside the project: refused, the outside file keeps its bytes', async () => {
    const root = project();
    const outside = join(tempDir(), 'elsewhere.json');
    writeFileSync(outside, CACHE_TEXT);
    symlinkSync(outside, join(root, CACHE_FILE));
    const r = await run(root, '--defaults', '--yes');
    refused(r, root, /audit-data\.json: is a symbolic link to \S+elsewhere\.json, outside the project\nFix: replace the link with a copy of the file/);
    expect(readFileSync(outside, 'utf8')).toBe(CACHE_TEXT);
  });

  test('a dangling symlink: refused, not silently replaced by a new file', async () => {
    const root = project();
    symlinkSync('gone.json', join(root, CACHE_FILE));
    const r = await run(root, '--scope', 'mvp', '--defaults', '--yes');
    refused(r, root, 'is a symbolic link to something that does not exist');
    expect(lstatSync(join(root, CACHE_FILE)).isSymbolicLink()).toBe(true);
  });

  test('larger than 32 MiB: refused, naming the limit', async () => {
    const root = project();
    writeFileSync(join(root, CACHE_FILE), `${' '.repeat(33 * 1024 * 1024)}{}`);
    const r = await run(root, '--scope', 'mvp', '--defaults', '--yes');
    refused(r, root, 'is 33.0 MiB, more than the 32 MiB ai-flow reads');
  });

  test('a symlink to a file inside the project is followed: the target is replaced atomically and the link stays', async () => {
    const root = project();
    mkdirSync(join(root, 'state'));
    writeFileSync(join(root, 'state', 'audit.json'), CACHE_TEXT);
    symlinkSync('../../state/audit.json', join(root, CACHE_FILE));
    const r = await run(root, '--defaults', '--yes');
    expect(r.code, r.err).toBe(0);
    expect(readlinkSync(join(root, CACHE_FILE))).toBe('../../state/audit.json');
    expect(JSON.parse(readFileSync(join(root, 'state', 'audit.json'), 'utf8')).phases.phase7.answers['7.1']).toBeDefined();
  });
});

test('a project reached through a symlinked folder (like /tmp on macOS) is written normally', async () => {
  const root = project();
  const link = join(tempDir(), 'link');
  symlinkSync(root, link);
  const r = await run(link, '--scope', 'mvp', '--defaults', '--yes');
  expect(r.code, r.err).toBe(0);
  for (const d of DOCS) expect(lstatSync(join(root, d)).isFile(), d).toBe(true);
});

describe('the generated documents and generated.json follow the same policy', () => {
  test('a document linked outside the project: refused before any document is written', async () => {
    const root = project();
    const outside = join(tempDir(), 'ops.md');
    writeFileSync(outside, 'not yours\n');
    mkdirSync(join(root, 'docs'));
    symlinkSync(outside, join(root, 'docs/operations.md'));
    const r = await run(root, '--scope', 'mvp', '--defaults', '--yes');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/docs\/operations\.md: is a symbolic link to \S+ops\.md, outside the project\n/m);
    expect(readFileSync(outside, 'utf8')).toBe('not yours\n');
    for (const d of DOCS.slice(1)) expect(existsSync(join(root, d)), d).toBe(false);
    expect(existsSync(join(root, RECORD_FILE))).toBe(false);
  });

  test('a `docs` folder linked outside the project: refused, nothing written into it', async () => {
    const root = project();
    const outside = tempDir();
    symlinkSync(outside, join(root, 'docs'));
    const r = await run(root, '--scope', 'mvp', '--defaults', '--yes');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(root, 'docs')}: is a symbolic link to ${outside}, outside the project`);
    expect(readdirSync(outside)).toEqual([]);
  });

  test('--check and --dry-run on a document that is a FIFO: exit 1 at once, never waiting on it', { timeout: 200_000 }, () => {
    const root = project();
    expect(cli(root, '--scope', 'mvp', '--defaults', '--yes').code).toBe(0);
    unlinkSync(join(root, '.env.example'));
    expect(spawnSync('mkfifo', [join(root, '.env.example')]).status).toBe(0);
    for (const flag of ['--check', '--dry-run']) {
      const r = cli(root, flag);
      expect(r.signal, flag).toBe(null);
      expect(r.code, flag).toBe(1);
      expect(r.err).toContain('.env.example: is a FIFO (named pipe), not a regular file');
    }
  });

  test('a document linked inside the project is updated through the link', async () => {
    const root = project();
    expect((await run(root, '--scope', 'mvp', '--defaults', '--yes')).code).toBe(0);
    mkdirSync(join(root, 'handbook'));
    writeFileSync(join(root, 'handbook/ops.md'), readFileSync(join(root, 'docs/operations.md')));
    unlinkSync(join(root, 'docs/operations.md'));
    symlinkSync('../handbook/ops.md', join(root, 'docs/operations.md'));
    const answers = join(tempDir(), 'a.yaml');
    writeFileSync(answers, "'7.1':\n  why: a reason of ours\n");
    const r = await run(root, '--answers', answers, '--yes');
    expect(r.code, r.err).toBe(0);
    expect(lstatSync(join(root, 'docs/operations.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'handbook/ops.md'), 'utf8')).toContain('a reason of ours');
  });

  test('generated.json linked to /dev/zero: exit 1 at once, on the up-to-date path too', { timeout: 200_000 }, () => {
    const root = project();
    expect(cli(root, '--scope', 'mvp', '--defaults', '--yes').code).toBe(0);
    unlinkSync(join(root, RECORD_FILE));
    symlinkSync('/dev/zero', join(root, RECORD_FILE));
    const r = cli(root, '--yes');
    expect(r.signal).toBe(null);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${RECORD_FILE}: is a symbolic link to /dev/zero, outside the project`);
  });
});
