import { join } from 'node:path';
import { invocation } from '../app/invocation.js';
import type { Catalogue, QuestionId } from '../catalogue/schema.js';
import { packageRoot } from '../catalogue/package-root.js';
import type { Scope } from '../engine/scope.js';
import { CliError, EXIT } from './exit.js';
import type { Io } from './io.js';
import { jsonOf } from './json-output.js';
import { noPromptReason } from './terminal.js';

export interface MissingInput {
  /** Why the documents need a run (they are out of date), when they do: said first. */
  staleBecause?: string;
  /** The scope of this run (undefined: none given, cached or preferred). */
  scope: Scope | undefined;
  /** The questions still open for that scope (empty when the scope is unknown). */
  open: QuestionId[];
  defaults?: boolean;
  yes?: boolean;
}

/** Where the answers file's JSON Schema is: printed by `ai-flow schema`, and its path inside the installed package. */
export function schemaPointer(command = invocation()): string {
  let path = 'schema/phase7-answers.schema.json';
  try {
    path = join(packageRoot(), 'schema', 'phase7-answers.schema.json');
  } catch {
    // an incomplete installation: the relative path is still the package's layout
  }
  return `The answers file's JSON Schema: \`${command} schema\` prints it (it is ${path}).`;
}

/**
 * Why a run without a terminal cannot finish, listing everything it lacks at once (scope, answers to the open
 * questions, --yes), with one command that would supply all of it. Exit 2; nothing was written.
 */
export function needsInputError(io: Io, cat: Catalogue, m: MissingInput, cwdFlag: string): CliError {
  const command = invocation();
  const missing: string[] = [];
  const lines: string[] = [];
  if (!m.scope) {
    missing.push('scope');
    lines.push('  - the scope: --scope mvp, --scope production or --scope enterprise');
  }
  if (m.open.length > 0 || (!m.scope && !m.defaults)) {
    missing.push('answers');
    const n = m.open.length;
    lines.push(
      n > 0
        ? `  - answers to ${n} open question${n === 1 ? '' : 's'} (${m.open.join(', ')}): --defaults (recommended answers), --answers FILE or --data ID.FIELD=VALUE`
        : "  - answers to the scope's questions not yet answered: --defaults (recommended answers), --answers FILE or --data ID.FIELD=VALUE",
    );
  }
  if (!m.yes) {
    missing.push('yes');
    lines.push('  - a confirmation of the summary: --yes (--review prints the summary first)');
  }
  const why = noPromptReason(io) ?? 'no terminal';
  const example = [`${command} phase7${cwdFlag}`, m.scope ? '' : ' --scope production', missing.includes('answers') ? ' --defaults' : '', ' --yes'].join('');
  jsonOf(io)?.set({
    status: 'needs-input',
    scope: m.scope ?? null,
    missing,
    openQuestions: m.open.map((id) => ({ id, title: cat.questions.find((q) => q.id === id)?.title ?? id })),
  });
  return new CliError(
    [...(m.staleBecause ? [`The documents need a run: ${m.staleBecause}.`] : []), `ai-flow phase7: cannot ask anything here (${why}), and this run is missing:`, ...lines, `For example: ${example}`, schemaPointer(command), 'Nothing was written.'].join('\n'),
    EXIT.usage,
  );
}
