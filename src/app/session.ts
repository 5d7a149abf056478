import { basename } from 'node:path';
import type { Answers, Catalogue, FieldValue, QuestionId } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import { renderDocuments } from '../render/render-documents.js';
import type { ProjectContext, RenderedOutput, RenderInput } from '../render/types.js';
import { readCache, saveAnswer, saveAnswers, saveScope, updateCache, type CacheSnapshot, type Phase7State } from '../store/audit-cache.js';
import { backupAnswers } from '../store/backup.js';
import { readGenerationRecord } from '../store/generation-record.js';
import type { ConflictResolver } from '../write/conflict.js';
import { sharedInputs } from '../write/generation-inputs.js';
import { planOutputs, type FilePlan } from '../write/plan.js';
import { checkUpToDate, type Freshness } from '../write/up-to-date.js';
import { writeOutputs, type WriteResult } from '../write/write-outputs.js';
import { documentDate } from './document-date.js';
import { withKept } from '../engine/plan.js';
import type { PreflightChoice } from '../store/audit-cache.js';

/**
 * One run of Phase 7 on a project: the answers cache plus rendering and writing. The CLI and the wizard
 * both act through it; every change is saved to the cache the moment it is made.
 */
export class Session {
  private snapshot: CacheSnapshot;

  /**
   * @param fullCatalogue the catalogue as loaded; `catalogue` is the view this run asks from (with the
   * hybrid pre-flight, the questions kept in the existing document are marked so nothing asks them).
   */
  constructor(
    readonly root: string,
    private readonly fullCatalogue: Catalogue,
    private readonly env: Record<string, string | undefined> = process.env,
  ) {
    this.snapshot = readCache(root, fullCatalogue);
  }

  /** The catalogue the flow runs on: every question, minus (marked `keptIn`) those a hybrid pre-flight keeps. */
  get catalogue(): Catalogue {
    const p = this.state.preflight;
    return p?.mode === 'hybrid' ? withKept(this.fullCatalogue, p.kept, p.document ?? 'the existing document') : this.fullCatalogue;
  }

  /** Records the pre-flight choice (kept across resumed sessions). */
  setPreflight(choice: PreflightChoice | undefined): void {
    this.set(updateCache(this.root, this.fullCatalogue, (s) => ({ ...s, preflight: choice })));
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
    this.set(saveScope(this.root, this.fullCatalogue, scope));
  }

  answer(questionId: QuestionId, fieldId: string, value: FieldValue): void {
    this.set(saveAnswer(this.root, this.fullCatalogue, questionId, fieldId, value));
  }

  setAnswers(answers: Answers): void {
    this.set(saveAnswers(this.root, this.fullCatalogue, answers));
  }

  /** Throws the answers away after keeping a backup; returns the backup's path. */
  restart(): string {
    const path = backupAnswers(this.root, this.state);
    this.set(updateCache(this.root, this.fullCatalogue, (s) => ({ ...s, answers: {} })));
    return path;
  }

  context(): ProjectContext {
    return { name: basename(this.root), projectType: 'backend', date: documentDate(this.env, this.state.updatedAt) };
  }

  renderInput(scope: Scope): RenderInput {
    const p = this.state.preflight;
    const existing = p?.mode === 'hybrid' && p.kept.length ? { questionIds: p.kept, document: p.document ?? 'the existing document' } : undefined;
    return { catalogue: this.catalogue, scope, answers: this.state.answers, context: this.context(), ...(existing ? { existing } : {}) };
  }

  render(scope: Scope): RenderedOutput[] {
    return renderDocuments(this.renderInput(scope));
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
    const input = this.renderInput(scope);
    const record = readGenerationRecord(this.root);
    return planOutputs(this.root, renderDocuments(input), sharedInputs(input, this.aiFlowVersion), record, { force: this.options.force });
  }

  /**
   * Renders and writes the documents: unchanged files are not touched, hand edits are merged, conflicts go
   * to `resolve` (or leave the file and write `<file>.new`). When not persisting, reports the plan and writes nothing.
   */
  async generate(scope: Scope, resolve?: ConflictResolver): Promise<WriteResult[]> {
    const plans = this.plan(scope);
    if (!this.persists) return plans.map((p) => ({ path: p.path, status: p.status, reasons: p.reasons }));
    return writeOutputs(this.root, plans, readGenerationRecord(this.root), { resolve });
  }
}
