import type { Answers, FieldValue, QuestionAnswers, Row } from '../../catalogue/schema.js';
import { isOneLine, oneLine } from '../../engine/safe-text.js';
import type { RenderInput } from '../types.js';

/** Every string in a value (objects and arrays walked), through `oneLine`; the same object back when nothing changes. */
function deepOneLine<T>(value: T): T {
  if (typeof value === 'string') return (isOneLine(value) ? value : oneLine(value)) as T;
  if (Array.isArray(value)) {
    const next = value.map((v: unknown) => deepOneLine(v));
    return (next.some((v, i) => v !== value[i]) ? next : value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      next[k] = deepOneLine(v);
      if (next[k] !== v) changed = true;
    }
    return (changed ? next : value) as T;
  }
  return value;
}

function safeAnswers(answers: Answers): Answers {
  const out: Answers = {};
  for (const [id, qa] of Object.entries(answers) as [keyof Answers, QuestionAnswers | undefined][]) {
    if (qa) out[id] = deepOneLine<Record<string, FieldValue | Row[]>>(qa) as QuestionAnswers;
  }
  return out;
}

/**
 * The view model's input with every free text on one line and without control characters: the answers
 * (text fields and table cells), the project's name and type, the existing document's name (also where the
 * pre-flight marked the catalogue) and the facts read from the project. Whatever a template does with a value, an answer can then never start a line of its own
 * (no injected heading, fence, table row or dotenv variable) nor put ESC/NUL/C1 bytes into a document. Text is
 * otherwise kept whole (no length limit: the documents carry what was answered).
 */
export function safeRenderInput(input: RenderInput): RenderInput {
  const keptIn = input.catalogue.questions.some((q) => q.keptIn !== undefined && !isOneLine(q.keptIn));
  return {
    ...input,
    // The hybrid pre-flight names the existing document (from Phase 0's audit) in the catalogue it marks.
    ...(keptIn ? { catalogue: { ...input.catalogue, questions: input.catalogue.questions.map((q) => (q.keptIn === undefined ? q : { ...q, keptIn: oneLine(q.keptIn) })) } } : {}),
    answers: safeAnswers(input.answers),
    context: deepOneLine(input.context),
    ...(input.existing ? { existing: deepOneLine(input.existing) } : {}),
    ...(input.stack ? { stack: deepOneLine(input.stack) } : {}),
  };
}
