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

/**
 * The single fields (themselves always present) that open follow-ups of the same question with `in`: the answers
 * are a union over their options, so checking the option narrows the follow-ups to present (or absent).
 */
function controllersOf(q: Question): { field: Field; followUps: Field[] }[] {
  return q.fields
    .filter((c) => c.kind === 'single' && !c.when)
    .map((c) => ({ field: c, followUps: q.fields.filter((f) => f.when && !f.when.question && f.when.field === c.id && f.when.in && f.when.includes === undefined) }))
    .filter((c) => c.followUps.length > 0);
}

function fieldLine(q: Question, f: Field, optional: boolean, pad = '  '): string {
  return `${doc(`${f.label}${conditionText(f)}`, pad)}${pad}${f.id}${optional ? '?' : ''}: ${fieldType(q, f)};\n`;
}

/** One member per group of options that opens the same follow-ups: `{ strategy: 'canary'; canaryStep: number; trafficSwitching?: undefined … }`. */
function branches(q: Question, c: { field: Field; followUps: Field[] }): string {
  if (c.field.kind !== 'single') return '';
  const groups = new Map<string, string[]>();
  for (const o of c.field.options) {
    const open = c.followUps.filter((f) => (f.when?.in ?? []).includes(o.id)).map((f) => f.id).join(',');
    groups.set(open, [...(groups.get(open) ?? []), o.id]);
  }
  let out = '';
  for (const [open, options] of groups) {
    const present = new Set(open.split(',').filter(Boolean));
    out += `  | {\n      ${c.field.id}: ${literalUnion(options)};\n`;
    for (const f of c.followUps) out += present.has(f.id) ? `      ${f.id}: ${fieldType(q, f)};\n` : `      ${f.id}?: undefined;\n`;
    out += '    }\n';
  }
  return out;
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
  const controllers = controllersOf(q);
  const inUnion = new Set(controllers.flatMap((c) => [c.field.id, ...c.followUps.map((f) => f.id)]));
  const common = q.fields.filter((f) => !inUnion.has(f.id));
  if (controllers.length === 0) {
    out += doc(`${q.id} ${q.title}: the effective answers (every visible field, its default filled in).`);
    return `${out}export interface ${answersTypeName(q)} {\n${common.map((f) => fieldLine(q, f, f.when !== undefined)).join('')}}\n`;
  }
  const parts: string[] = [];
  if (common.length > 0) {
    const base = `${answersTypeName(q)}Common`;
    out += doc(`${q.id} ${q.title}: the fields present whatever ${controllers.map((c) => c.field.id).join(' and ')} says.`);
    out += `export interface ${base} {\n${common.map((f) => fieldLine(q, f, f.when !== undefined)).join('')}}\n`;
    parts.push(base);
  }
  for (const c of controllers) parts.push(`(\n${branches(q, c)})`);
  out += doc(`${q.id} ${q.title}: the effective answers (every visible field, its default filled in); the option of ${controllers.map((c) => c.field.id).join(' and ')} tells which follow-ups are present.`);
  return `${out}export type ${answersTypeName(q)} = ${parts.join(' & ')};\n`;
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
