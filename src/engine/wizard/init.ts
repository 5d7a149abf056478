import type { Answers, Catalogue, QuestionId } from '../../catalogue/schema.js';
import { openSteps } from '../flow.js';
import { SCOPE_LABELS, type Scope } from '../scope.js';
import { firstStep, isAsked, scopeScreen, startEdit, summaryScreen } from './navigation.js';
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

/** Why some `--edit` questions are not asked in this run (skipped by the scope, or kept in an existing document). */
function editNotice(s: WizardStart): string | undefined {
  if (!s.scope || !s.editIds?.length) return undefined;
  const scope = s.scope;
  const notAsked = s.editIds.filter((id) => !isAsked(s.catalogue, scope, id));
  if (notAsked.length === 0) return undefined;
  return `Not asked in this run (${SCOPE_LABELS[scope]} scope, or kept in an existing document): ${notAsked.join(', ')}`;
}

/** The wizard's first state: scope choice, resume offer, an `--edit` question, the summary or the first question. */
export function initWizard(s: WizardStart): WizardState {
  return {
    catalogue: s.catalogue,
    scope: s.scope,
    answers: s.answers,
    screen: firstScreen(s),
    notice: editNotice(s),
    help: false,
    generated: [],
    reread: [],
    effects: [],
  };
}
