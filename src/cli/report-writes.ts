import type { WriteResult } from '../write/write-outputs.js';
import type { Io } from './io.js';

const LABEL: Record<string, string> = {
  created: '✅ Generated',
  updated: '✅ Updated',
  unchanged: '·  Unchanged',
};

/** One line per file, in the seed's words: `✅ Generated: docs/operations.md`. */
export function reportWrites(io: Io, results: { path: string; status: string }[]): void {
  for (const r of results satisfies WriteResult[] | { path: string; status: string }[]) {
    io.out(`${LABEL[r.status] ?? `•  ${r.status[0]!.toUpperCase()}${r.status.slice(1)}`}: ${r.path}`);
  }
}
