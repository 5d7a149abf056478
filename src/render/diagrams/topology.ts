import type { Checks79, Database78 } from '../../catalogue/answer-types.generated.js';
import type { Ctx } from '../view-model/context.js';
import type { Decisions } from '../view-model/decisions/index.js';

/** What the diagrams draw, derived once from the answers. */
export interface Topology {
  /** Application nodes to draw, with labels. */
  apps: { id: string; label: string }[];
  /** "2–10 instances, auto-scaling at 70% CPU" */
  scalingLabel: string;
  scaled: boolean;
  dbScaling: Database78 | 'unknown';
  dbLabel: string;
  cacheLabel?: string;
  queueLabel?: string;
  external: string[];
  /** Canary or blue-green through a progressive-delivery controller (Kubernetes). */
  rollout: boolean;
  apm?: string;
  notes: string[];
}

export function topology(ctx: Ctx, f: Decisions): Topology {
  const s = ctx.answers('7.8');
  const notes: string[] = [];
  const unit = f.platform.unit;
  let apps: Topology['apps'];
  let scalingLabel: string;
  let scaled = false;
  if (f.platform.serverless && f.platform.key !== 'unknown') {
    apps = [{ id: 'App1', label: `${f.platform.short} Functions<br/>one ${unit} per request` }];
    scalingLabel = 'scales per request';
    scaled = true;
  } else if (!s) {
    apps = [{ id: 'App1', label: `API Server<br/>${unit}` }];
    scalingLabel = 'scaling TBD';
    notes.push('7.8 (scaling) is not answered here, so the diagrams show one application instance.');
  } else {
    const strategy = s.strategy;
    const min = strategy === 'vertical' ? 1 : s.minInstances;
    const max = strategy === 'auto-scaling' ? s.maxInstances : min;
    scaled = strategy !== 'vertical';
    if (strategy === 'vertical') {
      apps = [{ id: 'App1', label: `API Server<br/>one ${unit}, vertical scaling` }];
      scalingLabel = 'vertical scaling';
    } else {
      const drawn = Math.min(min, 3);
      apps = Array.from({ length: drawn }, (_, i) => ({ id: `App${i + 1}`, label: `API Server ${i + 1}<br/>${unit}` }));
      if (min > 3) apps[2] = { id: 'App3', label: `API Server ${min}<br/>${unit}` };
      if (strategy === 'auto-scaling') {
        apps.push({ id: 'AppN', label: `API Server N<br/>up to ${max}` });
        scalingLabel = `auto-scaling ${min} to ${max} at ${s.scaleCpu} percent CPU`;
      } else scalingLabel = `${min} instances`;
    }
  }
  const breaker = ctx.answers('7.9.2');
  const external = breaker && breaker.enabled === 'yes' && ctx.given('7.9.2', 'services') ? (breaker.services ?? []).map((r) => String(r.service)) : [];
  const monitoring = ctx.answers('7.5');
  const apm = monitoring && monitoring.apm !== 'none' ? ctx.label('7.5', 'apm', monitoring.apm) : undefined;
  if (!ctx.known('7.2')) notes.push('7.2 (containerization) is not answered here, so no cache or queue from the compose stack is drawn.');
  return {
    apps,
    scalingLabel,
    scaled,
    dbScaling: s ? s.database : 'unknown',
    dbLabel: `Primary DB<br/>${f.platform.managedDb(f.db.engine)}`,
    ...(f.redis ? { cacheLabel: `Redis<br/>${f.platform.cache}` } : {}),
    ...(f.queue ? { queueLabel: `RabbitMQ<br/>${f.platform.queue}` } : {}),
    external,
    rollout: f.platform.key === 'kubernetes' && (f.rollout?.progressive ?? false),
    ...(apm ? { apm } : {}),
    notes,
  };
}

export const checksIncludes = (ctx: Ctx, check: Checks79): boolean => (ctx.answers('7.9')?.checks ?? []).includes(check);
