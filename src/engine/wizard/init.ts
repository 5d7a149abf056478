import type { Answers, Catalogue, QuestionId } from '../../catalogue/schema.js';
import { openSteps } from '../flow.js';
import type { Scope } from '../scope.js';
import { firstStep, scopeScreen, startEdit, summaryScreen } from './navigation.js';
import { hasProgress } from './resume.js';
import type { Screen, WizardState } from './types.js';

export interface WizardStart {
  catalogue: Catalogue;
  /** The scope from `--scope` or the cache; unknown means it is asked first. */
  scope?: Scope;
  answers: Answers;
  /** `--review`: open the summary when every question is answered. */
  review?: boolean;
  /** `--edit`: ask just these questions (and their follow-ups), then the summary. */
  editIds?: QuestionId[];
}

function firstScreen(s: WizardStart): Screen {
  const { catalogue: cat, scope, answers } = s;
  if (!scope) return scopeScreen(undefined);
  if (s.editIds?.length) return startEdit(cat, scope, answers, s.editIds);
  const complete = openSteps(cat, scope, answers).length === 0;
  if (s.review && complete) return summaryScreen(cat);
  if (hasProgress(cat, scope, answers)) return { name: 'resume', cursor: 0, confirmRestart: false };
  return firstStep(cat, scope, answers);
}

/** The wizard's first state: scope choice, resume offer, an `--edit` question, the summary or the first question. */
export function initWizard(s: WizardStart): WizardState {
  return {
    catalogue: s.catalogue,
    scope: s.scope,
    answers: s.answers,
    screen: firstScreen(s),
    help: false,
    generated: [],
    reread: [],
    effects: [],
  };
}
