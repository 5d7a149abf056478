import type { QuestionId, Row } from '../../catalogue/schema.js';
import type { Ctx } from './context.js';
import { list, num, rows, str } from './context.js';
import type { EnvId, Facts } from './facts.js';

export const ENV_GROUPS = ['Application', 'Platform', 'Database', 'Cache & Queue', 'Secrets', 'Feature flags', 'Observability', 'Logging', 'Alerting', 'Resilience'] as const;
export type EnvGroup = (typeof ENV_GROUPS)[number];
export type Requirement = 'yes' | 'no' | 'deployed';

export interface EnvVar {
  name: string;
  group: EnvGroup;
  description: string;
  /** Shown in the configuration table; obviously fake for secrets. */
  example: string;
  /** Written to .env.example: a local-development value, or empty. */
  value: string;
  required: Requirement;
  secret: boolean;
  /** What the application uses when the variable is unset. */
  default?: string;
  type: 'string' | 'url' | 'integer' | 'number' | 'enum' | 'list';
  validation: string;
  /** Values that differ per environment. */
  perEnv?: Partial<Record<EnvId, string>>;
  source: QuestionId | 'convention';
}

const LOCAL_PASSWORD = 'local-dev-only';
const DB_URLS = {
  postgres: `postgresql://app:${LOCAL_PASSWORD}@localhost:5432/app`,
  mysql: `mysql://app:${LOCAL_PASSWORD}@localhost:3306/app`,
  mongodb: `mongodb://app:${LOCAL_PASSWORD}@localhost:27017/app?authSource=admin`,
  unknown: `postgresql://app:${LOCAL_PASSWORD}@localhost:5432/app`,
} as const;

export const toEnvName = (text: string): string =>
  text.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'SERVICE';

/** Per-environment values from 7.9.4's levels table, matched by environment name. */
function perEnvFromLevels(levels: Row[], column: string, envs: Facts['envs'], map: (v: string) => string = (v) => v): Partial<Record<EnvId, string>> {
  const out: Partial<Record<EnvId, string>> = {};
  for (const env of envs) {
    const row = levels.find((r) => String(r.environment).trim().toLowerCase() === env.name.toLowerCase())
      ?? levels.find((r) => String(r.environment).trim().toLowerCase().startsWith(env.name.slice(0, 3).toLowerCase()));
    if (row && row[column] !== undefined) out[env.id] = map(String(row[column]));
  }
  return out;
}

