import { basename } from 'node:path';
import type { Answers, Catalogue, FieldValue, QuestionId } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import { renderDocuments } from '../render/render-documents.js';
import type { ProjectContext, RenderedOutput, RenderInput } from '../render/types.js';
import { readCache, saveAnswer, saveAnswers, saveScope, updateCache, type CacheSnapshot, type Phase7State } from '../store/audit-cache.js';
import { backupAnswers } from '../store/backup.js';
import { writeOutputs, type WriteResult } from '../write/write-outputs.js';
import { documentDate } from './document-date.js';

/**
 * One run of Phase 7 on a project: the answers cache plus rendering and writing. The CLI and the wizard
 * both act through it; every change is saved to the cache the moment it is made.
 */
export class Session {
  private snapshot: CacheSnapshot;

  constructor(
    readonly root: string,
    readonly catalogue: Catalogue,
    private readonly env: Record<string, string | undefined> = process.env,
  ) {
    this.snapshot = readCache(root, catalogue);
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
    this.set(saveScope(this.root, this.catalogue, scope));
  }

  answer(questionId: QuestionId, fieldId: string, value: FieldValue): void {
    this.set(saveAnswer(this.root, this.catalogue, questionId, fieldId, value));
  }

  setAnswers(answers: Answers): void {
    this.set(saveAnswers(this.root, this.catalogue, answers));
  }

  /** Throws the answers away after keeping a backup; returns the backup's path. */
  restart(): string {
    const path = backupAnswers(this.root, this.state);
    this.set(updateCache(this.root, this.catalogue, (s) => ({ ...s, answers: {} })));
    return path;
  }

  context(): ProjectContext {
    return { name: basename(this.root), projectType: 'backend', date: documentDate(this.env, this.state.updatedAt) };
  }

  renderInput(scope: Scope): RenderInput {
    return { catalogue: this.catalogue, scope, answers: this.state.answers, context: this.context() };
  }

  render(scope: Scope): RenderedOutput[] {
    return renderDocuments(this.renderInput(scope));
  }

  generate(scope: Scope): WriteResult[] {
    return writeOutputs(this.root, this.render(scope));
  }
}
