// `npm run bench`: start-up and responsiveness of the bundled CLI, as ratios to `node -e 0`
// measured in the same run (interleaved, so machine noise hits both alike). Prints medians.
// The code cache (bin/ai-flow.js) starts empty in a folder of the bench's own; each command runs once
// before timing (as any second run of a user finds it), and what it saves is shown too: the same commands
// with it turned off (a first run after installing or upgrading). The wizard's first frame is timed where
// users start it: a new project (the scope screen), a resumed session (the resume screen) and
// `--scope enterprise` on a new project (the first question).
//   BENCH_RUNS=15  runs per command      BENCH_KEY_SESSIONS=3  scripted key sessions (46 keys each)
//   --no-build     use the existing dist/ --json FILE  also write the figures as JSON
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPty, openPty, timeRun } from './processes.mjs';
import { median, ms, percentile } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'ai-flow.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const KEY_SESSIONS = Number(process.env.BENCH_KEY_SESSIONS ?? 3);
const argv = process.argv.slice(2);
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : undefined;
const FIRST_QUESTION = 'Deployment Environment';
const SCOPE_SCREEN = 'Which scope is this project?';
const RESUME_SCREEN = 'You have a Phase 7 session in progress.';

if (!argv.includes('--no-build')) {
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const work = mkdtempSync(join(tmpdir(), 'ai-flow-bench-'));
const folder = (name) => mkdtempSync(join(work, `${name}-`));
// A clean user: no preferences, no CI (Ink prints only the last frame under CI), a colour terminal.
const env = { ...process.env, XDG_CONFIG_HOME: join(work, 'xdg'), XDG_CACHE_HOME: join(work, 'xdg-cache'), CI: 'false', TERM: 'xterm-256color' };
for (const k of ['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'NODE_DISABLE_COMPILE_CACHE', 'AI_FLOW_CODE_CACHE']) delete env[k];
mkdirSync(env.XDG_CONFIG_HOME);
// A first run after installing or upgrading: nothing compiled.
const coldEnv = { ...env, AI_FLOW_CODE_CACHE: '0' };

const fullArgs = [bin, 'phase7', '--scope', 'enterprise', '--defaults', '--yes'];
const upToDate = folder('up-to-date');
await timeRun(fullArgs, { cwd: upToDate, env });

const pty = await loadPty();
if (!pty) console.warn('bench: node-pty is not available (a dev dependency): the terminal measurements are skipped.');

// One run of each command fills the code cache, as a user's first run does (the wizard's after a second).
await timeRun([bin, '--help'], { env });
await timeRun(fullArgs, { cwd: folder('warm'), env });
await timeRun([bin, 'phase7', '--yes'], { cwd: upToDate, env });
// A session in progress, as a user leaves one: scope chosen, the first answer given, then Ctrl-C.
let saved;
if (pty) {
  saved = folder('saved');
  const t = openPty(pty, [bin, 'phase7', '--scope', 'enterprise'], { cwd: saved, env });
  await t.timeToText('Ctrl-C save & quit');
  await t.settle(150);
  t.term.write('\r');
  await t.settle(150);
  t.term.write('\x03');
  await t.exit;
  for (const [args, cwd, text] of [[['phase7'], folder('warm'), SCOPE_SCREEN], [['phase7'], resumed(), RESUME_SCREEN]]) {
    const w = openPty(pty, [bin, ...args], { cwd, env });
    await w.timeToText(text);
    await new Promise((r) => setTimeout(r, 1500));
    await w.kill();
  }
}

/** A fresh copy of the session in progress. */
function resumed() {
  const dir = folder('resumed');
  cpSync(saved, dir, { recursive: true });
  return dir;
}

const samples = { baseline: [], help: [], full: [], rerun: [], ptyBaseline: [], firstFrame: [], newProjectFrame: [], resumedFrame: [], keys: [], coldHelp: [], coldFull: [], coldFirstFrame: [], coldNewProjectFrame: [] };

async function ptyExitTime(args, cwd) {
  const t = openPty(pty, args, { cwd, env });
  const start = process.hrtime.bigint();
  await t.exit;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Milliseconds until the wizard's first screen shows `text` (default: `--scope enterprise` on a new project, the first question). */
async function firstFrame(withEnv = env, { args = ['phase7', '--scope', 'enterprise'], cwd = folder('first-frame'), text = FIRST_QUESTION } = {}) {
  const t = openPty(pty, [bin, ...args], { cwd, env: withEnv });
  try {
    return await t.timeToText(text);
  } finally {
    await t.kill();
  }
}
const newProject = { args: ['phase7'], text: SCOPE_SCREEN };

/**
 * A scripted session on the first question (7.1, an empty project): moving through options, choosing
 * (which saves the answer to the cache and draws the next field), and typing into a text field.
 * Each key's latency is the time until the program writes anything back; the next key waits until the
 * screen has been quiet for 40 ms.
 */
const KEY_SCRIPT = [
  ...Array.from({ length: 8 }, () => [{ keys: '\x1b[B', kind: 'move' }, { keys: '\x1b[A', kind: 'move' }]).flat(),
  { keys: '\r', kind: 'choose', then: 'Which cloud?' },
  ...Array.from({ length: 4 }, () => [{ keys: '\x1b[B', kind: 'move' }, { keys: '\x1b[A', kind: 'move' }]).flat(),
  { keys: '\r', kind: 'choose', then: 'Why?' },
  ...[...'fast to run'].map((c) => ({ keys: c, kind: 'type' })),
  ...Array.from({ length: 11 }, () => ({ keys: '\x7f', kind: 'type' })),
];

async function keySession() {
  const t = openPty(pty, [bin, 'phase7', '--scope', 'enterprise'], { cwd: folder('keys'), env });
  const out = [];
  try {
    // Interactive once the key hints are drawn (after the look at the project).
    await t.timeToText('Ctrl-C save & quit');
    await t.settle(150);
    for (const step of KEY_SCRIPT) {
      const mark = t.screen.length;
      out.push({ kind: step.kind, ms: await t.keyLatency(step.keys) });
      if (step.then) await t.timeToTextAfter(step.then, mark);
      await t.settle(40);
    }
  } finally {
    await t.kill();
  }
  return out;
}

process.stdout.write(`running ${RUNS} rounds`);
for (let i = 0; i < RUNS; i++) {
  samples.baseline.push(await timeRun(['-e', '0'], { env }));
  samples.help.push(await timeRun([bin, '--help'], { env }));
  samples.full.push(await timeRun(fullArgs, { cwd: folder('full'), env }));
  samples.rerun.push(await timeRun([bin, 'phase7', '--yes'], { cwd: upToDate, env }));
  samples.coldHelp.push(await timeRun([bin, '--help'], { env: coldEnv }));
  samples.coldFull.push(await timeRun(fullArgs, { cwd: folder('cold'), env: coldEnv }));
  if (pty) {
    samples.ptyBaseline.push(await ptyExitTime(['-e', '0'], work));
    samples.newProjectFrame.push(await firstFrame(env, newProject));
    samples.resumedFrame.push(await firstFrame(env, { args: ['phase7'], cwd: resumed(), text: RESUME_SCREEN }));
    samples.firstFrame.push(await firstFrame());
    samples.coldNewProjectFrame.push(await firstFrame(coldEnv, newProject));
    samples.coldFirstFrame.push(await firstFrame(coldEnv));
  }
  process.stdout.write('.');
}
if (pty) for (let i = 0; i < KEY_SESSIONS; i++) samples.keys.push(...(await keySession()));
process.stdout.write('\n\n');
rmSync(work, { recursive: true, force: true });

const base = median(samples.baseline);
const ptyBase = median(samples.ptyBaseline);
const row = (name, xs, baseline, target) => ({ name, value: median(xs), ratio: median(xs) / baseline, target });
const rows = [
  { name: 'node -e 0 (baseline)', value: base, ratio: 1 },
  row('ai-flow --help', samples.help, base, 1.5),
  row('phase7 --scope enterprise --defaults --yes, empty folder', samples.full, base, 2.5),
  row('up-to-date re-run (phase7 --yes)', samples.rerun, base, 2),
];
if (pty) {
  rows.push(
    { name: 'node -e 0 on a pty (baseline)', value: ptyBase, ratio: 1 },
    row('first frame on a pty, new project (the scope screen)', samples.newProjectFrame, ptyBase, 2.5),
    row('first frame on a pty, resumed session (the resume screen)', samples.resumedFrame, ptyBase, 2.5),
    row('first question frame on a pty (--scope enterprise)', samples.firstFrame, ptyBase, 2.5),
  );
}
// No targets: what the caches save.
const coldRows = [row('ai-flow --help', samples.coldHelp, base), row('phase7 --scope enterprise --defaults --yes, empty folder', samples.coldFull, base)];
if (pty) coldRows.push(row('first frame on a pty, new project', samples.coldNewProjectFrame, ptyBase), row('first question frame on a pty', samples.coldFirstFrame, ptyBase));

const cpu = cpus();
console.log(`ai-flow bench, ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ${RUNS} runs each (medians)`);
console.log(`${'measure'.padEnd(64)}${'median'.padStart(9)}${'ratio'.padStart(8)}   target`);
for (const r of rows) {
  const verdict = r.target === undefined ? '' : `≤ ${r.target}×  ${r.ratio <= r.target ? 'met' : 'MISSED'}`;
  console.log(`${r.name.padEnd(64)}${ms(r.value).padStart(9)}${`${r.ratio.toFixed(2)}×`.padStart(8)}   ${verdict}`);
}
const show = (r) => console.log(`${`  ${r.name}`.padEnd(64)}${ms(r.value).padStart(9)}${`${r.ratio.toFixed(2)}×`.padStart(8)}`);
console.log('without the code cache (a first run after installing or upgrading):');
for (const r of coldRows) show(r);
let keys;
if (pty) {
  const stat = (xs) => ({ median: median(xs), p95: percentile(xs, 95), max: Math.max(...xs), count: xs.length });
  const all = samples.keys.map((k) => k.ms);
  keys = { all: stat(all), ...Object.fromEntries(['move', 'choose', 'type'].map((kind) => [kind, stat(samples.keys.filter((k) => k.kind === kind).map((k) => k.ms))])) };
  const line = `${ms(keys.all.median)} / ${ms(keys.all.p95)}`;
  console.log(`${`key press → redraw on a pty, median / p95 (${keys.all.count} keys)`.padEnd(64)}${line.padStart(17)}   p95 ≤ 30 ms  ${keys.all.p95 <= 30 ? 'met' : 'MISSED'}`);
  for (const kind of ['move', 'choose', 'type']) {
    const k = keys[kind];
    console.log(`${`  ${kind} (${k.count} keys), median / p95 / max`.padEnd(64)}${`${ms(k.median)} / ${ms(k.p95)} / ${ms(k.max)}`.padStart(25)}`);
  }
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ date: new Date().toISOString(), cpus: cpu.length, cpu: cpu[0]?.model, node: process.version, runs: RUNS, rows, coldRows, keys, samples }, null, 2)}\n`);
