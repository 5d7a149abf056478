import type { Answers, QuestionId } from '../../catalogue/schema.js';
import { validateFieldValue } from '../validate.js';
import { findField, findQuestion } from '../visibility.js';
import {
  afterAnswer,
  afterFieldAnswer,
  beforeStep,
  firstStep,
  isAsked,
  lastStep,
  SCOPES,
  scopeScreen,
  startEdit,
  startFieldEdit,
  summaryScreen,
  summaryStops,
} from './navigation.js';
import { questionSteps } from '../flow.js';
import { editNotice, openingScreen } from './init.js';
import { summaryAnswers } from './prefill.js';
import { catalogueFor, offerCursor, preflightChoice } from './preflight-offer.js';
import { hasProgress, RESUME_CHOICES, resumeInfo } from './resume.js';
import type { Action, ConflictChoice, Effect, Screen, WizardState } from './types.js';

/** The conflict screen's choices, in order. */
export const CONFLICT_CHOICES: readonly ConflictChoice[] = ['mine', 'new', 'markers'];

type Next = Partial<Omit<WizardState, 'effects'>> & { effects?: Effect[] };

function screenKey(s: Screen): string {
  return s.name === 'question' ? `question:${s.step.questionId}:${s.step.fieldId}` : s.name;
}

/** Applies a change; the notice survives only while the screen stays the same, and help closes on a new screen. */
function to(state: WizardState, next: Next): WizardState {
  const screen = next.screen ?? state.screen;
  const moved = screenKey(screen) !== screenKey(state.screen);
  return {
    ...state,
    help: moved ? false : state.help,
    notice: moved ? undefined : state.notice,
    ...next,
    effects: next.effects ?? [],
  };
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(n, 0), max);
}

/** Going back to the scope screen passes the pre-flight offer first, when there is one. */
function viaOffer(state: WizardState, screen: Screen): Screen {
  return screen.name === 'scope' && state.offer ? { name: 'preflight', cursor: offerCursor(state.offer) } : screen;
}

/** The fields the summary lists for the question of line `cursor` (those this run asks, on the answers the summary shows). */
function summaryFieldSteps(state: WizardState, cursor: number) {
  const q = state.catalogue.questions[cursor];
  return q && state.scope ? questionSteps(state.catalogue, state.scope, summaryAnswers(state), q.id) : [];
}

/** The pure Phase 7 wizard: each action gives the next state and the effects (saving, writing) the driver must run. */
export function wizardReducer(state: WizardState, action: Action): WizardState {
  const next = reduce(state, action);
  // An action that changes nothing asks for nothing either.
  return next === state && state.effects.length > 0 ? { ...state, effects: [] } : next;
}

