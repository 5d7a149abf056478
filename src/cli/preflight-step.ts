import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../app/session.js';
import { visibleQuestions } from '../engine/flow.js';
import { hybridSplit, preflight, type Preflight, type PreflightMode } from '../engine/preflight.js';
import type { Scope } from '../engine/scope.js';
import { CliError, EXIT } from './exit.js';

const MODES: Record<string, PreflightMode> = { gaps: 'hybrid', hybrid: 'hybrid', full: 'full', all: 'full', skip: 'skip', keep: 'skip' };

/** `--preflight gaps|full|skip` (aliases hybrid, all, keep). */
export function parsePreflightFlag(word: string | undefined): PreflightMode | undefined {
  if (word === undefined) return undefined;
  const mode = MODES[word.trim().toLowerCase()];
  if (!mode) throw new CliError(`--preflight ${word}: unknown choice. Use gaps (answer only the questions behind the audit's gaps), full or skip.`, EXIT.usage);
  return mode;
}

/** The pre-flight of this project: Phase 0's entry for phase 7, and whether its document exists. */
export function projectPreflight(session: Session): Preflight | undefined {
  const entry = session.phase0;
  if (!entry) return undefined;
  const doc = entry.file;
  return preflight(entry, Boolean(doc && existsSync(join(session.root, doc))));
}

/** Applies a pre-flight mode to the session: hybrid keeps the questions outside the gaps in the existing document. */
export function applyPreflight(session: Session, p: Preflight, mode: PreflightMode, scope: Scope): void {
  if (mode === 'hybrid') {
    const visible = visibleQuestions(session.fullView(), scope).map((q) => q.id);
    const { kept } = hybridSplit(p, visible);
    session.setPreflight({ mode, kept, document: p.document });
  } else {
    session.setPreflight({ mode, kept: [], document: p.document });
  }
}

export const SKIP_MESSAGE = (doc: string, cwdFlag: string) =>
  `Kept the existing documentation (${doc}); Phase 7 was not run and nothing was written.\nTo answer Phase 7 anyway: ai-flow phase7${cwdFlag} --preflight full`;
