import type { Answers, Catalogue, FieldValue, QuestionId } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import { renderDocuments } from '../render/render-documents.js';
import type { Unfilled } from '../render/aiflow-template/types.js';
import type { ProjectContext, RenderedOutput, RenderInput } from '../render/types.js';
import { readCache, saveAnswer, saveAnswers, saveScope, updateCache, type CacheSnapshot, type Phase7State } from '../store/audit-cache.js';
import { backupAnswers } from '../store/backup.js';
import { readGenerationRecord, type GenerationRecord } from '../store/generation-record.js';
import { inputsFingerprint } from '../write/fingerprint.js';
import type { ConflictResolver } from '../write/conflict.js';
import { sharedInputs } from '../write/generation-inputs.js';
import { planOutputs, type FilePlan } from '../write/plan.js';
import { checkUpToDate, type Freshness } from '../write/up-to-date.js';
import { writeOutputs, type WriteResult } from '../write/write-outputs.js';
import { documentDate } from './document-date.js';
import { catalogueFor, DOCUMENT } from '../engine/wizard/preflight-offer.js';
import type { PreflightChoice } from '../store/audit-cache.js';
import { detectProject, type Detection } from '../detect/index.js';
import { compactStack } from '../detect/stack/compact.js';
import { emptyStack, type ProjectStack } from '../detect/stack/types.js';
import { withPreferred } from '../engine/defaults.js';
import { readProjectContext, type ProjectInfo } from '../project/index.js';

export interface SessionOptions {
  /**
   * false: every change stays in memory and nothing is written, the cache included (--dry-run, --check,
   * and a run still deciding whether it will proceed: see startSaving()).
   */
  persist?: boolean;
  /** Take the generated text over hand edits and recreate deleted documents (--force). */
  force?: boolean;
  /** ai-flow's version: a new version re-renders the documents. */
  aiFlowVersion?: string;
}

/** The in-memory counterpart of updateCache: applies a change, stamping updatedAt when scope or answers changed. */
function changeInMemory(state: Phase7State, change: (s: Phase7State) => Phase7State): Phase7State {
  const next = change(state);
  const same = JSON.stringify({ s: next.scope, a: next.answers }) === JSON.stringify({ s: state.scope, a: state.answers });
  return same ? next : { ...next, updatedAt: new Date().toISOString() };
}

/**
 * One run of Phase 7 on a project: the answers cache plus rendering and writing. The CLI and the wizard
 * both act through it; every change is saved to the cache the moment it is made (unless `persist` is false).
 */
export class Session {
  private snapshot: CacheSnapshot;
  private projectInfo: ProjectInfo | undefined;
  private detection: Detection | undefined;
  private unfilled: Unfilled[] = [];
  private saving: boolean;
  /** The state a restart threw away while nothing was saved yet: backed up by startSaving(). */
  private restartedFrom: Phase7State | undefined;

  /**
   * @param fullCatalogue the catalogue as loaded; `catalogue` is the view this run asks from (with the
   * hybrid pre-flight, the questions kept in the existing document are marked so nothing asks them).
   */
  constructor(
    readonly root: string,
    private readonly fullCatalogue: Catalogue,
    private readonly env: Record<string, string | undefined> = process.env,
    readonly options: SessionOptions = {},
  ) {
    this.snapshot = readCache(root, fullCatalogue);
    this.saving = options.persist !== false;
  }

  /** Whether changes are saved to the cache (false for dry runs, checks, and until startSaving()). */
  get persists(): boolean {
    return this.saving;
  }

  /**
   * From now on every change is saved. What was changed in memory so far (scope, answers, pre-flight, a
   * restart) is saved now — only when it differs from the cache, so a run that changed nothing writes
   * nothing. Returns the backup of the answers a restart threw away ('' when there was no restart).
   */
  startSaving(): string {
    if (this.saving) return '';
    this.saving = true;
    const mem = this.state;
    const backup = this.restartedFrom ? backupAnswers(this.root, this.restartedFrom) : '';
    this.restartedFrom = undefined;
    const disk = readCache(this.root, this.fullCatalogue).state;
    const key = (s: Phase7State) => JSON.stringify({ s: s.scope, a: s.answers, p: s.preflight });
    if (key(mem) !== key(disk)) this.set(updateCache(this.root, this.fullCatalogue, (s) => ({ ...s, scope: mem.scope, answers: mem.answers, preflight: mem.preflight })));
    return backup;
  }

  /** Saves a change to the cache, or keeps it in memory when not persisting. */
  private change(fn: (s: Phase7State) => Phase7State): void {
    this.set(this.persists ? updateCache(this.root, this.fullCatalogue, fn) : changeInMemory(this.state, fn));
  }

  /** The catalogue the flow runs on: every question, minus (marked `keptIn`) those a hybrid pre-flight keeps. */
  get catalogue(): Catalogue {
    const p = this.state.preflight;
    return p ? catalogueFor(this.fullCatalogue, p) : this.fullCatalogue;
  }

  /** The catalogue with no question kept (what a full run would ask). */
  fullView(): Catalogue {
    return this.fullCatalogue;
  }

  /** Records the pre-flight choice (kept across resumed sessions). */
  setPreflight(choice: PreflightChoice | undefined): void {
    this.change((s) => ({ ...s, preflight: choice }));
  }

  get state(): Phase7State {
    return this.snapshot.state;
  }

