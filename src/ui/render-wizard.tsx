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

/** Draws the wizard with Ink until it reaches a final screen; Ctrl-C is an action, not a kill. */
export async function renderWizard(opts: WizardOptions, cwdArg: string): Promise<number> {
  if (process.env.FORCE_COLOR === '0') chalk.level = 0;
  const { session } = opts;
  const store = new WizardStore(initWizard(wizardStart(opts)), sessionPort(session), (run) => setImmediate(run));
  const instance = render(<WizardApp store={store} cwdArg={cwdArg} ascii={opts.ascii} progressSaved={progressSaved(session)} nextPrompt={nextPrompt(session)} />, { exitOnCtrlC: false, patchConsole: false });
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
  }
  return signals.code ?? store.exitCode ?? EXIT_CODES[store.state.screen.name] ?? 130;
}
