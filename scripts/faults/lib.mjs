// Shared by the fault scripts: run the built CLI (bin/ai-flow.js → dist/) on a project and look at what it left.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'ai-flow.js');
export const DOCS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];
export const CACHE = '.ai-flow/cache/audit-data.json';
export const RECORD = '.ai-flow/cache/phase7/generated.json';
export const LOCK = '.ai-flow/cache/phase7.lock';
/** Two answer sets that change all three documents. */
export const SETS = ["'7.6':\n  errorRateThreshold: 2\n  channels: [email]\n", "'7.6':\n  errorRateThreshold: 9\n  channels: [email, slack]\n"];
const ENV = { ...process.env, SOURCE_DATE_EPOCH: '1767225600', CI: 'true', AI_FLOW_DEBUG: '' };

if (!existsSync(join(REPO, 'dist', 'ai-flow.js'))) {
  console.error('dist/ is missing: run npm run build first.');
  process.exit(2);
}

const made = [];
export function tempDir(prefix = 'ai-flow-fault-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
const mounts = [];
export const isRoot = process.getuid?.() === 0;
/** A tmpfs of `kib` KiB (root only). */
export function smallDisk(kib) {
  const dir = tempDir('ai-flow-disk-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount: ${r.stderr}`);
  mounts.push(dir);
  return dir;
}
export function cleanup() {
  while (mounts.length) spawnSync('umount', ['-l', mounts.pop()]);
  while (made.length) rmSync(made.pop(), { recursive: true, force: true });
}
process.on('exit', cleanup);

/** Runs `ai-flow phase7 --cwd root …args` (killed after `timeoutMs`). */
export function cli(root, args, timeoutMs = 30_000) {
  const r = spawnSync(process.execPath, [BIN, 'phase7', '--cwd', root, ...args], { encoding: 'utf8', env: ENV, timeout: timeoutMs, killSignal: 'SIGKILL' });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/** The same, asynchronously, killed with SIGKILL after `killAfterMs`. */
export function cliKilled(root, args, killAfterMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'phase7', '--cwd', root, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.resume();
    const t = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(t);
      resolve({ code, signal, err });
    });
  });
}

export function answersFile(dir, i) {
  const f = join(dir, `set-${i}.yaml`);
  writeFileSync(f, SETS[i]);
  return f;
}

export const read = (root, p) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : null);

/** Every file under `dir` (relative paths), leaving out the names in `skip`. */
export function files(dir, skip = ['.filler']) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (!skip.includes(e.name)) out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

export const tempFiles = (root) => files(root).filter((f) => /ai-flow-tmp-/.test(f));

/** A project folder named `proj` inside `parent`, generated once with answer set 0 (production scope). */
export function generated(parent, answersDir) {
  const root = join(parent, 'proj');
  mkdirSync(root, { recursive: true });
  const r = cli(root, ['--scope', 'production', '--defaults', '--answers', answersFile(answersDir, 0), '--yes']);
  if (r.code !== 0) throw new Error(`first generation failed: ${r.err}`);
  return root;
}

/** Whether `text` parses as JSON. */
export function parses(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The bytes each document has after a run with answer set 0 and with set 1 (computed apart). */
export function expectedVersions(answersDir) {
  return [0, 1].map((i) => {
    const root = join(tempDir(), 'proj');
    mkdirSync(root);
    const r = cli(root, ['--scope', 'production', '--defaults', '--answers', answersFile(answersDir, i), '--yes']);
    if (r.code !== 0) throw new Error(r.err);
    return Object.fromEntries(DOCS.map((d) => [d, read(root, d)]));
  });
}

export const hasStack = (text) => /\n\s+at |unexpected error/.test(text);
