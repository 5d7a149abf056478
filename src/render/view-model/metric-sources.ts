import type { Decisions } from './decisions/index.js';

/**
 * What can really supply each 7.5 metric with the chosen APM. An error-tracking tool (Sentry) sees
 * requests, errors and spans, never a host's CPU and memory or the cache's own counters; those come from
 * the platform or the cache. Returns Markdown (code spans for metric names).
 */
export function metricSource(apm: string, metric: string, f: Decisions): string {
  const platformMetrics = f.platform.metrics;
  const cacheStats = f.redis ? `Redis \`INFO stats\` (\`keyspace_hits\`, \`keyspace_misses\`), as ${f.platform.cache} reports them` : 'the cache\'s own hit and miss counters';
  const aws = f.platform.cloud === 'aws';
  switch (apm) {
    case 'datadog':
      if (metric === 'cpu-memory') return 'Datadog Agent (container and host metrics)';
      if (metric === 'cache-hit-rate') return 'Datadog Redis integration (`redis.stats.keyspace_hits`, `redis.stats.keyspace_misses`)';
      return 'Datadog APM (traces)';
    case 'new-relic':
      if (metric === 'cpu-memory') return 'New Relic infrastructure agent';
      if (metric === 'cache-hit-rate') return 'New Relic Redis integration';
      return 'New Relic APM agent';
    case 'sentry':
      if (metric === 'cpu-memory') return `${platformMetrics} (Sentry does not collect CPU or memory)`;
      if (metric === 'cache-hit-rate') return `${cacheStats} (Sentry does not read the cache's counters)`;
      return 'Sentry performance monitoring (transactions and spans)';
    case 'opentelemetry-grafana':
      if (metric === 'cpu-memory') return 'OpenTelemetry `process.cpu.utilization` and `process.memory.usage` (or the platform\'s container metrics), in Prometheus';
      if (metric === 'cache-hit-rate') return 'Prometheus Redis exporter (`redis_keyspace_hits_total`, `redis_keyspace_misses_total`)';
      return '';
    case 'cloudwatch':
      if (metric === 'cpu-memory') return aws ? 'CloudWatch Container Insights (`CPUUtilization`, `MemoryUtilization`)' : 'CloudWatch agent on each host';
      if (metric === 'cache-hit-rate') return aws && f.redis ? 'CloudWatch ElastiCache metric `CacheHitRate`' : 'CloudWatch custom metric published by the service';
      if (metric === 'db-query-time') return aws ? 'RDS Performance Insights' : 'CloudWatch custom metric published by the service';
      if (aws) return 'CloudWatch load balancer metrics (`RequestCount`, `HTTPCode_Target_5XX_Count`, `TargetResponseTime`)';
      return 'CloudWatch custom metrics (embedded metric format) published by the service';
    default:
      if (metric === 'cache-hit-rate') return cacheStats;
      if (metric === 'db-query-time') return 'the database\'s own statistics (for PostgreSQL `pg_stat_statements`)';
      return platformMetrics;
  }
}