function application(ctx: Ctx, f: Facts, add: (v: EnvVar) => void): void {
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

function platform(f: Facts, add: (v: EnvVar) => void): void {
  const cloud = f.platform.cloud;
  if (cloud === 'aws') {
    add({ name: 'AWS_REGION', group: 'Platform', source: '7.1', type: 'string', required: 'deployed', secret: false, description: 'AWS region of the environment\'s resources (SDK clients read it)', example: 'us-east-1', value: '', validation: 'An AWS region code' });
  } else if (cloud === 'gcp') {
    add({ name: 'GOOGLE_CLOUD_PROJECT', group: 'Platform', source: '7.1', type: 'string', required: 'deployed', secret: false, description: 'Google Cloud project id of the environment (client libraries read it)', example: 'my-project-id', value: '', validation: 'A Google Cloud project id' });
  }
}

function data(ctx: Ctx, f: Facts, add: (v: EnvVar) => void): void {
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

function secretsAndFlags(ctx: Ctx, add: (v: EnvVar) => void): void {
  const a = ctx.a('7.3');
  if (!a) return;
  const config = list(a, 'config');
  if (config.includes('config-service')) {
    switch (str(a, 'secretsService')) {
      case 'aws-secrets-manager':
        add({ name: 'AWS_REGION', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'AWS region of the Secrets Manager secrets', example: 'us-east-1', value: '', validation: 'An AWS region code' });
        add({ name: 'SECRETS_MANAGER_SECRET_ID', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'Name or ARN of the secret holding this environment\'s credentials', example: `${ctx.project.slug}/production`, value: '', validation: 'Secret name or ARN', perEnv: { staging: `${ctx.project.slug}/staging`, production: `${ctx.project.slug}/production` } });
        break;
      case 'vault':
        add({ name: 'VAULT_ADDR', group: 'Secrets', source: '7.3', type: 'url', required: 'deployed', secret: false, description: 'Address of the Vault server', example: 'https://vault.example.com:8200', value: '', validation: 'https URL' });
        add({ name: 'VAULT_ROLE', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'Vault auth role of this service (Kubernetes or AppRole auth); no token is stored in the environment', example: ctx.project.slug, value: '', validation: 'A Vault role name' });
        add({ name: 'VAULT_SECRET_PATH', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'Path of this environment\'s secrets in Vault', example: `secret/data/${ctx.project.slug}/production`, value: '', validation: 'A Vault KV path', perEnv: { staging: `secret/data/${ctx.project.slug}/staging`, production: `secret/data/${ctx.project.slug}/production` } });
        break;
      case 'azure-key-vault':
        add({ name: 'AZURE_KEY_VAULT_URL', group: 'Secrets', source: '7.3', type: 'url', required: 'deployed', secret: false, description: 'URL of the environment\'s Key Vault (Key Vault references can also inject secrets as app settings)', example: 'https://example-vault.vault.azure.net/', value: '', validation: 'https://NAME.vault.azure.net/' });
        break;
      case 'gcp-secret-manager':
        add({ name: 'GOOGLE_CLOUD_PROJECT', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'Google Cloud project holding the Secret Manager secrets', example: 'my-project-id', value: '', validation: 'A Google Cloud project id' });
        break;
    }
  }
  if (config.includes('feature-flags')) {
    switch (str(a, 'featureFlagTool')) {
      case 'launchdarkly':
        add({ name: 'LAUNCHDARKLY_SDK_KEY', group: 'Feature flags', source: '7.3', type: 'string', required: 'deployed', secret: true, description: 'LaunchDarkly server-side SDK key of the environment (unset locally: the SDK serves flag defaults)', example: 'sdk-00000000-0000-0000-0000-000000000000', value: '', validation: 'Starts with sdk-' });
        break;
      case 'unleash':
        add({ name: 'UNLEASH_URL', group: 'Feature flags', source: '7.3', type: 'url', required: 'deployed', secret: false, description: 'Unleash API URL', example: 'https://unleash.example.com/api', value: '', validation: 'URL ending in /api' });
        add({ name: 'UNLEASH_API_TOKEN', group: 'Feature flags', source: '7.3', type: 'string', required: 'deployed', secret: true, description: 'Unleash client token of the environment', example: 'default:development.0000000000000000', value: '', validation: 'An Unleash client API token' });
        break;
      default:
        add({ name: 'FEATURE_FLAGS', group: 'Feature flags', source: '7.3', type: 'list', required: 'no', secret: false, description: 'Comma-separated names of the flags switched on in this environment (config-based flags)', example: 'new-checkout,beta-search', value: '', default: '(none: every flag off)', validation: 'Comma-separated kebab-case names' });
    }
  }
}

function observability(ctx: Ctx, f: Facts, add: (v: EnvVar) => void): void {
  const a = ctx.a('7.5');
  if (!a) return;
  const envs = Object.fromEntries(f.envs.map((e) => [e.id, e.id])) as Partial<Record<EnvId, string>>;
  const slug = ctx.project.slug;
  switch (str(a, 'apm')) {
    case 'datadog':
      add({ name: 'DD_API_KEY', group: 'Observability', source: '7.5', type: 'string', required: 'deployed', secret: true, description: 'Datadog API key, used by the Datadog Agent that receives the traces', example: 'dd-api-key-placeholder', value: '', validation: '32 hex characters' });
      add({ name: 'DD_SERVICE', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Service name in Datadog', example: slug, value: slug, validation: 'Lowercase name' });
      add({ name: 'DD_ENV', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Environment tag on traces, logs and metrics', example: 'development', value: 'development', validation: 'An environment name', perEnv: envs });
      add({ name: 'DD_AGENT_HOST', group: 'Observability', source: '7.5', type: 'string', required: 'no', secret: false, description: 'Host of the Datadog Agent the tracer sends to', example: 'localhost', value: 'localhost', default: 'localhost', validation: 'Host name or IP' });
      break;
    case 'new-relic':
      add({ name: 'NEW_RELIC_LICENSE_KEY', group: 'Observability', source: '7.5', type: 'string', required: 'deployed', secret: true, description: 'New Relic ingest license key', example: 'new-relic-license-key-placeholder', value: '', validation: '40 characters' });
      add({ name: 'NEW_RELIC_APP_NAME', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Application name in New Relic', example: slug, value: slug, validation: 'Any name', perEnv: Object.fromEntries(f.envs.map((e) => [e.id, `${slug}-${e.id}`])) });
      break;
    case 'sentry':
      add({ name: 'SENTRY_DSN', group: 'Observability', source: '7.5', type: 'url', required: 'deployed', secret: true, description: 'Sentry DSN of the project (unset locally: no events are sent)', example: 'https://public-key@o0.ingest.sentry.io/0', value: '', validation: 'A Sentry DSN URL' });
      add({ name: 'SENTRY_ENVIRONMENT', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Environment tag on Sentry events', example: 'development', value: 'development', validation: 'An environment name', perEnv: envs });
      break;
    case 'opentelemetry-grafana':
      add({ name: 'OTEL_SERVICE_NAME', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Service name on traces and metrics', example: slug, value: slug, validation: 'Any name' });
      add({ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', group: 'Observability', source: '7.5', type: 'url', required: 'yes', secret: false, description: 'OTLP endpoint of the OpenTelemetry Collector (HTTP)', example: 'http://localhost:4318', value: 'http://localhost:4318', validation: 'URL of an OTLP/HTTP receiver' });
      add({ name: 'OTEL_RESOURCE_ATTRIBUTES', group: 'Observability', source: '7.5', type: 'string', required: 'no', secret: false, description: 'Extra resource attributes; carries the environment name', example: 'deployment.environment=development', value: 'deployment.environment=development', validation: 'key=value pairs, comma-separated', perEnv: Object.fromEntries(f.envs.map((e) => [e.id, `deployment.environment=${e.id}`])) });
      break;
    case 'cloudwatch':
      add({ name: 'AWS_REGION', group: 'Observability', source: '7.5', type: 'string', required: 'deployed', secret: false, description: 'AWS region the CloudWatch metrics and logs go to', example: 'us-east-1', value: '', validation: 'An AWS region code' });
      break;
  }
}

function logging(ctx: Ctx, f: Facts, add: (v: EnvVar) => void): void {
  const a = ctx.a('7.9.4');
  const levels = a ? rows(a, 'levels') : [];
  add({
    name: 'LOG_LEVEL', group: 'Logging', source: a ? '7.9.4' : 'convention', type: 'enum', required: 'no', secret: false,
    description: a ? 'Minimum level written (per environment from 7.9.4)' : 'Minimum level written (recommended default `info`; 7.9.4 sets it per environment)',
    example: 'info', value: perEnvFromLevels(levels, 'level', f.envs).development ?? 'info', default: 'info', validation: 'debug, info, warn or error',
    ...(a ? { perEnv: perEnvFromLevels(levels, 'level', f.envs) } : {}),
  });
  if (!a) return;
  const format = str(a, 'format');
  if (format !== 'framework-default') {
    const value = format === 'structured-json' ? 'json' : 'text';
    add({ name: 'LOG_FORMAT', group: 'Logging', source: '7.9.4', type: 'enum', required: 'no', secret: false, description: 'Log line format', example: value, value, default: value, validation: 'json or text' });
  }
  add({
    name: 'LOG_BODY', group: 'Logging', source: '7.9.4', type: 'enum', required: 'no', secret: false,
    description: 'How much of request and response bodies is logged (after masking)', example: 'minimal',
    value: perEnvFromLevels(levels, 'body', f.envs, (v) => v.toLowerCase()).development ?? 'minimal', default: 'minimal', validation: 'full, truncated, minimal or none',
    perEnv: perEnvFromLevels(levels, 'body', f.envs, (v) => v.toLowerCase()),
  });
}

function alerting(ctx: Ctx, add: (v: EnvVar) => void): void {
  const a = ctx.a('7.6');
  if (!a) return;
  const channels = list(a, 'channels');
  const note = 'read by the alerting setup (APM monitors or Alertmanager), not by the application';
  if (channels.includes('email')) add({ name: 'ALERT_EMAIL_TO', group: 'Alerting', source: '7.6', type: 'list', required: 'deployed', secret: false, description: `Addresses that receive alert emails; ${note}`, example: 'oncall@example.com', value: '', validation: 'Comma-separated email addresses' });
  if (channels.includes('slack')) add({ name: 'ALERT_SLACK_WEBHOOK_URL', group: 'Alerting', source: '7.6', type: 'url', required: 'deployed', secret: true, description: `Incoming webhook of the alerts channel (Slack or Discord); ${note}`, example: 'https://hooks.slack.com/services/T000/B000/placeholder', value: '', validation: 'https URL' });
  const onCallTool = str(a, 'onCall') === 'yes' ? str(a, 'onCallTool') : channels.includes('pagerduty') ? 'pagerduty' : '';
  if (onCallTool === 'opsgenie') add({ name: 'OPSGENIE_API_KEY', group: 'Alerting', source: '7.6', type: 'string', required: 'deployed', secret: true, description: `Opsgenie integration key that opens pages; ${note}`, example: 'opsgenie-key-placeholder', value: '', validation: 'An Opsgenie API integration key' });
  if (onCallTool === 'pagerduty') add({ name: 'PAGERDUTY_ROUTING_KEY', group: 'Alerting', source: '7.6', type: 'string', required: 'deployed', secret: true, description: `PagerDuty Events API v2 routing key that opens incidents; ${note}`, example: 'pagerduty-routing-key-placeholder', value: '', validation: '32 characters' });
}

function resilience(ctx: Ctx, add: (v: EnvVar) => void): void {
  const cb = ctx.a('7.9.2');
  if (cb && str(cb, 'enabled') === 'yes') {
    const c = (name: string, field: string, what: string, validation: string) =>
      add({ name, group: 'Resilience', source: '7.9.2', type: 'integer', required: 'no', secret: false, description: what, example: String(num(cb, field)), value: String(num(cb, field)), default: String(num(cb, field)), validation });
    c('CIRCUIT_BREAKER_FAILURE_THRESHOLD', 'failureThreshold', 'Failure percentage that opens a circuit', 'Integer 1–100 (%)');
    c('CIRCUIT_BREAKER_SUCCESS_THRESHOLD', 'successThreshold', 'Success percentage of trial calls that closes it again', 'Integer 1–100 (%)');
    c('CIRCUIT_BREAKER_TIMEOUT_MS', 'timeout', 'A call slower than this counts as a failure', 'Integer ≥ 10 (ms)');
    c('CIRCUIT_BREAKER_HALF_OPEN_CALLS', 'halfOpenRetries', 'Trial calls allowed while half-open', 'Integer ≥ 1');
    c('CIRCUIT_BREAKER_RESET_TIMEOUT_SECONDS', 'resetTimeout', 'How long a circuit stays open before trial calls', 'Integer ≥ 1 (s)');
  }
  const retry = ctx.a('7.9.3');
  if (!retry) return;
  add({ name: 'HTTP_TIMEOUT_MS', group: 'Resilience', source: '7.9.3', type: 'integer', required: 'no', secret: false, description: 'Timeout of outgoing calls to dependencies without a timeout variable of their own', example: String(num(retry, 'defaultTimeout')), value: String(num(retry, 'defaultTimeout')), default: String(num(retry, 'defaultTimeout')), validation: 'Integer ≥ 100 (ms)' });
  add({ name: 'HTTP_RETRIES', group: 'Resilience', source: '7.9.3', type: 'integer', required: 'no', secret: false, description: 'Retries of outgoing calls to dependencies without a retries variable of their own', example: String(num(retry, 'defaultRetries')), value: String(num(retry, 'defaultRetries')), default: String(num(retry, 'defaultRetries')), validation: 'Integer 0–20' });
  add({ name: 'HTTP_BACKOFF', group: 'Resilience', source: '7.9.3', type: 'enum', required: 'no', secret: false, description: 'Backoff between those retries (none, fixed or exponential)', example: str(retry, 'defaultBackoff'), value: str(retry, 'defaultBackoff'), default: str(retry, 'defaultBackoff'), validation: 'none, fixed or exponential' });
  for (const row of ctx.given('7.9.3', 'policies') ? rows(retry, 'policies') : []) {
    const base = toEnvName(String(row.service));
    add({ name: `${base}_TIMEOUT_MS`, group: 'Resilience', source: '7.9.3', type: 'integer', required: 'no', secret: false, description: `Timeout for ${row.service}`, example: String(row.timeout), value: String(row.timeout), default: String(row.timeout), validation: 'Integer ≥ 1 (ms)' });
    add({ name: `${base}_RETRIES`, group: 'Resilience', source: '7.9.3', type: 'integer', required: 'no', secret: false, description: `Retries for ${row.service}; backoff: ${row.backoff}`, example: String(row.retries), value: String(row.retries), default: String(row.retries), validation: 'Integer 0–20' });
  }
}

/** Every environment variable the answers imply, in document order, without duplicates. */
export function collectEnvVars(ctx: Ctx, f: Facts): EnvVar[] {
  const out: EnvVar[] = [];
  const add = (v: EnvVar) => {
    if (!out.some((x) => x.name === v.name)) out.push(v);
  };
  application(ctx, f, add);
  platform(f, add);
  data(ctx, f, add);
  secretsAndFlags(ctx, add);
  observability(ctx, f, add);
  logging(ctx, f, add);
  alerting(ctx, add);
  resilience(ctx, add);
  return ENV_GROUPS.flatMap((g) => out.filter((v) => v.group === g));
}
