import type { Answers76 } from '../../catalogue/answer-types.generated.js';
import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { section, sentenceList } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

interface Rule { id: string; name: string; condition: string; severity: 'critical' | 'warning'; runbook: string; promql?: string; /** Not a runbook: where the action is described. */ action?: string; /** How long the condition must hold (Prometheus `for`). */ for?: string }

/** The recommended CPU alert (7.6 does not ask one): above the auto-scaling target when there is one, so it fires when scaling cannot keep up. */
export function cpuAlert(ctx: Ctx): { threshold: number; minutes: number } {
  const scaling = ctx.answers('7.8');
  const target = scaling && scaling.strategy === 'auto-scaling' ? Number(scaling.scaleCpu) : 0;
  return { threshold: Math.min(95, Math.max(80, target + 15)), minutes: 10 };
}

/** Marks a rule 7.6 does not ask about. */
export const RECOMMENDED_RULE = '(recommended; not asked in 7.6)';

const ALERT_NAMES: Record<string, string> = { 'error-rate': 'HighErrorRate', 'response-time': 'SlowResponses', 'server-errors': 'ServerErrors', 'service-down': 'ServiceDown', cpu: 'HighCpu', 'tls-expiry': 'TlsCertificateExpiring', 'queue-backlog': 'QueueBacklog' };

function rules(ctx: Ctx, a: Answers76): Rule[] {
  const slug = ctx.project.slug;
  const job = `job="${slug}"`;
  // a threshold is present exactly when its condition is chosen in 7.6 (the rules without one are never listed)
  const { errorRateThreshold: errorRate, responseTimeThreshold: responseTime, diskThreshold: disk, memoryThreshold: memory } = a;
  const all: Record<string, Rule | undefined> = {
    'error-rate': errorRate === undefined ? undefined : {
      id: 'error-rate', name: 'High error rate', severity: 'critical', runbook: 'High error rate after a deploy',
      condition: `More than ${errorRate}% of requests fail with a 5xx status for 5 minutes`,
      promql: `sum(rate(http_server_request_duration_seconds_count{${job}, http_response_status_code=~"5.."}[5m])) / sum(rate(http_server_request_duration_seconds_count{${job}}[5m])) * 100 > ${errorRate}`,
    },
    'response-time': responseTime === undefined ? undefined : {
      id: 'response-time', name: 'Slow responses', severity: 'warning', runbook: 'High CPU usage',
      condition: `p95 response time above ${responseTime} ms for 5 minutes`,
      promql: `histogram_quantile(0.95, sum by (le) (rate(http_server_request_duration_seconds_bucket{${job}}[5m]))) * 1000 > ${responseTime}`,
    },
    'server-errors': {
      id: 'server-errors', name: '5xx errors', severity: 'warning', runbook: 'High error rate after a deploy',
      condition: 'More than 10 responses with a 5xx status in 5 minutes (recommended default count)',
      promql: `sum(increase(http_server_request_duration_seconds_count{${job}, http_response_status_code=~"5.."}[5m])) > 10`,
    },
    'service-down': {
      id: 'service-down', name: 'Service down', severity: 'critical', runbook: 'Service down',
      condition: 'The liveness health check fails twice in a row, checked every minute (recommended default interval)',
      promql: 'probe_success{job="blackbox"} == 0',
    },
    'db-connection': { id: 'db-connection', name: 'Database connection failures', severity: 'critical', runbook: 'Database connection failure', condition: 'Any failed database connection attempt for 2 minutes, or the readiness check reports the database down' },
    'disk-space': disk === undefined ? undefined : { id: 'disk-space', name: 'Disk space', severity: 'warning', runbook: 'Disk almost full', condition: `Disk usage above ${disk}% on any host or volume` },
    memory: memory === undefined ? undefined : { id: 'memory', name: 'Memory usage', severity: 'warning', runbook: 'Memory usage high', condition: `Memory usage above ${memory}% for 10 minutes` },
  };
  return a.conditions.map((c) => all[c]).filter((r): r is Rule => r !== undefined);
}

