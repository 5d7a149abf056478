import { initWizard } from '../engine/wizard/init.js';
import { WizardStore } from '../engine/wizard/store.js';
import { invocation } from '../app/invocation.js';
import type { WizardState } from '../engine/wizard/types.js';
import { completionLines, cwdFlag, failedNote, keptLines, rereadLine, resumeLine } from '../engine/wizard/text.js';
import { wizardStart, type WizardOptions } from '../app/wizard-options.js';
import { cwdArgument } from '../app/cwd-argument.js';
import { sessionPort } from '../app/session-port.js';
import { nextPrompt, progressSaved } from '../app/wizard-ends.js';
import { endOnSignals } from '../app/end-signals.js';
import { askScreen, type PlainLook, type PlainMemo } from './plain-screens.js';
import { inquirerIo, isPromptExit, type PlainIo } from './plain-io.js';

/**
 * `--plain` (and TERM=dumb): the same wizard, one printed line and one typed answer at a time, nothing
 * redrawn — usable with a screen reader. Same saving (each answer at once), same back (`<`), same summary.
 */
export async function runPlain(opts: WizardOptions, io: PlainIo = inquirerIo(process.stdout, opts.colour)): Promise<number> {
  const { session } = opts;
  const store = new WizardStore(initWizard(wizardStart(opts)), sessionPort(session));
  // Nothing is drawn before the first prompt, so the project is looked at right away (detected values become the defaults).
  store.lookAtProject();
  return drivePlain(store, io, cwdArgument(session.root), { ascii: opts.ascii }, { saved: progressSaved(session), nextPrompt: nextPrompt(session) });
}

/** What the closing lines need to know about the project: whether anything is saved, the next phase's prompt file. */
export interface PlainEnds {
  saved?: (state: WizardState) => boolean;
  nextPrompt?: () => string | undefined;
}

const savedInState = (s: WizardState): boolean => s.scope !== undefined || Object.keys(s.answers).length > 0;

/** Asks screen after screen until the wizard ends; prints the closing lines; returns the exit code. */
export async function drivePlain(store: WizardStore, io: PlainIo, cwdArg: string, look: PlainLook = {}, ends: PlainEnds = {}): Promise<number> {
  const memo: PlainMemo = {};
  const interrupted = () => {
    store.dispatch({ type: 'interrupt' });
  };
  process.once('SIGINT', interrupted);
  // SIGTERM and SIGHUP end it the same way (the question being asked is cancelled), exiting 143 / 129.
  const signals = endOnSignals(() => {
    interrupted();
    io.cancel?.();
  });
  try {
    while (store.exitCode === undefined) {
      const action = await askScreen(io, store.state, memo, look);
      if (action) store.dispatch(action);
      await store.settled();
    }
  } catch (e) {
    if (!isPromptExit(e)) throw e;
    store.dispatch({ type: 'interrupt' });
  } finally {
    process.off('SIGINT', interrupted);
    signals.off();
  }
  const s = store.state;
  const saved = (ends.saved ?? savedInState)(s);
  if (s.screen.name === 'interrupted') io.print(resumeLine(cwdArg, saved, invocation()));
  if (s.screen.name === 'failed') io.print(`✖ ${s.screen.message}\n${failedNote(saved)}`);
  if (s.screen.name === 'kept') keptLines(s.offer?.audit.document ?? 'the existing document', cwdFlag(cwdArg), invocation()).forEach((l) => io.print(l));
  if (s.screen.name === 'done') {
    io.print();
    s.reread.forEach((f) => io.print(rereadLine(f, look.ascii)));
    completionLines(s.generated, look.ascii, ends.nextPrompt?.()).forEach((l) => io.print(l));
  }
  return signals.code ?? store.exitCode ?? 130;
}
