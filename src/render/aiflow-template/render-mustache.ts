import Mustache from 'mustache';
import { escapeAt, formatOf, type DocumentFormat } from '../place-escape.js';
import { TemplateSyntaxError } from './errors.js';
import { isPlainObject, scalarText, tbd, truthy, UnfilledLog } from './scope.js';
import type { Unfilled, ViewModel } from './types.js';

type Span = Mustache.TemplateSpans[number];

/** Mustache's name resolution: `.` is the current item, `a.b` walks into objects, inner scopes first. */
function resolve(scopes: unknown[], name: string): unknown {
  if (name === '.') return scopes[scopes.length - 1];
  const [head, ...rest] = name.split('.');
  for (let i = scopes.length - 1; i >= 0; i -= 1) {
    const scope = scopes[i];
    if (!isPlainObject(scope) || !Object.hasOwn(scope, head!)) continue;
    let value: unknown = scope[head!];
    for (const part of rest) value = isPlainObject(value) ? value[part] : undefined;
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

interface Ctx {
  source: string;
  /** How `{{NAME}}` values are escaped where they stand (table cells, dotenv values); `{{{NAME}}}` never. */
  format: DocumentFormat;
  scopes: unknown[];
  log: UnfilledLog;
}

function renderSpans(spans: Mustache.TemplateSpans, ctx: Ctx): string {
  return spans.map((span) => renderSpan(span, ctx)).join('');
}

function renderSpan(span: Span, ctx: Ctx): string {
  const [type, name, start] = span;
  switch (type) {
    case 'text':
      return name;
    case 'name':
    case '&': {
      const text = scalarText(resolve(ctx.scopes, name));
      if (text !== undefined) return type === 'name' ? escapeAt(text, ctx.source, start, ctx.format) : text;
      ctx.log.add(lineAt(ctx.source, start), name, 'scalar');
      return tbd(name);
    }
    case '#':
    case '^': {
      const value = resolve(ctx.scopes, name);
      if (value === undefined) ctx.log.add(lineAt(ctx.source, start), name, 'condition');
      const inner = span[4] as Mustache.TemplateSpans;
      if (type === '^') return truthy(value) ? '' : renderSpans(inner, ctx);
      if (!truthy(value)) return '';
      const items = Array.isArray(value) ? value : [value];
      return items.map((item) => renderSpans(inner, { ...ctx, scopes: [...ctx.scopes, item] })).join('');
    }
    default:
      // comments, partials (none are given) and delimiter changes render nothing
      return '';
  }
}

/** Turns mustache.js's "Unclosed section "x" at 120" into an error naming the line and the tag. */
function mustacheSyntaxError(text: string, file: string, message: string): TemplateSyntaxError {
  const name = /"([^"]*)"/.exec(message)?.[1];
  let offset = Number(/ at (\d+)/.exec(message)?.[1] ?? 0);
  if (name !== undefined && message.startsWith('Unclosed section') && offset >= text.length) {
    // mustache.js reports the end of the text for a section left open: point at its opening tag instead
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const opens = [...text.matchAll(new RegExp(`\\{\\{[#^]\\s*${escaped}\\s*\\}\\}`, 'g'))];
    offset = opens[opens.length - 1]?.index ?? offset;
  }
  const tag = name === undefined ? '{{' : message.startsWith('Unopened') ? `{{/${name}}}` : `{{#${name}}}`;
  const problem = message.startsWith('Unopened') ? 'closes nothing: no section is open' : message.startsWith('Unclosed section') ? 'is not closed where expected' : `starts a tag that is never closed (${message})`;
  return new TemplateSyntaxError(file, lineAt(text, offset), tag, problem);
}

/** Renders a plain mustache template without HTML escaping; missing names render as TBD and are reported. */
export function renderMustache(text: string, model: ViewModel, file: string): { text: string; unfilled: Unfilled[] } {
  let spans: Mustache.TemplateSpans;
  try {
    spans = Mustache.parse(text);
  } catch (error) {
    throw mustacheSyntaxError(text, file, error instanceof Error ? error.message : String(error));
  }
  const log = new UnfilledLog(file);
  return { text: renderSpans(spans, { source: text, format: formatOf(file), scopes: [model], log }), unfilled: log.list() };
}
