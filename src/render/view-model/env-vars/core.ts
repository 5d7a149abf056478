import type { Ctx } from '../context.js';
import { list, num, str } from '../context.js';
import type { Facts } from '../facts.js';
import type { Add } from './types.js';

const LOCAL_PASSWORD = 'local-dev-only';
const DB_URLS = {
  postgres: `postgresql://app:${LOCAL_PASSWORD}@localhost:5432/app`,
  mysql: `mysql://app:${LOCAL_PASSWORD}@localhost:3306/app`,
  mongodb: `mongodb://app:${LOCAL_PASSWORD}@localhost:27017/app?authSource=admin`,
  unknown: `postgresql://app:${LOCAL_PASSWORD}@localhost:5432/app`,
} as const;

export function application(ctx: Ctx, f: Facts, add: Add): void {
  const envIds = f.envs.map((e) => e.id);
  add({
    name: 'APP_ENV', group: 'Application', source: '7.3', type: 'enum', required: 'yes', secret: false,
    description: 'Environment this process runs in; selects per-environment behaviour',
    example: 'development', value: 'development', validation: `One of: ${envIds.join(', ')}`,
    perEnv: Object.fromEntries(envIds.map((id) => [id, id])),
  });
  if (f.stack.id === 'node') {
    add({
      name: 'NODE_ENV', group: 'Application', source: 'convention', type: 'enum', required: 'yes', secret: false,
      description: 'Node.js convention: `production` turns on library optimizations in every deployed environment',
      example: 'development', value: 'development', validation: 'development or production',
      perEnv: Object.fromEntries(envIds.map((id) => [id, id === 'development' ? 'development' : 'production'])),
    });
  }
  const portNote = ['heroku', 'render', 'railway'].includes(f.platform.key) ? `; ${f.platform.short} sets it in deployed environments` : '';
  add({
    name: 'PORT', group: 'Application', source: 'convention', type: 'integer', required: 'no', secret: false,
    description: `Port the HTTP server listens on (recommended default ${f.stack.port}${portNote})`,
    example: String(f.stack.port), value: String(f.stack.port), default: String(f.stack.port), validation: 'Integer 1–65535',
  });
  add({
    name: 'APP_URL', group: 'Application', source: '7.3', type: 'url', required: 'yes', secret: false,
    description: 'Public base URL of this environment (links, callbacks, the pipeline\'s smoke test)',
    example: `http://localhost:${f.stack.port}`, value: `http://localhost:${f.stack.port}`, validation: 'Absolute http(s) URL without a trailing slash',
  });
  add({
    name: 'APP_VERSION', group: 'Application', source: 'convention', type: 'string', required: 'deployed', secret: false,
    description: 'Version of the running build, reported by the health endpoint as `version`: set it to the commit SHA or tag being deployed',
    example: '1.2.3', value: 'local', validation: 'A commit SHA or version tag',
  });
  const shutdown = ctx.a('7.9.1');
  if (shutdown && str(shutdown, 'enabled') === 'yes') {
    const s = (name: string, field: string, what: string) =>
      add({
        name, group: 'Application', source: '7.9.1', type: 'integer', required: 'no', secret: false,
        description: what, example: String(num(shutdown, field)), value: String(num(shutdown, field)), default: String(num(shutdown, field)), validation: 'Integer ≥ 0 (seconds)',
      });
    s('SHUTDOWN_TIMEOUT_SECONDS', 'totalTimeout', 'Total graceful-shutdown budget after SIGTERM before the process exits anyway');
    s('SHUTDOWN_HEALTH_GRACE_SECONDS', 'healthGrace', 'How long readiness reports "not ready" before the server stops accepting requests');
    s('SHUTDOWN_DRAIN_TIMEOUT_SECONDS', 'drainTimeout', 'How long open keep-alive connections get to close');
  }
}

export function platform(f: Facts, add: Add): void {
  const cloud = f.platform.cloud;
  if (cloud === 'aws') {
    add({ name: 'AWS_REGION', group: 'Platform', source: '7.1', type: 'string', required: 'deployed', secret: false, description: 'AWS region of the environment\'s resources (SDK clients read it)', example: 'us-east-1', value: '', validation: 'An AWS region code' });
  } else if (cloud === 'gcp') {
    add({ name: 'GOOGLE_CLOUD_PROJECT', group: 'Platform', source: '7.1', type: 'string', required: 'deployed', secret: false, description: 'Google Cloud project id of the environment (client libraries read it)', example: 'my-project-id', value: '', validation: 'A Google Cloud project id' });
  }
}

export function data(ctx: Ctx, f: Facts, add: Add): void {
  const store = secretsStore(ctx, f);
  const url = DB_URLS[f.db.engine];
  add({
    name: 'DATABASE_URL', group: 'Database', source: f.db.engine === 'unknown' ? 'convention' : '7.2', type: 'url', required: 'yes', secret: true,
    description: `Connection URL of ${f.db.label}${f.db.engine === 'unknown' ? ' (PostgreSQL form shown; use your engine\'s URL)' : ''}; deployed environments read it from ${store}`,
    example: url, value: url, validation: 'URL with user, password, host, port and database name',
  });
  const pool = ctx.a('7.7.2');
  if (pool) {
    const p = (name: string, field: string, what: string, unit: string) =>
      add({
        name, group: 'Database', source: '7.7.2', type: 'integer', required: 'no', secret: false,
        description: what, example: String(num(pool, field)), value: String(num(pool, field)), default: String(num(pool, field)), validation: `Integer ≥ 0 (${unit})`,
      });
    p('DATABASE_POOL_MIN', 'min', 'Connections the pool keeps open when idle', 'connections');
    p('DATABASE_POOL_MAX', 'max', 'Upper bound of connections per instance (instances × max must stay below the database limit)', 'connections');
    p('DATABASE_POOL_CONNECTION_TIMEOUT_MS', 'connectionTimeout', 'How long a request waits for a free connection before failing', 'ms');
    p('DATABASE_POOL_IDLE_TIMEOUT_MS', 'idleTimeout', 'When an unused connection is closed', 'ms');
    p('DATABASE_POOL_MAX_LIFETIME_MS', 'maxLifetime', 'Age after which a connection is recycled (failovers and credential rotation take effect)', 'ms');
  }
  if (f.redis) {
    add({ name: 'REDIS_URL', group: 'Cache & Queue', source: '7.2', type: 'url', required: 'yes', secret: true, description: `Redis connection URL; deployed URLs carry a password, so they come from ${store}`, example: 'redis://localhost:6379', value: 'redis://localhost:6379', validation: 'redis:// or rediss:// URL' });
  }
  if (f.queue) {
    const amqp = `amqp://app:${LOCAL_PASSWORD}@localhost:5672`;
    add({ name: 'AMQP_URL', group: 'Cache & Queue', source: '7.2', type: 'url', required: 'yes', secret: true, description: `RabbitMQ connection URL; deployed environments read it from ${store}`, example: amqp, value: amqp, validation: 'amqp:// or amqps:// URL' });
  }
}

/** Where deployed environments keep secrets: 7.3's config service, else the platform's own settings. */

export function secretsStore(ctx: Ctx, f: Facts): string {
  const a = ctx.a('7.3');
  if (a && list(a, 'config').includes('config-service')) return ctx.label('7.3', 'secretsService', str(a, 'secretsService'));
  return f.platform.key === 'unknown' ? 'the platform\'s secret settings' : f.platform.secretsStore;
}
