import type { WriteResult, WriteStatus } from '../write/write-outputs.js';
import type { Io } from './io.js';
import { BACKUP_DIR } from '../paths.js';

const LABEL: Record<WriteStatus, string> = {
  created: '✅ Generated',
  updated: '✅ Updated',
  unchanged: '·  Unchanged',
  merged: '✅ Merged',
  conflict: '⚠️  Conflict',
  kept: '·  Kept yours',
  markers: '⚠️  Written with conflict markers',
  deleted: '·  Not recreated',
};

/** "existed (not written by ai-flow): kept your text, added 12 sections; your original is in …" (src/write/plan.ts). */
function adopted(r: WriteResult): string | undefined {
  return r.reasons.find((x) => x.startsWith(`${r.path} existed (not written by ai-flow)`))?.slice(r.path.length + 1);
}

function detail(r: WriteResult): string {
  switch (r.status) {
    case 'merged':
      return adopted(r) ? ` — ${adopted(r)}` : ' (your edits kept, new content applied)';
    case 'conflict':
      return ` — your edits overlap the new content: your file is left as it is; the new text is in ${r.proposal ?? `${r.path}.new`}`;
    case 'markers':
      return ' — resolve the <<<<<<< … >>>>>>> blocks by hand';
    case 'deleted':
      return ' — deleted by you — not recreated; use --force to recreate';
    case 'updated':
      return r.backup ? ` — your conflicting edits replaced; backup in ${r.backup}` : '';
    case 'unchanged':
      if (adopted(r)) return ` — ${adopted(r)}`;
      return r.reasons.some((x) => x.startsWith('edited by you')) ? ' (has your edits)' : '';
    default:
      return '';
  }
}

/** One line per file, in the seed's words: `✅ Generated: docs/operations.md`. */
export function reportWrites(io: Io, results: WriteResult[]): void {
  for (const r of results) {
    io.out(`${LABEL[r.status]}: ${r.path}${detail(r)}`);
    if (r.removedProposal) io.out(`   removed ${r.removedProposal} (the conflict is resolved)`);
  }
}

/** What to do about conflicts left by a run without a terminal. */
export function conflictFooter(conflicts: WriteResult[]): string {
  const n = conflicts.length;
  return [
    `\n${n} document${n === 1 ? ' was' : 's were'} not updated because your edits overlap the new content (your files are untouched):`,
    ...conflicts.map((c) => `  ${c.path} — new text in ${c.proposal ?? `${c.path}.new`}`),
    'To resolve: merge the .new file into yours by hand (then delete it) and run again, or run ai-flow phase7 in a terminal',
    'to choose for each file (keep yours / take new / write with conflict markers).',
    'Or, to take the new text for these files only: re-run with --force (your conflicting files are backed up under',
    `${BACKUP_DIR}/ first; clean merges elsewhere keep your edits).`,
  ].join('\n');
}
