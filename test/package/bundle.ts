import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { LAZY_ONLY, NEVER_BUNDLED, packagesIn } from '../../scripts/bundle-rules.mjs';
import { tempDir } from '../helpers.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'ai-flow.js');
const TRACE = join(import.meta.dirname, 'trace-loads.mjs');

/** The metafile of the current build (test/package/global-setup.ts builds before the tests). */
export function readMeta(): Metafile {
  const path = join(ROOT, 'dist', 'meta.json');
  if (!existsSync(path)) throw new Error('dist/meta.json is missing: `node scripts/build.mjs` failed or was not run');
  return JSON.parse(readFileSync(path, 'utf8')) as Metafile;
}

/** A child environment without the user's preferences, CI quirks or npm's lifecycle variables. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('npm_') && !['NODE_OPTIONS', 'NO_COLOR', 'FORCE_COLOR', 'CI'].includes(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

export interface TracedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Files of dist/ the process loaded, relative to the repository (`dist/chunks/…`). */
  loaded: string[];
}

/** Runs the bundled CLI with a module-load trace (test/package/trace-loads.mjs). */
export function tracedRun(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): TracedRun {
  const file = join(tempDir('ai-flow-trace-'), 'loads.txt');
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, ['--import', TRACE, BIN, ...args], {
    cwd: opts.cwd,
    env: { ...opts.env, AI_FLOW_TRACE_LOADS: file },
    encoding: 'utf8',
  });
  const urls = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  const loaded = [...new Set(urls.map((u) => relative(ROOT, fileURLToPath(u))).filter((p) => p.startsWith('dist/')))];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, loaded };
}

/** Packages among `outputs` that only lazily loaded chunks may hold (Ink, React, prompts, conf) or none may. */
export function heavyPackagesIn(meta: Metafile, outputs: string[]): string[] {
  const rules = [...LAZY_ONLY, ...NEVER_BUNDLED];
  const found = new Set<string>();
  for (const o of outputs) {
    for (const p of packagesIn(meta, o)) if (rules.some((r) => (r.endsWith('/') ? p.startsWith(r) : p === r))) found.add(p);
  }
  return [...found].sort();
}
