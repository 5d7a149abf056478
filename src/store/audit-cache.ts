import { join } from 'node:path';
import { z } from 'zod';
import type { Answers, Catalogue, FieldValue, QuestionId } from '../catalogue/schema.js';
import { ScopeSchema, type Scope } from '../engine/scope.js';
import { QuestionIdSchema } from '../catalogue/schema.js';
import { answersSchema, formatProblem } from '../engine/validate.js';
import { CACHE_FILE } from '../paths.js';
import { CacheError } from './cache-error.js';
import { readProjectFile, shownPath, writeProjectFile } from './project-file.js';

export { CACHE_FILE };
/** The version of what we keep under `phases.phase7`. 0 = Phase 0's entry alone (no schemaVersion). */
export const SCHEMA_VERSION = 1;

/** Our bookkeeping under `phases.phase7`, next to Phase 0's fields (file, exists, consistencyScore, …). */
export interface Phase7State {
  scope?: Scope;
  answers: Answers;
  /** ISO time of the last change to scope or answers; the documents' date when SOURCE_DATE_EPOCH is unset. */
  updatedAt?: string;
  /** The pre-flight choice made for this project, so a resumed session keeps it. */
  preflight?: PreflightChoice;
  /** A compact record of the stack read from the project at the last generation (src/detect/stack), for re-runs and --check. */
  detected?: DetectedStack;
}

/** The recorded stack: plain values only (language, version, framework, commands, port, env var names …). */
export const DetectedStackSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null(), z.array(z.string())]));
export type DetectedStack = z.infer<typeof DetectedStackSchema>;

export const PreflightChoiceSchema = z.strictObject({
  mode: z.enum(['skip', 'hybrid', 'full']),
  /** Hybrid: the questions left to the existing document. */
  kept: z.array(QuestionIdSchema).default([]),
  /** The existing document (Phase 0's `file`). */
  document: z.string().optional(),
});
export type PreflightChoice = z.infer<typeof PreflightChoiceSchema>;

export interface CacheSnapshot {
  path: string;
  /** The whole file as parsed (undefined when there is no file yet). */
  doc: Record<string, unknown> | undefined;
  /** Phase 0's `phases.phase7` fields, when present. */
  phase0?: { consistencyScore?: number; exists?: boolean; file?: string; gaps?: string[]; recommendation?: string; reason?: string };
  state: Phase7State;
}

const Phase7EntrySchema = z.looseObject({
  schemaVersion: z.number().int().min(0).optional(),
  scope: ScopeSchema.optional(),
  answers: z.unknown().optional(),
  updatedAt: z.string().optional(),
  preflight: PreflightChoiceSchema.optional(),
  detected: DetectedStackSchema.optional(),
});

/** The fields Phase 0's documentation audit writes under `phases.phase7`. */
const PHASE0_FIELDS = ['file', 'exists', 'consistencyScore', 'recommendation', 'gaps', 'reason'];

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The text of each cache file as this process last wrote or validated it, with what it holds: re-reading
 * an unchanged file (every save re-reads first) skips parsing and validating it again. Snapshots are
 * never modified, so sharing them is safe.
 */
const known = new Map<string, { text: string; cat: Catalogue; snapshot: CacheSnapshot }>();

/** Reads the cache. A corrupt, unreadable or newer-version file throws CacheError (and is never written). */
export function readCache(root: string, cat: Catalogue): CacheSnapshot {
  const path = join(root, CACHE_FILE);
  const shown = shownPath(path);
  const moveAway = `move it away (mv ${shown} ${shown}.bak) to start this phase afresh`;
  let text: string | undefined;
  try {
    // Not a regular file, a link out of the project, or larger than 32 MiB: refused (CacheError).
    text = readProjectFile(root, path);
  } catch (e) {
    if (e instanceof CacheError) throw e;
    throw new CacheError(shown, `cannot be read (${(e as Error).message})`, `check its permissions, or ${moveAway}`);
  }
  if (text === undefined) return { path, doc: undefined, state: { answers: {} } };
  const seen = known.get(path);
  if (seen && seen.text === text && seen.cat === cat) return seen.snapshot;
  const snapshot = parseCache(path, shown, moveAway, text, cat);
  known.set(path, { text, cat, snapshot });
  return snapshot;
}

