// Where the time goes: runs `node --cpu-prof <args>` and sums self time by file and by function.
//   node bench/profile.mjs [--top 25] -- bin/ai-flow.js --help
//   node bench/profile.mjs --pty "Deployment Environment" -- bin/ai-flow.js phase7 --scope enterprise
//   node bench/profile.mjs --file CPU.….cpuprofile   (a profile written by node --cpu-prof elsewhere)
// With --pty the program runs on a pseudo-terminal until the text is on screen, then gets Ctrl+C
// (so it exits normally and writes its profile).
import { spawnSync } from 'node:child_process';
import { loadPty, openPty } from './processes.mjs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const opts = sep < 0 ? [] : argv.slice(0, sep);
const args = sep < 0 ? argv : argv.slice(sep + 1);
const top = opts.includes('--top') ? Number(opts[opts.indexOf('--top') + 1]) : 25;

const ptyText = opts.includes('--pty') ? opts[opts.indexOf('--pty') + 1] : undefined;
const existing = opts.includes('--file') ? opts[opts.indexOf('--file') + 1] : undefined;

const dir = mkdtempSync(join(tmpdir(), 'ai-flow-prof-'));
const nodeArgs = ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, ...args];
let status;
if (existing) {
  // Analyse a profile written elsewhere (node --cpu-prof …).
} else if (ptyText) {
  const pty = await loadPty();
  if (!pty) throw new Error('--pty needs node-pty (a dev dependency)');
  const env = { ...process.env, CI: 'false', TERM: 'xterm-256color' };
  const t = openPty(pty, nodeArgs, { cwd: process.cwd(), env });
  console.log(`"${ptyText}" on screen after ${(await t.timeToText(ptyText, 20_000)).toFixed(0)} ms`);
  t.term.write('\x03');
  status = (await Promise.race([t.exit, new Promise((r) => setTimeout(r, 3000))]))?.exitCode;
  await t.kill();
} else {
  status = spawnSync(process.execPath, nodeArgs, { stdio: ['ignore', 'ignore', 'inherit'] }).status;
}
const file = existing ?? readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written (exit ${status})`);
const prof = JSON.parse(readFileSync(existing ?? join(dir, file), 'utf8'));
rmSync(dir, { recursive: true, force: true });

// Scripts run by bin/ai-flow.js (node:vm) are named by path, modules by file URL: use URLs throughout.
for (const n of prof.nodes) if (n.callFrame.url.startsWith('/')) n.callFrame.url = `file://${n.callFrame.url}`;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0) / 1000);
const total = (prof.endTime - prof.startTime) / 1000;

// esbuild marks where each bundled module starts (`// node_modules/zod/…`): map a line to its package.
const moduleStarts = new Map();
function sourceOf(url, line) {
  if (!url.startsWith('file:') || !url.includes('/dist/')) return undefined;
  if (!moduleStarts.has(url)) {
    const starts = [];
    readFileSync(new URL(url), 'utf8').split('\n').forEach((text, i) => {
      const m = /^(?:\/\/ (\S+\.(?:[cm]?js|tsx?|json))|\/\*! (\S+\.(?:[cm]?js|tsx?|json)) \*\/)$/.exec(text);
      if (m) starts.push([i, m[1] ?? m[2]]);
    });
    moduleStarts.set(url, starts);
  }
  let found;
  for (const [start, input] of moduleStarts.get(url)) if (start <= line) found = input;
  if (!found) return '(bundle runtime)';
  const nm = found.lastIndexOf('node_modules/');
  if (nm < 0) return found.split('/').slice(0, 2).join('/').replace(/^(\.\.\/)+/, '');
  const [a, b] = found.slice(nm + 13).split('/');
  return a.startsWith('@') ? `${a}/${b}` : a;
}

const byFile = new Map();
const byPkg = new Map();
const byFn = new Map();
for (const [id, t] of self) {
  const { callFrame: cf } = byId.get(id);
  const where = cf.url ? cf.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/') : `(${cf.functionName || 'native'})`;
  byFile.set(where, (byFile.get(where) ?? 0) + t);
  const pkg = sourceOf(cf.url, cf.lineNumber) ?? (cf.url.startsWith('node:') ? 'node internals' : where);
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
  const fn = `${cf.functionName || '(anonymous)'} ${where}:${cf.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
}
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
};
// Inclusive time of our own functions (src/…): what each step costs with everything it calls.
const children = new Map(prof.nodes.map((n) => [n.id, n.children ?? []]));
const inclusive = new Map();
function totalOf(id, stack) {
  const node = byId.get(id);
  let t = self.get(id) ?? 0;
  const src = sourceOf(node.callFrame.url, node.callFrame.lineNumber);
  const key = src?.startsWith('src/') ? `${node.callFrame.functionName || '(anonymous)'} (${src})` : undefined;
  const fresh = key && !stack.has(key);
  if (fresh) stack.add(key);
  for (const c of children.get(id)) t += totalOf(c, stack);
  if (fresh) {
    stack.delete(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + t);
  }
  return t;
}
totalOf(prof.nodes[0].id, new Set());

console.log(`profiled ${total.toFixed(0)} ms of node ${args.join(' ')}`);
show('self time by file', byFile);
show('self time by bundled package or source folder (compiling a module counts under node internals)', byPkg);
show('self time by function', byFn);
show('inclusive time of our own functions (src/)', inclusive);
