import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../app/session.js';
import type { WizardPort } from '../engine/wizard/store.js';
import type { GeneratedFile } from '../engine/wizard/types.js';

const STANDARD = new Set(['created', 'updated', 'unchanged']);

interface WriteReport {
  path: string;
  status: string;
  reasons?: string[];
  proposal?: string;
}

/** A write result as the wizard shows it: unusual statuses (merged, conflict, …) carry their reasons. */
export function toGeneratedFile(r: WriteReport): GeneratedFile {
  if (STANDARD.has(r.status)) return { path: r.path, status: r.status };
  const detail = [...(r.reasons ?? []), ...(r.proposal ? [`the new text is in ${r.proposal}`] : [])].join('; ');
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
    answer: (q, f, v) => session.answer(q, f, v),
    restart: () => session.restart(),
    generate: async (scope) => {
      const results = (await session.generate(scope)) as WriteReport[];
      for (const r of results) written.set(r.path, hashOf(join(session.root, r.path)));
      return results.map(toGeneratedFile);
    },
    reread: (_scope, files) =>
      files.map((f) => {
        const now = hashOf(join(session.root, f.path));
        if (now === undefined) return { path: f.path, edited: false, missing: true };
        return { path: f.path, edited: now !== written.get(f.path) };
      }),
  };
}
