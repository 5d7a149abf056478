import type { Answers, Catalogue } from '../catalogue/schema.js';
import { openSteps } from './flow.js';
import type { Scope } from './scope.js';
import { findField, findQuestion, recommendedValue } from './visibility.js';

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
      const q = findQuestion(cat, s.questionId);
      const field = findField(q, s.fieldId);
      const value = preferred[s.questionId]?.[s.fieldId] ?? recommendedValue(cat, q, field, out);
      out[s.questionId] = { ...out[s.questionId], [s.fieldId]: value };
    }
  }
  return out;
}

/**
 * The answers with `preferred` values (detected in the project) under them: every field the user did not
 * answer takes the detected value, so a tool the project already uses wins over the catalogue's default
 * even where the scope does not ask the field (simplified questions). Given answers always win.
 */
export function withPreferred(answers: Answers, preferred: Answers): Answers {
  const out: Answers = { ...answers };
  for (const [q, fields] of Object.entries(preferred) as [keyof Answers, Answers[keyof Answers]][]) {
    for (const [f, v] of Object.entries(fields ?? {})) {
      if (out[q]?.[f] === undefined && v !== undefined) out[q] = { ...out[q], [f]: v };
    }
  }
  return out;
}
