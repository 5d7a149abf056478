import type { Answers, Catalogue } from '../catalogue/schema.js';
import { formatProblem, validateAnswers } from '../engine/validate.js';
import { CliError, EXIT } from './exit.js';

/** `7.4.1.strategy=canary`: the question id is the digits and dots before the field id (which starts with a letter). */
const DATA = /^(\d+(?:\.\d+)*)\.([A-Za-z_][\w-]*)=([\s\S]*)$/;

/** A value as typed on the command line, read the way the field expects it; what cannot be read stays a string for validation to name. */
function typed(cat: Catalogue, questionId: string, fieldId: string, raw: string): unknown {
  const field = cat.questions.find((q) => q.id === questionId)?.fields.find((f) => f.id === fieldId);
  switch (field?.kind) {
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    case 'boolean': {
      const word = raw.trim().toLowerCase();
      return ['true', 'yes', 'y', '1'].includes(word) ? true : ['false', 'no', 'n', '0'].includes(word) ? false : raw;
    }
    case 'multi':
      return raw.split(',').map((s) => s.trim()).filter(Boolean);
    case 'table':
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw;
      }
    default:
      return raw;
  }
}

/**
 * `--data ID.FIELD=VALUE` (repeatable), as copier's --data: one-off answers without a file. Values are read by the
 * field's kind (numbers, true/false or yes/no, `a,b` lists, JSON for tables) and checked as an answers file is,
 * with the same messages. A later --data for the same field wins.
 */
export function readDataFlags(items: readonly string[], cat: Catalogue): Answers {
  const data: Record<string, Record<string, unknown>> = {};
  for (const item of items) {
    const m = DATA.exec(item);
    if (!m) throw new CliError(`--data ${item}: expected QUESTION.FIELD=VALUE, e.g. --data 7.1.choice=paas or --data 7.4.1.rollbackMinutes=15.`, EXIT.usage);
    const [, questionId, fieldId, raw] = m as unknown as [string, string, string, string];
    (data[questionId] ??= {})[fieldId] = typed(cat, questionId, fieldId, raw);
  }
  const result = validateAnswers(cat, data);
  if (!result.ok) {
    const n = result.problems.length;
    throw new CliError(`--data: ${n} problem${n === 1 ? '' : 's'}:\n${result.problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}\nNothing was saved.`, EXIT.invalid);
  }
  return result.answers;
}
