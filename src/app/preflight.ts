import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preflight, type Preflight, type PreflightMode } from '../engine/preflight.js';
import type { Scope } from '../engine/scope.js';
import { preflightChoice } from '../engine/wizard/preflight-offer.js';
import type { Session } from './session.js';

/** The pre-flight of this project: Phase 0's entry for phase 7, and whether its document exists. */
export function projectPreflight(session: Session): Preflight | undefined {
  const entry = session.phase0;
  if (!entry) return undefined;
  const doc = entry.file;
  return preflight(entry, Boolean(doc && existsSync(join(session.root, doc))));
}

/** Applies a pre-flight mode to the session: hybrid keeps the questions outside the gaps in the existing document. */
export function applyPreflight(session: Session, p: Preflight, mode: PreflightMode, scope: Scope): void {
  session.setPreflight(preflightChoice(session.fullView(), p, mode, scope));
}
