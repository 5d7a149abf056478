import { join } from 'node:path';
import type { RenderInput } from '../render/types.js';
import { readGenerationRecord } from '../store/generation-record.js';
import { readProjectFile } from '../store/project-file.js';
import { inputChanges, inputsHash, projectTemplateAppeared, sharedInputs, templateStamp, withTemplate } from './generation-inputs.js';
import { leftoverConflictMarkers } from './conflict-markers.js';
import { sha256 } from './hash.js';

/** same: the file is what ai-flow wrote; edited: changed by hand (nothing new to merge); deleted: removed by hand. */
export type FileFreshness = { path: string; state: 'same' | 'edited' | 'deleted' };

export type Freshness = { upToDate: true; files: FileFreshness[] } | { upToDate: false; reason: string };

/**
 * Whether a run would change nothing, decided from hashes alone: the record of the last generation, the
 * templates and the files on disk — without rendering. Deliberately imports neither the renderer nor the UI.
 * A `false` only means "render and compare": the documents may still turn out unchanged.
 */
export function checkUpToDate(root: string, input: RenderInput, aiFlowVersion: string, opts: { force?: boolean } = {}): Freshness {
  let record;
  try {
    record = readGenerationRecord(root);
  } catch {
    return { upToDate: false, reason: 'the record of the last generation cannot be read' };
  }
  const entries = Object.entries(record?.outputs ?? {});
  if (entries.length === 0) return { upToDate: false, reason: 'nothing was generated yet' };
  const shared = sharedInputs(input, aiFlowVersion);
  const files: FileFreshness[] = [];
  for (const [path, rec] of entries) {
    if (rec.proposal) return { upToDate: false, reason: `${path} has an unresolved conflict (${rec.proposal.path})` };
    if (rec.pending || !rec.committed) return { upToDate: false, reason: `an earlier run was interrupted while writing ${path}` };
    const c = rec.committed;
    if (projectTemplateAppeared(root, c.document, c.inputs.template)) return { upToDate: false, reason: `${path} now has a project template` };
    const stamp = templateStamp(root, c.inputs.template);
    if (!stamp) return { upToDate: false, reason: `the template of ${path} (${c.inputs.template.path}) cannot be read` };
    const now = withTemplate(shared, stamp);
    if (inputsHash(now) !== c.inputsHash) return { upToDate: false, reason: `${path}: ${inputChanges(c.inputs, now).join(', ') || 'its inputs changed'}` };
    let text: string | undefined;
    try {
      text = readProjectFile(root, join(root, path));
    } catch {
      // A folder, FIFO, link out of the project, unreadable file…: the full run names it.
      return { upToDate: false, reason: `${path} cannot be read as a regular file` };
    }
    if (text !== undefined && leftoverConflictMarkers(text, c.text)) return { upToDate: false, reason: `${path} still has conflict markers (<<<<<<< … >>>>>>>)` };
    const state = text === undefined ? 'deleted' : sha256(text) === c.textHash ? 'same' : 'edited';
    // --force recreates deleted documents; an edited one with nothing new to merge stays as it is.
    if (opts.force && state === 'deleted') return { upToDate: false, reason: `${path} was deleted and --force recreates it` };
    files.push({ path, state });
  }
  return { upToDate: true, files };
}
