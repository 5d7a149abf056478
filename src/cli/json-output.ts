import type { Io } from './io.js';

/** What a file is or would become, in one word (the states of --check, --dry-run and a write). */
export type JsonFileState = 'created' | 'updated' | 'unchanged' | 'merged' | 'conflict' | 'kept' | 'markers' | 'deleted' | 'edited' | 'up-to-date';

export interface JsonFile {
  path: string;
  state: JsonFileState;
  /** Why, in words (as --check and --dry-run print them). */
  reasons?: string[];
  /** --dry-run: the unified diff of the change. */
  diff?: string;
  /** A conflict: where the new text was written. */
  proposal?: string;
}

/**
 * The one JSON object `--json` prints on stdout (documented in README, "Machine-readable output").
 * `status`: up-to-date | out-of-date (--check) | would-change (--dry-run) | written | conflict | kept (pre-flight skip)
 * | markers (a document still holds conflict markers to resolve) | needs-input (something is missing; see `missing`) | error.
 */
export interface JsonResult {
  version: 1;
  mode: 'check' | 'dry-run' | 'write';
  status: 'up-to-date' | 'out-of-date' | 'would-change' | 'written' | 'conflict' | 'markers' | 'kept' | 'needs-input' | 'error';
  exitCode: number;
  scope: string | null;
  files: JsonFile[];
  /** Questions still without an answer (scope known), in the order they are asked. */
  openQuestions: { id: string; title: string }[];
  /** What a run without a terminal lacks: 'scope', 'answers', 'yes'. */
  missing: string[];
  /** The error message (also printed on stderr), when the run failed. */
  error?: string;
}

export class JsonCollector {
  readonly result: JsonResult;
  constructor(mode: JsonResult['mode']) {
    this.result = { version: 1, mode, status: 'error', exitCode: 0, scope: null, files: [], openQuestions: [], missing: [] };
  }
  set(part: Partial<Omit<JsonResult, 'version' | 'mode'>>): void {
    Object.assign(this.result, part);
  }
  /** The object as printed, once the exit code is known. */
  finish(exitCode: number, error?: string): string {
    const r = this.result;
    r.exitCode = exitCode;
    if (error !== undefined) {
      r.error = error.trim();
      if (r.status !== 'needs-input' && r.status !== 'conflict' && r.status !== 'out-of-date') r.status = 'error';
    }
    return JSON.stringify(r, null, 2);
  }
}

const collectors = new WeakMap<Io, JsonCollector>();

/** Registers `collector` for the Io a --json run passes around (so the report functions can fill it in). */
export function attachJson(io: Io, collector: JsonCollector): Io {
  collectors.set(io, collector);
  return io;
}

/** The --json collector of this run, if any. */
export function jsonOf(io: Io): JsonCollector | undefined {
  return collectors.get(io);
}
