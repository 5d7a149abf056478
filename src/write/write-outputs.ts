import { existsSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { StagedFile } from '../store/atomic.js';
import type { FileStamp } from '../detect/stack/input-stamp.js';
import { emptyRecord, stageGenerationRecord, type GeneratedEntry, type GenerationRecord, type OutputRecord } from '../store/generation-record.js';
import { readRegularOrNull, stageProjectFile } from '../store/project-file.js';
import type { ConflictResolver } from './conflict.js';
import { canonicalJson, sha256 } from './hash.js';
import type { FilePlan, PlanStatus } from './plan.js';
import { BACKUP_DIR } from '../paths.js';

/** kept: a conflict resolved by keeping the user's file; markers: written with conflict markers to resolve by hand. */
export type WriteStatus = PlanStatus | 'kept' | 'markers';

export interface WriteResult {
  path: string;
  status: WriteStatus;
  reasons: string[];
  /** The `<file>.new` left next to a conflicting document. */
  proposal?: string;
  /** A `<file>.new` from an earlier conflict, removed because it is no longer needed. */
  removedProposal?: string;
  /** --force replaced the user's conflicting file: where its previous text was kept (relative to the project). */
  backup?: string;
}

/** Where --force keeps the files it overwrites: one folder per run, the document's own path inside it. */
export { BACKUP_DIR };

export interface WriteOptions {
  /** Asks about each conflict; without one, conflicts leave the file and write `<file>.new`. */
  resolve?: ConflictResolver;
  /** Called after each stage of the write (tests use it to stop a run where a kill could). */
  onStage?: (stage: 'pending-recorded' | 'documents-written') => void;
  /**
   * The inputs' fingerprint once the documents are written: stamped on the final record (one write, not two).
   * `written` holds the files this run is about to rename into place (relative path → the staged temp file's
   * size and mtime, which a rename keeps), so it is taken once, before anything is renamed.
   */
  fingerprint?: (written: ReadonlyMap<string, FileStamp>) => string | undefined;
  /** The time that names the backup folder (default: now). */
  now?: Date;
}

interface Step {
  plan: FilePlan;
  status: WriteStatus;
  reasons: string[];
  /** Text to write to the document. */
  write?: string;
  /** What the document holds afterwards (undefined: no file). */
  after?: string;
}

async function decide(plan: FilePlan, resolve: ConflictResolver | undefined): Promise<Step> {
  const base = { plan, reasons: plan.reasons };
  if (plan.status !== 'conflict' || !plan.conflict || !resolve) return { ...base, status: plan.status, write: plan.write, after: plan.write ?? plan.before };
  const choice = await resolve(plan.conflict);
  if (choice === 'new') return { ...base, status: 'updated', reasons: ['conflict resolved: took the new text'], write: plan.text, after: plan.text };
  if (choice === 'markers') {
    return { ...base, status: 'markers', reasons: ['written with conflict markers: resolve the <<<<<<< blocks by hand'], write: plan.conflict.withMarkers, after: plan.conflict.withMarkers };
  }
  return { ...base, status: 'kept', reasons: ['conflict resolved: kept your file as it is'], after: plan.before };
}

/** The record entry once the document holds `after`; the previous entry object when nothing about it changed. */
function finalEntry(plan: FilePlan, after: string): GeneratedEntry {
  const next = { ...plan.generated, fileHash: sha256(after) };
  const prev = plan.base;
  if (prev && prev.inputsHash === next.inputsHash && prev.textHash === next.textHash && prev.fileHash === next.fileHash) return prev;
  return next;
}

function proposalPath(path: string): string {
  return `${path}.new`;
}

/**
 * Applies plans: conflicts are asked about (or left, with `<file>.new`), then documents are written
 * atomically between two record writes — the first marks them pending, so a run killed in between still
 * recognises what it wrote. The record is written only when it changes.
 */
export async function writeOutputs(root: string, plans: FilePlan[], record: GenerationRecord | undefined, opts: WriteOptions = {}): Promise<WriteResult[]> {
  const steps: Step[] = [];
  for (const plan of plans) steps.push(await decide(plan, opts.resolve));

  const outputs: Record<string, OutputRecord> = { ...(record?.outputs ?? {}) };
  const results: WriteResult[] = [];
  const finalOutputs: Record<string, OutputRecord> = { ...outputs };
  const pendingOutputs: Record<string, OutputRecord> = { ...outputs };
  const removals: string[] = [];

  const stamp = (opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  for (const step of steps) {
    const { plan } = step;
    const rec = outputs[plan.path];
    const result: WriteResult = { path: plan.path, status: step.status, reasons: step.reasons };
    if (step.status === 'conflict') {
      const proposal = proposalPath(plan.path);
      finalOutputs[plan.path] = { committed: plan.base, proposal: { path: proposal, hash: sha256(plan.text) } };
      result.proposal = proposal;
    } else if (step.status === 'deleted') {
      finalOutputs[plan.path] = { committed: rec?.committed, proposal: rec?.proposal };
    } else if (step.status === 'kept') {
      // Kept yours: the file does not have the new text, so the record stays at the generation it came from;
      // the next run (and --check) still sees the document as out of date and asks again.
      finalOutputs[plan.path] = { committed: plan.base, proposal: rec?.proposal };
    } else {
      const entry = finalEntry(plan, step.after ?? plan.text);
      finalOutputs[plan.path] = { committed: entry };
      // What the file holds now becomes the committed entry (it may be an earlier interrupted run's pending one).
      if (step.write !== undefined) pendingOutputs[plan.path] = { committed: plan.base ?? rec?.committed, pending: entry };
      if (step.write !== undefined && plan.backupBefore && plan.before !== undefined) result.backup = `${BACKUP_DIR}/${stamp}/${plan.path}`;
      const old = rec?.proposal;
      if (old && sha256(readRegularOrNull(join(root, old.path)) ?? '') === old.hash) {
        removals.push(old.path);
        result.removedProposal = old.path;
      }
    }
    results.push(result);
  }

  const anyWrite = steps.some((s) => s.write !== undefined);
  // The inputs' fingerprint vouches for the documents as they were: it goes as soon as anything is written
  // (the session stamps a new one once the run has finished).
  const { fingerprint: _stale, ...base } = record ?? emptyRecord();
  const anyKept = steps.some((s) => s.status === 'kept');
  const finalRecord: GenerationRecord = { ...(anyWrite || anyKept ? base : (record ?? emptyRecord())), outputs: stripUndefined(finalOutputs) };

  // Every file is checked and written to its temp file (every byte verified, fsynced) before any is put in
  // place: a full disk, a read-only folder or a folder where a document goes fails the run with every file
  // as it was. Renaming the staged files over the old ones then needs no space.
  const staged: StagedFile[] = [];
  const stage = (file: StagedFile): StagedFile => (staged.push(file), file);
  const stageRel = (rel: string, text: string): StagedFile => stage(stageProjectFile(root, join(root, rel), text));
  try {
    const backups = results.filter((r) => r.backup).map((r) => stageRel(r.backup!, steps.find((x) => x.plan.path === r.path)!.plan.before!));
    // An adopted document's original is backed up before the document changes (later runs build on it).
    for (const step of steps) {
      const adoption = step.plan.adoption;
      if (adoption && !existsSync(join(root, adoption.backup))) backups.push(stageRel(adoption.backup, adoption.original));
    }
    const pending = anyWrite ? stage(stageGenerationRecord(root, { ...base, outputs: stripUndefined(pendingOutputs) })) : undefined;
    const files: StagedFile[] = [];
    const written = new Map<string, FileStamp>();
    const stageDocument = (rel: string, text: string): void => {
      const file = stageRel(rel, text);
      files.push(file);
      // Staged, fsynced and closed: the size and mtime the file keeps once renamed into place.
      const st = statSync(file.temp, { bigint: true });
      written.set(rel, { size: st.size, mtimeNs: st.mtimeNs });
    };
    for (const step of steps) {
      if (step.write !== undefined) stageDocument(step.plan.path, step.write);
      if (step.status === 'conflict') stageDocument(proposalPath(step.plan.path), step.plan.text);
    }
    // The fingerprint notes whether Phase 0's document exists and stamps the files the stack is read from
    // (size and mtime; the documents and .env.example among them) as they will be once the staged files are
    // renamed: taken once, so the final record is staged with it like every other file.
    // A kept conflict leaves a document behind its inputs: no fingerprint, so no early "up to date".
    const fingerprint = anyKept ? undefined : opts.fingerprint?.(written);
    if (fingerprint !== undefined) finalRecord.fingerprint = fingerprint;
    const recordChanges = anyWrite || canonicalJson(finalRecord) !== canonicalJson(record ?? null);
    const final = recordChanges ? stage(stageGenerationRecord(root, finalRecord)) : undefined;

    for (const b of backups) b.commit();
    pending?.commit();
    opts.onStage?.('pending-recorded');
    for (const f of files) f.commit();
    opts.onStage?.('documents-written');
    final?.commit();
  } finally {
    for (const file of staged) file.discard(); // no-op for those committed
  }
  for (const path of removals) {
    try {
      unlinkSync(join(root, path));
    } catch {
      // already gone
    }
  }
  return results;
}

function stripUndefined(outputs: Record<string, OutputRecord>): Record<string, OutputRecord> {
  const out: Record<string, OutputRecord> = {};
  for (const [path, rec] of Object.entries(outputs)) {
    const clean = Object.fromEntries(Object.entries(rec).filter(([, v]) => v !== undefined)) as OutputRecord;
    if (Object.keys(clean).length > 0) out[path] = clean;
  }
  return out;
}
