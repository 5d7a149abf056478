import { isatty } from 'node:tty';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
}

/** Errors of a stream whose reader went away: a closed pipe (`| head -1`), a terminal that hung up. */
const GONE = new Set(['EPIPE', 'EIO', 'ECONNRESET', 'ERR_STREAM_DESTROYED']);

/** Whether the reader of stdout / stderr has gone away (nothing more is written to it). */
export const outputGone = { stdout: false, stderr: false };

/**
 * When the reader of stdout or stderr goes away, the rest of the output is dropped quietly (no EPIPE stack
 * trace) and the run finishes what it was doing, ending with its own exit code (0 for `--dry-run | head -1`),
 * as git and ls end quietly on a closed pipe. Any other stream error is still thrown.
 */
export function dropOutputWhenReaderGoes(): void {
  for (const name of ['stdout', 'stderr'] as const) {
    const stream = process[name];
    const guarded = stream as { aiFlowGuarded?: boolean };
    if (guarded.aiFlowGuarded) continue;
    guarded.aiFlowGuarded = true;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (!GONE.has(e.code ?? '')) throw e;
      outputGone[name] = true;
    });
  }
}

/** Writes to a standard stream unless its reader has gone (a write to a closed pipe throws or errors). */
export function writeIfOpen(name: 'stdout' | 'stderr', text: string): void {
  if (outputGone[name]) return;
  const stream = process[name];
  if (stream.destroyed || !stream.writable) {
    outputGone[name] = true;
    return;
  }
  try {
    stream.write(text);
  } catch (e) {
    if (!GONE.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
    outputGone[name] = true;
  }
}

export function processIo(): Io {
  dropOutputWhenReaderGoes();
  return {
    out: (t) => writeIfOpen('stdout', t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => writeIfOpen('stderr', t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
    cwd: process.cwd(),
    // isatty(0) is what process.stdin.isTTY reports, without creating the stdin stream a run that asks nothing
    // never reads (≈ 10 M instructions, 2 % of a full run: a stream over /dev/null or a pipe and its modules).
    stdinIsTTY: isatty(0),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  };
}

/** An Io that records what was written (for tests and for capturing output). */
export function memoryIo(over: Partial<Io> = {}): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(t: string) {
      io.stdout += t.endsWith('\n') ? t : `${t}\n`;
    },
    err(t: string) {
      io.stderr += t.endsWith('\n') ? t : `${t}\n`;
    },
    env: {} as Record<string, string | undefined>,
    cwd: process.cwd(),
    stdinIsTTY: false,
    stdoutIsTTY: false,
    ...over,
  };
  return io;
}
