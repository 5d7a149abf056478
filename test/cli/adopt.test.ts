import { parse } from 'dotenv';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { readGenerationRecord } from '../../src/store/generation-record.js';
import { tempDir } from '../helpers.js';

// Documents that exist before ai-flow ever ran (issue 13 item 4, issue 11 item 4): adopted on the first run,
// nothing of the user's lost, exit 0; later runs merge three ways as usual.

async function run(args: string[]) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600' } });
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const PRODUCTION = ['phase7', '--scope', 'production', '--defaults', '--yes'];

const USER_ENV = [
  '# Our own settings (hand-written)',
  'PORT=8080',
  '',
  '# The database of a developer machine',
  'DATABASE_URL="postgres://me:secret@localhost:5432/shop"   # local only',
  "GREETING='hello # not a comment'",
  '# OPTIONAL_FLAG=on',
  'export STRIPE_KEY=sk_test_123',
  '',
].join('\n');

const USER_OPS = '# How we run the shop\n\nWe deploy by hand on Fridays.\n\n## Contacts\n\nAsk Ana.\n';
const USER_CONFIG = '# Configuration\n\nEverything lives in `config/`.\n';

function project(): string {
  const root = tempDir();
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'shop', scripts: { start: 'node index.js' } }));
  mkdirSync(join(root, 'docs'));
  mkdirSync(join(root, 'specs'));
  writeFileSync(join(root, '.env.example'), USER_ENV);
  writeFileSync(join(root, 'docs/operations.md'), USER_OPS);
  writeFileSync(join(root, 'specs/configuration.md'), USER_CONFIG);
  return root;
}

