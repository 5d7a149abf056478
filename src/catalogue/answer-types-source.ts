import type { Catalogue, Column, Field, Question } from './schema.js';

/** Where `npm run schema` writes the answer types (relative to the package root). */
export const ANSWER_TYPES_PATH = 'src/catalogue/answer-types.generated.ts';

/** "7.4.1" → "741": the suffix of every generated name of a question. */
export const questionSuffix = (id: string): string => id.replace(/\./g, '');

const pascal = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);

/** The name of a question's answers interface: `Answers741`. */
export const answersTypeName = (q: Pick<Question, 'id'>): string => `Answers${questionSuffix(q.id)}`;

/** The name of a single/multi field's option union: `Strategy741`. */
export const optionTypeName = (q: Pick<Question, 'id'>, f: Pick<Field, 'id'>): string => `${pascal(f.id)}${questionSuffix(q.id)}`;

/** The name of a table field's row interface: `ServicesRow792`. */
export const rowTypeName = (q: Pick<Question, 'id'>, f: Pick<Field, 'id'>): string => `${pascal(f.id)}Row${questionSuffix(q.id)}`;

const literalUnion = (ids: readonly string[]): string => ids.map((i) => `'${i.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(' | ');

function columnType(c: Column): string {
  if (c.kind === 'number') return 'number';
  if (c.kind === 'choice') return literalUnion(c.options ?? []);
  return 'string';
}

function fieldType(q: Question, f: Field): string {
  switch (f.kind) {
    case 'single':
      return optionTypeName(q, f);
    case 'multi':
      return `${optionTypeName(q, f)}[]`;
    case 'number':
      return 'number';
    case 'text':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'table':
      return `${rowTypeName(q, f)}[]`;
    default: {
      const never: never = f;
      throw new Error(`unknown field kind ${JSON.stringify(never)}`);
    }
  }
}

const doc = (text: string, pad = ''): string => `${pad}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n`;

function conditionText(f: Field): string {
  const w = f.when;
  if (!w) return '';
  const on = `${w.question ? `${w.question} ` : ''}${w.field}`;
  if (w.includes !== undefined) return ` (present only when ${on} includes '${w.includes}')`;
  return ` (present only when ${on} is ${(w.in ?? []).map((v) => `'${String(v)}'`).join(' or ')})`;
}

function questionSource(q: Question): string {
  let out = '';
  for (const f of q.fields) {
    if (f.kind === 'single' || f.kind === 'multi') {
      out += doc(`${q.id} ${f.id}: the option ids of "${f.label}".`);
      out += `export type ${optionTypeName(q, f)} = ${literalUnion(f.options.map((o) => o.id))};\n`;
    }
    if (f.kind === 'table') {
      out += doc(`${q.id} ${f.id}: one row of "${f.label}".`);
      out += `export interface ${rowTypeName(q, f)} {\n`;
      for (const c of f.columns) out += `  ${c.id}: ${columnType(c)};\n`;
      out += '}\n';
    }
  }
  out += doc(`${q.id} ${q.title}: the effective answers (every visible field, its default filled in).`);
  out += `export interface ${answersTypeName(q)} {\n`;
  for (const f of q.fields) {
    out += doc(`${f.label}${conditionText(f)}`, '  ');
    out += `  ${f.id}${f.when ? '?' : ''}: ${fieldType(q, f)};\n`;
  }
  out += '}\n';
  return out;
}

/**
 * The TypeScript source of the answer types of a catalogue: per question an interface of its effective
 * answers (`effectiveAnswers` fills every visible field with its default, and drops a follow-up whose
 * `when` does not hold, so exactly the fields with a `when` are optional), the option ids of every
 * single/multi field as a named union, and a map from question id to interface.
 */
export function answerTypesSource(cat: Catalogue): string {
  let out =
    '// Generated from phases/phase7.yaml by `npm run schema` (src/catalogue/answer-types-source.ts). Do not edit:\n' +
    '// test/catalogue/answer-types.test.ts fails when this file differs from what the generator writes now.\n\n';
  for (const q of cat.questions) out += `${questionSource(q)}\n`;
  out += doc('The effective answers of every question, by question id.');
  out += 'export interface QuestionAnswerTypes {\n';
  for (const q of cat.questions) out += `  '${q.id}': ${answersTypeName(q)};\n`;
  out += '}\n';
  return out;
}
