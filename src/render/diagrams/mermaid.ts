/** A tiny writer for Mermaid flowcharts: quoted labels, subgraphs, edges and styles, indented like the seed. */
export type Shape = 'box' | 'db';

const clean = (text: string): string => text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');

export class Flowchart {
  private readonly lines: string[];
  private depth = 1;
  private readonly styles: string[] = [];
  private readonly edges: string[] = [];

  constructor(header: 'graph TD' | 'graph TB' | 'flowchart LR') {
    this.lines = [header];
  }

  node(id: string, label: string, shape: Shape = 'box'): this {
    const l = clean(label);
    this.lines.push(`${'    '.repeat(this.depth)}${id}${shape === 'db' ? `[("${l}")]` : `["${l}"]`}`);
    return this;
  }

  subgraph(title: string, body: () => void): this {
    this.lines.push(`${'    '.repeat(this.depth)}subgraph "${clean(title)}"`);
    this.depth += 1;
    body();
    this.depth -= 1;
    this.lines.push(`${'    '.repeat(this.depth)}end`);
    return this;
  }

  /** An edge; labels drop characters Mermaid reads as syntax. */
  edge(from: string, to: string, label?: string, dotted = false): this {
    const arrow = dotted ? '-.->' : '-->';
    const l = label ? `|${label.replace(/[|"[\](){}]/g, '')}|` : '';
    this.edges.push(`    ${from} ${arrow}${l} ${to}`);
    return this;
  }

  style(id: string, fill: string): this {
    this.styles.push(`    style ${id} fill:${fill}`);
    return this;
  }

  toString(): string {
    return [...this.lines, '', ...this.edges, ...(this.styles.length > 0 ? ['', ...this.styles] : [])].join('\n');
  }
}

/** The seed's colour code: infrastructure blue, data green, cache/monitoring purple, queue pink, alerts red, external orange. */
export const COLORS = { edge: '#e1f5ff', data: '#e1ffe1', cache: '#f0e1ff', queue: '#ffe1f5', alert: '#ffe1e1', external: '#fff4e1' } as const;
