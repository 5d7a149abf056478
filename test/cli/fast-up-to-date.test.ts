import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fastUpToDate } from '../../src/cli/fast-up-to-date.js';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { version } from '../../src/cli/version.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { RECORD_FILE } from '../../src/store/generation-record.js';
import { tempDir } from '../helpers.js';

const DOCS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];

async function run(args: string[]) {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

async function generated() {
  const root = tempDir();
  expect((await run(['phase7', '--cwd', root, '--scope', 'production', '--defaults', '--yes'])).code).toBe(0);
  return root;
}
const fast = (root: string) => fastUpToDate(root, version(), {});
const mtimes = (root: string) => DOCS.map((d) => statSync(join(root, d)).mtimeMs);

describe('the early up-to-date answer (fingerprint of the raw inputs)', () => {
  test('after a generation, a re-run stops early and touches nothing', async () => {
    const root = await generated();
    expect(fast(root)).toBe(true);
    const before = mtimes(root);
    const cache = readFileSync(join(root, CACHE_FILE), 'utf8');
    const r = await run(['phase7', '--cwd', root, '--yes']);
    expect(r.out).toBe('Documents are up to date (answers, scope and templates unchanged since they were generated); nothing was written.\n');
    expect(mtimes(root)).toEqual(before);
    expect(readFileSync(join(root, CACHE_FILE), 'utf8')).toBe(cache);
  });

  test('an answer changed in the cache by hand is noticed', async () => {
    const root = await generated();
    const doc = JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8'));
    doc.phases.phase7.answers['7.6'].errorRateThreshold = 3;
    writeFileSync(join(root, CACHE_FILE), JSON.stringify(doc));
    expect(fast(root)).toBe(false);
    const r = await run(['phase7', '--cwd', root, '--yes']);
    expect(r.out).toContain('Updated: docs/operations.md');
    expect(fast(root)).toBe(true);
  });

  test('a hand edit, a deleted document, a new project template or a renamed project each take the full path', async () => {
    const root = await generated();
    writeFileSync(join(root, 'docs/operations.md'), `${readFileSync(join(root, 'docs/operations.md'), 'utf8')}\nMy note.\n`);
    expect(fast(root)).toBe(false);

    const r2 = await generated();
    writeFileSync(join(r2, 'package.json'), '{"name":"renamed"}');
    expect(fast(r2)).toBe(false);

    const r3 = await generated();
    mkdirSync(join(r3, '.ai-flow/templates/docs'), { recursive: true });
    writeFileSync(join(r3, '.ai-flow/templates/docs/operations.template.md'), '# {{PROJECT_NAME}}\n');
    expect(fast(r3)).toBe(false);
  });

  test('a record whose fingerprint was dropped (a run killed after writing documents) is never trusted', async () => {
    const root = await generated();
    const record = JSON.parse(readFileSync(join(root, RECORD_FILE), 'utf8'));
    delete record.fingerprint;
    writeFileSync(join(root, RECORD_FILE), JSON.stringify(record));
    expect(fast(root)).toBe(false);
  });

  test('--scope naming another scope is not "nothing to do"', async () => {
    const root = await generated();
    const r = await run(['phase7', '--cwd', root, '--scope', 'enterprise', '--defaults', '--yes']);
    expect(r.out).toContain('Updated: docs/operations.md');
  });
});

describe('--scope words in the early check are the CLI\'s own', () => {
  test.each(['production', 'production-ready', 'prod', ' Production '])('--scope %j names the cached production scope', async (word) => {
    const root = await generated();
    expect(fastUpToDate(root, version(), {}, word)).toBe(true);
    expect(fastUpToDate(root, version(), {}, 'mvp')).toBe(false);
  });
});
