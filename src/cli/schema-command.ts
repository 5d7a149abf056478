import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../catalogue/package-root.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import type { Io } from './io.js';

/** `ai-flow schema`: the answers file's JSON Schema, as shipped in the package (or, with --path, where it is). */
export function schemaCommand(io: Io, pathOnly: boolean): ExitCode {
  const path = join(packageRoot(), 'schema', 'phase7-answers.schema.json');
  if (pathOnly) {
    io.out(path);
    return EXIT.ok;
  }
  try {
    io.out(readFileSync(path, 'utf8').trimEnd());
  } catch (e) {
    throw new CliError(`ai-flow schema: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Reinstall ai-flow.`, EXIT.invalid);
  }
  return EXIT.ok;
}
