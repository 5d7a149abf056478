import { loadCatalogue } from '../../../src/catalogue/load.js';
import type { Answers, FieldValue } from '../../../src/catalogue/schema.js';
import type { Scope } from '../../../src/engine/scope.js';
import { defaultValue, findField, findQuestion } from '../../../src/engine/visibility.js';
import { initWizard } from '../../../src/engine/wizard/init.js';
import { wizardReducer } from '../../../src/engine/wizard/reducer.js';
import type { Action, WizardState } from '../../../src/engine/wizard/types.js';
import type { WizardPort } from '../../../src/engine/wizard/store.js';

export const cat = loadCatalogue();

export function start(scope: Scope | undefined, answers: Answers = {}, extra: { review?: boolean; editIds?: ('7.5' | '7.6')[] } = {}): WizardState {
  return initWizard({ catalogue: cat, scope, answers, ...extra });
}

export function run(state: WizardState, ...actions: Action[]): WizardState {
  return actions.reduce(wizardReducer, state);
}

/** "7.2.docker" of the question on screen, or the screen's name. */
export function at(state: WizardState): string {
  const s = state.screen;
  return s.name === 'question' ? `${s.step.questionId}.${s.step.fieldId}` : s.name;
}

/** Submits `value`, or the recommended answer of the field on screen. */
export function answer(state: WizardState, value?: FieldValue): WizardState {
  const s = state.screen;
  if (s.name !== 'question') throw new Error(`not on a question but on ${s.name}`);
  const field = findField(findQuestion(cat, s.step.questionId), s.step.fieldId);
  return wizardReducer(state, { type: 'submit', value: value === undefined ? defaultValue(field) : value });
}

/** Answers with the recommended value until the screen shows `stop` (e.g. "7.3.count" or "summary"). */
export function answerUntil(state: WizardState, stop: string): WizardState {
  let s = state;
  for (let i = 0; i < 200 && at(s) !== stop; i++) s = answer(s);
  if (at(s) !== stop) throw new Error(`never reached ${stop}; stuck at ${at(s)}`);
  return s;
}

/** A port that records saved answers and does nothing else; `over` replaces any of its methods. */
export function fakePort(over: Partial<WizardPort> = {}) {
  const saved: [string, string, FieldValue][] = [];
  const port: WizardPort = {
    setScope: () => {},
    choosePreflight: () => {},
    detect: () => ({ prefills: [], notes: [] }),
    answer: (q, f, v) => void saved.push([q, f, v]),
    restart: () => '/backup.json',
    generate: () => [{ path: 'docs/operations.md', status: 'created' }],
    reread: () => [],
    ...over,
  };
  return { port, saved };
}

/** The summary line (cursor) of question `id`. */
export function questionIndex(id: string): number {
  const i = cat.questions.findIndex((q) => q.id === id);
  if (i < 0) throw new Error(`no question ${id}`);
  return i;
}
