import type { Ctx, NumberFieldOf } from '../context.js';
import type { EnvId, Decisions } from '../decisions/index.js';
import type { Add } from './types.js';

const LOCAL_PASSWORD = 'local-dev-only';
const DB_URLS = {
  postgres: `postgresql://app:${LOCAL_PASSWORD}@localhost:5432/app`,
  mysql: `mysql://app:${LOCAL_PASSWORD}@localhost:3306/app`,
  mongodb: `mongodb://app:${LOCAL_PASSWORD}@localhost:27017/app?authSource=admin`,
  unknown: `postgresql://app:${LOCAL_PASSWORD}@localhost:5432/app`,
} as const;

export function application(ctx: Ctx, f: Decisions, add: Add): void {
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
  frameworkEnvironment(f, add, envIds);
  const portNote = ['heroku', 'render', 'railway'].includes(f.platform.key) ? `; ${f.platform.short} sets it in deployed environments` : '';
  const portName = f.stack.envStyle === 'spring' ? 'SERVER_PORT' : f.stack.envStyle === 'aspnet' ? 'ASPNETCORE_HTTP_PORTS' : 'PORT';
  add({
    name: portName, group: 'Application', source: 'convention', type: 'integer', required: 'no', secret: false,
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
  const shutdown = ctx.answers('7.9.1');
  if (shutdown && shutdown.enabled === 'yes') {
    const s = (name: string, field: NumberFieldOf<'7.9.1'>, what: string) =>
      add({
        name, group: 'Application', source: '7.9.1', type: 'integer', required: 'no', secret: false,
        description: what, example: String(shutdown[field]), value: String(shutdown[field]), default: String(shutdown[field]), validation: 'Integer ≥ 0 (seconds)',
      });
    s('SHUTDOWN_TIMEOUT_SECONDS', 'totalTimeout', 'Total graceful-shutdown budget after SIGTERM before the process exits anyway');
    s('SHUTDOWN_HEALTH_GRACE_SECONDS', 'healthGrace', 'How long readiness reports "not ready" before the server stops accepting requests');
    s('SHUTDOWN_DRAIN_TIMEOUT_SECONDS', 'drainTimeout', 'How long open keep-alive connections get to close');
  }
}

/** The framework's own environment switch and secrets (no NODE_ENV outside Node). */
function frameworkEnvironment(f: Decisions, add: Add, envIds: EnvId[]): void {
  const per = (dev: string, deployed: string) => Object.fromEntries(envIds.map((id) => [id, id === 'development' ? dev : deployed]));
  const base = { group: 'Application' as const, source: 'convention' as const, secret: false };
  switch (f.stack.envStyle) {
    case 'spring':
      add({ ...base, name: 'SPRING_PROFILES_ACTIVE', type: 'string', required: 'yes', description: 'Spring profiles to activate (selects `application-<profile>.yml`)', example: 'development', value: 'development', validation: 'Comma-separated profile names', perEnv: Object.fromEntries(envIds.map((id) => [id, id])) });
      break;
    case 'django':
      add({ ...base, name: 'DJANGO_SETTINGS_MODULE', type: 'string', required: 'yes', description: 'Python path of the settings module Django loads', example: `${f.stack.projectName?.replace(/-/g, '_') ?? 'config'}.settings`, value: `${f.stack.projectName?.replace(/-/g, '_') ?? 'config'}.settings`, validation: 'Importable module path' });
      add({ ...base, name: 'DJANGO_SECRET_KEY', type: 'string', required: 'yes', secret: true, description: 'Django SECRET_KEY: signs sessions and tokens; settings.py reads it from the environment', example: '<50+ random characters>', value: '', validation: 'At least 50 random characters; different per environment' });
      add({ ...base, name: 'DJANGO_ALLOWED_HOSTS', type: 'list', required: 'deployed', description: 'Host names Django serves (ALLOWED_HOSTS), comma-separated', example: 'localhost,127.0.0.1', value: 'localhost,127.0.0.1', validation: 'Comma-separated host names' });
      add({ ...base, name: 'DJANGO_DEBUG', type: 'enum', required: 'no', description: 'Django DEBUG: never true outside development', example: 'true', value: 'true', default: 'false', validation: 'true or false', perEnv: per('true', 'false') });
      break;
    case 'rails':
      add({ ...base, name: 'RAILS_ENV', type: 'enum', required: 'yes', description: 'Rails environment (`config/environments/<env>.rb`)', example: 'development', value: 'development', validation: 'development, test or production', perEnv: per('development', 'production') });
      add({ ...base, name: 'SECRET_KEY_BASE', type: 'string', required: 'deployed', secret: true, description: 'Rails secret_key_base: signs and encrypts cookies (generate with `bin/rails secret`)', example: '<output of bin/rails secret>', value: '', validation: '128 hex characters' });
      add({ ...base, name: 'RAILS_LOG_TO_STDOUT', type: 'enum', required: 'no', description: 'Log to standard output so the platform collects the logs', example: '1', value: '1', validation: '1 or unset' });
      break;
    case 'laravel':
      add({ ...base, name: 'APP_KEY', type: 'string', required: 'yes', secret: true, description: 'Laravel encryption key (generate with `php artisan key:generate --show`)', example: 'base64:<32 random bytes>', value: '', validation: 'base64: followed by 32 random bytes' });
      add({ ...base, name: 'APP_DEBUG', type: 'enum', required: 'no', description: 'Laravel debug pages: never true outside development', example: 'true', value: 'true', default: 'false', validation: 'true or false', perEnv: per('true', 'false') });
      break;
    case 'aspnet':
      add({ ...base, name: 'ASPNETCORE_ENVIRONMENT', type: 'enum', required: 'yes', description: 'ASP.NET Core environment (`appsettings.<Environment>.json`)', example: 'Development', value: 'Development', validation: 'Development, Staging or Production', perEnv: Object.fromEntries(envIds.map((id) => [id, id === 'development' ? 'Development' : id === 'production' ? 'Production' : 'Staging'])) });
      break;
    case 'go':
      if (f.stack.framework === 'gin') add({ ...base, name: 'GIN_MODE', type: 'enum', required: 'no', description: 'Gin mode: `release` turns off debug logging', example: 'debug', value: 'debug', default: 'debug', validation: 'debug, release or test', perEnv: per('debug', 'release') });
      break;
    case 'rust':
      add({ ...base, name: 'RUST_LOG', type: 'string', required: 'no', description: 'tracing/env_logger filter (log level per module)', example: 'info', value: 'debug', default: 'info', validation: 'A level (error, warn, info, debug, trace) or module=level list', perEnv: per('debug', 'info') });
      break;
    default:
  }
}

export function platform(f: Decisions, add: Add): void {
  const cloud = f.platform.cloud;
  if (cloud === 'aws') {
    add({ name: 'AWS_REGION', group: 'Platform', source: '7.1', type: 'string', required: 'deployed', secret: false, description: 'AWS region of the environment\'s resources (SDK clients read it)', example: 'us-east-1', value: '', validation: 'An AWS region code' });
  } else if (cloud === 'gcp') {
    add({ name: 'GOOGLE_CLOUD_PROJECT', group: 'Platform', source: '7.1', type: 'string', required: 'deployed', secret: false, description: 'Google Cloud project id of the environment (client libraries read it)', example: 'my-project-id', value: '', validation: 'A Google Cloud project id' });
  }
}

export function data(ctx: Ctx, f: Decisions, add: Add): void {
  const store = secretsStore(ctx, f);
  const url = DB_URLS[f.db.engine];
  if (databaseNative(ctx, f, add, store)) {
    poolVars(ctx, add);
    cacheVars(f, add, store);
    return;
  }
  add({
    name: 'DATABASE_URL', group: 'Database', source: f.db.engine === 'unknown' ? 'convention' : '7.2', type: 'url', required: 'yes', secret: true,
    description: `Connection URL of ${f.db.label}${f.db.engine === 'unknown' ? ' (PostgreSQL form shown; use your engine\'s URL)' : ''}; deployed environments read it from ${store}`,
    example: url, value: url, validation: 'URL with user, password, host, port and database name',
  });
  poolVars(ctx, add);
  cacheVars(f, add, store);
}

/** Framework-native database settings: Spring's JDBC URL, Laravel's DB_*, ASP.NET's connection string. */
function databaseNative(ctx: Ctx, f: Decisions, add: Add, store: string): boolean {
  const engine = f.db.engine === 'unknown' ? (f.stack.database === 'mysql' ? 'mysql' : 'postgres') : f.db.engine;
  const port = engine === 'mysql' ? '3306' : '5432';
  const base = { group: 'Database' as const, source: f.db.engine === 'unknown' ? 'convention' as const : '7.2' as const };
  const pw = { ...base, secret: true, type: 'string' as const, required: 'yes' as const, validation: 'Non-empty' };
  if (f.db.config === 'spring') {
    const jdbc = `jdbc:${engine === 'mysql' ? 'mysql' : 'postgresql'}://localhost:${port}/app`;
    add({ ...base, name: 'SPRING_DATASOURCE_URL', type: 'url', required: 'yes', secret: false, description: `JDBC URL of ${f.db.label} (spring.datasource.url)`, example: jdbc, value: jdbc, validation: 'jdbc: URL with host, port and database' });
    add({ ...base, name: 'SPRING_DATASOURCE_USERNAME', type: 'string', required: 'yes', secret: false, description: 'Database user (spring.datasource.username)', example: 'app', value: 'app', validation: 'Non-empty' });
    add({ ...pw, name: 'SPRING_DATASOURCE_PASSWORD', description: `Database password (spring.datasource.password); deployed environments read it from ${store}`, example: '<database password>', value: 'local-dev-only' });
    return true;
  }
  if (f.db.config === 'laravel') {
    const conn = engine === 'mysql' ? 'mysql' : 'pgsql';
    const plain = (name: string, description: string, value: string) => add({ ...base, name, type: 'string', required: 'yes', secret: false, description, example: value, value, validation: 'Non-empty' });
    plain('DB_CONNECTION', 'Laravel database driver (config/database.php)', conn);
    plain('DB_HOST', 'Database host', '127.0.0.1');
    plain('DB_PORT', 'Database port', port);
    plain('DB_DATABASE', 'Database name', 'app');
    plain('DB_USERNAME', 'Database user', 'app');
    add({ ...pw, name: 'DB_PASSWORD', description: `Database password; deployed environments read it from ${store}`, example: '<database password>', value: 'local-dev-only' });
    return true;
  }
  if (f.db.config === 'aspnet') {
    const cs = engine === 'mysql' ? `Server=localhost;Port=${port};Database=app;User=app;Password=local-dev-only` : `Host=localhost;Port=${port};Database=app;Username=app;Password=local-dev-only`;
    add({ ...base, name: 'ConnectionStrings__Default', type: 'string', required: 'yes', secret: true, description: `Connection string of ${f.db.label} (ConnectionStrings:Default; \`__\` is the section separator); deployed environments read it from ${store}`, example: cs.replace('local-dev-only', '<password>'), value: cs, validation: 'ADO.NET connection string' });
    return true;
  }
  void ctx;
  return false;
}

function poolVars(ctx: Ctx, add: Add): void {
  const pool = ctx.answers('7.7.2');
  if (pool) {
    const p = (name: string, field: NumberFieldOf<'7.7.2'>, what: string, unit: string) =>
      add({
        name, group: 'Database', source: '7.7.2', type: 'integer', required: 'no', secret: false,
        description: what, example: String(pool[field]), value: String(pool[field]), default: String(pool[field]), validation: `Integer ≥ 0 (${unit})`,
      });
    p('DATABASE_POOL_MIN', 'min', 'Connections the pool keeps open when idle', 'connections');
    p('DATABASE_POOL_MAX', 'max', 'Upper bound of connections per instance (instances × max must stay below the database limit)', 'connections');
    p('DATABASE_POOL_CONNECTION_TIMEOUT_MS', 'connectionTimeout', 'How long a request waits for a free connection before failing', 'ms');
    p('DATABASE_POOL_IDLE_TIMEOUT_MS', 'idleTimeout', 'When an unused connection is closed', 'ms');
    p('DATABASE_POOL_MAX_LIFETIME_MS', 'maxLifetime', 'Age after which a connection is recycled (failovers and credential rotation take effect)', 'ms');
  }
}

function cacheVars(f: Decisions, add: Add, store: string): void {
  if (f.redis) {
    add({ name: 'REDIS_URL', group: 'Cache & Queue', source: '7.2', type: 'url', required: 'yes', secret: true, description: `Redis connection URL; deployed URLs carry a password, so they come from ${store}`, example: 'redis://localhost:6379', value: 'redis://localhost:6379', validation: 'redis:// or rediss:// URL' });
  }
  if (f.queue) {
    const amqp = `amqp://app:${LOCAL_PASSWORD}@localhost:5672`;
    add({ name: 'AMQP_URL', group: 'Cache & Queue', source: '7.2', type: 'url', required: 'yes', secret: true, description: `RabbitMQ connection URL; deployed environments read it from ${store}`, example: amqp, value: amqp, validation: 'amqp:// or amqps:// URL' });
  }
}

/** Where deployed environments keep secrets: 7.3's config service, else the platform's own settings. */

export function secretsStore(ctx: Ctx, f: Decisions): string {
  const a = ctx.answers('7.3');
  if (a && a.config.includes('config-service')) return ctx.label('7.3', 'secretsService', a.secretsService ?? '');
  return f.platform.key === 'unknown' ? 'the platform\'s secret settings' : f.platform.secretsStore;
}
