import chalk from 'chalk';
import { render } from 'ink';
import { initWizard } from '../engine/wizard/init.js';
import { WizardStore } from '../engine/wizard/store.js';
import { WizardApp } from './app.js';
import type { WizardOptions } from './run-wizard.js';
import { sessionPort } from './session-port.js';

const EXIT_CODES: Record<string, number> = { done: 0, failed: 1, interrupted: 130 };

/** Draws the wizard with Ink until it reaches a final screen; Ctrl-C is an action, not a kill. */
export async function renderWizard(opts: WizardOptions, cwdArg: string): Promise<number> {
  if (process.env.FORCE_COLOR === '0') chalk.level = 0;
  const { session } = opts;
  const initial = initWizard({ catalogue: session.catalogue, scope: opts.scope, answers: session.state.answers, review: opts.review, editIds: opts.editIds });
  const store = new WizardStore(initial, sessionPort(session), (run) => setImmediate(run));
  const instance = render(<WizardApp store={store} cwdArg={cwdArg} />, { exitOnCtrlC: false, patchConsole: false });
  // In raw mode Ctrl-C arrives as a key; a SIGINT from elsewhere (kill -INT) ends the same way.
  const onSigint = () => store.dispatch({ type: 'interrupt' });
  process.on('SIGINT', onSigint);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('SIGINT', onSigint);
  }
  return store.exitCode ?? EXIT_CODES[store.state.screen.name] ?? 130;
}
