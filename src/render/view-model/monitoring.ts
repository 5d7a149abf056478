import type { ViewModel } from '../types.js';
import type { AnswersOf, Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { metricSource } from './metric-sources.js';
import { EXAMPLE_TIMESTAMP } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';
import { section } from './util.js';

const METRICS: Record<string, { name: string; description: string; otel?: string }> = {
  'request-rate': { name: 'Request rate', description: 'Requests per second, per endpoint', otel: 'http.server.request.duration (count)' },
  'error-rate': { name: 'Error rate', description: 'Share of requests answered with a 5xx status', otel: 'http.server.request.duration (by http.response.status_code)' },
  'response-time': { name: 'Response time', description: 'p50, p95 and p99 latency per endpoint', otel: 'http.server.request.duration (histogram)' },
  'db-query-time': { name: 'Database query time', description: 'p95 duration of database calls, and the slowest queries', otel: 'db.client.operation.duration' },
  'cache-hit-rate': { name: 'Cache hit rate', description: 'Share of cache reads served from the cache' },
  'cpu-memory': { name: 'CPU and memory', description: 'CPU and memory use of every instance' },
};

/** The 7.6 threshold that applies to a 7.5 metric, if any. */
function threshold(ctx: Ctx, metric: string): string {
  const alerts = ctx.answers('7.6');
  const scaling = ctx.answers('7.8');
  // a threshold is present exactly when its condition is chosen in 7.6
  const errorRate = alerts?.errorRateThreshold;
  const responseTime = alerts?.responseTimeThreshold;
  const memory = alerts?.memoryThreshold;
  if (metric === 'error-rate' && errorRate !== undefined) return `alert above ${errorRate}%`;
  if (metric === 'response-time' && responseTime !== undefined) return `alert when p95 is above ${responseTime} ms`;
  if (metric === 'cpu-memory') {
    const parts = [
      ...(scaling && scaling.strategy === 'auto-scaling' ? [`scale out above ${scaling.scaleCpu}% CPU`] : []),
      ...(memory !== undefined ? [`alert above ${memory}% memory`] : []),
    ];
    if (parts.length > 0) return parts.join('; ');
  }
  if (!alerts) return ctx.known('7.6') ? 'dashboard only' : `dashboard only until 7.6 sets alert thresholds`;
  return 'dashboard only (no alert rule in 7.6)';
}

function logEntry(ctx: Ctx): string {
  const a = ctx.answers('7.9.4');
  const req = a ? a.requestFields : ['method-url', 'request-id', 'user-id', 'ip', 'duration'];
  const res = a ? a.responseFields : ['status', 'duration'];
  const masks = a ? a.masking.map((r) => String(r.pattern).toLowerCase()) : [];
  const entry: Record<string, string | number> = { level: 'info', timestamp: EXAMPLE_TIMESTAMP, message: 'request completed' };
  if (req.includes('request-id')) entry.requestId = 'example-request-id';
  if (req.includes('method-url')) Object.assign(entry, { method: 'GET', url: '/example' });
  if (req.includes('query')) entry.query = 'page=2';
  if (req.includes('user-id')) entry.userId = '123';
  if (req.includes('ip')) entry.ip = '192.0.2.10';
  if (res.includes('status')) entry.status = 200;
  if (req.includes('duration') || res.includes('duration')) entry.durationMs = 42;
  if (masks.some((m) => m.includes('email'))) entry.email = 'j***@example.com';
  return JSON.stringify(entry, null, 2);
}

function logQuery(ctx: Ctx, f: Decisions, destination: string): string {
  const slug = ctx.project.slug;
  switch (destination) {
    case 'cloudwatch':
      return `aws logs tail <log-group> --since 15m --filter-pattern '{ $.level = "error" }'`;
    case 'datadog':
      return `# Datadog Log Explorer query\nservice:${slug} env:production status:error`;
    case 'elk':
      return `# Kibana (KQL) query\nservice.name : "${slug}" and level : "error"`;
    case 'loki':
      return `# Grafana Explore (LogQL) query\n{service_name="${slug}"} | json | level="error"`;
    default:
      return f.platform.ops('production').logs ?? '# open the platform\'s log viewer';
  }
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
export const METRIC_KEYS = ['METRIC_NAME', 'METRIC_DESCRIPTION', 'METRIC_THRESHOLD'] as const;
const KEYS = {
  text: ['APM_TOOL', 'LOGGING_APPROACH', 'LOG_SHIPPING', 'LOGS_CONSOLE', 'APM_DASHBOARD_URL'],
  flags: ['HAS_BUSINESS_METRICS', 'HAS_LOGS_COMMAND'],
  lists: ['BUSINESS_METRIC'],
  loops: { TRACKED_METRIC: [...METRIC_KEYS, 'METRIC_ALERT_CONDITION', 'METRIC_SOURCE'], LOG_LEVEL: ['LEVEL_NAME', 'LEVEL_USAGE'] },
  other: ['LOG_ENTRY_EXAMPLE', 'VIEW_LOGS_COMMAND'],
} as const satisfies SectionKeys;

/** The central log store 7.5 chooses ('' when logs stay on the platform). */
function logDestination(a: AnswersOf<'7.5'>): string {
  return a.logging.includes('centralized') ? (a.logDestination ?? '') : '';
}

/** Where the logs end up, in words: 7.5's central store, or the platform's logs. */
export function logDestinationLabel(ctx: Ctx, f: Decisions, a: AnswersOf<'7.5'>): string {
  const destination = logDestination(a);
  return destination ? ctx.label('7.5', 'logDestination', destination) : a.logging.includes('console') ? `console output, kept by ${f.platform.logs}` : f.platform.logs;
}

/** 7.5's metrics, each with its description, its 7.6 threshold and where it comes from. */
export function trackedMetrics(ctx: Ctx, f: Decisions, a: AnswersOf<'7.5'>) {
  const apm = a.apm;
  return a.metrics.map((id) => ({ id, ...METRICS[id]! })).map((m) => {
    const t = threshold(ctx, m.id);
    return {
      METRIC_NAME: m.name,
      METRIC_DESCRIPTION: m.id === 'cache-hit-rate' && !f.redis ? `${m.description} (no cache appears in the answers yet)` : m.description,
      METRIC_THRESHOLD: t,
      METRIC_ALERT_CONDITION: t.startsWith('dashboard') ? 'No alert' : t,
      METRIC_SOURCE: apm === 'opentelemetry-grafana' && m.otel ? `OpenTelemetry ${m.otel.replace(/^(\S+)/, '`$1`')}` : metricSource(apm, m.id, f),
    };
  });
}

/** 7.5: APM, logging and the metrics behind dashboards and alerts. */
export function monitoringValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.5');
  if (!a) {
    const tbd = ctx.tbd('7.5');
    return {
      ...section(ctx, 'MONITORING', '7.5'),
      ...notAnswered(KEYS, tbd, { LOG_ENTRY_EXAMPLE: logEntry(ctx), VIEW_LOGS_COMMAND: f.platform.ops('production').logs ?? `# ${tbd}` }),
    };
  }
  const apm = a.apm;
  const logging = a.logging;
  const destination = logDestination(a);
  const tracked = trackedMetrics(ctx, f, a);
  const business = a.businessMetrics.split(',').map((s) => s.trim()).filter(Boolean);
  const destinationLabel = logDestinationLabel(ctx, f, a);
  const shipping = destination
    ? `The service writes ${logging.includes('structured-json') ? 'JSON lines' : 'log lines'} to stdout; ${destination === 'datadog' ? 'the Datadog Agent' : destination === 'cloudwatch' ? (f.platform.cloud === 'aws' ? 'the platform\'s log driver (awslogs or the CloudWatch agent)' : 'the CloudWatch agent') : destination === 'loki' ? 'a collector (Grafana Alloy or Promtail)' : 'a shipper (Filebeat or Logstash)'} forwards them to ${destinationLabel}.`
    : `Logs stay in ${f.platform.logs}; nothing forwards them to a central store (7.5).`;
  return {
    ...section(ctx, 'MONITORING', '7.5'),
    APM_TOOL: ctx.label('7.5', 'apm', apm),
    LOGGING_APPROACH: ctx.label('7.5', 'logging', logging),
    LOG_SHIPPING: shipping,
    TRACKED_METRIC: tracked,
    BUSINESS_METRIC: business.map((m) => ({ METRIC_NAME: m })),
    HAS_BUSINESS_METRICS: business.length > 0,
    LOG_LEVEL: [
      { LEVEL_NAME: 'error', LEVEL_USAGE: 'A request or job failed and someone may need to act' },
      { LEVEL_NAME: 'warn', LEVEL_USAGE: 'Something unexpected that the service handled (retry, fallback, slow call)' },
      { LEVEL_NAME: 'info', LEVEL_USAGE: 'One line per request and per important state change' },
      { LEVEL_NAME: 'debug', LEVEL_USAGE: 'Details for local troubleshooting; off in production' },
    ],
    LOG_ENTRY_EXAMPLE: logEntry(ctx),
    VIEW_LOGS_COMMAND: logQuery(ctx, f, destination),
    HAS_LOGS_COMMAND: destination !== '' || f.platform.ops('production').logs !== undefined,
    LOGS_CONSOLE: f.platform.ops('production').console ? `Logs are in ${f.platform.ops('production').console}` : `Logs are in ${f.platform.logs}`,
    APM_DASHBOARD_URL: apm === 'none' ? 'No APM yet (7.5): use the platform dashboard' : 'Not recorded in Phase 7: add the dashboard link here',
  } satisfies SectionValues<typeof KEYS>;
}
