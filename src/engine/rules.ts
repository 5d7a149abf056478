import type { Answers, Catalogue } from '../catalogue/schema.js';

/** A problem with given answers, found by validation (src/engine/validate.ts) or a rule here. */
export interface AnswerProblem {
  questionId?: string;
  fieldId?: string;
  message: string;
}

/** Rules between fields of one question that a per-field schema cannot express. */
interface Rule {
  questionId: '7.7.2' | '7.8' | '7.9.1';
  /** The field the message is attached to (the one answered last in the question's order). */
  fieldId: string;
  check(a: Record<string, unknown>): string | undefined;
}

const num = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);

/** `max` must be at least `min` (both fields of one question). */
function atLeast(questionId: Rule['questionId'], min: string, max: string, what: string): Rule {
  return {
    questionId,
    fieldId: max,
    check: (a) => {
      const lo = num(a[min]);
      const hi = num(a[max]);
      return lo !== undefined && hi !== undefined && hi < lo ? `must be at least the ${what} (${lo})` : undefined;
    },
  };
}

const RULES: Rule[] = [
  atLeast('7.7.2', 'min', 'max', 'min connections'),
  atLeast('7.8', 'minInstances', 'maxInstances', 'minimum instances'),
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
