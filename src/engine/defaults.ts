import type { Answers, Catalogue } from '../catalogue/schema.js';
import { openSteps } from './flow.js';
import type { Scope } from './scope.js';
import { defaultValue, findField, findQuestion } from './visibility.js';

/**
 * Gives every open step of the scope an answer: the `preferred` one (e.g. detected in the project) when
 * there is one, else the recommended default. Repeats because an answer can open follow-ups.
 */
export function fillDefaults(cat: Catalogue, scope: Scope, answers: Answers, preferred: Answers = {}): Answers {
  let out: Answers = answers;
  for (let round = 0; round < 10; round++) {
    const open = openSteps(cat, scope, out);
    if (open.length === 0) return out;
    out = { ...out };
    for (const s of open) {
      const field = findField(findQuestion(cat, s.questionId), s.fieldId);
      const value = preferred[s.questionId]?.[s.fieldId] ?? defaultValue(field);
      out[s.questionId] = { ...out[s.questionId], [s.fieldId]: value };
    }
  }
  return out;
}
