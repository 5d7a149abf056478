import type { Answers78 } from '../../catalogue/answer-types.generated.js';
import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { cap, section } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

const perSecond = (perMinute: number) => Number((perMinute / 60).toFixed(1));

function hpa(slug: string, min: number, max: number, cpu: number, rollout: boolean): string {
  return [
    'apiVersion: autoscaling/v2', 'kind: HorizontalPodAutoscaler', 'metadata:', `  name: ${slug}`, `  namespace: ${slug}-production`, 'spec:',
    '  scaleTargetRef:', `    apiVersion: ${rollout ? 'argoproj.io/v1alpha1' : 'apps/v1'}`, `    kind: ${rollout ? 'Rollout' : 'Deployment'}`, `    name: ${slug}`, `  minReplicas: ${min}`, `  maxReplicas: ${max}`,
    '  metrics:', '    - type: Resource', '      resource:', '        name: cpu', '        target:', '          type: Utilization', `          averageUtilization: ${cpu}`,
  ].join('\n');
}

/** 7.8's instance counts: a fixed count, or auto-scaling between min and max at a CPU target. */
export function instances(a: Answers78): { auto: boolean; horizontal: boolean; min: number; max: number; cpu?: number } {
  const auto = a.strategy === 'auto-scaling';
  const horizontal = a.strategy === 'horizontal' || auto;
  const min = horizontal ? a.minInstances ?? 1 : 1;
  const max = auto ? a.maxInstances ?? min : min;
  return { auto, horizontal, min, max, ...(auto && a.scaleCpu !== undefined ? { cpu: a.scaleCpu } : {}) };
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: ['SCALING_STRATEGY', 'DATABASE_SCALING', 'SCALING_HOW', 'SCALE_COMMAND', 'SCALE_TEXT', 'INSTANCES_TEXT'],
  flags: ['HAS_HPA', 'HAS_SCALE_COMMAND', 'HAS_SCALING_WARNINGS'],
  lists: ['LOAD', 'SCALING_WARNING'],
  other: ['HPA_EXAMPLE'],
} as const satisfies SectionKeys;

/** 7.8: scaling strategy, instance counts, expected load per instance and database scaling. */
export function scalingValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.8');
  if (!a) {
    return { ...section(ctx, 'SCALING', '7.8'), ...notAnswered(KEYS, ctx.tbd('7.8'), { HPA_EXAMPLE: '' }) };
  }
  const strategy = a.strategy;
  const { auto, horizontal, min, max, cpu } = instances(a);
  const initial = a.initialLoad;
  const year1 = a.year1Load;
  const multiplier = a.peakMultiplier;
  const peak = Math.round(year1 * multiplier);
  const serverless = f.platform.serverless === true;
  const perInstance = (load: number, n: number) => (serverless ? `— (${f.platform.short} runs one function invocation per request)` : `${perSecond(load / n)} req/s per instance${n > 1 ? ` (${n} instances)` : ''}`);
  const warnings = [
    ...(!serverless && horizontal && min < 2 ? ['One instance is not redundant: a crash or a deploy takes the service down. Two or more survive the loss of one.'] : []),
    ...(serverless ? [`On ${f.platform.short} functions scale per request: 7.8's instance counts do not apply, and every concurrent invocation opens its own database connections, so put a pooler (pgBouncer or the provider's serverless pooler) in front of the database.`] : []),
    ...(horizontal || serverless ? ['Horizontal scaling needs a stateless service: sessions, uploads and caches live in the database, Redis or object storage, never on one instance.'] : []),
    ...(!serverless && strategy === 'vertical' ? [`Vertical scaling has a ceiling (the largest ${f.platform.unit} size) and each resize restarts the service: plan the move to horizontal scaling before year-1 load (${year1} requests/minute).`] : []),
  ];
  const ops = f.platform.ops('production');
  return {
    ...section(ctx, 'SCALING', '7.8'),
    SCALING_STRATEGY: ctx.label('7.8', 'strategy', strategy),
    INSTANCES_TEXT: serverless ? `${f.platform.short} functions scale per request, so there is no instance count to set (7.8's numbers do not apply)` : auto ? `${min} to ${max} instances, adding one when average CPU is above ${cpu}%` : horizontal ? `${min} instances behind the load balancer; add more by hand` : '1 instance, made larger when needed',
    LOAD: [
      { LOAD_POINT: 'At launch', PER_MINUTE: String(initial), PER_SECOND: String(perSecond(initial)), PER_INSTANCE: perInstance(initial, min) },
      { LOAD_POINT: 'Year 1', PER_MINUTE: String(year1), PER_SECOND: String(perSecond(year1)), PER_INSTANCE: perInstance(year1, min) },
      { LOAD_POINT: `Year-1 peak (${multiplier}× normal)`, PER_MINUTE: String(peak), PER_SECOND: String(perSecond(peak)), PER_INSTANCE: perInstance(peak, max) },
    ],
    DATABASE_SCALING: ctx.label('7.8', 'database', a.database),
    SCALING_HOW: cap(serverless ? `nothing to do by hand: ${f.platform.short} runs as many function instances as requests need` : auto ? f.platform.autoscaling : horizontal ? (ops.scale ? `change the instance count: \`${ops.scale(min + 1)}\`` : f.platform.autoscaling) : `resize the ${f.platform.unit} in ${f.platform.short}`),
    HAS_HPA: f.platform.key === 'kubernetes' && auto,
    HPA_EXAMPLE: f.platform.key === 'kubernetes' && auto ? hpa(ctx.project.slug, min, max, cpu!, f.rollout?.progressive ?? false) : '',
    SCALE_COMMAND: ops.scale && !serverless ? ops.scale(max + (auto ? 0 : 1)) : `# ${f.platform.autoscaling}`,
    HAS_SCALE_COMMAND: ops.scale !== undefined && !serverless,
    SCALE_TEXT: serverless ? `not needed, ${f.platform.short} scales functions per request` : f.platform.family === 'on-premises' ? f.platform.autoscaling : `in the ${f.platform.short} dashboard (instance count or size)`,
    HAS_SCALING_WARNINGS: warnings.length > 0,
    SCALING_WARNING: warnings.map((w) => ({ WARNING: w })),
  } satisfies SectionValues<typeof KEYS>;
}
