import { join } from 'node:path';
import { OUTPUT_TEMPLATES } from '../render/template-paths.js';
import { CACHE_FILE, RECORD_FILE } from '../paths.js';
import { resolveProjectFile } from '../store/project-file.js';

/** Every file a Phase 7 run may write, relative to the project: the documents, their `.new` proposals, the cache, the record. */
export const WRITE_TARGETS: readonly string[] = [...OUTPUT_TEMPLATES.flatMap((t) => [t.output, `${t.output}.new`]), CACHE_FILE, RECORD_FILE];

/**
 * Checks every file a run may write before it writes any (src/store/project-file.ts): a file where a
 * folder goes (`docs`), a folder where a file goes, a FIFO or device, a link out of the project or a
 * dangling one throws CacheError naming it and the fix. A run that fails here has changed nothing.
 */
export function checkWriteTargets(root: string): void {
  for (const p of WRITE_TARGETS) resolveProjectFile(root, join(root, p));
}
