import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from './package-root.js';
import { CatalogueSchema, type Catalogue } from './schema.js';

export { packageRoot } from './package-root.js';

let cached: Catalogue | undefined;

/** Defined by the bundle build (scripts/build.mjs): phases/phase7.yaml parsed and checked at build time, as JSON text. */
declare const __AI_FLOW_CATALOGUE_JSON__: string | undefined;

/** Defined by the bundle build: hashValue() (src/write/hash.ts) of the embedded catalogue, computed at build time. */
declare const __AI_FLOW_CATALOGUE_HASH__: string | undefined;

/**
 * The hash of the catalogue loadCatalogue() returned, when the build computed it (the bundle); undefined for
 * any other catalogue object (a pre-flight's view of it) and when running from source.
 */
export function builtCatalogueHash(cat: Catalogue): string | undefined {
  return typeof __AI_FLOW_CATALOGUE_HASH__ === 'string' && cached !== undefined && cat === cached ? __AI_FLOW_CATALOGUE_HASH__ : undefined;
}

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
    // The bundle skips YAML parsing and validation (~150 ms at start-up); from source the file is read.
    if (typeof __AI_FLOW_CATALOGUE_JSON__ === 'string') return (cached = JSON.parse(__AI_FLOW_CATALOGUE_JSON__) as Catalogue);
    const path = join(packageRoot(), 'phases', 'phase7.yaml');
    cached = parseCatalogue(readFileSync(path, 'utf8'), path);
  }
  return cached;
}
