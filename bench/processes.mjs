// Timing child processes: plain pipes (spawn → exit) and pseudo-terminals (spawn → text on screen).
import { spawn } from 'node:child_process';

/** Wall time from spawn to exit of `node args…`; rejects when the exit code is not `expectCode`. */
export function timeRun(args, { cwd, env, expectCode = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== expectCode) reject(new Error(`node ${args.join(' ')} exited ${code} (expected ${expectCode}):\n${output}`));
      else resolve(elapsed);
    });
  });
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Za-z0-9]|\x1b[=>78]/g;
export const stripAnsi = (s) => s.replace(ANSI, '');

/** Loads node-pty (a dev dependency); undefined when it is missing or not built. */
export async function loadPty() {
  try {
    return await import('node-pty');
  } catch {
    return undefined;
  }
}

/** A program on a pseudo-terminal, with helpers to wait for text and for the next screen change. */
export function openPty(pty, args, { cwd, env, cols = 100, rows = 40 }) {
  const start = process.hrtime.bigint();
  const term = pty.spawn(process.execPath, args, { name: 'xterm-256color', cols, rows, cwd, env });
  let screen = '';
  let lastData = start;
  let exited;
  const waiters = new Set();
  const exit = new Promise((resolve) => term.onExit((e) => resolve((exited = e))));
  term.onData((d) => {
    screen += d;
    lastData = process.hrtime.bigint();
    for (const w of [...waiters]) w(d);
  });
  const since = (t) => Number(process.hrtime.bigint() - t) / 1e6;
  const waitFor = (test, timeoutMs, what) =>
    new Promise((resolve, reject) => {
      if (test()) return resolve();
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; screen so far:\n${stripAnsi(screen).slice(-1500)}`));
      }, timeoutMs);
      const check = () => {
        if (test()) {
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        }
      };
      waiters.add(check);
      exit.then(() => {
        if (waiters.has(check)) {
          clearTimeout(timer);
          waiters.delete(check);
          reject(new Error(`the program exited (${JSON.stringify(exited)}) before ${what}; screen:\n${stripAnsi(screen).slice(-1500)}`));
        }
      });
    });
  return {
    term,
    exit,
    get screen() {
      return screen;
    },
    /** Milliseconds from spawn until `text` is on screen. */
    async timeToText(text, timeoutMs = 10_000) {
      await waitFor(() => stripAnsi(screen).includes(text), timeoutMs, `"${text}"`);
      return since(start);
    },
    /** Waits until `text` is drawn after the first `mark` characters of output. */
    async timeToTextAfter(text, mark, timeoutMs = 10_000) {
      await waitFor(() => stripAnsi(screen.slice(mark)).includes(text), timeoutMs, `"${text}"`);
      return since(start);
    },
    /** Waits until nothing was drawn for `quietMs`. */
    async settle(quietMs = 80, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const idle = since(lastData);
        if (idle >= quietMs) return;
        await new Promise((r) => setTimeout(r, quietMs - idle + 1));
      }
      throw new Error('the screen never settled');
    },
    /** Sends `keys` and returns milliseconds until the program writes anything back. */
    async keyLatency(keys, timeoutMs = 2_000) {
      const before = screen.length;
      const t = process.hrtime.bigint();
      term.write(keys);
      await waitFor(() => screen.length > before, timeoutMs, `a redraw after ${JSON.stringify(keys)}`);
      return since(t);
    },
    kill() {
      if (exited === undefined) term.kill();
      return exit;
    },
  };
}
