import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../catalogue/load.js';
import { renderMustache, tidyMarkdown } from './mustache.js';
import { formatOf } from './place-escape.js';
import { renderProjectTemplate } from './project-templates.js';
import { OUTPUT_TEMPLATES, chooseTemplate } from './template-paths.js';
import type { RenderedOutput, RenderInput } from './types.js';
import { buildViewModel } from './view-model/index.js';

/**
 * The three Phase 7 documents, rendered with one view model: from the project's own template when
 * `input.root` has one in `.ai-flow/templates/`, otherwise from our built-in template.
 */
export function renderDocuments(input: RenderInput): RenderedOutput[] {
  const view = buildViewModel(input);
  return OUTPUT_TEMPLATES.map((t) => {
    const ref = chooseTemplate(input.root, t);
    if (ref.source === 'project') return renderProjectTemplate(input.root!, t, view);
    const text = renderMustache(readFileSync(join(packageRoot(), ref.path), 'utf8'), view, formatOf(t.output));
    return { id: t.id, path: t.output, text: tidyMarkdown(text), template: ref };
  });
}