describe('adopting documents ai-flow did not write', () => {
  test('the first run keeps every line of each file, adds ours after it, backs the originals up, and exits 0', async () => {
    const root = project();
    const r = await run([...PRODUCTION, '--cwd', root]);
    expect(r.code, r.err + r.out).toBe(0);

    const env = read(root, '.env.example');
    expect(env.startsWith(USER_ENV)).toBe(true);
    expect(env).toContain('\n# --- added by ai-flow phase7 ---\n');
    const parsed = parse(env);
    expect(parsed).toMatchObject({ PORT: '8080', DATABASE_URL: 'postgres://me:secret@localhost:5432/shop', GREETING: 'hello # not a comment', STRIPE_KEY: 'sk_test_123' });
    expect(parsed.APP_ENV).toBe('development'); // one of ours
    // none of the user's variables is defined twice (nor the commented-out one)
    expect(env.split('\n').filter((l) => l.includes('OPTIONAL_FLAG'))).toEqual(['# OPTIONAL_FLAG=on']);
    for (const name of ['PORT', 'DATABASE_URL', 'GREETING', 'STRIPE_KEY']) {
      expect(env.split('\n').filter((l) => new RegExp(`^(export )?${name}=`).test(l)), name).toHaveLength(1);
    }
    // every variable configuration.md documents is in the file
    const config = read(root, 'specs/configuration.md');
    const documented = [...config.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]!);
    expect(documented.length).toBeGreaterThan(5);
    for (const name of documented) expect(Object.keys(parsed), name).toContain(name);

    const ops = read(root, 'docs/operations.md');
    expect(ops.startsWith(USER_OPS)).toBe(true);
    expect(ops).toContain('\n## Added by ai-flow phase7\n');
    expect(ops).toContain('\n## Deployment Platform\n');
    expect(config.startsWith(USER_CONFIG)).toBe(true);
    expect(config).toContain('\n## Environment Variables\n');

    for (const [path, original] of [['.env.example', USER_ENV], ['docs/operations.md', USER_OPS], ['specs/configuration.md', USER_CONFIG]] as const) {
      expect(read(root, `.ai-flow/cache/phase7/adopted/${path}`)).toBe(original);
      expect(r.out).toContain(`✅ Merged: ${path} — existed (not written by ai-flow): kept your`);
    }
    expect(r.out).toMatch(/docs\/operations\.md — existed \(not written by ai-flow\): kept your text, added \d+ sections; your original is in \.ai-flow\/cache\/phase7\/adopted\/docs\/operations\.md/);
    expect(r.out).toMatch(/\.env\.example — existed \(not written by ai-flow\): kept your 5 variables and comments as they were, added \d+ variables, not the 4 you already define/);
    // recorded as generated: the next run merges three ways
    expect(readGenerationRecord(root)!.outputs['.env.example']!.committed!.text).toBe(env);
  });

  test('a second run changes nothing; an edit after adoption is merged with new content', async () => {
    const root = project();
    expect((await run([...PRODUCTION, '--cwd', root])).code).toBe(0);
    const paths = ['.env.example', 'docs/operations.md', 'specs/configuration.md'];
    const before = paths.map((p) => [read(root, p), statSync(join(root, p)).mtimeMs]);
    const again = await run([...PRODUCTION, '--cwd', root]);
    expect(again.code, again.err).toBe(0);
    expect(paths.map((p) => [read(root, p), statSync(join(root, p)).mtimeMs])).toEqual(before);

    // the user edits their part and ours; then a new answer changes the generated part
    writeFileSync(join(root, '.env.example'), read(root, '.env.example').replace('PORT=8080', 'PORT=9090\nMY_NEW_VAR=1'));
    writeFileSync(join(root, 'docs/operations.md'), read(root, 'docs/operations.md').replace('Ask Ana.', 'Ask Ana or Bo.'));
    writeFileSync(join(root, 'answers.yaml'), '"7.9.4": { format: plain-text }\n');
    const third = await run([...PRODUCTION, '--cwd', root, '--answers', join(root, 'answers.yaml')]);
    expect(third.code, third.err + third.out).toBe(0);
    expect(third.out).toContain('✅ Merged: docs/operations.md (your edits kept, new content applied)');
    const env = parse(read(root, '.env.example'));
    expect(env).toMatchObject({ PORT: '9090', MY_NEW_VAR: '1', STRIPE_KEY: 'sk_test_123' });
    expect(read(root, 'docs/operations.md')).toContain('Ask Ana or Bo.');
    expect(read(root, 'docs/operations.md').startsWith('# How we run the shop\n')).toBe(true);
    expect(read(root, 'docs/operations.md')).not.toContain('<<<<<<<');
  });

  test('pre-flight gaps mode over a docs/operations.md ai-flow did not write: exit 0 without --force, the text kept, only the gap sections added', async () => {
    for (const force of [false, true]) {
      const root = project();
      mkdirSync(join(root, '.ai-flow/cache'), { recursive: true });
      writeFileSync(join(root, CACHE_FILE), JSON.stringify({ phases: { phase7: { file: 'docs/operations.md', exists: true, consistencyScore: 86, recommendation: 'hybrid', gaps: ['alerting', 'backup_strategy'] } } }));
      const r = await run([...PRODUCTION, '--cwd', root, ...(force ? ['--force'] : [])]);
      expect(r.code, r.err + r.out).toBe(0);
      const ops = read(root, 'docs/operations.md');
      expect(ops.startsWith(USER_OPS)).toBe(true);
      expect(ops).toContain('\n## Alerts & On-Call\n');
      expect(ops).toContain('\n## Backup & Disaster Recovery\n');
      // sections that would only say "Kept in docs/operations.md" are not added to docs/operations.md itself
      // (a section with more to say, such as the hotfix process next to a kept 7.7.1, stays)
      expect(ops).not.toMatch(/^## [^\n]*\n+\*\*Kept in `docs\/operations\.md`\*\*/m);
      expect(ops).not.toContain('\n## Deployment Strategy\n');
      expect(ops).not.toContain('\n## Containerization\n');
      expect(r.out).toMatch(/Merged: docs\/operations\.md — existed \(not written by ai-flow\): kept your text, added \d+ sections/);
    }
  });

  test('--check after adoption says up to date; without the backup a later run still keeps the user text (cut from the recorded text)', async () => {
    const root = project();
    expect((await run([...PRODUCTION, '--cwd', root])).code).toBe(0);
    const check = await run(['phase7', '--check', '--cwd', root]);
    expect(check.code, check.out + check.err).toBe(0);
    rmSync(join(root, '.ai-flow/cache/phase7/adopted'), { recursive: true });
    writeFileSync(join(root, 'answers.yaml'), '"7.9.4": { format: plain-text }\n');
    const r = await run([...PRODUCTION, '--cwd', root, '--answers', join(root, 'answers.yaml')]);
    expect(r.code, r.err + r.out).toBe(0);
    expect(read(root, 'docs/operations.md').startsWith(USER_OPS)).toBe(true);
    expect(read(root, '.env.example').startsWith(USER_ENV)).toBe(true);
    expect(read(root, 'specs/configuration.md').startsWith(USER_CONFIG)).toBe(true);
  });
});
