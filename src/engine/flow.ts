import type { Answers, Catalogue, Question, QuestionId } from '../catalogue/schema.js';
import { modeOf, SCOPE_LABELS, type Scope } from './scope.js';
import { askedFields } from './visibility.js';

/** One thing the user answers: a field of a question. */
export interface Step {
  questionId: QuestionId;
  fieldId: string;
}

/** The questions this run asks (full or simplified), in the seed's order. */
export function visibleQuestions(cat: Catalogue, scope: Scope): Question[] {
  return cat.questions.filter((q) => {
    const mode = modeOf(scope, q);
    return mode === 'full' || mode === 'simplified';
  });
}

/** The questions the scope skips (their summary lines and sections are TBD). */
export function skippedQuestions(cat: Catalogue, scope: Scope): Question[] {
  return cat.questions.filter((q) => modeOf(scope, q) === 'skipped');
}

/** The questions the hybrid pre-flight leaves to the existing document. */
export function keptQuestions(cat: Catalogue, scope: Scope): Question[] {
  return cat.questions.filter((q) => modeOf(scope, q) === 'kept');
}

/** Every step of the phase for the scope, given the answers so far (follow-ups appear as answers open them). */
export function steps(cat: Catalogue, scope: Scope, answers: Answers): Step[] {
  return visibleQuestions(cat, scope).flatMap((q) =>
    askedFields(cat, scope, q, answers).map((f) => ({ questionId: q.id, fieldId: f.id })),
  );
}

/** The steps of one question. */
export function questionSteps(cat: Catalogue, scope: Scope, answers: Answers, id: QuestionId): Step[] {
  return steps(cat, scope, answers).filter((s) => s.questionId === id);
}

export function isAnswered(answers: Answers, step: Step): boolean {
  return answers[step.questionId]?.[step.fieldId] !== undefined;
}

/** Steps still without an answer. */
export function openSteps(cat: Catalogue, scope: Scope, answers: Answers): Step[] {
  return steps(cat, scope, answers).filter((s) => !isAnswered(answers, s));
}

/** Question ids that still have an open step. */
export function openQuestionIds(cat: Catalogue, scope: Scope, answers: Answers): QuestionId[] {
  return [...new Set(openSteps(cat, scope, answers).map((s) => s.questionId))];
}

/** Where an interrupted session resumes: the first step without an answer (undefined when all are answered). */
export function resumePoint(cat: Catalogue, scope: Scope, answers: Answers): Step | undefined {
  return openSteps(cat, scope, answers)[0];
}

function indexOf(list: Step[], at: Step): number {
  return list.findIndex((s) => s.questionId === at.questionId && s.fieldId === at.fieldId);
}

/** The step after `at`, computed on the current answers (so a follow-up just opened comes next). */
export function nextStep(cat: Catalogue, scope: Scope, answers: Answers, at: Step): Step | undefined {
  const list = steps(cat, scope, answers);
  const i = indexOf(list, at);
  if (i >= 0) return list[i + 1];
  // `at` was hidden by its own answer's effect; continue with the first later step of the catalogue order.
  const order = cat.questions.flatMap((q) => q.fields.map((f) => `${q.id}|${f.id}`));
  const pos = order.indexOf(`${at.questionId}|${at.fieldId}`);
  return list.find((s) => order.indexOf(`${s.questionId}|${s.fieldId}`) > pos);
}

/** The step before `at` among the visible ones. */
export function previousStep(cat: Catalogue, scope: Scope, answers: Answers, at: Step): Step | undefined {
  const list = steps(cat, scope, answers);
  const i = indexOf(list, at);
  return i > 0 ? list[i - 1] : undefined;
}

export interface Progress {
  /** 1-based position of the question among the visible questions. */
  index: number;
  total: number;
  percent: number;
  skipped: number;
  /** Left to the existing document by the hybrid pre-flight. */
  kept: number;
  scopeLabel: string;
  /** "Question 3 of 15, 2 skipped for Production-Ready" */
  text: string;
}

export function progress(cat: Catalogue, scope: Scope, id: QuestionId): Progress {
  const visible = visibleQuestions(cat, scope);
  const total = visible.length;
  const index = Math.max(1, visible.findIndex((q) => q.id === id) + 1);
  const kept = keptQuestions(cat, scope);
  const skipped = skippedQuestions(cat, scope).length;
  const scopeLabel = SCOPE_LABELS[scope];
  const percent = Math.round(((index - 1) / total) * 100);
  const skippedText = skipped > 0 ? `, ${skipped} skipped for ${scopeLabel}` : '';
  const keptText = kept.length > 0 ? `, ${kept.length} kept in ${kept[0]!.keptIn}` : '';
  return { index, total, percent, skipped, kept: kept.length, scopeLabel, text: `Question ${index} of ${total}${skippedText}${keptText}` };
}
