import { statSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { CACHE_FILE } from '../../paths.js';
import { DEFAULT_LIMITS, IGNORED_DIRS, scanProject } from '../scan.js';

// Light on purpose (the scan only): the fast up-to-date check stamps the stack without loading its readers.

/** Folder levels the stack reader descends (Java and Kotlin sources sit at src/main/java/com/acme/app/). */
export const STACK_DEPTH = 8;

/** Files whose content the stack reader may use: manifests, lockfiles, version files, code, config, deployment files, earlier documents. */
const STACK_INPUT = /\.(m?[jt]sx?|c[jt]s|py|go|java|kt|kts|rb|php|cs|rs|csproj|toml|json|ya?ml|lock|lockb|properties|xml|gradle|md|txt|sql|tf|ini|cfg)$|(^|\/)(Gemfile|Rakefile|Procfile|Makefile|Pipfile|Dockerfile[^/]*|Containerfile|Jenkinsfile|artisan|mvnw|gradlew|\.env\.example|\.nvmrc|\.node-version|\.python-version|\.ruby-version|\.tool-versions|rust-toolchain|go\.sum|config\.ru|runtime\.txt)$/;

/** The stack reader's bounded walk: the files it lists (see scanProject). */
export function stackListing(root: string): string[] {
  return scanProject(root, { ...DEFAULT_LIMITS, maxDepth: STACK_DEPTH }).files;
}

/** Size and modification time (nanoseconds) of a file, as `statSync(path, { bigint: true })` gives them. */
export interface FileStamp {
  size: bigint;
  mtimeNs: bigint;
}

export interface StampOptions {
  /**
   * The walk's listing when the caller already has it (the detection's walk of this run): saves walking the
   * project again. Only what the walk itself returned, with the same limits (stackListing).
   */
  listed?: readonly string[];
  /**
   * Files about to be put in place by renaming a staged temp file (relative, `/`-separated), with the temp
   * file's stamp: a rename keeps size and modification time, so the stamp is the one the project will have
   * once they are renamed. A new file takes the place the walk will list it in.
   */
  written?: ReadonlyMap<string, FileStamp>;
}

/**
 * A cheap stamp of everything the stack reader could read: each candidate file's path, size and modification
 * time (nanoseconds), listed by the same bounded walk — no file is read. Equal stamps mean the stack is the
 * same; a different stamp only means "read it again" (the full path then decides from the stack itself).
 */
export function stackInputStamp(root: string, opts: StampOptions = {}): string[] {
  try {
    const written = opts.written ?? new Map<string, FileStamp>();
    const files = withWritten(opts.listed ?? stackListing(root), written);
    const out: string[] = [];
    // the answers cache is read by the stack reader but sits in an ignored folder, so the walk never lists it
    for (const f of [...files.filter((x) => STACK_INPUT.test(x)), CACHE_FILE]) {
      try {
        const st = written.get(f) ?? statSync(joinPath(root, f), { bigint: true });
        out.push(`${f}\u0000${st.size}\u0000${st.mtimeNs}`);
      } catch {
        // gone or unreadable: its absence is part of the stamp
      }
    }
    return out;
  } catch {
    return [];
  }
}

/** The listing the walk gives once `written` files exist: new ones in walk order, within the walk's limits. */
function withWritten(listed: readonly string[], written: ReadonlyMap<string, FileStamp>): readonly string[] {
  const known = new Set(listed);
  const added = [...written.keys()].filter((f) => !known.has(f) && walkable(f));
  if (added.length === 0) return listed;
  return [...listed, ...added].sort(walkOrder).slice(0, DEFAULT_LIMITS.maxFiles);
}

/** Whether the walk would list this path: within its depth and in no ignored folder. */
function walkable(rel: string): boolean {
  const parts = rel.split('/');
  return parts.length - 1 <= STACK_DEPTH && parts.slice(0, -1).every((d) => d !== '' && !IGNORED_DIRS.has(d)) && parts[parts.length - 1] !== '';
}

/** The walk's order: breadth first (shallower files first), then folder by folder and name by name, each sorted. */
export function walkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}
