import type { Answers, Catalogue } from '../catalogue/schema.js';
import type { AnswerProblem } from './validate.js';

/** Rules between fields of one question that a per-field schema cannot express. */
interface Rule {
  questionId: '7.7.2' | '7.8' | '7.9.1';
  /** The field the message is attached to (the one answered last in the question's order). */
  fieldId: string;
  check(a: Record<string, unknown>): string | undefined;
}

const num = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);

const RULES: Rule[] = [
  {
    questionId: '7.7.2',
    fieldId: 'max',
    check: (a) => {
      const min = num(a.min);
      const max = num(a.max);
      return min !== undefined && max !== undefined && max < min ? `must be at least the min connections (${min})` : undefined;
    },
  },
  {
    questionId: '7.8',
    fieldId: 'maxInstances',
    check: (a) => {
      const min = num(a.minInstances);
      const max = num(a.maxInstances);
      return min !== undefined && max !== undefined && max < min ? `must be at least the minimum instances (${min})` : undefined;
    },
  },
  {
    questionId: '7.9.1',
    fieldId: 'totalTimeout',
    check: (a) => {
      const parts = [a.stopAccepting, a.finishRequests, a.closeDatabase].map(num);
      const total = num(a.totalTimeout);
      if (total === undefined || parts.some((p) => p === undefined)) return undefined;
      const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
      return total < sum ? `must be at least the sum of the three step timeouts (${sum}s)` : undefined;
    },
  },
];

/** Problems between fields of the given answers (only where both sides are answered). */
export function crossFieldProblems(_cat: Catalogue, answers: Answers): AnswerProblem[] {
  const out: AnswerProblem[] = [];
  for (const r of RULES) {
    const a = answers[r.questionId];
    if (!a) continue;
    const message = r.check(a);
    if (message) out.push({ questionId: r.questionId, fieldId: r.fieldId, message });
  }
  return out;
}
