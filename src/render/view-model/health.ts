import type { ViewModel } from '../types.js';
import { healthCode } from './code/index.js';
import { alsoItems, untab } from './code/types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { EXAMPLE_TIMESTAMP, section } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

const CHECK_KEYS: Record<string, string> = { database: 'database', redis: 'redis', 'disk-space': 'disk_space', queue: 'queue', 'external-apis': 'external_apis' };

export function healthPaths(endpoints: string[]): { live?: string; ready?: string; basic?: string } {
  return {
    ...(endpoints.includes('live') ? { live: '/health/live' } : {}),
    ...(endpoints.includes('ready') ? { ready: '/health/ready' } : {}),
    ...(endpoints.includes('health') ? { basic: '/health' } : {}),
  };
}

function probes(port: number, p: ReturnType<typeof healthPaths>): string {
  const live = p.live ?? p.basic;
  const ready = p.ready ?? p.basic;
  const out = ['# in the container spec of the pod template; periods and thresholds are recommended defaults'];
  if (live) out.push('livenessProbe:', '  httpGet:', `    path: ${live}`, `    port: ${port}`, '  periodSeconds: 10', '  failureThreshold: 3');
  if (ready) out.push('readinessProbe:', '  httpGet:', `    path: ${ready}`, `    port: ${port}`, '  periodSeconds: 5', '  failureThreshold: 2');
  return out.join('\n');
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: ['HEALTH_CHECKS', 'HEALTH_PLATFORM'],
  commands: ['HEALTH_CURL'],
  flags: ['HAS_PROBES'],
  lists: ['HEALTH_CODE_ALSO'],
  loops: { HEALTH_ENDPOINT: ['PATH', 'PURPOSE', 'USED_BY'] },
  other: ['HEALTH_CHECK_RESPONSE_EXAMPLE', 'HEALTH_UNHEALTHY_EXAMPLE', 'HEALTH_CHECK_CODE_EXAMPLE', 'HEALTH_CODE_LANGUAGE', 'PROBES_EXAMPLE'],
} as const satisfies SectionKeys;

/** 7.9: health endpoints, what uses each, example responses, platform probes. */
export function healthValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.9');
  if (!a) {
    const tbd = ctx.tbd('7.9');
    return {
      ...section(ctx, 'HEALTH', '7.9'),
      ...notAnswered(KEYS, tbd, {
        HEALTH_CHECK_RESPONSE_EXAMPLE: `{ "status": "${tbd}" }`, HEALTH_UNHEALTHY_EXAMPLE: '', HEALTH_CHECK_CODE_EXAMPLE: `// ${tbd}`, HEALTH_CODE_LANGUAGE: 'text', PROBES_EXAMPLE: '',
      }),
    };
  }
  const endpoints = a.endpoints;
  const checks = endpoints.includes('ready') ? (a.checks ?? []) : [];
  const paths = healthPaths(endpoints);
  const rows = [
    ...(paths.basic ? [{ PATH: '/health', PURPOSE: 'Basic liveness: 200 while the process runs', USED_BY: 'Uptime monitoring and the pipeline\'s smoke test' + (paths.ready ? '' : '; also the load balancer') }] : []),
    ...(paths.ready ? [{ PATH: '/health/ready', PURPOSE: `Readiness: 200 only when every check passes (${checks.length > 0 ? checks.map((c) => CHECK_KEYS[c]).join(', ') : 'no checks chosen'}); 503 while starting or shutting down`, USED_BY: `${f.platform.loadBalancer.replace(/ \(.*\)$/, '')}: sends no traffic to an instance that is not ready` }] : []),
    ...(paths.live ? [{ PATH: '/health/live', PURPOSE: 'Liveness: 200 if the process is alive; it must not check dependencies', USED_BY: `${f.platform.short}: restarts an instance that stops answering` }] : []),
  ];
  const healthy: Record<string, unknown> = { status: 'healthy', timestamp: EXAMPLE_TIMESTAMP };
  if (checks.length > 0) healthy.checks = Object.fromEntries(checks.map((c) => [CHECK_KEYS[c], 'ok']));
  healthy.version = '1.2.3';
  const unhealthyChecks = Object.fromEntries(checks.map((c, i) => [CHECK_KEYS[c], i === 0 ? 'error' : 'ok']));
  const code = healthCode(f.stack, { ...paths, checks: checks.map((c) => CHECK_KEYS[c]!) });
  const base = `http://localhost:${f.stack.port}`;
  return {
    ...section(ctx, 'HEALTH', '7.9'),
    HEALTH_ENDPOINT: rows,
    HEALTH_CHECKS: checks.length > 0 ? checks.map((c) => ctx.label('7.9', 'checks', [c])).join(', ') : 'None: no readiness endpoint (7.9)',
    HEALTH_CHECK_RESPONSE_EXAMPLE: JSON.stringify(healthy, null, 2),
    HEALTH_UNHEALTHY_EXAMPLE: checks.length > 0 ? JSON.stringify({ status: 'unhealthy', timestamp: EXAMPLE_TIMESTAMP, checks: unhealthyChecks }, null, 2) : '',
    HEALTH_CHECK_CODE_EXAMPLE: untab(code.code),
    HEALTH_CODE_LANGUAGE: code.language,
    HEALTH_CODE_ALSO: alsoItems(code),
    HEALTH_PLATFORM: f.platform.healthChecks,
    HAS_PROBES: f.platform.key === 'kubernetes',
    PROBES_EXAMPLE: f.platform.key === 'kubernetes' ? probes(f.stack.port, paths) : '',
    HEALTH_CURL: rows.map((r) => `curl -i ${base}${r.PATH}`).join('\n'),
  } satisfies SectionValues<typeof KEYS>;
}