  get phase0(): CacheSnapshot['phase0'] {
    return this.snapshot.phase0;
  }

  private set(state: Phase7State): void {
    this.snapshot = { ...this.snapshot, state };
  }

  setScope(scope: Scope): void {
    if (!this.persists) return this.change((s) => ({ ...s, scope }));
    this.set(saveScope(this.root, this.fullCatalogue, scope));
  }

  answer(questionId: QuestionId, fieldId: string, value: FieldValue): void {
    if (!this.persists) return this.change((s) => ({ ...s, answers: { ...s.answers, [questionId]: { ...s.answers[questionId], [fieldId]: value } } }));
    this.set(saveAnswer(this.root, this.fullCatalogue, questionId, fieldId, value));
  }

  setAnswers(answers: Answers): void {
    if (!this.persists) return this.change((s) => ({ ...s, answers }));
    this.set(saveAnswers(this.root, this.fullCatalogue, answers));
  }

  /** Throws the answers away after keeping a timestamped backup; returns the backup's path ('' when not persisting). */
  restart(): string {
    if (!this.persists) {
      this.restartedFrom ??= this.state;
      this.change((s) => ({ ...s, answers: {} }));
      return '';
    }
    const path = backupAnswers(this.root, this.state);
    this.change((s) => ({ ...s, answers: {} }));
    return path;
  }

  /** The project: name, ai-flow config and type (read once, never fails). */
  project(): ProjectInfo {
    this.projectInfo ??= readProjectContext(this.root);
    return this.projectInfo;
  }

  /** What the project's files say about the answers, with evidence (read once, never fails). */
  detect(): Detection {
    this.detection ??= detectProject(this.root, { catalogue: this.fullCatalogue });
    return this.detection;
  }

  /** The project's stack as read from its files (read once, never fails). */
  stack(): ProjectStack {
    return this.detect().stack ?? emptyStack();
  }

  /** The answers the documents use: the given ones, then what the project's files show, then (later) the catalogue defaults. */
  documentAnswers(): Answers {
    return withPreferred(this.state.answers, this.detect().answers);
  }

  context(): ProjectContext {
    const p = this.project();
    return {
      name: p.name,
      projectType: p.projectType ?? 'backend',
      ...(p.aiFlowVersion ? { aiFlowVersion: p.aiFlowVersion } : {}),
      date: documentDate(this.env, this.state.updatedAt),
    };
  }

  renderInput(scope: Scope): RenderInput {
    const p = this.state.preflight;
    const existing = p?.mode === 'hybrid' && p.kept.length ? { questionIds: p.kept, document: p.document ?? DOCUMENT } : undefined;
    return { catalogue: this.catalogue, scope, answers: this.documentAnswers(), context: this.context(), ...(existing ? { existing } : {}), root: this.root, stack: this.stack() };
  }

  /** Renders the documents (the project's own templates where it has them) and remembers what they left unfilled. */
  render(scope: Scope): RenderedOutput[] {
    return this.renderFrom(this.renderInput(scope));
  }

  private renderFrom(input: RenderInput): RenderedOutput[] {
    const outputs = renderDocuments(input);
    this.unfilled = outputs.flatMap((o) => o.unfilled ?? []);
    return outputs;
  }

  /** Placeholders of the project's templates the last render could not fill (written as TBD): file, line, name. */
  templateWarnings(): Unfilled[] {
    return this.unfilled;
  }

  private get aiFlowVersion(): string {
    return this.options.aiFlowVersion ?? 'dev';
  }

  /** Whether a run would change nothing, from hashes alone (no rendering). */
  upToDate(scope: Scope): Freshness {
    return checkUpToDate(this.root, this.renderInput(scope), this.aiFlowVersion, { force: this.options.force });
  }

  /** What generating would do to each document — nothing is written. */
  plan(scope: Scope): FilePlan[] {
    return this.planWith(scope, readGenerationRecord(this.root));
  }

  private planWith(scope: Scope, record: GenerationRecord | undefined): FilePlan[] {
    const input = this.renderInput(scope);
    return planOutputs(this.root, this.renderFrom(input), sharedInputs(input, this.aiFlowVersion), record, { force: this.options.force });
  }

  /**
   * Renders and writes the documents: unchanged files are not touched, hand edits are merged, conflicts go
   * to `resolve` (or leave the file and write `<file>.new`). When not persisting, reports the plan and writes nothing.
   * The record written last carries the inputs' fingerprint, so the next run with nothing changed stops early.
   */
  async generate(scope: Scope, resolve?: ConflictResolver): Promise<WriteResult[]> {
    const record = readGenerationRecord(this.root);
    const plans = this.planWith(scope, record);
    if (!this.persists) return plans.map((p) => ({ path: p.path, status: p.status, reasons: p.reasons }));
    // the stack the documents were written for, so a re-run and --check know it
    const detected = compactStack(this.stack());
    if (JSON.stringify(detected) !== JSON.stringify(this.state.detected ?? null)) this.change((s) => ({ ...s, detected }));
    // The fingerprint reuses this run's walk of the project (the detection's) instead of walking it again.
    const listed = this.detection?.stackFiles;
    return writeOutputs(this.root, plans, record, { resolve, fingerprint: (written) => inputsFingerprint(this.root, this.aiFlowVersion, this.env, { ...(listed ? { listed } : {}), written }) });
  }
}
