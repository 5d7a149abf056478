import type { QuestionId } from '../catalogue/schema.js';
import { invocation } from '../app/invocation.js';
import { schemaPointer } from './needs-input.js';

/** Why a run without a terminal stops, and the flags that would let it finish. */
export function openQuestionsMessage(open: QuestionId[], cwdFlag: string): string {
  const n = open.length;
  return [
    `ai-flow phase7: ${n} question${n === 1 ? ' is' : 's are'} still open and there is no terminal to ask ${n === 1 ? 'it' : 'them'} in.`,
    `Open: ${open.join(', ')}`,
    'Answer them with:',
    `  --defaults         take the recommended answer for every open question`,
    `  --answers FILE     a JSON or YAML file shaped like phases.phase7.answers`,
    `  --data ID.FIELD=VALUE  one answer (repeatable)`,
    `  or run it in a terminal: ${invocation()} phase7${cwdFlag}`,
    schemaPointer(),
    'Nothing was written.',
  ].join('\n');
}
