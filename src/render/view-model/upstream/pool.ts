import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import { configFile } from '../pool.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';

/** Keys only the installed ai-flow templates' Connection Pooling section uses (ours show POOL_SETTING and the config file). */
const KEYS = {
  text: [
    'POOL_MIN_CONNECTIONS', 'POOL_MAX_CONNECTIONS', 'POOL_CONNECTION_TIMEOUT', 'POOL_IDLE_TIMEOUT', 'POOL_MAX_LIFETIME',
    'DB_POOL_MIN', 'DB_POOL_MAX', 'DB_IDLE_TIMEOUT', 'POOL_MONITORING_IDLE', 'POOL_MONITORING_WAIT',
  ],
  commands: ['CONNECTION_POOL_CONFIG_EXAMPLE'],
} as const satisfies SectionKeys;

/** The upstream Connection Pooling placeholders, from 7.7.2. */
export function upstreamPoolValues(ctx: Ctx): ViewModel {
  const a = ctx.answers('7.7.2');
  if (!a) return notAnswered(KEYS, ctx.tbd('7.7.2'), {});
  const file = configFile(a.tool, a, ctx.project.slug);
  const env = [
    `DATABASE_POOL_MIN=${a.min}`, `DATABASE_POOL_MAX=${a.max}`, `DATABASE_POOL_CONNECTION_TIMEOUT_MS=${a.connectionTimeout}`,
    `DATABASE_POOL_IDLE_TIMEOUT_MS=${a.idleTimeout}`, `DATABASE_POOL_MAX_LIFETIME_MS=${a.maxLifetime}`,
  ];
  const tracked = a.trackConnections ? 'Tracked on the dashboard' : 'Not tracked (7.7.2)';
  return {
    POOL_MIN_CONNECTIONS: String(a.min),
    POOL_MAX_CONNECTIONS: String(a.max),
    POOL_CONNECTION_TIMEOUT: String(a.connectionTimeout),
    POOL_IDLE_TIMEOUT: String(a.idleTimeout),
    POOL_MAX_LIFETIME: String(a.maxLifetime),
    DB_POOL_MIN: String(a.min),
    DB_POOL_MAX: String(a.max),
    DB_IDLE_TIMEOUT: String(a.idleTimeout),
    CONNECTION_POOL_CONFIG_EXAMPLE: file?.text ?? env.join('\n'),
    POOL_MONITORING_IDLE: tracked,
    POOL_MONITORING_WAIT: a.trackConnections ? 'Tracked: time requests wait for a connection' : 'Not tracked (7.7.2)',
  } satisfies SectionValues<typeof KEYS>;
}
