import { basename, join } from 'node:path';
import { packageRoot } from '../catalogue/package-root.js';
import { CACHE_FILE, PROJECT_CONFIG_FILE } from '../paths.js';
import { OUTPUT_TEMPLATES } from '../render/template-paths.js';
import { readRegularOrNull } from '../store/project-file.js';
import { hashValue } from './hash.js';
import { stackInputStamp, type StampOptions } from '../detect/stack/input-stamp.js';

// Reads raw bytes only (no zod, no engine, no renderer): this module is the whole of an up-to-date re-run.

/** The project files that name or type the project (see src/project/). */
const IDENTITY_FILES = ['package.json', 'pyproject.toml', 'go.mod', 'pom.xml', 'settings.gradle.kts', 'settings.gradle', 'composer.json', 'Cargo.toml', 'config/application.rb', PROJECT_CONFIG_FILE];

/** A regular file's text; null when missing, not a regular file (a FIFO never blocks) or over 32 MiB. */
const read = (path: string): string | null => readRegularOrNull(path);

/**
 * A hash of everything the documents are computed from, as the files hold it: our entry in the answers
 * cache, the files that name and type the project, a stamp (size, mtime) of the files the stack is read from
 * (the same bounded walk the session uses), every template that could be used, the date source and ai-flow's version. Equal fingerprints mean equal inputs; a difference only means "look closer".
 * `stamp` lets a writing run pass the walk's listing it already has and the files it has staged (the
 * fingerprint the project will have once they are renamed into place).
 */
export function inputsFingerprint(root: string, aiFlowVersion: string, env: Record<string, string | undefined>, stamp: StampOptions = {}): string | undefined {
  const cache = read(join(root, CACHE_FILE));
  if (cache === null) return undefined;
  let phase7: unknown;
  try {
    phase7 = (JSON.parse(cache) as { phases?: { phase7?: unknown } }).phases?.phase7;
  } catch {
    return undefined;
  }
  const doc = (phase7 as { file?: unknown } | undefined)?.file;
  const pkg = packageRoot();
  return hashValue({
    aiFlowVersion,
    sourceDateEpoch: env.SOURCE_DATE_EPOCH ?? null,
    phase7: phase7 ?? null,
    existingDocument: typeof doc === 'string' ? stamp.written?.has(doc) || read(join(root, doc)) !== null : null,
    folder: basename(root),
    identity: IDENTITY_FILES.map((f) => read(join(root, f))),
    templates: OUTPUT_TEMPLATES.map((t) => [read(join(root, t.project)), read(join(pkg, t.builtin))]),
    // what the stack is read from (manifests, lockfiles, code, deployment files), stamped by size and mtime
    // without reading them: a new env var in the code is a change
    stack: hashValue(stackInputStamp(root, stamp)),
  });
}
