import { z } from 'zod';
import { QUESTION_IDS, type Answers, type Catalogue, type Column, type Field, type FieldValue, type QuestionId } from '../catalogue/schema.js';
import { withUnit } from './format.js';
import { crossFieldProblems, type AnswerProblem } from './rules.js';

const list = (ids: readonly string[]) => ids.map((i) => JSON.stringify(i)).join(', ');

function numberSchema(min: number, max: number, integer: boolean, unit: string | undefined) {
  const range = `a number from ${unit ? withUnit(min, unit) : min} to ${unit ? withUnit(max, unit) : max}`;
  let s = z.number({ error: `must be ${range}` }).min(min, { error: `must be ${range}` }).max(max, { error: `must be ${range}` });
  if (integer) s = s.int({ error: `must be a whole number (${range})` });
  return s;
}

function columnSchema(c: Column) {
  switch (c.kind) {
    case 'text':
      return z.string({ error: 'must be text' });
    case 'number':
      return numberSchema(c.min ?? 0, c.max ?? Number.MAX_SAFE_INTEGER, true, c.unit);
    case 'choice':
      return z.enum(c.options ?? [], { error: `must be one of ${list(c.options ?? [])}` });
    default: {
      const never: never = c.kind;
      throw new Error(`unknown column kind ${String(never)}`);
    }
  }
}

/** The zod schema of one field's answer, with messages that name the allowed values. */
export function fieldValueSchema(field: Field): z.ZodType<FieldValue> {
  switch (field.kind) {
    case 'single': {
      const ids = field.options.map((o) => o.id);
      return z.enum(ids as [string, ...string[]], { error: `must be one of ${list(ids)}` });
    }
    case 'multi': {
      const ids = field.options.map((o) => o.id);
      return z
        .array(z.enum(ids as [string, ...string[]], { error: `each item must be one of ${list(ids)}` }), {
          error: `must be a list of ${list(ids)}`,
        })
        .min(field.min, { error: `choose at least ${field.min} of ${list(ids)}` })
        .refine((a) => new Set(a).size === a.length, { error: 'lists an option twice' });
    }
    case 'text':
      return field.optional ? z.string({ error: 'must be text' }) : z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
    case 'number':
      return numberSchema(field.min, field.max, field.integer, field.unit);
    case 'boolean':
      return z.boolean({ error: 'must be true or false' });
    case 'table': {
      const shape = Object.fromEntries(field.columns.map((c) => [c.id, columnSchema(c)]));
      const cols = list(field.columns.map((c) => c.id));
      return z
        .array(z.strictObject(shape, { error: `each row must be an object with ${cols}` }), { error: `must be a list of rows with ${cols}` })
        .min(field.minRows, { error: `needs at least ${field.minRows} row(s)` });
    }
    default: {
      const never: never = field;
      throw new Error(`unknown field ${JSON.stringify(never)}`);
    }
  }
}

const answersSchemas = new WeakMap<Catalogue, ReturnType<typeof buildAnswersSchema>>();

/**
 * The schema of an answers file (the shape of `phases.phase7.answers`): every question and field optional.
 * Built once per catalogue (~25 ms: every cache read and save validates with it).
 */
export function answersSchema(cat: Catalogue) {
  let schema = answersSchemas.get(cat);
  if (!schema) answersSchemas.set(cat, (schema = buildAnswersSchema(cat)));
  return schema;
}

function buildAnswersSchema(cat: Catalogue) {
  const questions = Object.fromEntries(
    cat.questions.map((q) => [
      q.id,
      z
        .strictObject(
          Object.fromEntries(q.fields.map((f) => [f.id, fieldValueSchema(f).optional().describe(`${f.label} — ${f.help}`)])),
          { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field(s) ${list(iss.keys)}; fields of ${q.id} are ${list(q.fields.map((f) => f.id))}` : `must be an object of field answers`) },
        )
        .describe(`${q.id} ${q.title} — ${q.help}`)
        .optional(),
    ]),
  );
  return z.strictObject(questions, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown question id(s) ${list(iss.keys)}; question ids are ${list(QUESTION_IDS)}` : 'must be an object keyed by question id'),
  });
}

export type { AnswerProblem };

export function formatProblem(p: AnswerProblem): string {
  const where = [p.questionId, p.fieldId].filter(Boolean).join(' ');
  return where ? `${where}: ${p.message}` : p.message;
}

/** Validates a parsed answers document; returns the answers or every problem found. */
export function validateAnswers(cat: Catalogue, data: unknown): { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] } {
  const result = answersSchema(cat).safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => {
      const [questionId, fieldId, ...rest] = i.path.map(String);
      const tail = rest.length ? ` (at ${rest.join('.')})` : '';
      return { questionId, fieldId, message: `${i.message}${tail}` } satisfies AnswerProblem;
    });
    return { ok: false, problems };
  }
  const answers = result.data as Answers;
  const cross = crossFieldProblems(cat, answers);
  return cross.length ? { ok: false, problems: cross } : { ok: true, answers };
}

/** Checks one value as the wizard receives it; `answers` gives the other fields for cross-field rules. */
export function validateFieldValue(cat: Catalogue, questionId: QuestionId, field: Field, value: FieldValue, answers: Answers): string | undefined {
  // In the wizard the options are shown by letter and label: say it in those words, not the ids of the answers file.
  if (field.kind === 'multi' && Array.isArray(value) && value.length < field.min) {
    const shown = field.options.map((o, i) => `${String.fromCharCode(65 + i)}) ${o.label}`);
    return `Choose at least ${field.min}: ${shown.join(', ')} (Space or the letter checks one).`;
  }
  const result = fieldValueSchema(field).safeParse(value);
  if (!result.success) return result.error.issues[0]?.message ?? 'invalid value';
  const next: Answers = { ...answers, [questionId]: { ...answers[questionId], [field.id]: value } };
  return crossFieldProblems(cat, next).find((p) => p.questionId === questionId && p.fieldId === field.id)?.message;
}
