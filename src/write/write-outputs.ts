import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../store/atomic.js';
import { emptyRecord, writeGenerationRecord, type GeneratedEntry, type GenerationRecord, type OutputRecord } from '../store/generation-record.js';
import type { ConflictResolver } from './conflict.js';
import { canonicalJson, sha256 } from './hash.js';
import type { FilePlan, PlanStatus } from './plan.js';

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
}

export interface WriteOptions {
  /** Asks about each conflict; without one, conflicts leave the file and write `<file>.new`. */
  resolve?: ConflictResolver;
  /** Called after each stage of the write (tests use it to stop a run where a kill could). */
  onStage?: (stage: 'pending-recorded' | 'documents-written') => void;
  /** The inputs' fingerprint once the documents are written: stamped on the final record (one write, not two). */
  fingerprint?: () => string | undefined;
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
    } else {
      const entry = finalEntry(plan, step.after ?? plan.text);
      finalOutputs[plan.path] = { committed: entry };
      // What the file holds now becomes the committed entry (it may be an earlier interrupted run's pending one).
      if (step.write !== undefined) pendingOutputs[plan.path] = { committed: plan.base ?? rec?.committed, pending: entry };
      const old = rec?.proposal;
      if (old && existsSync(join(root, old.path)) && sha256(readFileSync(join(root, old.path), 'utf8')) === old.hash) {
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
  if (anyWrite) writeGenerationRecord(root, { ...base, outputs: stripUndefined(pendingOutputs) });
  opts.onStage?.('pending-recorded');
  // An adopted document's original is backed up before the document changes (later runs build on it).
  for (const step of steps) {
    const adoption = step.plan.adoption;
    if (adoption && !existsSync(join(root, adoption.backup))) writeFileAtomicSync(join(root, adoption.backup), adoption.original);
  }
  for (const step of steps) {
    if (step.write !== undefined) writeFileAtomicSync(join(root, step.plan.path), step.write);
    if (step.status === 'conflict') writeFileAtomicSync(join(root, proposalPath(step.plan.path)), step.plan.text);
  }
  opts.onStage?.('documents-written');
  const finalRecord: GenerationRecord = { ...(anyWrite ? base : (record ?? emptyRecord())), outputs: stripUndefined(finalOutputs) };
  if (opts.fingerprint) finalRecord.fingerprint = opts.fingerprint();
  if (anyWrite || canonicalJson(finalRecord) !== canonicalJson(record ?? null)) writeGenerationRecord(root, finalRecord);
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
