import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawn, type IPty } from 'node-pty';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'ai-flow.js');

/** The child's environment: a real-looking terminal whatever the parent is (CI=true, no TTY, NO_COLOR). */
export function terminalEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'GITHUB_ACTIONS', 'TERM_PROGRAM', 'VITEST', 'VITEST_WORKER_ID', 'NODE_OPTIONS']) delete env[k];
  const config = join(home, 'config');
  mkdirSync(config, { recursive: true });
  // CI=true makes Ink print only the final frame; preferences must not leak in from the user's config.
  return { ...env, CI: 'false', TERM: 'xterm-256color', XDG_CONFIG_HOME: config, HOME: home, LANG: 'en_US.UTF-8', ...extra };
}

const WAIT_MS = 20_000;

/**
 * `ai-flow` in a pseudo-terminal. Tests wait for text on screen (never for time): `send` marks the output
 * so far, and `waitFor` looks only at what was drawn after the mark.
 */
export class Term {
  private readonly pty: IPty;
  private raw = '';
  private mark = 0;
  private listeners = new Set<() => void>();
  private lastSent = '';
  readonly exit: Promise<number>;

  constructor(args: string[], opts: { cwd: string; env: Record<string, string>; cols?: number; rows?: number }) {
    this.pty = spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols: opts.cols ?? 120, rows: opts.rows ?? 60, cwd: opts.cwd, env: opts.env });
    this.pty.onData((d) => {
      this.raw += d;
      for (const l of this.listeners) l();
    });
    this.exit = new Promise((resolve) => this.pty.onExit((e) => {
      for (const l of this.listeners) l();
      resolve(e.exitCode);
    }));
  }

  /** Everything written so far, escape sequences included. */
  get output(): string {
    return this.raw;
  }

  /** What was drawn since the last `send`, as text. */
  get recent(): string {
    return stripVTControlCharacters(this.raw.slice(this.mark));
  }

  send(keys: string): void {
    this.lastSent = keys;
    this.mark = this.raw.length;
    this.pty.write(keys);
  }

  /** Resolves with the recent text once it contains `what`; fails with the screen when it never does. */
  waitFor(what: string | RegExp, ms = WAIT_MS): Promise<string> {
    const found = () => (typeof what === 'string' ? this.recent.includes(what) : what.test(this.recent));
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!found()) return;
        cleanup();
        resolve(this.recent);
      };
      const timer = setTimeout(() => {
        cleanup();
        const before = stripVTControlCharacters(this.raw.slice(0, this.mark)).slice(-6000);
        reject(new Error(`waited for ${String(what)} on screen after sending ${JSON.stringify(this.lastSent)}; drawn since:\n${this.recent.slice(-3000)}\n--- drawn before:\n${before}`));
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Sends keys and waits for `what` in what they draw. */
  async press(keys: string, what: string | RegExp): Promise<string> {
    this.send(keys);
    return this.waitFor(what);
  }

  resize(cols: number, rows: number): void {
    this.mark = this.raw.length;
    this.pty.resize(cols, rows);
  }

  /** Sends a signal to the program (the terminal stays open). */
  signal(name: 'SIGTERM' | 'SIGHUP' | 'SIGINT'): void {
    this.mark = this.raw.length;
    this.pty.kill(name);
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // already gone
    }
  }

  /** Kills the program and waits (up to 5 s) until it is gone, so its folder can be removed after the test. */
  async close(): Promise<void> {
    this.kill();
    await Promise.race([this.exit, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  }
}

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  enter: '\r',
  esc: '\u001B',
  tab: '\t',
  ctrlU: '\u0015',
  ctrlC: '\u0003',
} as const;

/**
 * The end of the key-hint line, the last line of every wizard frame: once it is drawn, the frame is
 * complete — and keys are live (the wizard draws hints only after raw mode is on). It may wrap.
 */
export const FRAME_END = /save\s*&\s*quit/;

/** Presses Enter (keeping each preselected answer) until a frame shows `what`. */
export async function enterUntil(t: Term, what: string | RegExp, max = 200): Promise<string> {
  const has = (s: string) => (typeof what === 'string' ? s.includes(what) : what.test(s));
  if (has(t.recent)) return t.recent;
  for (let i = 0; i < max; i++) {
    const frame = await t.press(KEY.enter, FRAME_END);
    if (has(frame)) return frame;
  }
  throw new Error(`pressed Enter ${max} times without seeing ${String(what)}`);
}
