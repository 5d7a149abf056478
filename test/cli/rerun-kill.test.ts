import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { readGenerationRecord } from '../../src/store/generation-record.js';
import { LOCK_FILE } from '../../src/store/lock.js';
import { tempDir } from '../helpers.js';

const REPO = join(import.meta.dirname, '..', '..');

/** A frozen copy of the program (sources, templates, catalogue), so edits to the working tree during the test cannot change what it renders. */
function programCopy(): string {
  const dir = tempDir('ai-flow-program-');
  for (const p of ['src', 'templates', 'phases', 'package.json', 'tsconfig.json']) cpSync(join(REPO, p), join(dir, p), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const DOCS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];
const ENV = { SOURCE_DATE_EPOCH: '1767225600' };
/** Two answer sets that change all three documents (7.6: alert threshold and channels). */
const SETS = ["'7.6':\n  errorRateThreshold: 2\n  channels: [email]\n", "'7.6':\n  errorRateThreshold: 9\n  channels: [email, slack]\n"];

/** A project folder named `proj` (the name shows in the documents, so every copy must share it). */
function projectDir(): string {
  const root = join(tempDir(), 'proj');
  mkdirSync(root);
  return root;
}

function generate(app: string, root: string, answers: string): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(app, 'src/cli/index.ts'), 'phase7', '--cwd', root, '--scope', 'production', '--defaults', '--answers', answers, '--yes'], {
    cwd: app,
    env: { ...process.env, ...ENV },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
}

type Moment = 'lock' | 'write';

/**
 * Runs the CLI in a child process and kills it with SIGKILL `after` ms past a moment: `lock` (its lock
 * appears, before anything is rendered) or `write` (the first write of the generation record, right before
 * the documents are written). Reports how long the run lasted past each moment.
 */
function runKilled(app: string, root: string, answers: string, kill?: { at: Moment; after: number }) {
  return new Promise<{ code: number | null; signal: string | null; out: string; sinceMs: Record<Moment, number> }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(app, 'src/cli/index.ts'), 'phase7', '--cwd', root, '--answers', answers, '--yes'], {
      cwd: app,
      env: { ...process.env, ...ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const seen: Partial<Record<Moment, number>> = {};
    const mark = (m: Moment): void => {
      if (seen[m] !== undefined) return;
      seen[m] = performance.now();
      if (kill?.at === m) setTimeout(() => child.kill('SIGKILL'), kill.after);
    };
    const watchers = [
      watch(join(root, '.ai-flow', 'cache'), () => existsSync(join(root, LOCK_FILE)) && mark('lock')),
      watch(join(root, '.ai-flow', 'cache', 'phase7'), () => seen.lock !== undefined && mark('write')),
    ];
    child.on('exit', (code, signal) => {
      for (const w of watchers) w.close();
      const end = performance.now();
      resolve({ code, signal, out, sinceMs: { lock: end - (seen.lock ?? end), write: end - (seen.write ?? end) } });
    });
  });
}

test('runs killed with SIGKILL at random moments never leave a corrupt cache or a torn document', { timeout: 240_000 }, async () => {
  const app = programCopy();
  // The two possible outcomes of each document, computed apart.
  const expected = SETS.map(() => new Map<string, string>());
  for (const [i, set] of SETS.entries()) {
    const dir = projectDir();
    const file = join(dir, '..', 'answers.yaml');
    writeFileSync(file, set);
    generate(app, dir, file);
    for (const d of DOCS) expected[i]!.set(d, readFileSync(join(dir, d), 'utf8'));
  }
  for (const d of DOCS) expect(expected[0]!.get(d), `${d} differs between the two answer sets`).not.toBe(expected[1]!.get(d));

  const root = projectDir();
  const files = SETS.map((set, i) => {
    const f = join(root, '..', `set-${i}.yaml`);
    writeFileSync(f, set);
    return f;
  });
  generate(app, root, files[0]!);

  // How long a whole run lasts past each moment: kills are spread over those windows (and a little past them),
  // half over the whole run, half over the writing itself.
  const full = await runKilled(app, root, files[1]!);
  expect(full.code, full.out).toBe(0);
  const windows = { lock: Math.max(full.sinceMs.lock, 20), write: Math.max(full.sinceMs.write, 5) };

  const outcomes = { killed: 0, finished: 0 };
  for (let i = 0; i < 20; i++) {
    const at: Moment = i % 4 < 2 ? 'write' : 'lock';
    const r = await runKilled(app, root, files[i % 2]!, { at, after: Math.random() * windows[at] * 1.3 });
    if (r.signal === 'SIGKILL') outcomes.killed++;
    else {
      outcomes.finished++;
      expect(r.code, r.out).toBe(0);
      expect(r.out).not.toContain('Conflict');
    }
    // The cache and the record always parse; every document is one of the two complete versions.
    const cache = JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8'));
    expect([2, 9]).toContain(cache.phases.phase7.answers['7.6'].errorRateThreshold);
    expect(() => readGenerationRecord(root)).not.toThrow();
    for (const d of DOCS) {
      const text = readFileSync(join(root, d), 'utf8');
      expect(text === expected[0]!.get(d) || text === expected[1]!.get(d), `${d} after run ${i} (${r.signal ?? r.code})`).toBe(true);
    }
  }
  expect(outcomes.killed).toBeGreaterThan(0);

  // A last run finishes cleanly: no conflict from the interruptions, no temp file left behind, the lock released.
  const last = await runKilled(app, root, files[0]!);
  expect(last.code, last.out).toBe(0);
  expect(last.out).not.toContain('Conflict');
  for (const d of DOCS) expect(readFileSync(join(root, d), 'utf8')).toBe(expected[0]!.get(d));
  for (const dir of [root, join(root, 'docs'), join(root, 'specs'), join(root, '.ai-flow', 'cache'), join(root, '.ai-flow', 'cache', 'phase7')]) {
    expect(readdirSync(dir).filter((f) => /\.\d+$/.test(f) || f.endsWith('.new') || f.includes('.stale-')), dir).toEqual([]);
  }
  expect(existsSync(join(root, LOCK_FILE))).toBe(false);
});
