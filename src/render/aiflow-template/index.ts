import { detectTemplateLanguage } from './detect-language.js';
import { tidyMarkdown } from './markdown-tidy.js';
import { renderAiflow } from './render-aiflow.js';
import { renderMustache } from './render-mustache.js';
import type { RenderOptions, RenderResult, ViewModel } from './types.js';

export { detectTemplateLanguage } from './detect-language.js';
export { TemplateSyntaxError } from './errors.js';
export { outlineTemplate, type TemplateOutline } from './outline.js';
export { parseTemplate } from './parser.js';
export { tidyMarkdown } from './markdown-tidy.js';
export { tbd } from './scope.js';
export type { Node, RenderOptions, RenderResult, TemplateLanguage, Unfilled, ViewModel } from './types.js';

/**
 * Renders a template in either language (see detectTemplateLanguage) against a view model.
 * Missing names render as `TBD (NAME)` and are listed in `unfilled`; unbalanced tags throw a
 * TemplateSyntaxError naming the file and line. Markdown output (files ending `.md`) is tidied.
 */
export function renderTemplate(text: string, model: ViewModel, options: RenderOptions): RenderResult {
  const language = detectTemplateLanguage(text);
  const rendered = language === 'mustache' ? renderMustache(text, model, options.file) : renderAiflow(text, model, options.file);
  const markdown = options.markdown ?? options.file.toLowerCase().endsWith('.md');
  return { text: markdown ? tidyMarkdown(rendered.text) : rendered.text, unfilled: rendered.unfilled, language };
}
