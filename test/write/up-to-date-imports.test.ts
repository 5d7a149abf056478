import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Modules a source file loads when it runs: static value imports (`import type` and `await import()` excluded). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  return out;
}

function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const spec of runtimeImports(f)) {
      if (spec.startsWith('.')) todo.push(resolve(dirname(f), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return { files: [...files].map((f) => relative(SRC, f)).sort(), packages: [...packages].sort() };
}

test('the up-to-date check loads neither the renderer nor the UI (a no-op re-run stays cheap once modules load lazily)', () => {
  const { files, packages } = graph(join(SRC, 'write', 'up-to-date.ts'));
  // render/template-paths.ts is the list of template paths (where the project's templates live), no rendering
  expect(files.filter((f) => (f.startsWith('render/') && f !== 'render/template-paths.ts') || f.startsWith('ui/'))).toEqual([]);
  for (const heavy of ['ink', 'react', 'mustache', 'node-diff3', 'diff', '@inquirer/prompts']) expect(packages).not.toContain(heavy);
  // sanity: the walk does follow imports
  expect(files).toContain('store/generation-record.ts');
});
