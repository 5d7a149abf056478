import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders never looked into: dependencies, build output, tool state, and test fixtures (whose
 * Dockerfiles and manifests describe example projects, not this one). */
export const IGNORED_DIRS = new Set([
  'node_modules', '.git', 'vendor', 'dist', 'build', '.venv', 'venv', '__pycache__', '.terraform',
  'target', '.next', '.nuxt', 'coverage', '.cache', '.ai-flow', '.idea', '.gradle', 'bin', 'obj',
  'fixtures', '__fixtures__', 'testdata', '__mocks__',
]);

export interface ScanLimits {
  /** Files listed at most (shallow files first). */
  maxFiles: number;
  /** Directory levels below the root that are entered. */
  maxDepth: number;
  /** Bytes read from one file at most. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: ScanLimits = { maxFiles: 2000, maxDepth: 4, maxBytes: 512 * 1024 };

export interface ProjectScan {
  root: string;
  /** Relative, `/`-separated paths, breadth first and sorted within a folder: deterministic. */
  files: string[];
  truncated: boolean;
  /** The file's text, or undefined when it cannot be read (or is larger than the budget). */
  read(rel: string): string | undefined;
}

function entries(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/** Lists the project's files breadth first within the limits; unreadable folders are skipped, symlinks not followed. */
export function scanProject(root: string, limits: ScanLimits = DEFAULT_LIMITS): ProjectScan {
  const files: string[] = [];
  let depthCut = false;
  let fileCut = false;
  let level: string[] = [''];
  for (let depth = 0; level.length && !fileCut; depth += 1) {
    const next: string[] = [];
    for (const rel of level) {
      for (const e of entries(join(root, rel))) {
        const path = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory() && !IGNORED_DIRS.has(e.name)) {
          if (depth < limits.maxDepth) next.push(path);
          else depthCut = true;
        } else if (e.isFile()) {
          if (files.length >= limits.maxFiles) fileCut = true;
          else files.push(path);
        }
      }
      if (fileCut) break;
    }
    level = next;
  }
  const truncated = depthCut || fileCut;
  const cache = new Map<string, string | undefined>();
  const read = (rel: string): string | undefined => {
    if (!cache.has(rel)) cache.set(rel, readBounded(join(root, rel), limits.maxBytes));
    return cache.get(rel);
  };
  return { root, files, truncated, read };
}

function readBounded(path: string, maxBytes: number): string | undefined {
  let fd: number | undefined;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return undefined;
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(size);
    const n = readSync(fd, buf, 0, size, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export const baseName = (rel: string): string => rel.slice(rel.lastIndexOf('/') + 1);
export const depthOf = (rel: string): number => rel.split('/').length - 1;
