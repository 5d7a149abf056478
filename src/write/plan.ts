import { join } from 'node:path';
import type { DocumentId } from '../catalogue/schema.js';
import type { RenderedOutput } from '../render/types.js';
import { readProjectFile, readRegularOrNull } from '../store/project-file.js';
import { effectiveEntry, type GeneratedEntry, type GenerationRecord, type OutputRecord } from '../store/generation-record.js';
import { adopt, adoptedBackupPath, originalOfAdopted } from './adopt.js';
import type { Conflict } from './conflict.js';
import { inputChanges, inputsHash, templateStamp, withTemplate, type SharedInputs } from './generation-inputs.js';
import { sha256 } from './hash.js';
import { markers2, merge3 } from './merge3.js';
import { unifiedDiff } from './unified-diff.js';

/** What a run does to one document. */
export type PlanStatus = 'created' | 'updated' | 'unchanged' | 'merged' | 'conflict' | 'deleted';

export interface FilePlan {
  path: string;
  document: DocumentId;
  status: PlanStatus;
  /** Why, in words: shown by --check and --dry-run. */
  reasons: string[];
  /** The file differs from what ai-flow last wrote (or ai-flow never wrote it). */
  handEdited: boolean;
  /** The file's text now (undefined when there is no file). */
  before?: string;
  /** What the file will hold (undefined: the file is left as it is). */
  write?: string;
  /** The newly generated text. */
  text: string;
  /** The record entry of this generation (its fileHash is the text's; the writer sets it to what the file ends up holding). */
  generated: GeneratedEntry;
  /** The entry of the generation the file came from (undefined when ai-flow has no record of writing it). */
  base?: GeneratedEntry;
  conflict?: Conflict;
  /** --force over a conflict: the write replaces the user's overlapping edits, so `before` is backed up first. */
  backupBefore?: boolean;
  /** The file existed and ai-flow had not written it: it is adopted (kept, ours added after it); its original is backed up first. */
  adoption?: { original: string; backup: string; summary: string };
}

export interface PlanOptions {
  /**
   * A document in conflict takes the new text (its file is backed up first), and deleted documents are
   * recreated. Clean merges and unchanged documents are planned as without it.
   */
  force?: boolean;
  now?: Date;
}

/** Decides what to do with one rendered output, from the file on disk and the record of the last generation. */
export function planOutput(root: string, out: RenderedOutput, shared: SharedInputs, rec: OutputRecord | undefined, opts: PlanOptions = {}): FilePlan {
  const plan = planMerge(root, out, shared, rec, opts);
  if (!opts.force || plan.status !== 'conflict') return plan;
  // --force decides only what a conflict would have asked: the new text, with the user's file backed up.
  const { conflict: _asked, ...rest } = plan;
  const why = plan.conflict?.reason === 'not-generated' ? 'your file (not written by ai-flow)' : 'your conflicting edits';
  return { ...rest, status: 'updated', reasons: [`${why} replaced by the generated text (--force); a backup is kept`], write: plan.text, backupBefore: true };
}

function planMerge(root: string, out: RenderedOutput, shared: SharedInputs, rec: OutputRecord | undefined, opts: PlanOptions): FilePlan {
  // A folder, FIFO, device, a link out of the project or a file over 32 MiB is refused here (CacheError).
  const before = readProjectFile(root, join(root, out.path));
  const fileHash = before === undefined ? undefined : sha256(before);
  const base = effectiveEntry(rec, fileHash);
  // A document adopted earlier: the user's original (its backup, else cut from the last adopted text) plus what we generate now.
  const backup = adoptedBackupPath(out.path);
  const original = (readRegularOrNull(join(root, backup)) ?? undefined) ?? (base ? originalOfAdopted(out.id, base.text) : undefined);
  let adoption: FilePlan['adoption'];
  let text = out.text;
  if (original !== undefined) text = adopt(out.id, out.path, original, out.text).text;
  else if (before !== undefined && !base && before !== out.text) {
    const a = adopt(out.id, out.path, before, out.text);
    text = a.text;
    adoption = { original: before, backup, summary: a.summary };
  }
  const inputs = withTemplate(shared, templateStamp(root, out.template) ?? { ...out.template, hash: 'unreadable' });
  const hash = inputsHash(inputs);
  const textHash = sha256(text);
  const generated: GeneratedEntry = { document: out.id, generatedAt: (opts.now ?? new Date()).toISOString(), inputs, inputsHash: hash, text, textHash, fileHash: textHash };
  const why = base ? inputChanges(base.inputs, inputs) : [];
  const handEdited = before !== undefined && (base === undefined || before !== base.text);
  const plan = { path: out.path, document: out.id, before, text, handEdited, generated, base, ...(adoption ? { adoption } : {}) };
  if (adoption) {
    const reason = `${out.path} existed (not written by ai-flow): ${adoption.summary}; your original is in ${backup}`;
    return text === before ? { ...plan, status: 'unchanged', reasons: [reason] } : { ...plan, status: 'merged', reasons: [reason], write: text };
  }

  if (before === undefined) {
    if (base && !opts.force) return { ...plan, status: 'deleted', reasons: ['deleted by you — not recreated; use --force to recreate'] };
    return { ...plan, status: 'created', reasons: [base ? 'deleted by you; recreated (--force)' : 'not generated yet'], write: text };
  }
  if (before === text) return { ...plan, status: 'unchanged', reasons: [] };
  if (!base) {
    const m = markers2(before, text);
    const withMarkers = m.clean ? m.text : m.withMarkers;
    const conflict: Conflict = { path: out.path, reason: 'not-generated', mine: before, theirs: text, withMarkers, conflicts: m.clean ? 0 : m.conflicts, unifiedDiff: unifiedDiff(out.path, before, text, { before: 'yours', after: 'new' }) };
    return { ...plan, status: 'conflict', reasons: ['the file exists but ai-flow has no record of writing it'], conflict };
  }
  if (!handEdited) return { ...plan, status: 'updated', reasons: why.length ? why : ['the generated text changed'], write: text };
  if (text === base.text) return { ...plan, status: 'unchanged', reasons: ['edited by you; nothing new to merge'] };
  const m = merge3(base.text, before, text);
  if (m.clean) {
    if (m.text === before) return { ...plan, status: 'unchanged', reasons: ['edited by you; already has the new content'] };
    return { ...plan, status: 'merged', reasons: [...why, 'edited by you; your edits are kept'], write: m.text };
  }
  const conflict: Conflict = { path: out.path, reason: 'edited', mine: before, theirs: text, withMarkers: m.withMarkers, conflicts: m.conflicts, unifiedDiff: unifiedDiff(out.path, before, text, { before: 'yours', after: 'new' }) };
  return { ...plan, status: 'conflict', reasons: [...why, `edited by you; ${m.conflicts === 1 ? 'one of your edits overlaps' : `${m.conflicts} of your edits overlap`} the new content`], conflict };
}

export function planOutputs(root: string, outputs: RenderedOutput[], shared: SharedInputs, record: GenerationRecord | undefined, opts: PlanOptions = {}): FilePlan[] {
  return outputs.map((o) => planOutput(root, o, shared, record?.outputs[o.path], opts));
}