/** Alerts an operator needs that 7.6 does not ask about: CPU (the High CPU runbook's trigger), certificate expiry, logs, queue backlog. */
function recommendedRules(ctx: Ctx, f: Decisions): Rule[] {
  const job = `job="${ctx.project.slug}"`;
  const cpu = cpuAlert(ctx);
  return [
    ...(f.platform.serverless ? [] : [{
      id: 'cpu', name: 'High CPU', severity: 'warning' as const, runbook: 'High CPU usage',
      condition: `Average CPU above ${cpu.threshold}% for ${cpu.minutes} minutes ${RECOMMENDED_RULE}`,
      promql: `avg(rate(process_cpu_seconds_total{${job}}[5m])) * 100 > ${cpu.threshold}`, for: `${cpu.minutes}m`,
    }]),
    {
      id: 'tls-expiry', name: 'TLS certificate expiring', severity: 'warning', runbook: '', action: 'Security Operations: renew the certificate',
      condition: `The public TLS certificate expires in less than 14 days; critical below 3 days ${RECOMMENDED_RULE}`,
      promql: 'probe_ssl_earliest_cert_expiry{job="blackbox"} - time() < 14 * 86400', for: '1h',
    },
    {
      id: 'logs', name: 'Logs not arriving or dropped', severity: 'warning', runbook: '', action: 'Troubleshooting: logs are missing',
      condition: `No log line from the service for 15 minutes, log storage above 80% of its quota, or the oldest searchable line younger than the log store's retention setting (lines dropped early) ${RECOMMENDED_RULE}`,
    },
    ...(f.queue ? [{
      id: 'queue-backlog', name: 'Queue backlog', severity: 'warning' as const, runbook: '', action: 'Scale the workers; look for a failing consumer in the logs',
      condition: `The oldest message has waited more than 5 minutes, or more than 1000 messages wait for 10 minutes ${RECOMMENDED_RULE}`,
      promql: 'max(rabbitmq_queue_messages_ready) > 1000', for: '10m',
    }] : []),
  ];
}

function recipients(ctx: Ctx, a: Answers76, severity: 'critical' | 'warning'): string {
  const channels = a.channels;
  const onCall = a.onCall === 'yes';
  const tool = onCall ? ctx.label('7.6', 'onCallTool', a.onCallTool ?? '') : channels.includes('pagerduty') ? 'PagerDuty/Opsgenie' : '';
  const chat = channels.includes('slack') ? 'Slack/Discord' : '';
  const email = channels.includes('email') ? 'Email' : '';
  const parts = severity === 'critical'
    ? [tool && `page via ${tool}`, channels.includes('sms') && 'SMS', chat, email]
    : [chat, email, !chat && !email && tool ? `${tool} (low urgency)` : ''];
  return parts.filter(Boolean).join(', ') || 'the alert channels of 7.6';
}

