import type { Answers772 } from '../../catalogue/answer-types.generated.js';
import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { ms, section } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

const DB_LIMIT: Record<string, { value: number; setting: string }> = {
  postgres: { value: 100, setting: '`max_connections` (PostgreSQL default 100)' },
  mysql: { value: 151, setting: '`max_connections` (MySQL default 151)' },
};

/** Instances the pool multiplies by: the most the scaling answer allows. */
export function peakInstances(ctx: Ctx): { count: number; text: string } | undefined {
  const s = ctx.answers('7.8');
  if (!s) return undefined;
  const strategy = s.strategy;
  if (strategy === 'auto-scaling') return { count: s.maxInstances, text: `${s.maxInstances} instances (the auto-scaling maximum)` };
  if (strategy === 'horizontal') return { count: s.minInstances, text: `${s.minInstances} instances` };
  return { count: 1, text: '1 instance (vertical scaling)' };
}

export function configFile(tool: string, a: Answers772, slug: string): { text: string; language: string; file: string } | undefined {
  if (tool === 'pgbouncer') {
    return { file: 'pgbouncer.ini', language: 'ini', text: [
      '[databases]', `${slug.replace(/-/g, '_')} = host=<database-host> port=5432 dbname=app`, '', '[pgbouncer]', 'listen_port = 6432', 'pool_mode = transaction',
      `min_pool_size = ${a.min}`, `default_pool_size = ${a.max}`,
      `query_wait_timeout = ${Math.max(1, Math.round(a.connectionTimeout / 1000))}`, `server_idle_timeout = ${Math.round(a.idleTimeout / 1000)}`, `server_lifetime = ${Math.round(a.maxLifetime / 1000)}`,
    ].join('\n') };
  }
  if (tool === 'hikaricp') {
    return { file: 'application.properties (Spring Boot)', language: 'properties', text: [
      'spring.datasource.hikari.minimum-idle=${DATABASE_POOL_MIN:' + a.min + '}',
      'spring.datasource.hikari.maximum-pool-size=${DATABASE_POOL_MAX:' + a.max + '}',
      'spring.datasource.hikari.connection-timeout=${DATABASE_POOL_CONNECTION_TIMEOUT_MS:' + a.connectionTimeout + '}',
      'spring.datasource.hikari.idle-timeout=${DATABASE_POOL_IDLE_TIMEOUT_MS:' + a.idleTimeout + '}',
      'spring.datasource.hikari.max-lifetime=${DATABASE_POOL_MAX_LIFETIME_MS:' + a.maxLifetime + '}',
    ].join('\n') };
  }
  return undefined;
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: ['CONNECTION_POOL_TOOL', 'POOL_CAPACITY', 'POOL_MONITORING_ACTIVE', 'POOL_MONITORING_ERRORS'],
  flags: ['HAS_POOL_CONFIG_FILE', 'HAS_POOL_WARNINGS'],
  lists: ['POOL_SETTING', 'POOL_WARNING'],
  other: ['POOL_CONFIG_FILE', 'POOL_CONFIG_FILE_NAME', 'POOL_CONFIG_LANGUAGE'],
} as const satisfies SectionKeys;

/** 7.7.2: pool settings, the capacity check against the database's limit, pool monitoring. */
export function poolValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.7.2');
  if (!a) {
    return { ...section(ctx, 'POOL', '7.7.2'), ...notAnswered(KEYS, ctx.tbd('7.7.2'), { POOL_CONFIG_FILE: '', POOL_CONFIG_FILE_NAME: '', POOL_CONFIG_LANGUAGE: 'text' }) };
  }
  const tool = a.tool;
  const max = a.max;
  const peak = peakInstances(ctx);
  const limit = DB_LIMIT[f.db.engine];
  const warnings: string[] = [];
  let capacity: string;
  if (tool === 'pgbouncer') {
    capacity = `pgBouncer holds at most ${max} server connections per database and user (\`default_pool_size\`), however many application instances connect to it; keep that below the database's ${limit?.setting ?? 'connection limit'}. \`DATABASE_URL\` points at pgBouncer (port 6432, database \`${ctx.project.slug.replace(/-/g, '_')}\`), and each instance keeps only a small pool of its own.`;
  } else if (peak) {
    const total = peak.count * max;
    capacity = `At most ${total} connections: ${max} per instance × ${peak.text}. Keep it below the database's ${limit?.setting ?? 'connection limit'}, with room for migrations and admin sessions.`;
    if (limit && total > limit.value * 0.8) warnings.push(`${total} connections at peak is more than 80% of ${f.db.label}'s default limit of ${limit.value}: raise \`max_connections\` (and the instance size), lower \`DATABASE_POOL_MAX\`, or put pgBouncer in front.`);
  } else {
    capacity = `${max} connections per instance; multiply by the number of instances (7.8 is not answered here) and keep the total below the database's ${limit?.setting ?? 'connection limit'}.`;
  }
  if (a.max < a.min) warnings.push('Max connections is below min connections.');
  const track = a.trackConnections === true;
  const alert = a.alertExhaustion === true;
  const file = configFile(tool, a, ctx.project.slug);
  const settings = [
    { SETTING: 'Min connections', VALUE: String(a.min), VARIABLE: 'DATABASE_POOL_MIN' },
    { SETTING: 'Max connections', VALUE: String(max), VARIABLE: 'DATABASE_POOL_MAX' },
    { SETTING: 'Connection timeout', VALUE: ms(a.connectionTimeout), VARIABLE: 'DATABASE_POOL_CONNECTION_TIMEOUT_MS' },
    { SETTING: 'Idle timeout', VALUE: ms(a.idleTimeout), VARIABLE: 'DATABASE_POOL_IDLE_TIMEOUT_MS' },
    { SETTING: 'Max lifetime', VALUE: ms(a.maxLifetime), VARIABLE: 'DATABASE_POOL_MAX_LIFETIME_MS' },
  ];
  const tracked = track ? 'Tracked on the dashboard' : 'Not tracked (7.7.2)';
  return {
    ...section(ctx, 'POOL', '7.7.2'),
    CONNECTION_POOL_TOOL: ctx.label('7.7.2', 'tool', tool),
    POOL_SETTING: settings,
    POOL_CAPACITY: capacity,
    HAS_POOL_CONFIG_FILE: file !== undefined,
    POOL_CONFIG_FILE: file?.text ?? '',
    POOL_CONFIG_FILE_NAME: file?.file ?? '',
    POOL_CONFIG_LANGUAGE: file?.language ?? 'text',
    POOL_MONITORING_ACTIVE: tracked,
    POOL_MONITORING_ERRORS: alert ? `Alert when a request waits longer than ${ms(a.connectionTimeout)} for a connection (pool exhausted)` : 'No exhaustion alert (7.7.2)',
    POOL_TRACKED: track,
    POOL_ALERT: alert,
    HAS_POOL_WARNINGS: warnings.length > 0,
    POOL_WARNING: warnings.map((w) => ({ WARNING: w })),
  } satisfies SectionValues<typeof KEYS>;
}
