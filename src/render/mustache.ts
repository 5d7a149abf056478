import Mustache from 'mustache';
import { escapeAt, type DocumentFormat } from './place-escape.js';
import type { ViewModel } from './types.js';

/** Defined by the bundle build (scripts/build.mjs): the built-in templates and their parsed tokens, as JSON. */
declare const __AI_FLOW_MUSTACHE_TOKENS__: string | undefined;
let seeded = false;

/**
 * The bundle carries templates/*.mustache already parsed (parsing them cold took ~20 ms of a run): they go
 * into Mustache's own template cache, under the key Mustache uses (the build checks it), so a built-in
 * template is never parsed at run time and any other text is parsed as usual.
 */
function seedParsedTemplates(): void {
  seeded = true;
  // (@types/mustache types the cached value as a string; Mustache stores the token array.)
  const cache = Mustache.templateCache as { set(key: string, tokens: unknown): void } | undefined;
  if (typeof __AI_FLOW_MUSTACHE_TOKENS__ !== 'string' || !cache) return;
  for (const [text, tokens] of JSON.parse(__AI_FLOW_MUSTACHE_TOKENS__) as [string, unknown][]) cache.set(`${text}:${Mustache.tags.join(':')}`, tokens);
}


/**
 * Mustache's writer, escaping each `{{NAME}}` for the place it stands in (no HTML entities: the output is
 * Markdown and dotenv): a table cell, a dotenv value or comment (src/render/place-escape.ts). `{{{NAME}}}`
 * and `{{&NAME}}` are written as they are.
 */
class PlaceWriter extends Mustache.Writer {
  template = '';
  format: DocumentFormat = 'markdown';

  override escapedValue(token: string[], context: Mustache.Context): string {
    const value: unknown = context.lookup(token[1]!);
    // (Mustache writes nothing for a missing value; @types/mustache types the result as a string.)
    if (value === undefined || value === null) return undefined as unknown as string;
    return escapeAt(String(value), this.template, Number(token[2]), this.format);
  }
}
const writer = new PlaceWriter();
// Mustache's top-level render caches parsed templates in its default writer: ours shares that cache.
(writer as unknown as { templateCache: unknown }).templateCache = Mustache.templateCache;

/** Renders a Mustache template, each value escaped for its place in a document of this format. */
export function renderMustache(template: string, view: ViewModel, format: DocumentFormat = 'markdown'): string {
  if (!seeded) seedParsedTemplates();
  writer.template = template;
  writer.format = format;
  return writer.render(template, view, {});
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
