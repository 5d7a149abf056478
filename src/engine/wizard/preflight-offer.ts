import type { Catalogue, QuestionId } from '../../catalogue/schema.js';
import { visibleQuestions } from '../flow.js';
import { withKept } from '../plan.js';
import { hybridSplit, type Preflight, type PreflightMode } from '../preflight.js';
import type { Scope } from '../scope.js';
import type { PreflightChoiceData, PreflightOffer } from './types.js';

/** What the documents call an existing document Phase 0 did not name. */
export const DOCUMENT = 'the existing document';

/** The questions a hybrid run asks at this scope: those behind the audit's gaps. */
export function gapQuestions(full: Catalogue, audit: Preflight, scope: Scope): QuestionId[] {
  return hybridSplit(audit, visibleQuestions(full, scope).map((q) => q.id)).ask;
}

/** What choosing `mode` records: hybrid keeps every question of the scope outside the gaps in the existing document. */
export function preflightChoice(full: Catalogue, audit: Preflight, mode: PreflightMode, scope: Scope): PreflightChoiceData {
  const kept = mode === 'hybrid' ? hybridSplit(audit, visibleQuestions(full, scope).map((q) => q.id)).kept : [];
  return audit.document === undefined ? { mode, kept } : { mode, kept, document: audit.document };
}

/** The catalogue a choice leaves to ask: with hybrid, the kept questions are marked so nothing asks them. */
export function catalogueFor(full: Catalogue, choice: PreflightChoiceData): Catalogue {
  return choice.mode === 'hybrid' ? withKept(full, choice.kept, choice.document ?? DOCUMENT) : full;
}

export interface PreflightOption {
  mode: PreflightMode;
  label: string;
  recommended: boolean;
}

/** The offer's choices in the audit's order (recommended first), worded for this scope. */
export function preflightOptions(offer: PreflightOffer, scope: Scope): PreflightOption[] {
  const doc = offer.audit.document ?? DOCUMENT;
  const ask = gapQuestions(offer.full, offer.audit, scope);
  const label = (mode: PreflightMode): string => {
    if (mode === 'skip') return `Keep the existing documentation (${doc})`;
    if (mode === 'full') return 'Answer every question';
    return ask.length > 0
      ? `Answer only the questions behind the gaps (${ask.join(', ')})`
      : 'Answer only the questions behind the gaps (none of them is asked at this scope)';
  };
  return offer.audit.choices.map((mode) => ({ mode, label: label(mode), recommended: mode === offer.audit.recommended }));
}

/** Where the cursor starts on the offer: the mode chosen earlier in this run, else the recommended one. */
export function offerCursor(offer: PreflightOffer): number {
  return Math.max(0, offer.audit.choices.indexOf(offer.chosen ?? offer.audit.recommended));
}
