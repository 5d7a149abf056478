import type { QuestionId } from '../catalogue/schema.js';
import type { Preflight } from '../engine/preflight.js';
import type { ColorMode } from '../prefs/schema.js';
import type { Scope } from '../engine/scope.js';
import type { WizardStart } from '../engine/wizard/init.js';
import type { Session } from './session.js';

/** What an interactive run asks of the wizard, drawn by Ink (src/ui) or line by line (src/plain). */
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
