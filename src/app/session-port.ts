import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from './session.js';
import type { WizardPort } from '../engine/wizard/store.js';
import type { GeneratedFile } from '../engine/wizard/types.js';
import { readGenerationRecord } from '../store/generation-record.js';
import { leftoverConflictMarkers } from '../write/conflict-markers.js';

interface WriteReport {
  path: string;
  status: string;
  reasons?: string[];
  proposal?: string;
}

/** The note after a file's line, in the words the non-interactive run uses. */
function detailOf(r: WriteReport): string | undefined {
  switch (r.status) {
    case 'merged':
      return r.reasons?.find((x) => x.startsWith(`${r.path} existed`))?.slice(r.path.length + 1) ?? 'your edits kept, new content applied';
    case 'conflict':
      return `your file is left as it is; the new text is in ${r.proposal ?? `${r.path}.new`}`;
    case 'markers':
      return 'resolve the <<<<<<< … >>>>>>> blocks by hand';
    case 'deleted':
      return 'deleted by you; use --force to recreate';
    case 'unchanged':
      if (r.reasons?.some((x) => x.startsWith(`${r.path} existed`))) return r.reasons.find((x) => x.startsWith(`${r.path} existed`))!.slice(r.path.length + 1);
      return r.reasons?.some((x) => x.startsWith('edited by you')) ? 'has your edits' : undefined;
    case 'created':
    case 'updated':
    case 'kept':
      return undefined;
    default:
      return r.reasons?.join('; ') || undefined;
  }
}

/** A write result as the wizard shows it. */
export function toGeneratedFile(r: WriteReport): GeneratedFile {
  const detail = detailOf(r);
  return detail ? { path: r.path, status: r.status, detail } : { path: r.path, status: r.status };
}

function hashOf(path: string): string | undefined {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : undefined;
}

/** The wizard's port onto a Session: every answer saved at once; `ready` reads the written files back. */
export function sessionPort(session: Session): WizardPort {
  /** What each document held right after generation, to tell the user's edits apart. */
  const written = new Map<string, string | undefined>();
  return {
    setScope: (scope) => session.setScope(scope),
    choosePreflight: (scope, choice) => {
      if (session.state.scope !== scope) session.setScope(scope);
      session.setPreflight(choice);
    },
    detect: () => {
      const d = session.detect();
      return { prefills: d.evidence, notes: d.notes };
    },
    answer: (q, f, v) => session.answer(q, f, v),
    restart: () => session.restart(),
    generate: async (scope, ask) => {
      const results = (await session.generate(scope, async (c) =>
        ask({ path: c.path, reason: c.reason, overlaps: c.conflicts, diff: c.unifiedDiff }),
      )) as WriteReport[];
      for (const r of results) written.set(r.path, hashOf(join(session.root, r.path)));
      const record = readGenerationRecord(session.root);
      // A document this run left alone may still hold conflict blocks from before: it is not done.
      return results.map((r) => {
        const path = join(session.root, r.path);
        const leftover = r.status !== 'markers' && r.status !== 'deleted' && existsSync(path) && leftoverConflictMarkers(readFileSync(path, 'utf8'), record?.outputs[r.path]?.committed?.text);
        return leftover ? { path: r.path, status: 'has markers' } : toGeneratedFile(r);
      });
    },
    reread: (_scope, files) =>
      files.map((f) => {
        const now = hashOf(join(session.root, f.path));
        if (now === undefined) return { path: f.path, edited: false, missing: true };
        return { path: f.path, edited: now !== written.get(f.path) };
      }),
  };
}
