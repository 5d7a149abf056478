import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';
import { cap, section } from './util.js';

/** The keys that wait for 7.1's answer, declared once: the "not answered" values are built from this list (the rest describe the assumed platform). */
const KEYS = { text: ['DEPLOYMENT_PLATFORM', 'PLATFORM_FAMILY'] } as const satisfies SectionKeys;

/** 7.1: where the service runs, why, and the managed services that come with the platform. */
export function platformValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.1');
  const p = f.platform;
  const why = a ? a.why.trim() : '';
  const rows_ = [
    { COMPONENT: 'Compute', SERVICE: `${p.name} (one ${p.unit} per running copy)` },
    { COMPONENT: 'Load balancing', SERVICE: p.loadBalancer },
    ...(f.docker ? [{ COMPONENT: 'Container registry', SERVICE: p.registry?.name ?? (p.serverless ? `none: ${p.short} builds functions from the source; the Docker image serves local development only` : `${p.short} builds the image from the repository`) }] : []),
    { COMPONENT: 'Database', SERVICE: p.managedDb(f.db.engine) },
    ...(f.redis ? [{ COMPONENT: 'Cache', SERVICE: p.cache }] : []),
    ...(f.queue ? [{ COMPONENT: 'Message queue', SERVICE: p.queue }] : []),
    { COMPONENT: 'Logs (platform)', SERVICE: p.logs },
    { COMPONENT: 'TLS certificates', SERVICE: p.ssl },
  ];
  const grace = p.serverless
    ? `${p.short} runs each request in a function invocation with a maximum duration: there is no long-running process to drain.`
    : p.grace
    ? `${p.grace.owner} sends SIGKILL ${p.grace.seconds} s after SIGTERM${p.grace.setting ? ` unless ${p.grace.setting} says otherwise` : ', and that cannot be changed'}.`
    : `Check how long ${p.short} waits between SIGTERM and SIGKILL before relying on graceful shutdown.`;
  return {
    ...section(ctx, 'PLATFORM', '7.1'),
    ...(a ? { DEPLOYMENT_PLATFORM: p.name, PLATFORM_FAMILY: ctx.label('7.1', 'choice', a.choice) } satisfies SectionValues<typeof KEYS> : notAnswered(KEYS, ctx.tbd('7.1'), {})),
    PLATFORM_WHY: why !== '' ? why : 'Not recorded: the *Why?* of 7.1 was left empty. Write down the trade-off so the next engineer knows it.',
    HAS_PLATFORM_ASSUMPTION: p.assumption !== undefined,
    PLATFORM_ASSUMPTION: p.assumption ?? '',
    PLATFORM_SERVICES: rows_.map((r) => ({ COMPONENT: r.COMPONENT, SERVICE: cap(r.SERVICE) })),
    PLATFORM_GRACE: grace,
    HAS_OPS_NOTE: p.opsNote !== undefined,
    OPS_NOTE: p.opsNote ?? '',
    SERVICE_NAMING: `\`${p.serviceName('staging')}\` and \`${p.serviceName('production')}\``,
  };
}
