import type { Answers, Catalogue } from '../../catalogue/schema.js';
import { isAnswered, resumePoint, steps, visibleQuestions, type Step } from '../flow.js';
import type { Scope } from '../scope.js';
import { askedFields, findQuestion } from '../visibility.js';
import type { ResumeChoice } from './types.js';

export interface ResumeInfo {
  /** The first step without an answer; undefined when every question is answered. */
  at?: Step;
  /** "7.5 Monitoring & Logging" */
  atTitle?: string;
  /** Questions of the scope whose every asked field has an answer. */
  answeredQuestions: number;
  totalQuestions: number;
  /** The question `at` is in, when some of its fields are answered already (a Ctrl-C inside it): where in it. */
  atField?: { index: number; total: number; answered: number };
}

export function resumeInfo(cat: Catalogue, scope: Scope, answers: Answers): ResumeInfo {
  const visible = visibleQuestions(cat, scope);
  const answeredQuestions = visible.filter((q) =>
    askedFields(cat, scope, q, answers).every((f) => isAnswered(answers, { questionId: q.id, fieldId: f.id })),
  ).length;
  const at = resumePoint(cat, scope, answers);
  const atTitle = at ? `${at.questionId} ${findQuestion(cat, at.questionId).title}` : undefined;
  const fields = at ? askedFields(cat, scope, findQuestion(cat, at.questionId), answers) : [];
  const done = fields.filter((f) => at && isAnswered(answers, { questionId: at.questionId, fieldId: f.id })).length;
  const atField = at && done > 0 ? { index: fields.findIndex((f) => f.id === at.fieldId) + 1, total: fields.length, answered: done } : undefined;
  return { at, atTitle, answeredQuestions, totalQuestions: visible.length, ...(atField ? { atField } : {}) };
}

/** Whether the cache holds any answer to a step the scope asks (a session to resume). */
export function hasProgress(cat: Catalogue, scope: Scope, answers: Answers): boolean {
  return steps(cat, scope, answers).some((s) => isAnswered(answers, s));
}

export interface ResumeOption {
  choice: ResumeChoice;
  label: string;
}

/** The three offers of a cached session, worded with where it stopped and how much is answered. */
export function resumeOptions(info: ResumeInfo): ResumeOption[] {
  const count = `${info.answeredQuestions} of ${info.totalQuestions} questions answered`;
  return [
    {
      choice: 'continue',
      // Inside a question (Ctrl-C after some of its fields) the count of whole questions alone would read as "nothing done".
      label: info.at
        ? `Continue at ${info.atTitle}${info.atField ? `, field ${info.atField.index} of ${info.atField.total}` : ''} (${count}${info.atField ? `; ${info.atField.answered} field${info.atField.answered === 1 ? '' : 's'} of ${info.at.questionId}` : ''})`
        : `Go to the summary (all ${info.totalQuestions} questions answered)`,
    },
    { choice: 'review', label: 'Review the answers from the first question (each one filled in; Enter keeps it)' },
    { choice: 'restart', label: 'Start over (the current answers are backed up first)' },
  ];
}

export const RESUME_CHOICES: readonly ResumeChoice[] = ['continue', 'review', 'restart'];
