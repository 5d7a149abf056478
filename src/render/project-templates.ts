import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTemplate, TemplateSyntaxError } from './aiflow-template/index.js';
import { OUTPUT_TEMPLATES, chooseTemplate, type OutputTemplates } from './template-paths.js';
import type { RenderedOutput, ViewModel } from './types.js';

/**
 * Renders the project's own template for one document (mustache or the ai-flow language, detected per file)
 * with our view model. Placeholders the model cannot fill become `TBD (NAME)` and are listed in `unfilled`
 * with the template's path (relative to the project) and line; unbalanced tags throw a TemplateSyntaxError.
 */
export function renderProjectTemplate(root: string, t: OutputTemplates, view: ViewModel): RenderedOutput {
  const text = readFileSync(join(root, t.project), 'utf8');
  const r = renderTemplate(text, view, { file: t.project, markdown: t.output.endsWith('.md') });
  return { id: t.id, path: t.output, text: r.text, template: { source: 'project', path: t.project }, language: r.language, unfilled: r.unfilled };
}

/** The error of a template whose tags do not balance (`file` is named in it), or undefined when they do. */
export function templateSyntaxError(text: string, file: string): TemplateSyntaxError | undefined {
  try {
    renderTemplate(text, {}, { file, markdown: false });
    return undefined;
  } catch (e) {
    if (e instanceof TemplateSyntaxError) return e;
    throw e;
  }
}

/**
 * Throws the TemplateSyntaxError of the first project template whose tags do not balance (checked before
 * the wizard asks anything, so a broken template is found before the answers, not after).
 */
export function checkProjectTemplates(root: string): void {
  for (const t of OUTPUT_TEMPLATES) {
    if (chooseTemplate(root, t).source !== 'project') continue;
    const error = templateSyntaxError(readFileSync(join(root, t.project), 'utf8'), t.project);
    if (error) throw error;
  }
}
