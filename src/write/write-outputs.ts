import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedOutput } from '../render/types.js';
import { writeFileAtomicSync } from '../store/atomic.js';

export type WriteStatus = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  path: string;
  status: WriteStatus;
}

/** Writes each output atomically; a file whose content is already right is not touched (its mtime stays). */
export function writeOutputs(root: string, outputs: RenderedOutput[]): WriteResult[] {
  return outputs.map((o) => {
    const full = join(root, o.path);
    const before = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    if (before === o.text) return { path: o.path, status: 'unchanged' };
    writeFileAtomicSync(full, o.text);
    return { path: o.path, status: before === undefined ? 'created' : 'updated' };
  });
}
