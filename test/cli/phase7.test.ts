import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { FIXTURE, fixtureCopy, tempDir } from '../helpers.js';

const OUTPUTS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];

async function run(args: string[], over: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600' }, ...over });
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}
const cache = (root: string) => JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8'));

describe('ai-flow phase7 without a terminal', () => {
  test('enterprise --defaults --yes on an empty folder writes the three files and caches all 17 answers', async () => {
    const root = tempDir();
    const r = await run(['phase7', '--cwd', root, '--scope', 'enterprise', '--defaults', '--yes']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // A confirmed run prints one line per file and a status line, not the summary (--review prints it).
    expect(r.out).not.toContain('PHASE 7 SUMMARY');
    expect(r.out).toContain('Phase 7 done: 3 documents written.');
    for (const f of OUTPUTS) {
      expect(existsSync(join(root, f)), f).toBe(true);
      expect(r.out).toContain(`✅ Generated: ${f}`);
    }
    const phase7 = cache(root).phases.phase7;
    expect(phase7.scope).toBe('enterprise');
    expect(Object.keys(phase7.answers)).toHaveLength(17);
  });

  test('mvp: 7.4.1 and 7.5–7.10 are TBD in the summary and not in the cache', async () => {
    const root = tempDir();
    const r = await run(['phase7', '--cwd', root, '--scope', 'mvp', '--defaults', '--yes', '--review']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('📋 PHASE 7 SUMMARY:');
    for (const id of ['7.4.1', '7.5', '7.6', '7.7', '7.7.1', '7.7.2', '7.8', '7.9', '7.9.1', '7.9.2', '7.9.3', '7.9.4', '7.10']) {
      expect(r.out).toMatch(new RegExp(`: TBD \\(${id.replace(/\./g, '\\.')}\\)`));
    }
    expect(Object.keys(cache(root).phases.phase7.answers)).toEqual(['7.1', '7.2', '7.3', '7.4']);
    expect(readFileSync(join(root, 'docs/operations.md'), 'utf8')).toContain('TBD');
  });

  test('the same answers give byte-identical documents', async () => {
    // Same project name (the folder's), different places.
    const a = join(tempDir(), 'shop');
    const b = join(tempDir(), 'shop');
    mkdirSync(a);
    mkdirSync(b);
    await run(['phase7', '--cwd', a, '--scope', 'production', '--defaults', '--yes']);
    await run(['phase7', '--cwd', b, '--scope', 'production', '--defaults', '--yes']);
    for (const f of OUTPUTS) expect(readFileSync(join(a, f), 'utf8')).toBe(readFileSync(join(b, f), 'utf8'));
  });

  test.skipIf(!existsSync(FIXTURE))('on the ai-flow 2.9.1 fixture every Phase 0 field of audit-data.json stays as it was', async () => {
    const root = fixtureCopy();
    const before = cache(root);
    const r = await run(['phase7', '--cwd', root, '--scope', 'enterprise', '--defaults', '--yes']);
    expect(r.code).toBe(0);
    const after = cache(root);
    for (const [k, v] of Object.entries(before)) if (k !== 'phases') expect(after[k]).toEqual(v);
    for (const [k, v] of Object.entries(before.phases)) {
      if (k === 'phase7') expect(after.phases.phase7).toMatchObject(v as object);
      else expect(after.phases[k]).toEqual(v);
    }
  });

  test('open questions and no terminal: exit 2, the open ids and the flags that answer them, nothing written', async () => {
    const root = tempDir();
    const r = await run(['phase7', '--cwd', root, '--scope', 'mvp']);
    expect(r.code).toBe(2);
    // Everything missing at once: the open questions and the confirmation.
    expect(r.err).toContain('cannot ask anything here (stdin is not a terminal)');
    expect(r.err).toContain('answers to 4 open questions (7.1, 7.2, 7.3, 7.4): --defaults (recommended answers), --answers FILE or --data ID.FIELD=VALUE');
    expect(r.err).toContain('a confirmation of the summary: --yes');
    expect(r.err).toMatch(/For example: .* phase7 --cwd .* --defaults --yes\n/);
    expect(r.err).toMatch(/`.* schema` prints it \(it is .*schema\/phase7-answers\.schema\.json\)/);
    for (const f of OUTPUTS) expect(existsSync(join(root, f))).toBe(false);
  });

  test('unknown scope without a terminal: exit 2 naming the scopes', async () => {
    const root = tempDir();
    const r = await run(['phase7', '--cwd', root, '--defaults', '--yes']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the scope: --scope mvp, --scope production or --scope enterprise');
    expect(r.err).not.toContain('--yes (');
    expect(existsSync(join(root, CACHE_FILE))).toBe(false);
  });

  test('a bad scope or a missing folder is a usage error', async () => {
    expect((await run(['phase7', '--cwd', tempDir(), '--scope', 'huge'])).err).toContain('--scope huge: unknown scope. Use mvp, production (or production-ready) or enterprise.');
    expect((await run(['phase7', '--cwd', '/nonexistent/x'])).code).toBe(2);
    expect((await run(['phase7', '--frobnicate'])).code).toBe(2);
  });

  test('production-ready is an alias of production', async () => {
    const root = tempDir();
    expect((await run(['phase7', '--cwd', root, '--scope', 'production-ready', '--defaults', '--yes'])).code).toBe(0);
    expect(cache(root).phases.phase7.scope).toBe('production');
  });

  test('answered but not confirmed: prints the summary, exits 2 asking for --yes, writes no document', async () => {
    const root = tempDir();
    const r = await run(['phase7', '--cwd', root, '--scope', 'mvp', '--defaults']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('📋 PHASE 7 SUMMARY:');
    expect(r.err).toContain('a confirmation of the summary: --yes');
    expect(r.err).not.toContain('open question');
    expect(existsSync(join(root, 'docs/operations.md'))).toBe(false);
  });
});

describe('--answers', () => {
  test('a YAML file answers questions; --defaults fills the rest', async () => {
    const root = tempDir();
    const file = join(root, 'answers.yaml');
    writeFileSync(file, "'7.1':\n  choice: paas\n  paasProvider: render\n  why: small team\n'7.2':\n  docker: 'no'\n");
    const r = await run(['phase7', '--cwd', root, '--scope', 'mvp', '--answers', file, '--defaults', '--yes', '--review']);
    expect(r.code).toBe(0);
    expect(cache(root).phases.phase7.answers['7.1']).toEqual({ choice: 'paas', paasProvider: 'render', why: 'small team' });
    expect(r.out).toContain('Render · why: small team');
  });

  test('a JSON file with everything answered needs no --defaults', async () => {
    const root = tempDir();
    await run(['phase7', '--cwd', root, '--scope', 'mvp', '--defaults', '--yes']);
    const answers = cache(root).phases.phase7.answers;
    const other = tempDir();
    const file = join(other, 'answers.json');
    writeFileSync(file, JSON.stringify(answers));
    expect((await run(['phase7', '--cwd', other, '--scope', 'mvp', '--answers', file, '--yes'])).code).toBe(0);
  });

  test('a wrong answers file: exit 1, every problem named, nothing saved', async () => {
    const root = tempDir();
    const file = join(root, 'answers.json');
    writeFileSync(file, JSON.stringify({ '7.1': { choice: 'moon' }, '7.7': { retentionDays: 99999 }, '7.99': {} }));
    const r = await run(['phase7', '--cwd', root, '--scope', 'enterprise', '--answers', file, '--defaults', '--yes']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('3 problems');
    expect(r.err).toContain('7.1 choice: must be one of "cloud", "paas", "on-premises", "container-orchestration"');
    expect(r.err).toContain('7.7 retentionDays: must be a number from 1 day to 3650 days');
    expect(r.err).toContain('unknown question id(s) "7.99"');
    expect(existsSync(join(root, CACHE_FILE))).toBe(false);
  });

  test('an unparsable or missing answers file: exit 1', async () => {
    const root = tempDir();
    const file = join(root, 'a.yaml');
    writeFileSync(file, '7.1: [unclosed');
    expect((await run(['phase7', '--cwd', root, '--answers', file])).err).toContain('is neither valid JSON nor YAML');
    expect((await run(['phase7', '--cwd', root, '--answers', join(root, 'none.json')])).code).toBe(1);
  });
});

describe('a corrupt cache', () => {
  test('exit 1, names the file and the fix, leaves it untouched', async () => {
    const root = tempDir();
    mkdirSync(join(root, '.ai-flow', 'cache'), { recursive: true });
    writeFileSync(join(root, CACHE_FILE), '{ not json');
    const r = await run(['phase7', '--cwd', root, '--scope', 'mvp', '--defaults', '--yes']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/audit-data\.json: is not valid JSON/);
    expect(r.err).toContain('Fix:');
    expect(readFileSync(join(root, CACHE_FILE), 'utf8')).toBe('{ not json');
  });
});

describe('help and version', () => {
  test('--help lists the options and exit codes', async () => {
    const r = await run(['phase7', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--cwd', '--scope', '--answers', '--defaults', '--yes', 'Exit codes']) expect(r.out).toContain(flag);
    expect(r.out.replace(/\s+/g, ' ')).toContain('130 interrupted (Ctrl-C); 143 ended by SIGTERM, 129 by SIGHUP');
  });
  test('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