function prometheusRules(slug: string, list_: Rule[]): string {
  const out = ['groups:', `  - name: ${slug}`, '    rules:'];
  for (const r of list_.filter((x) => x.promql)) {
    if (r.id === 'service-down' || r.id === 'tls-expiry') out.push(`      # needs a Blackbox Exporter job probing the ${r.id === 'service-down' ? 'liveness endpoint' : 'public HTTPS URL'}`);
    if (r.id === 'queue-backlog') out.push('      # needs the RabbitMQ Prometheus plugin (rabbitmq_prometheus)');
    out.push(`      - alert: ${ALERT_NAMES[r.id]}`);
    out.push(`        expr: '${r.promql!.replace(/'/g, "''")}'`, `        for: ${r.for ?? (r.id === 'service-down' ? '2m' : '5m')}`, '        labels:', `          severity: ${r.severity}`, '        annotations:', `          summary: '${r.condition.replace(` ${RECOMMENDED_RULE}`, '').replace(/`/g, '').replace(/'/g, "''")}'`);
  }
  return out.join('\n');
}

/** Whether a critical alert reaches a person at any hour: an on-call rotation, a paging tool, or SMS. */
export function pages(a: Answers76): boolean {
  const channels = a.channels;
  return a.onCall === 'yes' || channels.includes('pagerduty') || channels.includes('sms');
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: ['ON_CALL_TEXT', 'ALERT_ROUTING'],
  flags: ['ON_CALL', 'HAS_ALERT_RULES_FILE', 'HAS_ALERT_WARNINGS'],
  lists: ['ALERT_WARNING'],
  loops: { ALERT_RULE: ['ALERT_NAME', 'ALERT_CONDITION', 'ALERT_SEVERITY', 'ALERT_RECIPIENTS', 'ALERT_ACTION'], ALERT_CHANNEL: ['CHANNEL_NAME', 'CHANNEL_PURPOSE'] },
  other: ['ALERT_RULES_FILE'],
} as const satisfies SectionKeys;

/** 7.6: alert rules from the thresholds, channels, routing by severity and on-call. */
export function alertValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.6');
  if (!a) {
    return { ...section(ctx, 'ALERTS', '7.6'), ...notAnswered(KEYS, ctx.tbd('7.6'), { ALERT_RULES_FILE: '' }) };
  }
  const ruleList = [...rules(ctx, a), ...recommendedRules(ctx, f)];
  const channels = a.channels;
  const onCall = a.onCall === 'yes';
  const tool = onCall ? ctx.label('7.6', 'onCallTool', a.onCallTool ?? '') : '';
  const purposes: Record<string, string> = {
    email: 'Every alert, for the record and for people off shift',
    slack: 'Every alert, in the team\'s alerts channel, where the response is coordinated',
    pagerduty: onCall ? `Pages the on-call engineer for critical alerts through ${tool}; unacknowledged pages escalate` : 'Critical alerts as incidents (no on-call rotation: acknowledged during business hours)',
    sms: 'Critical alerts only, as a second path to the person on call',
  };
  const apm = ctx.answers('7.5')?.apm ?? '';
  const warnings = [
    ...(onCall && !channels.includes('pagerduty') ? [`On-call uses ${tool}, but 7.6's alert channels do not include PagerDuty/Opsgenie: add it so pages reach the rotation.`] : []),
    ...(channels.includes('sms') && !onCall && !channels.includes('pagerduty') ? ['SMS is chosen without an on-call tool: SMS needs a sender (the on-call tool or the APM\'s SMS integration).'] : []),
    ...(ctx.scope !== 'mvp' && !pages(a) ? [`Critical alerts page nobody: they go to ${sentenceList(channels.map((c) => ctx.label('7.6', 'channels', [c])))} only and 7.6 has no on-call rotation, so an outage at night waits for the next working day. For ${ctx.scope === 'enterprise' ? 'an enterprise' : 'a production'} service add a paging channel and an on-call rotation in 7.6 (\`ai-flow phase7 --edit 7.6\`), or agree in writing that outages outside business hours wait.`] : []),
    ...(apm === 'none' ? ['7.5 has no APM yet: the rules need a tool that evaluates them (the platform\'s metrics alarms, or Prometheus Alertmanager).'] : []),
  ];
  const promRules = apm === 'opentelemetry-grafana' ? prometheusRules(ctx.project.slug, ruleList) : '';
  return {
    ...section(ctx, 'ALERTS', '7.6'),
    ALERT_RULE: ruleList.map((r) => ({
      ALERT_NAME: r.name,
      ALERT_CONDITION: r.condition,
      ALERT_SEVERITY: r.severity === 'critical' ? 'Critical' : 'Warning',
      ALERT_RECIPIENTS: recipients(ctx, a, r.severity),
      ALERT_ACTION: r.runbook ? `Runbook: ${r.runbook}` : r.action ?? '',
    })),
    ALERT_CHANNEL: channels.map((c) => ({ CHANNEL_NAME: ctx.label('7.6', 'channels', [c]), CHANNEL_PURPOSE: purposes[c] ?? '' })),
    ON_CALL: onCall,
    ON_CALL_TEXT: onCall
      ? `Yes: a rotation in ${tool}. Critical alerts page the person on call at any hour; warnings wait for working hours.`
      : 'No rotation (7.6): alerts are watched during business hours. Outside them, nobody is paged; critical alerts wait until the next working day.',
    ALERT_ROUTING: `Critical: ${recipients(ctx, a, 'critical')}. Warning: ${recipients(ctx, a, 'warning')}.`,
    HAS_ALERT_RULES_FILE: promRules !== '',
    ALERT_RULES_FILE: promRules,
    HAS_ALERT_WARNINGS: warnings.length > 0,
    ALERT_WARNING: warnings.map((w) => ({ WARNING: w })),
    ALERT_TOOL: apm === '' ? '' : apm === 'none' ? f.platform.metrics : ctx.label('7.5', 'apm', apm),
  } satisfies SectionValues<typeof KEYS>;
}
