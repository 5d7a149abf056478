import type { Answers, FieldValue, QuestionId } from '../../catalogue/schema.js';
import { withPreferred } from '../defaults.js';
import type { Step } from '../flow.js';
import { formatValue } from '../format.js';
import { defaultValue, effectiveValue, findField, findQuestion, ruleFor } from '../visibility.js';
import type { WizardState } from './types.js';

export interface Preselected {
  /** What the input starts from. */
  value: FieldValue;
  /** Why, when the value is what the project's files suggest ("detected: Dockerfile"). */
  evidence?: string;
}

const same = (a: FieldValue, b: FieldValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The value a field's input starts from: the cached answer (it always wins), else the value detected in
 * the project, else the recommended default. The evidence comes along whenever the value shown is the
 * detected one, so going back to a confirmed detected answer still says where it came from.
 */
export function preselected(state: WizardState, step: Step): Preselected {
  const q = findQuestion(state.catalogue, step.questionId);
  const field = findField(q, step.fieldId);
  const found = state.detected === 'pending' ? undefined : state.detected.prefills.find((p) => p.questionId === step.questionId && p.fieldId === step.fieldId);
  const given = state.answers[step.questionId]?.[step.fieldId] ?? found?.value;
  if (given !== undefined) return found && same(given, found.value) ? { value: given, evidence: found.evidence } : { value: given };
  // no answer yet: the recommended default, which may follow an earlier answer (then it says which)
  const rule = ruleFor(state.catalogue, q, field, state.answers);
  if (!rule) return { value: defaultValue(field) };
  const target = rule.target;
  const targetValue = effectiveValue(state.catalogue, target.question, target.field, state.answers);
  return { value: rule.value, evidence: `Suggested for ${formatValue(target.field, targetValue, { short: true })} (${target.question.id} ${target.field.label.replace(/\?$/, '')})` };
}

/** What the project's files say about a question that fills no field (shown under its help line). */
export function projectNotes(state: WizardState, questionId: QuestionId): string[] {
  return state.detected === 'pending' ? [] : state.detected.notes.filter((n) => n.questionId === questionId).map((n) => n.evidence);
}

/**
 * The answers the summary and the documents show: the user's, then what the project's files suggest for
 * the fields not answered (a simplified question's unasked tool stays the project's own), then defaults.
 */
export function summaryAnswers(state: WizardState): Answers {
  if (state.detected === 'pending' || state.detected.prefills.length === 0) return state.answers;
  const detected: Answers = {};
  for (const p of state.detected.prefills) detected[p.questionId] = { ...detected[p.questionId], [p.fieldId]: p.value };
  return withPreferred(state.answers, detected);
}
