import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from './session.js';
import type { WizardState } from '../engine/wizard/types.js';
import { nextPhasePromptPath } from '../engine/wizard/text.js';

/**
 * Whether anything of this phase is in the cache when the wizard ends early: a saved scope, or answers
 * (those in the wizard were either read from the cache or saved the moment they were given). A scope chosen
 * on the scope screen but held back until the pre-flight choice is not saved yet, and does not count.
 */
export function progressSaved(session: Session): (state: WizardState) => boolean {
  return (state) => session.state.scope !== undefined || Object.keys(session.state.answers).length > 0 || Object.keys(state.answers).length > 0;
}

/** The next phase's prompt file when the project has it (for its type, else the backend one); undefined otherwise. */
export function nextPrompt(session: Session): () => string | undefined {
  return () => {
    const types = new Set([session.project().projectType ?? 'backend', 'backend']);
    return [...types].map(nextPhasePromptPath).find((p) => existsSync(join(session.root, p)));
  };
}
