import chalk from 'chalk';
import { render } from 'ink';
import { initWizard } from '../engine/wizard/init.js';
import { WizardStore } from '../engine/wizard/store.js';
import { WizardApp } from './app.js';
import { endOnSignals } from '../app/end-signals.js';
import { sessionPort } from '../app/session-port.js';
import { wizardStart, type WizardOptions } from '../app/wizard-options.js';
import { nextPrompt, progressSaved } from '../app/wizard-ends.js';

const EXIT_CODES: Record<string, number> = { done: 0, kept: 0, failed: 1, interrupted: 130 };

/**
 * `stream` as Ink is given it, noting whether the text written through it so far ends a line (escape
 * sequences aside). Writes go to the stream's write() of the moment (the frame cache may be wrapping it).
 */
function lineEndTracking(stream: NodeJS.WriteStream): { stream: NodeJS.WriteStream; endsLine(): boolean } {
  let ends = true;
  // eslint-disable-next-line no-control-regex
  const escapes = /\x1b\[[0-9;?]*[A-Za-z]/g;
  const write = (chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk.replace(escapes, '') : '';
    if (text !== '') ends = text.endsWith('\n');
    return (stream.write as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
  };
  const proxy = new Proxy(stream, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { stream: proxy, endsLine: () => ends };
}

/** Draws the wizard with Ink until it reaches a final screen; Ctrl-C is an action, not a kill. */
export async function renderWizard(opts: WizardOptions, cwdArg: string): Promise<number> {
  // Ink colours with chalk's shared instance: its level follows the colour passed (restored when the wizard ends).
  const level = chalk.level;
  if (opts.colour === 'never') chalk.level = 0;
  else if (opts.colour === 'always' && level === 0) chalk.level = 1;
  const { session } = opts;
  const store = new WizardStore(initWizard(wizardStart(opts)), sessionPort(session), (run) => setImmediate(run));
  const out = lineEndTracking(process.stdout);
  const instance = render(<WizardApp store={store} cwdArg={cwdArg} ascii={opts.ascii} progressSaved={progressSaved(session)} nextPrompt={nextPrompt(session)} />, { stdout: out.stream, exitOnCtrlC: false, patchConsole: false });
  // The first frame is on screen (Ink draws it synchronously); reading the project's files comes after.
  store.lookAtProject();
  // In raw mode Ctrl-C arrives as a key; a SIGINT from elsewhere (kill -INT) ends the same way.
  const onSigint = () => store.dispatch({ type: 'interrupt' });
  process.on('SIGINT', onSigint);
  // SIGTERM and SIGHUP end it the same way, with their own exit codes (143, 129).
  const signals = endOnSignals(onSigint);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('SIGINT', onSigint);
    signals.off();
    chalk.level = level;
    // After a frame as tall as the terminal Ink draws the next one without its closing newline: the shell's
    // prompt would start on the last line of the final screen.
    if (!out.endsLine()) process.stdout.write('\n');
  }
  return signals.code ?? store.exitCode ?? EXIT_CODES[store.state.screen.name] ?? 130;
}
