import type { Answers, Catalogue, QuestionId } from '../../catalogue/schema.js';
import { nextStep, openSteps, previousStep, questionSteps, steps, type Step } from '../flow.js';
import { modeOf, type Scope } from '../scope.js';
import { findQuestion } from '../visibility.js';
import type { AskMode, Screen } from './types.js';

export const SCOPES: readonly Scope[] = ['mvp', 'production', 'enterprise'];

export function scopeScreen(scope: Scope | undefined): Screen {
  return { name: 'scope', cursor: Math.max(0, SCOPES.indexOf(scope ?? 'production')) };
}

/** The summary screen with the cursor on its confirm item (after the last line). */
export function summaryScreen(cat: Catalogue): Screen {
  return { name: 'summary', cursor: cat.questions.length };
}

function ask(step: Step, mode: AskMode): Screen {
  return { name: 'question', step, mode };
}

/** Where to go when nothing more is queued: the first open step, else the summary. */
function openOrSummary(cat: Catalogue, scope: Scope, answers: Answers): Screen {
  const open = openSteps(cat, scope, answers)[0];
  return open ? ask(open, { kind: 'flow' }) : summaryScreen(cat);
}

/** Whether this run asks the question (in full or simplified), as opposed to skipping it or keeping it in an existing document. */
export function isAsked(cat: Catalogue, scope: Scope, id: QuestionId): boolean {
  const mode = modeOf(scope, findQuestion(cat, id));
  return mode === 'full' || mode === 'simplified';
}

/** The first step of the first question in `queue` that this run asks (later ones stay queued). */
export function startEdit(cat: Catalogue, scope: Scope, answers: Answers, queue: QuestionId[]): Screen {
  const rest = queue.filter((id) => isAsked(cat, scope, id));
  for (let i = 0; i < rest.length; i++) {
    const first = questionSteps(cat, scope, answers, rest[i]!)[0];
    if (first) return ask(first, { kind: 'edit', queue: rest.slice(i) });
  }
  return openOrSummary(cat, scope, answers);
}

const sameStep = (a: Step) => (b: Step) => a.questionId === b.questionId && a.fieldId === b.fieldId;

/** The summary with `step`'s question open and `step` selected in its list of fields. */
export function summaryAt(cat: Catalogue, scope: Scope, answers: Answers, step: Step): Screen {
  const cursor = cat.questions.findIndex((q) => q.id === step.questionId);
  const field = questionSteps(cat, scope, answers, step.questionId).findIndex(sameStep(step));
  return cursor < 0 ? summaryScreen(cat) : field < 0 ? { name: 'summary', cursor } : { name: 'summary', cursor, field };
}

/**
 * Changing one field from the summary: the screen after a field of `mode` was answered (`before` and
 * `after`: the answers without and with the new value). The fields the answer newly shows (its follow-ups,
 * in this question or another) are asked next, in the phase's order; fields it hides are dropped from the
 * queue; then the summary, its cursor on the line the change was made from (to see it changed).
 */
export function afterFieldAnswer(cat: Catalogue, scope: Scope, before: Answers, after: Answers, mode: Extract<AskMode, { kind: 'field' }>): Screen {
  const was = steps(cat, scope, before);
  const queue = steps(cat, scope, after).filter((s) => mode.queue.some(sameStep(s)) || !was.some(sameStep(s)));
  const next = queue[0];
  if (next) return ask(next, { ...mode, queue: queue.slice(1) });
  const line = cat.questions.findIndex((q) => q.id === mode.from);
  return line >= 0 ? { name: 'summary', cursor: line } : summaryScreen(cat);
}

/** The field `step` alone, asked from the summary (undefined when this run does not ask it). */
export function startFieldEdit(cat: Catalogue, scope: Scope, answers: Answers, step: Step): Screen | undefined {
  return questionSteps(cat, scope, answers, step.questionId).some(sameStep(step)) ? ask(step, { kind: 'field', from: step.questionId, queue: [] }) : undefined;
}

/** The screen after `step` was answered (answers already include the new value); see afterFieldAnswer for `field` mode. */
export function afterAnswer(cat: Catalogue, scope: Scope, answers: Answers, step: Step, mode: AskMode): Screen {
  const next = nextStep(cat, scope, answers, step);
  if (mode.kind === 'field') return afterFieldAnswer(cat, scope, answers, answers, mode);
  if (mode.kind === 'flow') return next ? ask(next, mode) : openOrSummary(cat, scope, answers);
  if (next && next.questionId === mode.queue[0]) return ask(next, mode);
  return startEdit(cat, scope, answers, mode.queue.slice(1));
}

/** The screen before `step`: the previous visible step; out of an edited question, the summary; before the first, the scope. */
export function beforeStep(cat: Catalogue, scope: Scope, answers: Answers, step: Step, mode: AskMode): Screen {
  // Out of a field opened from the summary: back to its line, open on that field (a follow-up of another question: the line).
  if (mode.kind === 'field') return summaryAt(cat, scope, answers, step.questionId === mode.from ? step : { questionId: mode.from, fieldId: '' });
  const prev = previousStep(cat, scope, answers, step);
  if (mode.kind === 'edit') return prev && prev.questionId === step.questionId ? ask(prev, mode) : summaryScreen(cat);
  return prev ? ask(prev, mode) : scopeScreen(scope);
}

/** Back from the summary: the last visible step. */
export function lastStep(cat: Catalogue, scope: Scope, answers: Answers): Screen {
  const all = steps(cat, scope, answers);
  const last = all[all.length - 1];
  return last ? ask(last, { kind: 'flow' }) : scopeScreen(scope);
}

export function firstStep(cat: Catalogue, scope: Scope, answers: Answers): Screen {
  const first = steps(cat, scope, answers)[0];
  return first ? ask(first, { kind: 'flow' }) : summaryScreen(cat);
}

/** Summary lines the cursor can stop on: those of questions this run asks, plus the confirm item. */
export function summaryStops(cat: Catalogue, scope: Scope): number[] {
  const lines = cat.questions.flatMap((q, i) => (isAsked(cat, scope, q.id) ? [i] : []));
  return [...lines, cat.questions.length];
}
