import type { Catalogue, QuestionId } from '../catalogue/schema.js';

/**
 * The catalogue as this run sees it: with the hybrid pre-flight, the questions it does not ask are marked
 * `keptIn` the existing document, so every flow function (steps, progress, summary, defaults) leaves them
 * alone and the documents point to that document instead of inventing answers.
 */
export function withKept(cat: Catalogue, kept: readonly QuestionId[], document: string): Catalogue {
  if (kept.length === 0) return cat;
  return { ...cat, questions: cat.questions.map((q) => (kept.includes(q.id) ? { ...q, keptIn: document } : q)) };
}
