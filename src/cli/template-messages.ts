import { join } from 'node:path';
import type { TemplateSyntaxError } from '../render/aiflow-template/errors.js';
import type { Unfilled } from '../render/aiflow-template/types.js';
import { CliError, EXIT } from './exit.js';
import type { Io } from './io.js';
import { shownPath } from './rerun.js';

const WHAT: Record<Unfilled['kind'], (name: string) => string> = {
  scalar: (name) => `has no value; written as "TBD (${name})"`,
  loop: (name) => `(a list) has no value; written as "TBD (${name})"`,
  condition: () => '(a condition) has no value; taken as false',
};

/**
 * One warning line per placeholder of the project's templates the answers could not fill, on stderr after
 * the write lines: `⚠️  <template>:<line>: NAME has no value; written as "TBD (NAME)"`.
 */
export function reportTemplateWarnings(io: Io, root: string, unfilled: readonly Unfilled[]): void {
  if (unfilled.length === 0) return;
  for (const u of unfilled) io.err(`⚠️  ${shownPath(io, join(root, u.file))}:${u.line}: ${u.name} ${WHAT[u.kind](u.name)}`);
  io.err('   ai-flow fills the names its built-in templates use (`ai-flow templates` shows where they are): rename these in your template, or replace the TBDs in the documents by hand.');
}

/** A project template whose tags do not balance: exit 1 naming the file and line; nothing is written. */
export function templateSyntaxCliError(io: Io, root: string, e: TemplateSyntaxError): CliError {
  const shown = shownPath(io, join(root, e.file));
  const where = e.message.startsWith(`${e.file}:`) ? `${shown}${e.message.slice(e.file.length)}` : e.message;
  return new CliError(
    [
      'ai-flow phase7: a template of this project has unbalanced tags:',
      `  ${where}`,
      "Fix that tag, or delete the file to use ai-flow's built-in template (`ai-flow templates` lists the templates in use).",
      'No document was written.',
    ].join('\n'),
    EXIT.invalid,
  );
}
