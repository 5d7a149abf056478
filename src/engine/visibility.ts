import type { Answers, Catalogue, Condition, Field, FieldValue, Question, QuestionId } from '../catalogue/schema.js';
import { modeOf, type Scope } from './scope.js';

export function findQuestion(cat: Catalogue, id: QuestionId): Question {
  const q = cat.questions.find((x) => x.id === id);
  if (!q) throw new Error(`unknown question ${id}`);
  return q;
}

export function findField(q: Question, id: string): Field {
  const f = q.fields.find((x) => x.id === id);
  if (!f) throw new Error(`unknown field ${q.id}.${id}`);
  return f;
}

/**
 * The recommended default of a field with the answers so far: the value of its first `defaultWhen` rule whose
 * condition holds (on the effective value of a visible field), else the catalogue's default. Pure.
 */
export function recommendedValue(cat: Catalogue, q: Question, field: Field, answers: Answers): FieldValue {
  return ruleFor(cat, q, field, answers)?.value ?? defaultValue(field);
}

/** The `defaultWhen` rule that decides a field's recommended default, if any. */
export function ruleFor(cat: Catalogue, q: Question, field: Field, answers: Answers, seen: Set<string> = new Set()): { value: FieldValue; when: Condition; target: { question: Question; field: Field } } | undefined {
  const key = `${q.id}.${field.id}`;
  if (!field.defaultWhen || seen.has(key)) return undefined;
  seen.add(key);
  for (const rule of field.defaultWhen) {
    const targetQ = rule.when.question ? findQuestion(cat, rule.when.question as QuestionId) : q;
    const target = findField(targetQ, rule.when.field);
    if (!isFieldVisible(cat, targetQ, target, answers)) continue;
    if (conditionHolds(rule.when, effectiveValue(cat, targetQ, target, answers, seen))) {
      return { value: Array.isArray(rule.value) ? [...rule.value] : rule.value, when: rule.when, target: { question: targetQ, field: target } };
    }
  }
  return undefined;
}

/** A field's answer when given, else its recommended default with the answers so far. */
export function effectiveValue(cat: Catalogue, q: Question, field: Field, answers: Answers, seen: Set<string> = new Set()): FieldValue {
  const given = answers[q.id]?.[field.id];
  if (given !== undefined) return given;
  return ruleFor(cat, q, field, answers, seen)?.value ?? defaultValue(field);
}

/** The recommended answer of a field (✅ options for multi-selects, the seed's rows for tables). */
export function defaultValue(field: Field): FieldValue {
  switch (field.kind) {
    case 'single':
    case 'text':
    case 'number':
    case 'boolean':
      return field.default;
    case 'multi':
      return field.options.filter((o) => o.checked).map((o) => o.id);
    case 'table':
      return field.default.map((row) => ({ ...row }));
    default: {
      const never: never = field;
      throw new Error(`unknown field kind ${JSON.stringify(never)}`);
    }
  }
}

function conditionHolds(cond: Condition, value: FieldValue): boolean {
  if (cond.in && !cond.in.some((v) => v === value)) return false;
  if (cond.includes !== undefined && !(Array.isArray(value) && (value as unknown[]).includes(cond.includes))) return false;
  return true;
}

/** Whether a field is shown: its condition holds on the (effective) value of the field it names, which must be visible too. */
export function isFieldVisible(cat: Catalogue, q: Question, field: Field, answers: Answers, seen: Set<string> = new Set()): boolean {
  const cond = field.when;
  if (!cond) return true;
  const key = `${q.id}.${field.id}`;
  if (seen.has(key)) return false;
  seen.add(key);
  const targetQ = cond.question ? findQuestion(cat, cond.question as QuestionId) : q;
  const target = findField(targetQ, cond.field);
  if (!isFieldVisible(cat, targetQ, target, answers, seen)) return false;
  return conditionHolds(cond, effectiveValue(cat, targetQ, target, answers));
}

/** The fields of a question the user is asked, in order, for the scope's mode. */
export function askedFields(cat: Catalogue, scope: Scope, q: Question, answers: Answers): Field[] {
  const mode = modeOf(scope, q);
  if (mode === 'skipped' || mode === 'kept') return [];
  return q.fields.filter((f) => (mode === 'full' || f.core) && isFieldVisible(cat, q, f, answers));
}

/**
 * The answers the documents are built from: for every question the scope does not skip, each visible
 * field's answer, or its default when it was not asked (simplified) or not answered yet. Hidden
 * follow-ups are dropped, so a closed follow-up never leaks into the documents. Questions the scope skips
 * or the hybrid pre-flight keeps in an existing document are absent (never invented).
 */
export function effectiveAnswers(cat: Catalogue, scope: Scope, answers: Answers): Answers {
  const out: Answers = {};
  for (const q of cat.questions) {
    const mode = modeOf(scope, q);
    if (mode === 'skipped' || mode === 'kept') continue;
    const qa: Record<string, FieldValue> = {};
    for (const f of q.fields) {
      if (isFieldVisible(cat, q, f, answers)) qa[f.id] = effectiveValue(cat, q, f, answers);
    }
    out[q.id] = qa;
  }
  return out;
}
