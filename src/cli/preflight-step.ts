import type { PreflightMode } from '../engine/preflight.js';
import { invocation } from '../app/invocation.js';
import { keptLines } from '../engine/wizard/text.js';
import { CliError, EXIT } from './exit.js';

// Shared with the wizard, which offers the pre-flight itself in a terminal.
export { applyPreflight, projectPreflight } from '../app/preflight.js';

const MODES: Record<string, PreflightMode> = { gaps: 'hybrid', hybrid: 'hybrid', full: 'full', all: 'full', skip: 'skip', keep: 'skip' };

/** `--preflight gaps|full|skip` (aliases hybrid, all, keep). */
export function parsePreflightFlag(word: string | undefined): PreflightMode | undefined {
  if (word === undefined) return undefined;
  const mode = MODES[word.trim().toLowerCase()];
  if (!mode) throw new CliError(`--preflight ${word}: unknown choice. Use gaps (answer only the questions behind the audit's gaps), full or skip.`, EXIT.usage);
  return mode;
}

/** `cwdFlag` is ' --cwd <dir>' or ''; the wizard's final screen says the same. */
export const SKIP_MESSAGE = (doc: string, cwdFlag: string) => keptLines(doc, cwdFlag, invocation()).join('\n');
