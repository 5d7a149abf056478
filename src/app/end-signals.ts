/** The exit codes of a run ended by a signal, as shells report them (128 + the signal's number). */
export const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGTERM: 143 } as const;
export type EndSignal = keyof typeof SIGNAL_EXIT_CODES;

export interface EndSignals {
  /** The exit code of the signal that ended the wizard (undefined when none did). */
  readonly code: number | undefined;
  /** Stops listening. */
  off(): void;
}

/** How long the wizard has to draw its last line and restore the terminal before the process ends anyway. */
const GRACE_MS = 1500;

/**
 * SIGTERM (kill, a closing IDE or container) and SIGHUP (the terminal went away) end the wizard the way
 * Ctrl-C does: `interrupt` draws the "progress saved … resume with" line and lets the renderer restore
 * the terminal (raw mode off, cursor shown); the run then exits 143 / 129. Writing to a terminal that hung
 * up fails with EIO: the CLI's output guard drops such writes (src/cli/io.ts), and a grace timer ends the
 * process if the renderer cannot finish.
 */
export function endOnSignals(interrupt: () => void): EndSignals {
  let code: number | undefined;
  const off = () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    process.stdin.off('error', onStdinError);
    process.stdin.off('end', onStdinEnd);
  };
  const handlers = (Object.keys(SIGNAL_EXIT_CODES) as EndSignal[]).map((signal) => {
    const handler = () => {
      if (code !== undefined) return;
      if (signal === 'SIGHUP' && terminalGone()) {
        // Nothing can be drawn, and Node 20 aborts when it restores a terminal that is gone at exit
        // (nodejs/node#51519): end by the signal itself, once the exit hooks (the project lock) have run.
        off();
        process.kill(process.pid, signal);
        return;
      }
      code = SIGNAL_EXIT_CODES[signal];
      setTimeout(() => process.exit(code), GRACE_MS).unref();
      interrupt();
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  // A hung-up terminal can also fail reads: never a crash for that.
  const onStdinError = (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EIO' && e.code !== 'EPIPE') throw e;
  };
  process.stdin.on('error', onStdinError);
  // A terminal closed without a SIGHUP reaching us (its shell ignores it): the keyboard ends. Same ending.
  const onStdinEnd = () => {
    if (terminalGone()) handlers.find(([signal]) => signal === 'SIGHUP')?.[1]();
  };
  process.stdin.on('end', onStdinEnd);
  return {
    get code() {
      return code;
    },
    off,
  };
}

/** Whether stdout's terminal has hung up (asking its size fails with EIO then). */
function terminalGone(): boolean {
  const handle = (process.stdout as unknown as { _handle?: { getWindowSize?: (size: number[]) => number } })._handle;
  if (!process.stdout.isTTY || typeof handle?.getWindowSize !== 'function') return false;
  return handle.getWindowSize([0, 0]) !== 0;
}
