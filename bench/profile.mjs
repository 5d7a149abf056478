// Where the time goes: runs `node --cpu-prof <args>` and sums self time by file (and by package inside
// the bundle, using dist/meta.json is not possible per function, so by bundle file and by function's
// source position). Usage: node bench/profile.mjs [--top 25] -- bin/ai-flow.js --help
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const opts = sep < 0 ? [] : argv.slice(0, sep);
const args = sep < 0 ? argv : argv.slice(sep + 1);
const top = opts.includes('--top') ? Number(opts[opts.indexOf('--top') + 1]) : 25;

const dir = mkdtempSync(join(tmpdir(), 'ai-flow-prof-'));
const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written (exit ${run.status})`);
const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
rmSync(dir, { recursive: true, force: true });

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0) / 1000);
const total = (prof.endTime - prof.startTime) / 1000;

const byFile = new Map();
const byFn = new Map();
for (const [id, t] of self) {
  const { callFrame: cf } = byId.get(id);
  const where = cf.url ? cf.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/') : `(${cf.functionName || 'native'})`;
  byFile.set(where, (byFile.get(where) ?? 0) + t);
  const fn = `${cf.functionName || '(anonymous)'} ${where}:${cf.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
}
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
};
console.log(`profiled ${total.toFixed(0)} ms of node ${args.join(' ')}`);
show('self time by file', byFile);
show('self time by function', byFn);
