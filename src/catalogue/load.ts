import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CatalogueSchema, type Catalogue } from './schema.js';

/** The folder holding phases/ and templates/: found by walking up from this module (src/ or dist/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'phases', 'phase7.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('ai-flow is installed incompletely: phases/phase7.yaml was not found next to the program. Reinstall ai-flow.');
    dir = parent;
  }
}

let cached: Catalogue | undefined;

/** Parses and validates a catalogue text; a broken catalogue names the path of every problem. */
export function parseCatalogue(text: string, source = 'phases/phase7.yaml'): Catalogue {
  const result = CatalogueSchema.safeParse(parse(text));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
    throw new Error(`The question catalogue ${source} is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The Phase 7 catalogue, read once per process. */
export function loadCatalogue(): Catalogue {
  if (!cached) {
    const path = join(packageRoot(), 'phases', 'phase7.yaml');
    cached = parseCatalogue(readFileSync(path, 'utf8'), path);
  }
  return cached;
}
