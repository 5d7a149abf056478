import type { Answers, Catalogue, QuestionId } from '../../catalogue/schema.js';
import { openSteps } from '../flow.js';
import type { Preflight } from '../preflight.js';
import { SCOPE_LABELS, type Scope } from '../scope.js';
import { firstStep, isAsked, scopeScreen, startEdit, summaryScreen } from './navigation.js';
import { offerCursor } from './preflight-offer.js';
import { hasProgress } from './resume.js';
import type { Detected, PreflightOffer, Screen, WizardState } from './types.js';

export interface WizardStart {
  catalogue: Catalogue;
  /** The scope from `--scope` or the cache; unknown means it is asked first. */
  scope?: Scope;
  answers: Answers;
  /** `--review`: open the summary when every question is answered. */
  review?: boolean;
  /** `--edit`: ask just these questions (and their follow-ups), then the summary. */
  editIds?: QuestionId[];
  /** Phase 0's audit to offer before the first question (once the scope is known); `catalogue` must then be the full one. */
  preflight?: Preflight;
  /** What the project's files suggest; 'pending' while the driver is still looking (default: nothing). */
  detected?: Detected | 'pending';
}

/** What opens once scope and pre-flight are settled: an `--edit` question, the summary, the resume offer or the first question. */
export function openingScreen(cat: Catalogue, scope: Scope, answers: Answers, s: { review?: boolean; editIds?: QuestionId[] }): Screen {
  if (s.editIds?.length) return startEdit(cat, scope, answers, s.editIds);
  const complete = openSteps(cat, scope, answers).length === 0;
  if (s.review && complete) return summaryScreen(cat);
  if (hasProgress(cat, scope, answers)) return { name: 'resume', cursor: 0, confirmRestart: false };
  return firstStep(cat, scope, answers);
}

/** Why some `--edit` questions are not asked in this run (skipped by the scope, or kept in an existing document). */
export function editNotice(cat: Catalogue, scope: Scope | undefined, editIds: QuestionId[] | undefined): string | undefined {
  if (!scope || !editIds?.length) return undefined;
  const notAsked = editIds.filter((id) => !isAsked(cat, scope, id));
  if (notAsked.length === 0) return undefined;
  return `Not asked in this run (${SCOPE_LABELS[scope]} scope, or kept in an existing document): ${notAsked.join(', ')}`;
}

/** The wizard's first state: scope choice, pre-flight offer, resume offer, an `--edit` question, the summary or the first question. */
export function initWizard(s: WizardStart): WizardState {
  const offer: PreflightOffer | undefined = s.preflight
    ? { audit: s.preflight, full: s.catalogue, ...(s.review ? { review: true } : {}), ...(s.editIds?.length ? { editIds: s.editIds } : {}) }
    : undefined;
  const screen: Screen = !s.scope
    ? scopeScreen(undefined)
    : offer
      ? { name: 'preflight', cursor: offerCursor(offer) }
      : openingScreen(s.catalogue, s.scope, s.answers, s);
  return {
    catalogue: s.catalogue,
    scope: s.scope,
    answers: s.answers,
    screen,
    // With an offer pending, which --edit questions are asked is known only after the choice.
    notice: offer ? undefined : editNotice(s.catalogue, s.scope, s.editIds),
    help: false,
    generated: [],
    reread: [],
    ...(offer ? { offer } : {}),
    detected: s.detected ?? { prefills: [], notes: [] },
    effects: [],
  };
}
