import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { RECORD_FILE } from '../../src/store/generation-record.js';
import { acquireLock, LOCK_FILE } from '../../src/store/lock.js';
import { tempDir } from '../helpers.js';

const OPS = 'docs/operations.md';
const CONF = 'specs/configuration.md';
const ENV = '.env.example';
const DOCS = [OPS, CONF, ENV];
const WATCHED = [...DOCS, CACHE_FILE, RECORD_FILE];

async function run(args: string[], env: Record<string, string> = { SOURCE_DATE_EPOCH: '1767225600' }) {
  const io = memoryIo({ env });
  const code = await main(['phase7', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}
const read = (root: string, p: string): string => readFileSync(join(root, p), 'utf8');
/** Every watched file's bytes and mtime (mtimes pushed into the past first, so a rewrite shows). */
function snapshot(root: string, paths = WATCHED): Record<string, [string, number] | null> {
  return Object.fromEntries(paths.map((p) => [p, existsSync(join(root, p)) ? [read(root, p), statSync(join(root, p)).mtimeMs] : null]));
}
function ageAll(root: string): void {
  const old = new Date(2001, 0, 1);
  for (const p of WATCHED) if (existsSync(join(root, p))) utimesSync(join(root, p), old, old);
}
function answersFile(root: string, yaml: string): string {
  const file = join(root, `answers-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  return file;
}
const cacheAnswers = (root: string) => JSON.parse(read(root, CACHE_FILE)).phases.phase7.answers;

/** A project generated once at `scope` with recommended answers. */
async function generated(scope = 'production', env?: Record<string, string>): Promise<string> {
  const root = tempDir();
  const r = await run(['--cwd', root, '--scope', scope, '--defaults', '--yes'], env);
  expect(r.code, r.err).toBe(0);
  ageAll(root);
  return root;
}

/** The alert threshold answer (7.6): shows in operations.md's alert rules, not in .env.example. */
const THRESHOLD = (n: number) => `'7.6':\n  errorRateThreshold: ${n}\n`;

describe('re-running ai-flow phase7', () => {
  test('nothing changed: asks nothing, writes nothing (bytes and mtimes), says the documents are up to date', async () => {
    const root = await generated();
    const before = snapshot(root);
    for (const args of [['--yes'], [], ['--defaults', '--yes'], ['--scope', 'production', '--yes']]) {
      const r = await run(['--cwd', root, ...args]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('Documents are up to date');
      expect(r.out).not.toContain('SUMMARY');
      expect(r.out).not.toContain('Phase 0 audit');
      expect(r.err).toBe('');
      expect(snapshot(root)).toEqual(before);
    }
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
  });

  test('without SOURCE_DATE_EPOCH too (the documents are dated by the last answer change, not by the run)', async () => {
    const root = await generated('mvp', {});
    const before = snapshot(root);
    const r = await run(['--cwd', root, '--yes'], {});
    expect(r.out).toContain('Documents are up to date');
    expect(snapshot(root)).toEqual(before);
  });

  test('one answer changed: only the documents it affects are rewritten', async () => {
    const root = await generated();
    const before = snapshot(root);
    const r = await run(['--cwd', root, '--answers', answersFile(root, THRESHOLD(7)), '--yes']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`✅ Updated: ${OPS}`);
    expect(r.out).toContain(`·  Unchanged: ${ENV}`);
    expect(read(root, OPS)).not.toBe(before[OPS]![0]);
    expect(read(root, OPS)).toMatch(/7(\.0)?\s?%/);
    expect(snapshot(root, [ENV])).toEqual({ [ENV]: before[ENV] });
    // and the run after that is a no-op again
    expect((await run(['--cwd', root, '--yes'])).out).toContain('Documents are up to date');
  });

  test('scope raised from mvp to enterprise: earlier answers kept, the TBD sections become real ones', async () => {
    const root = tempDir();
    const mvp = answersFile(root, "'7.1':\n  choice: paas\n  paasProvider: render\n  why: small team\n");
    expect((await run(['--cwd', root, '--scope', 'mvp', '--answers', mvp, '--defaults', '--yes'])).code).toBe(0);
    const mvpDoc = read(root, OPS);
    expect(mvpDoc).toContain('TBD');
    const r = await run(['--cwd', root, '--scope', 'enterprise', '--defaults', '--yes']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`✅ Updated: ${OPS}`);
    expect(cacheAnswers(root)['7.1']).toEqual({ choice: 'paas', paasProvider: 'render', why: 'small team' });
    expect(Object.keys(cacheAnswers(root))).toHaveLength(17);
    const doc = read(root, OPS);
    expect(doc).not.toContain('TBD');
    expect(doc).toContain('small team');
  });

  test('a hand edit and an answer change: a clean merge keeps the edit and applies the change', async () => {
    const root = await generated();
    const note = '\n> Team note: deploys need a second pair of eyes on Fridays.\n';
    writeFileSync(join(root, OPS), read(root, OPS) + note);
    const r = await run(['--cwd', root, '--answers', answersFile(root, THRESHOLD(7)), '--yes']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`✅ Merged: ${OPS} (your edits kept, new content applied)`);
    const doc = read(root, OPS);
    expect(doc.endsWith(note)).toBe(true);
    expect(doc).toMatch(/7(\.0)?\s?%/);
    // The edit stays the user's: a re-run has nothing to do.
    const again = await run(['--cwd', root, '--yes']);
    expect(again.out).toContain('Documents are up to date');
    expect(again.out).toContain(`${OPS}: has your edits (kept)`);
  });

  test('a conflicting hand edit: the file is untouched, the new text is written to <file>.new, exit 1', async () => {
    const root = await generated();
    const original = read(root, OPS);
    const line = original.split('\n').find((l) => /\b1(\.0)?\s?%/.test(l));
    expect(line, 'operations.md names the 1% error-rate threshold').toBeDefined();
    const mine = original.replace(line!, `${line} (we page at 2% — ask Ana)`);
    writeFileSync(join(root, OPS), mine);
    ageAll(root);
    const before = snapshot(root, [OPS]);
    const r = await run(['--cwd', root, '--answers', answersFile(root, THRESHOLD(7)), '--yes']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`⚠️  Conflict: ${OPS} — your edits overlap the new content: your file is left as it is; the new text is in ${OPS}.new`);
    // The safe way first; --force only as an explicit choice, with its backup named.
    const safe = r.err.indexOf('merge the .new file into yours by hand');
    expect(safe).toBeGreaterThan(-1);
    expect(r.err.indexOf('re-run with --force')).toBeGreaterThan(safe);
    expect(r.err).toContain('backed up under\n.ai-flow/cache/phase7/backups/');
    expect(snapshot(root, [OPS])).toEqual(before);
    expect(read(root, `${OPS}.new`)).toMatch(/7(\.0)?\s?%/);
    // --check fails while the conflict stands; --force resolves it by taking the new text.
    expect((await run(['--cwd', root, '--check'])).code).toBe(1);
    const forced = await run(['--cwd', root, '--force', '--yes']);
    expect(forced.code, forced.err).toBe(0);
    const backup = /✅ Updated: docs\/operations\.md — your conflicting edits replaced; backup in (\S+)/.exec(forced.out)?.[1];
    expect(backup, forced.out).toMatch(/^\.ai-flow\/cache\/phase7\/backups\/[\dT-]+Z\/docs\/operations\.md$/);
    expect(read(root, backup!)).toBe(mine);
    expect(forced.out).toContain(`removed ${OPS}.new`);
    expect(read(root, OPS)).toBe(readFileSync(join(root, OPS), 'utf8'));
    expect(read(root, OPS)).not.toContain('ask Ana');
    expect(existsSync(join(root, `${OPS}.new`))).toBe(false);
    expect((await run(['--cwd', root, '--check'])).code).toBe(0);
  });

  test('--force replaces only a conflicting file (after a backup); hand edits elsewhere are kept', async () => {
    const root = await generated();
    const original = read(root, OPS);
    const line = original.split('\n').find((l) => /\b1(\.0)?\s?%/.test(l))!;
    const mineOps = original.replace(line, `${line} (we page at 2% — ask Ana)`);
    const mineConf = `${read(root, CONF)}\nOur note: rotate keys monthly.\n`;
    writeFileSync(join(root, OPS), mineOps);
    writeFileSync(join(root, CONF), mineConf);
    // Nothing new to merge: --force leaves both edits alone.
    const idle = await run(['--cwd', root, '--force', '--yes']);
    expect(idle.code, idle.err).toBe(0);
    expect([read(root, OPS), read(root, CONF)]).toEqual([mineOps, mineConf]);
    const r = await run(['--cwd', root, '--force', '--answers', answersFile(root, THRESHOLD(7)), '--yes']);
    expect(r.code, r.err).toBe(0);
    expect(read(root, CONF)).toBe(mineConf);
    expect(read(root, OPS)).not.toContain('ask Ana');
    const backup = /✅ Updated: docs\/operations\.md — your conflicting edits replaced; backup in (\S+)/.exec(r.out)?.[1];
    expect(read(root, backup!)).toBe(mineOps);
  });

  test('a deleted document is not recreated unless --force', async () => {
    const root = await generated();
    const env = read(root, ENV);
    unlinkSync(join(root, ENV));
    const r = await run(['--cwd', root, '--yes']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${ENV}: deleted by you — not recreated; use --force to recreate`);
    expect(existsSync(join(root, ENV))).toBe(false);
    const changed = await run(['--cwd', root, '--answers', answersFile(root, "'7.6':\n  channels: [email, slack]\n"), '--yes']);
    expect(changed.code, changed.err).toBe(0);
    expect(changed.out).toContain(`·  Not recreated: ${ENV} — deleted by you — not recreated; use --force to recreate`);
    expect(existsSync(join(root, ENV))).toBe(false);
    const forced = await run(['--cwd', root, '--force', '--yes']);
    expect(forced.out).toContain(`✅ Generated: ${ENV}`);
    expect(read(root, ENV)).not.toBe(env);
  });

  test('--dry-run prints per-file statuses and diffs and writes nothing, not even the answers it was given', async () => {
    const root = await generated();
    writeFileSync(join(root, OPS), `${read(root, OPS)}\nmy note\n`);
    ageAll(root);
    const before = snapshot(root);
    const r = await run(['--cwd', root, '--answers', answersFile(root, THRESHOLD(7)), '--dry-run']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Dry run: nothing is written');
    expect(r.out).toContain(`  ${OPS}: would be merged (your edits kept) — the answers changed; edited by you; your edits are kept`);
    expect(r.out).toContain(`  ${ENV}: unchanged`);
    expect(r.out).toMatch(/^--- a\/docs\/operations\.md\tcurrent$/m);
    expect(r.out).toMatch(/^\+.*7(\.0)?\s?%/m);
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(join(root, 'docs'))).toEqual(['operations.md']);
    // The answers were not saved: the documents are still up to date with the cache.
    expect((await run(['--cwd', root, '--check'])).code).toBe(0);
  });

  test('--check: 0 when up to date (hand edits the next run would keep included), 1 with the reasons otherwise; never writes', async () => {
    const root = await generated();
    const ok = await run(['--cwd', root, '--check']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Documents are up to date');
    writeFileSync(join(root, CONF), `${read(root, CONF)}\nlocal note\n`);
    expect((await run(['--cwd', root, '--check'])).code).toBe(0);
    // answers edited directly in the cache
    const cache = JSON.parse(read(root, CACHE_FILE));
    cache.phases.phase7.answers['7.6'].errorRateThreshold = 7;
    writeFileSync(join(root, CACHE_FILE), JSON.stringify(cache, null, 2));
    ageAll(root);
    const before = snapshot(root);
    const stale = await run(['--cwd', root, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain('Documents are out of date');
    expect(stale.out).toContain(`  ${OPS}: would be updated — the answers changed`);
    expect(stale.out).not.toContain(`  ${ENV}:`);
    expect(snapshot(root)).toEqual(before);
    // a run applies them; --check is happy again
    expect((await run(['--cwd', root, '--yes'])).code).toBe(0);
    expect((await run(['--cwd', root, '--check'])).code).toBe(0);
  });

  test('a second run while one holds the lock: exit 1 naming its pid, nothing written', async () => {
    const root = await generated();
    const before = snapshot(root);
    const lock = acquireLock(root);
    try {
      const r = await run(['--cwd', root, '--answers', answersFile(root, THRESHOLD(7)), '--yes']);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`another run is working on this project (pid ${process.pid}`);
      expect(r.err).toContain(`delete ${join(root, LOCK_FILE)}`);
      expect(snapshot(root)).toEqual(before);
      // read-only modes need no lock
      expect((await run(['--cwd', root, '--check'])).code).toBe(0);
    } finally {
      lock.release();
    }
    expect((await run(['--cwd', root, '--answers', answersFile(root, THRESHOLD(7)), '--yes'])).code).toBe(0);
  });

  test('--restart keeps a timestamped backup of the answers and starts over', async () => {
    const root = await generated();
    const old = cacheAnswers(root);
    const r = await run(['--cwd', root, '--restart', '--scope', 'mvp', '--answers', answersFile(root, "'7.1':\n  choice: paas\n  paasProvider: render\n  why: cheap\n"), '--defaults', '--yes']);
    expect(r.code, r.err).toBe(0);
    const backup = readdirSync(join(root, '.ai-flow', 'cache')).find((f) => /^phase7-answers-backup-\d{4}-\d\d-\d\dT.*\.json$/.test(f));
    expect(backup).toBeDefined();
    expect(r.out).toContain(`backed up in ${join(root, '.ai-flow', 'cache', backup!)}`);
    expect(JSON.parse(read(root, join('.ai-flow', 'cache', backup!))).answers).toEqual(old);
    expect(Object.keys(cacheAnswers(root))).toEqual(['7.1', '7.2', '7.3', '7.4']);
  });

  test('usage: --edit needs a terminal; --dry-run with --check is refused', async () => {
    const root = await generated();
    const e = await run(['--cwd', root, '--edit', '7.5']);
    expect(e.code).toBe(2);
    expect(e.err).toContain('asking a question needs a terminal');
    expect(e.err).toContain('--answers FILE --yes');
    expect((await run(['--cwd', root, '--dry-run', '--check'])).code).toBe(2);
  });
});
