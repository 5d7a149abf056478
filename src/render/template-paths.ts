import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentId } from '../catalogue/schema.js';
import { DOCUMENT_PATHS, PROJECT_TEMPLATES_DIR } from '../paths.js';
import type { OutputPath, RenderedOutput } from './types.js';

// Paths only: no template is read or rendered here, so the up-to-date check and `ai-flow templates` can
// import this module without loading the renderer.

export interface OutputTemplates {
  id: DocumentId;
  /** The document written into the project. */
  output: OutputPath;
  /** The project's own template (installed by `ai-flow init`, or copied by `ai-flow templates copy`), relative to the project. */
  project: string;
  /** Our built-in template, relative to the package root. */
  builtin: string;
}

/** The three Phase 7 documents and the templates each can be rendered from. */
export const OUTPUT_TEMPLATES: readonly OutputTemplates[] = [
  { id: 'operations', output: DOCUMENT_PATHS.operations, project: `${PROJECT_TEMPLATES_DIR}/docs/operations.template.md`, builtin: 'templates/operations.md.mustache' },
  { id: 'configuration', output: DOCUMENT_PATHS.configuration, project: `${PROJECT_TEMPLATES_DIR}/specs/configuration.template.md`, builtin: 'templates/configuration.md.mustache' },
  { id: 'env', output: DOCUMENT_PATHS.env, project: `${PROJECT_TEMPLATES_DIR}/.env.example.template`, builtin: 'templates/env.example.mustache' },
];

/** The project's own templates: when one exists it is rendered instead of ours. */
export const PROJECT_TEMPLATE_PATHS: Readonly<Record<DocumentId, string>> = Object.fromEntries(OUTPUT_TEMPLATES.map((t) => [t.id, t.project])) as Record<DocumentId, string>;

export type TemplateRef = RenderedOutput['template'];

/** Whether the project has its own template at `path` (relative to `root`): a file, not a folder. */
export function hasProjectTemplate(root: string, path: string): boolean {
  return statSync(join(root, path), { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The template a document is rendered from: the project's when the file exists in `root`, otherwise ours. */
export function chooseTemplate(root: string | undefined, t: OutputTemplates): TemplateRef {
  if (root !== undefined && hasProjectTemplate(root, t.project)) return { source: 'project', path: t.project };
  return { source: 'builtin', path: t.builtin };
}