function reduce(state: WizardState, action: Action): WizardState {
  const { catalogue: cat, scope, answers, screen } = state;
  switch (action.type) {
    case 'move': {
      if (screen.name === 'scope') return to(state, { screen: { ...screen, cursor: clamp(screen.cursor + action.delta, SCOPES.length - 1) } });
      if (screen.name === 'preflight' && state.offer) {
        return to(state, { screen: { ...screen, cursor: clamp(screen.cursor + action.delta, state.offer.audit.choices.length - 1) } });
      }
      if (screen.name === 'resume' && !screen.confirmRestart) {
        return to(state, { screen: { ...screen, cursor: clamp(screen.cursor + action.delta, RESUME_CHOICES.length - 1) } });
      }
      if (screen.name === 'conflict') return to(state, { screen: { ...screen, cursor: clamp(screen.cursor + action.delta, CONFLICT_CHOICES.length - 1) } });
      if (screen.name === 'summary' && scope && screen.field !== undefined) {
        const fields = summaryFieldSteps(state, screen.cursor);
        return to(state, { screen: { ...screen, field: clamp(screen.field + action.delta, fields.length) } });
      }
      if (screen.name === 'summary' && scope) {
        const stops = summaryStops(cat, scope);
        const at = Math.max(0, stops.indexOf(screen.cursor));
        return to(state, { screen: { ...screen, cursor: stops[clamp(at + action.delta, stops.length - 1)]! } });
      }
      return state;
    }
    case 'select': {
      if (screen.name === 'scope') return wizardReducer(state, { type: 'chooseScope', scope: SCOPES[screen.cursor]! });
      if (screen.name === 'preflight' && state.offer) return wizardReducer(state, { type: 'choosePreflight', mode: state.offer.audit.choices[screen.cursor]! });
      if (screen.name === 'resume' && !screen.confirmRestart) return wizardReducer(state, { type: 'resume', choice: RESUME_CHOICES[screen.cursor]! });
      if (screen.name === 'conflict') return wizardReducer(state, { type: 'resolveConflict', choice: CONFLICT_CHOICES[screen.cursor]! });
      if (screen.name === 'summary') {
        const q = cat.questions[screen.cursor];
        if (!q) return wizardReducer(state, { type: 'confirm' });
        const fields = summaryFieldSteps(state, screen.cursor);
        const field = screen.field === undefined ? undefined : fields[screen.field];
        // An open line: the chosen field, or (past the fields) the whole question again.
        if (field) return wizardReducer(state, { type: 'editField', ...field });
        if (screen.field !== undefined || fields.length === 0) return wizardReducer(state, { type: 'edit', questionId: q.id });
        // A question of one field opens it at once; one of several lists its fields to choose from.
        if (fields.length === 1) return wizardReducer(state, { type: 'editField', ...fields[0]! });
        return to(state, { screen: { ...screen, field: 0 } });
      }
      return state;
    }
    case 'chooseScope': {
      if (screen.name !== 'scope') return state;
      // With a pre-flight offer, the scope is saved together with the choice (keeping the documentation saves nothing).
      if (state.offer) return to(state, { scope: action.scope, screen: { name: 'preflight', cursor: offerCursor(state.offer) } });
      const effects: Effect[] = action.scope === scope ? [] : [{ kind: 'setScope', scope: action.scope }];
      const next = hasProgress(cat, action.scope, answers)
        ? ({ name: 'resume', cursor: 0, confirmRestart: false } as const)
        : firstStep(cat, action.scope, answers);
      return to(state, { scope: action.scope, screen: next, effects });
    }
    case 'choosePreflight': {
      const offer = state.offer;
      if (screen.name !== 'preflight' || !offer || !scope || !offer.audit.choices.includes(action.mode)) return state;
      const chosen = { ...offer, chosen: action.mode };
      if (action.mode === 'skip') return to(state, { offer: chosen, screen: { name: 'kept' }, effects: [{ kind: 'exit', code: 0 }] });
      const choice = preflightChoice(offer.full, offer.audit, action.mode, scope);
      const catalogue = catalogueFor(offer.full, choice);
      return to(state, {
        offer: chosen,
        catalogue,
        screen: openingScreen(catalogue, scope, answers, offer),
        notice: editNotice(catalogue, scope, offer.editIds),
        effects: [{ kind: 'preflight', scope, choice }],
      });
    }
    case 'detected':
      return to(state, { detected: action.detected });
    case 'resume': {
      if (screen.name !== 'resume' || !scope) return state;
      if (action.choice === 'restart') return to(state, { screen: { ...screen, cursor: 2, confirmRestart: true } });
      if (action.choice === 'review') return to(state, { screen: firstStep(cat, scope, answers) });
      const at = resumeInfo(cat, scope, answers).at;
      return to(state, { screen: at ? { name: 'question', step: at, mode: { kind: 'flow' } } : summaryScreen(cat) });
    }
    case 'confirmRestart': {
      if (screen.name !== 'resume' || !screen.confirmRestart) return state;
      if (!action.yes) return to(state, { screen: { ...screen, confirmRestart: false } });
      return to(state, { effects: [{ kind: 'restart' }] });
    }
    case 'restarted':
      return to(state, { answers: {}, screen: scopeScreen(scope), notice: `Your previous answers were backed up to ${action.backupPath}` });
    case 'submit': {
      if (screen.name !== 'question' || !scope) return state;
      const { questionId, fieldId } = screen.step;
      const field = findField(findQuestion(cat, questionId), fieldId);
      const error = validateFieldValue(cat, questionId, field, action.value, answers);
      if (error) return to(state, { screen: { ...screen, error } });
      const next: Answers = { ...answers, [questionId]: { ...answers[questionId], [fieldId]: action.value } };
      return to(state, {
        answers: next,
        screen: screen.mode.kind === 'field' ? afterFieldAnswer(cat, scope, answers, next, screen.mode) : afterAnswer(cat, scope, next, screen.step, screen.mode),
        effects: [{ kind: 'save', questionId, fieldId, value: action.value }],
      });
    }
    case 'back': {
      if (!scope) return state;
      if (state.help) return to(state, { help: false });
      if (screen.name === 'question') return to(state, { screen: viaOffer(state, beforeStep(cat, scope, answers, screen.step, screen.mode)) });
      if (screen.name === 'summary' && screen.field !== undefined) return to(state, { screen: { name: 'summary', cursor: screen.cursor } });
      if (screen.name === 'summary') return to(state, { screen: viaOffer(state, lastStep(cat, scope, answers)) });
      if (screen.name === 'preflight') return to(state, { screen: scopeScreen(scope) });
      if (screen.name === 'resume' && screen.confirmRestart) return to(state, { screen: { ...screen, confirmRestart: false } });
      if (screen.name === 'corrections') return to(state, { screen: summaryScreen(cat) });
      return state;
    }
    case 'toggleHelp':
      return screen.name === 'question' ? to(state, { help: !state.help }) : state;
    case 'edit': {
      if (screen.name !== 'summary' || !scope) return state;
      if (!isAsked(cat, scope, action.questionId)) return state;
      return to(state, { screen: startEdit(cat, scope, answers, [action.questionId as QuestionId]) });
    }
    case 'editField': {
      if (screen.name !== 'summary' || !scope) return state;
      const ask = startFieldEdit(cat, scope, summaryAnswers(state), { questionId: action.questionId, fieldId: action.fieldId });
      return ask ? to(state, { screen: ask }) : state;
    }
    case 'confirm':
      if (screen.name !== 'summary' || !scope) return state;
      return to(state, { screen: { name: 'generating' }, effects: [{ kind: 'generate', scope }] });
    case 'conflict':
      return screen.name === 'generating' ? to(state, { screen: { name: 'conflict', conflict: action.conflict, cursor: 0 } }) : state;
    case 'resolveConflict':
      if (screen.name !== 'conflict') return state;
      return to(state, { screen: { name: 'generating' }, effects: [{ kind: 'conflictChoice', choice: action.choice }] });
    case 'generated':
      return to(state, { generated: action.files, reread: [], screen: { name: 'corrections' } });
    case 'corrections': {
      if (screen.name !== 'corrections' || !scope) return state;
      const word = action.word.trim().toLowerCase();
      if (word === 'ready') return to(state, { effects: [{ kind: 'reread', scope, files: state.generated }] });
      if (word === 'continue') return to(state, { screen: { name: 'done' }, effects: [{ kind: 'exit', code: 0 }] });
      return to(state, { screen: { ...screen, error: 'Type "ready" after editing the files, or "continue" to go on.' } });
    }
    case 'rereadDone':
      return to(state, { reread: action.files, screen: { name: 'done' }, effects: [{ kind: 'exit', code: 0 }] });
    case 'failed':
      return to(state, { screen: { name: 'failed', message: action.message }, effects: [{ kind: 'exit', code: 1 }] });
    case 'interrupt':
      if (screen.name === 'done' || screen.name === 'kept' || screen.name === 'failed' || screen.name === 'interrupted') return state;
      return to(state, { screen: { name: 'interrupted' }, effects: [{ kind: 'exit', code: 130 }] });
    default: {
      const never: never = action;
      throw new Error(`unknown wizard action ${JSON.stringify(never)}`);
    }
  }
}
