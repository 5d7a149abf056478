import type { Answers, Catalogue, DocumentId, QuestionId } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import type { ProjectStack } from '../detect/stack/types.js';
import type { TemplateLanguage, Unfilled } from './aiflow-template/types.js';
import type { OutputPath } from '../paths.js';

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
  /** The project's folder: its own templates in `.ai-flow/templates/` are rendered instead of ours. Absent: ours only. */
  root?: string;
  /** The project's stack read from its files (src/detect/stack); absent or with `language: null`: the documents say what they could not tell. */
  stack?: ProjectStack;
}

/** UPPER_SNAKE keys: strings, booleans, arrays of objects with UPPER_SNAKE keys. */
export type ViewModel = Record<string, unknown>;

export type { OutputPath };

export interface RenderedOutput {
  id: DocumentId;
  path: OutputPath;
  text: string;
  template: { source: 'builtin' | 'project'; path: string };
  /** Project templates: the template's language and the placeholders the view model could not fill (rendered as TBD). */
  language?: TemplateLanguage;
  unfilled?: Unfilled[];
}
