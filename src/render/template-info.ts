import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../catalogue/package-root.js';
import { detectTemplateLanguage } from './aiflow-template/detect-language.js';
import type { TemplateLanguage } from './aiflow-template/types.js';
import { chooseTemplate, OUTPUT_TEMPLATES, type OutputTemplates, type TemplateRef } from './template-paths.js';

export interface TemplateInfo {
  output: OutputTemplates;
  /** The template a run renders this document from. */
  used: TemplateRef;
  /** Where that template is on disk. */
  file: string;
  /** Our built-in template for this document, on disk. */
  builtinFile: string;
  language: TemplateLanguage;
  /** The template's text (to check its tags). */
  text: string;
}

/** For each document: which template a run uses (the project's when it has one), where it is and its language. Reads only. */
export function describeTemplates(root: string): TemplateInfo[] {
  const pkg = packageRoot();
  return OUTPUT_TEMPLATES.map((t) => {
    const used = chooseTemplate(root, t);
    const file = used.source === 'project' ? join(root, used.path) : join(pkg, used.path);
    const text = readFileSync(file, 'utf8');
    return { output: t, used, file, builtinFile: join(pkg, t.builtin), language: detectTemplateLanguage(text), text };
  });
}

/** Where our built-in templates are installed. */
export function builtinTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}
