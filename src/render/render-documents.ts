import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../catalogue/load.js';
import { renderMustache, tidyMarkdown } from './mustache.js';
import type { RenderedOutput, RenderInput } from './types.js';
import { buildViewModel } from './view-model/index.js';

const DOCUMENTS = [
  { id: 'operations', path: 'docs/operations.md', template: 'operations.md.mustache' },
  { id: 'configuration', path: 'specs/configuration.md', template: 'configuration.md.mustache' },
  { id: 'env', path: '.env.example', template: 'env.example.mustache' },
] as const;

/** The three Phase 7 documents, rendered from the built-in templates with one view model. */
export function renderDocuments(input: RenderInput): RenderedOutput[] {
  const view = buildViewModel(input);
  const root = packageRoot();
  return DOCUMENTS.map((d) => {
    const path = join('templates', d.template);
    const text = renderMustache(readFileSync(join(root, path), 'utf8'), view);
    return { id: d.id, path: d.path, text: tidyMarkdown(text), template: { source: 'builtin' as const, path } };
  });
}
