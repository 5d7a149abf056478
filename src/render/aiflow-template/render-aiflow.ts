import { parseTemplate } from './parser.js';
import { isPlainObject, lookup, scalarText, tbd, truthy, UnfilledLog } from './scope.js';
import type { EachNode, Node, SectionNode, Unfilled, ViewModel } from './types.js';

interface Ctx {
  scopes: ViewModel[];
  log: UnfilledLog;
}

/** Continuation lines of a multi-line value keep the indentation of the placeholder. */
function indentValue(value: string, indent: string | null): string {
  return indent ? value.replace(/\n(?=[^\n])/g, `\n${indent}`) : value;
}

/** The loop's items: NAME when it is an array, else NAME__ITEMS (a name used both as scalar and loop). */
function loopItems(scopes: ViewModel[], name: string): unknown[] | undefined {
  const direct = lookup(scopes, name);
  if (Array.isArray(direct)) return direct;
  const items = lookup(scopes, `${name}__ITEMS`);
  return Array.isArray(items) ? items : undefined;
}

/** What a loop without data renders: one explicit TBD (a table row when the body emits rows). */
function missingLoop(node: EachNode | SectionNode): string {
  const first = node.body.find((n) => n.type !== 'text' || n.value.trim() !== '');
  const row = first?.type === 'text' && first.value.trimStart().startsWith('|');
  const text = row ? `| ${tbd(node.name)} |` : tbd(node.name);
  return node.standalone ? `${text}\n` : text;
}

function renderItems(items: unknown[], body: Node[], ctx: Ctx): string {
  return items.map((item) => renderNodes(body, { ...ctx, scopes: [...ctx.scopes, isPlainObject(item) ? item : {}] })).join('');
}

function renderNode(node: Node, ctx: Ctx): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'var': {
      const text = scalarText(lookup(ctx.scopes, node.name));
      if (text !== undefined) return indentValue(text, node.indent);
      ctx.log.add(node.line, node.name, 'scalar');
      return tbd(node.name);
    }
    case 'each': {
      const items = loopItems(ctx.scopes, node.name);
      if (items) return renderItems(items, node.body, ctx);
      ctx.log.add(node.line, node.name, 'loop');
      return missingLoop(node);
    }
    case 'if': {
      // A condition whose question was not answered (TBD for the scope, or kept in an existing document) is
      // neither yes nor no: the model's text for it replaces both branches rather than inventing one.
      const undecided = undecidedText(ctx.scopes, node.name);
      if (undecided !== undefined) return isBlock(node) ? `${undecided}\n` : undecided;
      const value = lookup(ctx.scopes, node.name);
      if (value === undefined) ctx.log.add(node.line, node.name, 'condition');
      if (!truthy(value)) return renderNodes(node.else, ctx);
      // An object condition also opens a scope: the same loop name can mean something else inside it.
      return renderNodes(node.then, isPlainObject(value) ? { ...ctx, scopes: [...ctx.scopes, value] } : ctx);
    }
    case 'section': {
      const value = lookup(ctx.scopes, node.name);
      if (Array.isArray(value)) return renderItems(value, node.body, ctx);
      if (value === undefined) {
        ctx.log.add(node.line, node.name, 'condition');
        return '';
      }
      if (!truthy(value)) return '';
      return renderNodes(node.body, isPlainObject(value) ? { ...ctx, scopes: [...ctx.scopes, value] } : ctx);
    }
  }
}

/** The model's `UNDECIDED_CONDITIONS` (name → text), read from the root scope. */
function undecidedText(scopes: readonly ViewModel[], name: string): string | undefined {
  const table = scopes[0]?.UNDECIDED_CONDITIONS;
  const text = isPlainObject(table) ? table[name] : undefined;
  return typeof text === 'string' ? text : undefined;
}

/** An IF spanning lines (its branches hold line breaks or blocks), as opposed to an inline `{{#IF X}}Yes{{ELSE}}No{{/IF}}`. */
function isBlock(node: Extract<Node, { type: 'if' }>): boolean {
  return [...node.then, ...node.else].some((n) => (n.type === 'text' ? n.value.includes('\n') : n.type !== 'var'));
}

function renderNodes(nodes: Node[], ctx: Ctx): string {
  return nodes.map((n) => renderNode(n, ctx)).join('');
}

/** Renders an ai-flow template; throws TemplateSyntaxError for unbalanced tags. */
export function renderAiflow(text: string, model: ViewModel, file: string): { text: string; unfilled: Unfilled[] } {
  const log = new UnfilledLog(file);
  const out = renderNodes(parseTemplate(text, file), { scopes: [model], log });
  return { text: out, unfilled: log.list() };
}
