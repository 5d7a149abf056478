import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Answers, Catalogue } from '../catalogue/schema.js';
import { formatProblem, validateAnswers } from '../engine/validate.js';
import { CliError, EXIT } from './exit.js';

export const ANSWERS_SCHEMA_HINT = 'the shape of phases.phase7.answers; JSON Schema: schema/phase7-answers.schema.json';

/** Reads a JSON or YAML answers file and validates it against the catalogue; every problem is listed. */
export function readAnswersFile(path: string, cat: Catalogue): Answers {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`--answers ${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the path.`, EXIT.invalid);
  }
  let data: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both.
    data = parse(text, { prettyErrors: true });
  } catch (e) {
    throw new CliError(`--answers ${path}: is neither valid JSON nor YAML:\n  ${(e as Error).message.split('\n').join('\n  ')}`, EXIT.invalid);
  }
  if (data === null || data === undefined) data = {};
  const result = validateAnswers(cat, data);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  - ${formatProblem(p)}`);
    throw new CliError(
      `--answers ${path}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}\nFix the file (${ANSWERS_SCHEMA_HINT}). Nothing was saved.`,
      EXIT.invalid,
    );
  }
  return result.answers;
}

/** Merges answers question by question: `over` wins field by field. */
export function mergeAnswers(base: Answers, over: Answers): Answers {
  const out: Answers = { ...base };
  for (const [id, qa] of Object.entries(over) as [keyof Answers, NonNullable<Answers[keyof Answers]>][]) {
    out[id] = { ...base[id], ...qa };
  }
  return out;
}
