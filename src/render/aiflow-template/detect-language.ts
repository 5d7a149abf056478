import type { TemplateLanguage } from './types.js';

/** ai-flow block tags: `{{#EACH X}}`, `{{#IF X}}`, `{{#IF_X}}`, their closings (also mangled `{ { … } }`). */
const AIFLOW_BLOCK = /\{[ \t]*\{[ \t]*(?:#(?:EACH|IF)[ \t_]|\/(?:EACH|IF)\b)/;
/** Mustache sections `{{#name}}`, `{{^name}}`. */
const MUSTACHE_SECTION = /\{\{[#^][ \t]*[A-Za-z_][\w.-]*[ \t]*\}\}/;

/** 'mustache' when the text uses mustache sections and no ai-flow EACH/IF tags; otherwise 'aiflow'. */
export function detectTemplateLanguage(text: string): TemplateLanguage {
  return !AIFLOW_BLOCK.test(text) && MUSTACHE_SECTION.test(text) ? 'mustache' : 'aiflow';
}