function parseCache(path: string, shown: string, moveAway: string, text: string, cat: Catalogue): CacheSnapshot {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new CacheError(shown, `is not valid JSON (${(e as Error).message})`, `repair the JSON by hand, or ${moveAway}`);
  }
  if (!isObject(doc)) throw new CacheError(shown, 'is not a JSON object', `repair it, or ${moveAway}`);
  const phases = doc.phases;
  if (phases !== undefined && !isObject(phases)) {
    throw new CacheError(shown, '"phases" is not an object', `repair it, or ${moveAway}`);
  }
  const raw = phases?.phase7;
  if (raw === undefined) return { path, doc, state: { answers: {} } };
  const entry = Phase7EntrySchema.safeParse(raw);
  if (!entry.success) {
    const why = entry.error.issues.map((i) => `${['phases', 'phase7', ...i.path].join('.')}: ${i.message}`).join('; ');
    throw new CacheError(shown, `has an invalid phases.phase7 entry (${why})`, `correct those fields, or ${moveAway}`);
  }
  const version = entry.data.schemaVersion ?? 0;
  if (version > SCHEMA_VERSION) {
    throw new CacheError(
      shown,
      `was written by a newer ai-flow (phases.phase7.schemaVersion ${version}; this version reads up to ${SCHEMA_VERSION})`,
      'upgrade ai-flow (npm install -g ai-flow@latest) and run the command again',
    );
  }
  const answers = answersSchema(cat).safeParse(entry.data.answers ?? {});
  if (!answers.success) {
    const why = answers.error.issues
      .map((i) => formatProblem({ questionId: String(i.path[0] ?? ''), fieldId: i.path[1] === undefined ? undefined : String(i.path[1]), message: i.message }))
      .join('; ');
    throw new CacheError(shown, `has invalid answers under phases.phase7.answers (${why})`, `correct those answers, or re-answer them with ai-flow phase7 --edit <id>`);
  }
  // Phase 0's audit only when its fields are there: our own entry alone (after a first run) is no audit.
  const phase0 = PHASE0_FIELDS.some((k) => k in entry.data) ? (entry.data as CacheSnapshot['phase0']) : undefined;
  const state: Phase7State = { scope: entry.data.scope, answers: answers.data as Answers, updatedAt: entry.data.updatedAt };
  if (entry.data.preflight) state.preflight = entry.data.preflight;
  if (entry.data.detected) state.detected = entry.data.detected;
  return { path, doc, phase0, state };
}

/** The file with our state merged in: every other field, including Phase 0's, stays as it was. */
function withState(doc: Record<string, unknown> | undefined, state: Phase7State): Record<string, unknown> {
  const base = doc ?? {};
  const phases = isObject(base.phases) ? base.phases : {};
  const old = isObject(phases.phase7) ? phases.phase7 : {};
  const phase7: Record<string, unknown> = { ...old, schemaVersion: SCHEMA_VERSION, scope: state.scope, answers: state.answers };
  if (state.scope === undefined) delete phase7.scope;
  if (state.preflight !== undefined) phase7.preflight = state.preflight;
  else delete phase7.preflight;
  if (state.updatedAt !== undefined) phase7.updatedAt = state.updatedAt;
  if (state.detected !== undefined) phase7.detected = state.detected;
  return { ...base, phases: { ...phases, phase7 } };
}

/**
 * Re-reads the cache, applies `change` to our state and writes the file atomically — only when something
 * changed. Re-reading first keeps what another tool wrote in the meantime.
 */
export function updateCache(root: string, cat: Catalogue, change: (s: Phase7State) => Phase7State, now = new Date()): Phase7State {
  const snap = readCache(root, cat);
  const next = change(snap.state);
  const key = (s: Phase7State) => JSON.stringify({ s: s.scope, a: s.answers, p: s.preflight });
  const same = key(next) === key(snap.state);
  const migrated = snap.doc !== undefined && isObject(snap.doc.phases) && isObject(snap.doc.phases.phase7) && snap.doc.phases.phase7.schemaVersion !== SCHEMA_VERSION;
  // the recorded stack is bookkeeping: it is written when it changes, without changing the documents' date
  const detectedSame = JSON.stringify(next.detected ?? null) === JSON.stringify(snap.state.detected ?? null);
  if (same && detectedSame && !migrated && snap.doc !== undefined) return snap.state;
  const stamped = same ? next : { ...next, updatedAt: now.toISOString() };
  const text = `${JSON.stringify(withState(snap.doc, stamped), null, 2)}\n`;
  writeProjectFile(root, snap.path, text);
  // What we wrote is what the next save re-reads: it was valid in memory, no need to validate it again.
  known.set(snap.path, { text, cat, snapshot: { path: snap.path, doc: JSON.parse(text) as Record<string, unknown>, phase0: snap.phase0, state: stamped } });
  return stamped;
}

export function saveAnswer(root: string, cat: Catalogue, questionId: QuestionId, fieldId: string, value: FieldValue): Phase7State {
  return updateCache(root, cat, (s) => ({ ...s, answers: { ...s.answers, [questionId]: { ...s.answers[questionId], [fieldId]: value } } }));
}

export function saveAnswers(root: string, cat: Catalogue, answers: Answers): Phase7State {
  return updateCache(root, cat, (s) => ({ ...s, answers }));
}

export function saveScope(root: string, cat: Catalogue, scope: Scope): Phase7State {
  return updateCache(root, cat, (s) => ({ ...s, scope }));
}
