import Mustache from 'mustache';
import type { ViewModel } from './types.js';

/** Renders a Mustache template without HTML escaping (the output is Markdown and dotenv, not HTML). */
export function renderMustache(template: string, view: ViewModel): string {
  return Mustache.render(template, view, {}, { escape: (text: string) => text });
}

/**
 * Tidies rendered Markdown: no trailing spaces, at most one blank line in a row outside code
 * fences, exactly one newline at the end.
 */
export function tidyMarkdown(text: string): string {
  const out: string[] = [];
  let fence = false;
  for (const raw of text.replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.replace(/[ \t]+$/, '');
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (!fence && line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
