import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { initWizard } from '../engine/wizard/init.js';
import { cwdArgument } from './cwd-argument.js';
import { wizardStart, type WizardOptions } from './run-wizard.js';

/** Defined by the bundle build (scripts/build.mjs): a hash of the bundle's code. Unset when running from source. */
declare const __AI_FLOW_BUILD_ID__: string | undefined;

/** Frames kept per user (a few KB each); the least recently shown go first. */
const KEEP = 40;
/** The escape sequences a frame may hold: colours, cursor hide, synchronized update. Anything else (cursor moves) is not replayed. */
// eslint-disable-next-line no-control-regex
const HARMLESS_ESCAPES = /\x1b\[[0-9;]*m|\x1b\[\?25l|\x1b\[\?2026[hl]/g;
const visible = (chunk: string) => chunk.replace(HARMLESS_ESCAPES, '') !== '';
/**
 * A frame that can be drawn again and erased by line count: text, colours and the harmless escapes only
 * (no cursor moves), and shorter than the terminal (a taller one would scroll part of itself out of reach).
 */
function replayable(writes: string[], rows: number | undefined): boolean {
  const frame = writes.find(visible);
  return frame !== undefined && frame.split('\n').length < (rows ?? 0) && writes.every((w) => !w.replace(HARMLESS_ESCAPES, '').includes('\x1b'));
}

/** ansi-escapes' eraseLines(n), as Ink erases its previous frame. */
const eraseLines = (n: number) => `${'\x1b[2K\x1b[1A'.repeat(Math.max(0, n - 1))}\x1b[2K\x1b[G`;

export interface FirstFrame {
  /** Prints the first frame this screen had last time (if any) while Ink loads: the wizard shows at once. */
  replay(): void;
  /** Runs Ink's first render: its frame replaces the replayed one in place (or is kept for next time). */
  takeOver<T>(firstRender: () => T): T;
}

/**
 * The wizard's first frame, cached per user: loading Ink costs ~60–90 ms, so a screen seen before (same
 * code, start state, terminal size and colours) is drawn from the frame Ink drew then, byte for byte, and
 * Ink's own first frame takes its place (unchanged on screen when equal, else erased and redrawn as Ink
 * redraws any frame). Undefined when it cannot apply: running from source, not a terminal, CI (Ink draws
 * only the last frame there), or AI_FLOW_FRAME_CACHE=0.
 */
export function firstFrame(opts: WizardOptions, env: NodeJS.ProcessEnv = process.env): FirstFrame | undefined {
  const out = process.stdout;
  const ci = ['CI', 'CONTINUOUS_INTEGRATION'].some((k) => k in env && env[k] !== '0' && env[k] !== 'false');
  if (typeof __AI_FLOW_BUILD_ID__ !== 'string' || !out.isTTY || !process.stdin.isTTY || ci || env.AI_FLOW_FRAME_CACHE === '0') return undefined;
  const dir = join(cacheFolder(env), 'frames');
  const colour = ['FORCE_COLOR', 'NO_COLOR', 'TERM', 'COLORTERM', 'TERM_PROGRAM', 'TERM_PROGRAM_VERSION', 'INK_SCREEN_READER'].map((k) => env[k] ?? null);
  const key = createHash('sha256')
    .update(JSON.stringify([__AI_FLOW_BUILD_ID__, out.columns, out.rows, colour, process.argv.filter((a) => /^--(no-)?colou?r/.test(a)), opts.ascii ?? false, opts.colour ?? 'auto', cwdArgument(opts.session.root), initWizard(wizardStart(opts))]))
    .digest('hex')
    .slice(0, 32);
  const file = join(dir, `${key}.frame`);
  /** What Ink wrote for this screen's first frame last time, write by write. */
  let replayed: string[] | undefined;
  const showCursor = () => out.write('\x1b[?25h');

  return {
    replay() {
      try {
        const writes: unknown = JSON.parse(readFileSync(file, 'utf8'));
        if (!Array.isArray(writes) || !writes.every((w) => typeof w === 'string') || !replayable(writes, out.rows)) return;
        replayed = writes as string[];
        utimesSync(file, new Date(), new Date());
      } catch {
        return;
      }
      out.write(replayed.join(''));
      // Keys typed before Ink listens wait in the terminal, unechoed; the cursor comes back if Ink never starts.
      process.stdin.setRawMode(true);
      process.once('exit', showCursor);
    },
    takeOver(firstRender) {
      const own = Object.hasOwn(out, 'write');
      const write = out.write;
      const pass = (self: unknown, args: unknown[]) => (write as (...a: unknown[]) => boolean).apply(self, args);
      const written: string[] = [];
      let framed = false;
      const finish = () => {
        if (own) out.write = write;
        else delete (out as { write?: unknown }).write;
        if (replayable(written, out.rows) && written.join('') !== replayed?.join('')) store(dir, file, JSON.stringify(written));
      };
      out.write = function (this: unknown, chunk: unknown, ...rest: unknown[]) {
        const text = String(chunk);
        written.push(text);
        if (framed || !visible(text)) return pass(this, [chunk, ...rest]);
        framed = true;
        // Done after Ink's first frame and what it writes with it (the end of a synchronized update).
        process.nextTick(finish);
        const before = replayed?.find(visible);
        if (before === undefined) return pass(this, [chunk, ...rest]);
        process.off('exit', showCursor);
        if (text === before) {
          const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
          if (done) process.nextTick(done);
          return true;
        }
        return pass(this, [`${eraseLines(before.split('\n').length)}${text}`, ...rest.filter((r) => typeof r === 'function')]);
      } as typeof out.write;
      return firstRender();
    },
  };
}

/** The user's cache folder for ai-flow, as bin/ai-flow.js finds it for the code cache. */
function cacheFolder(env: NodeJS.ProcessEnv): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'ai-flow');
  if (process.platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'ai-flow', 'Cache');
  return join(homedir(), process.platform === 'darwin' ? join('Library', 'Caches') : '.cache', 'ai-flow');
}

/** Keeps a frame for next time (atomically: a reader sees a whole frame or none) and drops the oldest beyond KEEP. */
function store(dir: string, file: string, frame: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, frame);
    renameSync(tmp, file);
    const frames = readdirSync(dir).filter((f) => f.endsWith('.frame'));
    if (frames.length <= KEEP) return;
    const byAge = frames.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
    for (const { f } of byAge.slice(0, frames.length - KEEP)) rmSync(join(dir, f), { force: true });
  } catch {
    // no cache folder: the next run loads Ink before its first frame, as without one
  }
}
