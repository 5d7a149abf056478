import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../catalogue/package-root.js';
import { OUTPUT_TEMPLATES } from '../render/template-paths.js';

export interface CopyResult {
  /** The project template, relative to the project. */
  path: string;
  /** Our built-in template it comes from, relative to the package. */
  from: string;
  /** copied: it did not exist; replaced: it did and --force; same: it already holds our text; kept: it exists and was left alone. */
  status: 'copied' | 'replaced' | 'same' | 'kept';
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Copies our built-in templates for the documents `ids` into the project's `.ai-flow/templates/` under the
 * names ai-flow phase7 looks for. An existing template is never overwritten without `force`.
 */
export function copyBuiltinTemplates(root: string, ids: readonly string[], force: boolean): CopyResult[] {
  const pkg = packageRoot();
  return OUTPUT_TEMPLATES.filter((t) => ids.includes(t.id)).map((t) => {
    const ours = readFileSync(join(pkg, t.builtin), 'utf8');
    const target = join(root, t.project);
    const theirs = readIfExists(target);
    const result = { path: t.project, from: t.builtin };
    if (theirs === ours) return { ...result, status: 'same' as const };
    if (theirs !== undefined && !force) return { ...result, status: 'kept' as const };
    mkdirSync(dirname(target), { recursive: true });
    // 'wx' fails rather than overwrite a template that appeared since it was read
    writeFileSync(target, ours, { flag: theirs === undefined ? 'wx' : 'w' });
    return { ...result, status: theirs === undefined ? ('copied' as const) : ('replaced' as const) };
  });
}
