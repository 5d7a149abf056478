import { TemplateSyntaxError } from './errors.js';
import { tokenize, type Token } from './lexer.js';
import type { EachNode, IfNode, Node, SectionNode } from './types.js';

type Block = EachNode | IfNode | SectionNode;
interface Frame {
  node: Block;
  raw: string;
  /** Where child nodes go: the body, or an IF's then/else branch. */
  target: Node[];
  sawElse: boolean;
}

function closes(frame: Frame, tok: Extract<Token, { t: 'close' }>): boolean {
  const { node } = frame;
  if (node.type !== tok.kind) return false;
  return tok.name === null || tok.name === node.name;
}

function openBlock(tok: Extract<Token, { t: 'open' }>): Block {
  const { name, line, standalone } = tok;
  if (tok.kind === 'each') return { type: 'each', name, line, standalone, body: [] };
  if (tok.kind === 'if') return { type: 'if', name, line, then: [], else: [] };
  return { type: 'section', name, line, standalone, body: [] };
}

function bodyOf(node: Block): Node[] {
  return node.type === 'if' ? node.then : node.body;
}

/** Parses an ai-flow template into a tree; unbalanced tags throw a TemplateSyntaxError naming the line. */
export function parseTemplate(text: string, file: string): Node[] {
  const root: Node[] = [];
  const stack: Frame[] = [];
  const target = () => stack[stack.length - 1]?.target ?? root;
  for (const tok of tokenize(text, file)) {
    switch (tok.t) {
      case 'text':
        target().push({ type: 'text', value: tok.value });
        break;
      case 'var':
        target().push({ type: 'var', name: tok.name, line: tok.line, indent: tok.indent });
        break;
      case 'open': {
        const node = openBlock(tok);
        target().push(node);
        stack.push({ node, raw: tok.raw, target: bodyOf(node), sawElse: false });
        break;
      }
      case 'else': {
        const frame = stack[stack.length - 1];
        if (!frame || frame.node.type !== 'if') {
          const inside = frame ? ` inside ${frame.raw} opened at line ${frame.node.line}` : '';
          throw new TemplateSyntaxError(file, tok.line, tok.raw, `is outside any {{#IF}}${inside}`);
        }
        if (frame.sawElse) throw new TemplateSyntaxError(file, tok.line, tok.raw, `is the second ELSE of ${frame.raw} opened at line ${frame.node.line}`);
        frame.sawElse = true;
        frame.target = frame.node.else;
        break;
      }
      case 'close': {
        const frame = stack[stack.length - 1];
        if (!frame) throw new TemplateSyntaxError(file, tok.line, tok.raw, 'closes nothing: no block is open');
        if (!closes(frame, tok)) {
          throw new TemplateSyntaxError(file, tok.line, tok.raw, `does not close ${frame.raw} opened at line ${frame.node.line}`);
        }
        stack.pop();
        break;
      }
    }
  }
  const open = stack[stack.length - 1];
  if (open) throw new TemplateSyntaxError(file, open.node.line, open.raw, 'is never closed');
  return root;
}
