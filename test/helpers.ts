import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'ai-flow-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the ai-flow 2.9.1 backend fixture project in a temporary folder. */
export function fixtureCopy(): string {
  const dir = tempDir('ai-flow-fixture-');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}


/**
 * The shared material next to the repository (../shared): the ai-flow 2.9.1 fixture project and the seeds.
 * CI clones the repository with shared/ beside it; AI_FLOW_SHARED points elsewhere.
 */
export const SHARED = process.env.AI_FLOW_SHARED ?? join(import.meta.dirname, '..', '..', 'shared');
/** A project as ai-flow 2.9.1 leaves it (templates, config.json, a Phase 0 audit). */
export const FIXTURE = join(SHARED, 'fixtures', 'ai-flow-2.9.1-backend');
/** ai-flow's Phase 7 prompt (the spec), emoji repaired. */
export const SEED = join(SHARED, 'seeds', '002_7d01bb1e7d3d978d.decoded.txt');

afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});
