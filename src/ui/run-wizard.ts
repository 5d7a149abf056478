import type { Session } from '../app/session.js';
import type { QuestionId } from '../catalogue/schema.js';
import type { Preflight } from '../engine/preflight.js';
import type { ColorMode } from '../prefs/schema.js';
import type { Scope } from '../engine/scope.js';
import type { WizardStart } from '../engine/wizard/init.js';
import { cwdArgument } from './cwd-argument.js';
import { firstFrame } from './frame-cache.js';

export interface WizardOptions {
  session: Session;
  scope?: Scope;
  plain: boolean;
  review?: boolean;
  editIds?: QuestionId[];
  /** ASCII marks instead of emoji (badges, checkboxes, statuses): the resolved `ascii` setting. */
  ascii?: boolean;
  /** Colours: `never` none, `always` at least basic ones, `auto` (the default) as chalk detects the terminal. Passed, never set in process.env. */
  colour?: ColorMode;
  /** Phase 0's audit to offer before the first question (no pre-flight choice stored, no `--preflight`). */
  preflight?: Preflight;
}

/** The wizard's start from the options: the session's catalogue and answers, looking at the project still to do. */
export function wizardStart(opts: WizardOptions): WizardStart {
  const { session } = opts;
  return {
    catalogue: session.catalogue,
    scope: opts.scope,
    answers: session.state.answers,
    review: opts.review,
    editIds: opts.editIds,
    preflight: opts.preflight,
    detected: 'pending',
  };
}

/**
 * Runs the interactive wizard (Ink), or the line-by-line one with `plain`. Returns the exit code:
 * 0 done, 1 failed write, 130 interrupted. Ink is imported only here; `opts.colour` sets its colours.
 */
export async function runWizard(opts: WizardOptions): Promise<number> {
  if (opts.plain) {
    const { runPlain } = await import('../plain/run-plain.js');
    return runPlain(opts);
  }
  // A screen seen before is drawn at once from the frame cache; Ink takes its place once loaded.
  const frame = firstFrame(opts);
  frame?.replay();
  const { renderWizard } = await import('./render-wizard.js');
  const cwdArg = cwdArgument(opts.session.root);
  return frame ? frame.takeOver(() => renderWizard(opts, cwdArg)) : renderWizard(opts, cwdArg);
}
