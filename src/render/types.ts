import type { Answers, Catalogue, DocumentId, QuestionId } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';

export interface ProjectContext {
  name: string;
  projectType: string;
  aiFlowVersion?: string;
  /** YYYY-MM-DD, given by the caller (from SOURCE_DATE_EPOCH when set): the only date in the documents. */
  date: string;
}

export interface RenderInput {
  catalogue: Catalogue;
  scope: Scope;
  /** Raw answers; the view model uses effectiveAnswers() from src/engine/visibility.ts. */
  answers: Answers;
  context: ProjectContext;
  /** Hybrid pre-flight: questions deliberately not asked; their sections point to this existing document instead of TBD. */
  existing?: { questionIds: QuestionId[]; document: string };
}

/** UPPER_SNAKE keys: strings, booleans, arrays of objects with UPPER_SNAKE keys. */
export type ViewModel = Record<string, unknown>;

export type OutputPath = 'docs/operations.md' | 'specs/configuration.md' | '.env.example';

export interface RenderedOutput {
  id: DocumentId;
  path: OutputPath;
  text: string;
  template: { source: 'builtin' | 'project'; path: string };
}
