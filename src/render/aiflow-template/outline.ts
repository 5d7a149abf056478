import { parseTemplate } from './parser.js';
import type { Node } from './types.js';

/** The names a template uses, loop by loop: what a view model must provide to fill it. */
export interface TemplateOutline {
  scalars: string[];
  conditions: string[];
  loops: Record<string, TemplateOutline>;
}

function walk(nodes: Node[], into: { scalars: Set<string>; conditions: Set<string>; loops: Map<string, Node[][]> }): void {
  for (const node of nodes) {
    if (node.type === 'var') into.scalars.add(node.name);
    else if (node.type === 'if') {
      into.conditions.add(node.name);
      walk(node.then, into);
      walk(node.else, into);
    } else if (node.type === 'each' || node.type === 'section') {
      into.loops.set(node.name, [...(into.loops.get(node.name) ?? []), node.body]);
    }
  }
}

function outlineOf(bodies: Node[][]): TemplateOutline {
  const acc = { scalars: new Set<string>(), conditions: new Set<string>(), loops: new Map<string, Node[][]>() };
  for (const body of bodies) walk(body, acc);
  const sorted = (s: Set<string>) => [...s].sort();
  const loops = Object.fromEntries([...acc.loops.keys()].sort().map((name) => [name, outlineOf(acc.loops.get(name)!)]));
  return { scalars: sorted(acc.scalars), conditions: sorted(acc.conditions), loops };
}

/** Lists an ai-flow template's names; a loop used in several places merges the names of every body. */
export function outlineTemplate(text: string, file: string): TemplateOutline {
  return outlineOf([parseTemplate(text, file)]);
}
