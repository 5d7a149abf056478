import type { ViewModel } from '../types.js';
import type { Ctx } from '../view-model/context.js';
import type { Decisions } from '../view-model/decisions/index.js';
import { architectureDiagram } from './architecture.js';
import { dataFlowDiagram } from './data-flow.js';
import { infrastructureDiagram } from './infrastructure.js';
import { observabilityDiagram } from './observability.js';
import { topology } from './topology.js';

/** The four Mermaid diagrams of the seed, drawn from the answers; the observability one needs 7.5. */
export function diagramValues(ctx: Ctx, f: Decisions, written: boolean): ViewModel {
  if (!written) {
    return { DIAGRAM_ARCHITECTURE: '', DIAGRAM_DATA_FLOW: '', DIAGRAM_INFRASTRUCTURE: '', DIAGRAM_OBSERVABILITY: '', HAS_OBSERVABILITY_DIAGRAM: false, OBSERVABILITY_DIAGRAM_NOTE: '', DIAGRAM_NOTE: [], HAS_DIAGRAM_NOTES: false };
  }
  const t = topology(ctx, f);
  const monitoring = ctx.answers('7.5');
  const observable = monitoring !== undefined;
  return {
    DIAGRAM_ARCHITECTURE: architectureDiagram(f, t),
    DIAGRAM_DATA_FLOW: dataFlowDiagram(f, t),
    DIAGRAM_INFRASTRUCTURE: infrastructureDiagram(ctx, f, t),
    DIAGRAM_OBSERVABILITY: monitoring ? observabilityDiagram(ctx, f, t, monitoring) : '',
    HAS_OBSERVABILITY_DIAGRAM: observable,
    OBSERVABILITY_DIAGRAM_NOTE: observable ? '' : ctx.note('7.5'),
    DIAGRAM_NOTE: t.notes.map((n) => ({ NOTE: n })),
    HAS_DIAGRAM_NOTES: t.notes.length > 0,
  };
}
