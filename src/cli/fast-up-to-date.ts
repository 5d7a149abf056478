import { join } from 'node:path';
import { parseScope } from '../engine/scope-words.js';
import { CACHE_FILE, RECORD_FILE } from '../paths.js';
import { RECORD_VERSION } from '../store/generation-record-path.js';
import { readRegularOrNull } from '../store/project-file.js';
import { inputsFingerprint } from '../write/fingerprint.js';
import { hasConflictMarkers } from '../write/conflict-markers.js';
import { sha256 } from '../write/hash.js';

export const UP_TO_DATE = 'Documents are up to date (answers, scope and templates unchanged since they were generated); nothing was written.';

interface RawRecord {
  schemaVersion?: unknown;
  fingerprint?: string;
  outputs?: Record<string, { committed?: { textHash?: string; fileHash?: string }; pending?: unknown; proposal?: unknown }>;
}

/**
 * The re-run that has nothing to do, decided before loading anything heavy: the inputs' fingerprint is the
 * one recorded by the last generation, and every document is exactly what it wrote. Any doubt (hand edits,
 * a deleted file, an interrupted run, a conflict (or conflict markers), a kept conflict (no fingerprint), no record, a `--scope` other than the cached one) returns
 * false and the full path decides.
 */
export function fastUpToDate(root: string, aiFlowVersion: string, env: Record<string, string | undefined>, scopeFlag?: string): boolean {
  if (scopeFlag !== undefined && parseScope(scopeFlag) !== cachedScope(root)) return false;
  // Every read is of a bounded regular file, opened without blocking: a FIFO or /dev/zero is a doubt, not a hang.
  let record: RawRecord;
  try {
    record = JSON.parse(readRegularOrNull(join(root, RECORD_FILE)) ?? 'null') as RawRecord;
  } catch {
    return false;
  }
  // A record of another version (a newer ai-flow's) is for the full path to refuse with its message.
  if (record?.schemaVersion !== RECORD_VERSION) return false;
  const outputs = Object.entries(record.outputs ?? {});
  if (!record.fingerprint || outputs.length === 0) return false;
  for (const [path, rec] of outputs) {
    if (rec.pending || rec.proposal || !rec.committed?.textHash || rec.committed.fileHash !== rec.committed.textHash) return false;
    const text = readRegularOrNull(join(root, path));
    if (text === null || sha256(text) !== rec.committed.textHash) return false;
    // Exactly what was generated, so markers would be the generator's own: still, a document with conflict
    // blocks is never called up to date without the full check.
    if (hasConflictMarkers(text)) return false;
  }
  return inputsFingerprint(root, aiFlowVersion, env) === record.fingerprint;
}

function cachedScope(root: string): string | undefined {
  try {
    return (JSON.parse(readRegularOrNull(join(root, CACHE_FILE)) ?? 'null') as { phases?: { phase7?: { scope?: string } } }).phases?.phase7?.scope;
  } catch {
    return undefined;
  }
}
