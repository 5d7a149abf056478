import type { Answers75 } from '../../catalogue/answer-types.generated.js';
import type { Ctx } from '../view-model/context.js';
import type { Decisions } from '../view-model/decisions/index.js';
import { COLORS, Flowchart } from './mermaid.js';
import type { Topology } from './topology.js';

const STACKS: Record<string, { collector: string; store: string; alerting: string }> = {
  datadog: { collector: 'Datadog Agent', store: 'Datadog APM and Dashboards', alerting: 'Datadog Monitors' },
  'new-relic': { collector: 'New Relic Agent', store: 'New Relic APM and Dashboards', alerting: 'New Relic Alerts' },
  sentry: { collector: 'Sentry SDK', store: 'Sentry Issues and Performance', alerting: 'Sentry Alert Rules' },
  'opentelemetry-grafana': { collector: 'OpenTelemetry Collector', store: 'Grafana<br/>Metrics and Traces', alerting: 'Grafana Alerting' },
  cloudwatch: { collector: 'CloudWatch Agent', store: 'CloudWatch Metrics and Dashboards', alerting: 'CloudWatch Alarms' },
};

const SHIPPERS: Record<string, { shipper: string; store: string; viewer?: string }> = {
  cloudwatch: { shipper: 'Log Driver', store: 'CloudWatch Logs', viewer: 'Logs Insights' },
  datadog: { shipper: 'Datadog Agent', store: 'Datadog Logs' },
  elk: { shipper: 'Logstash', store: 'Elasticsearch', viewer: 'Kibana' },
  loki: { shipper: 'Grafana Alloy', store: 'Grafana Loki', viewer: 'Grafana Explore' },
};

/** 4. Monitoring and observability (graph TD): APM, logging and alert routing from 7.5 and 7.6. */
export function observabilityDiagram(ctx: Ctx, f: Decisions, t: Topology, m: Answers75): string {
  const d = new Flowchart('graph TD');
  const apm = m.apm;
  const stack = STACKS[apm] ?? { collector: 'Platform Metrics', store: f.platform.metrics, alerting: `${f.platform.metrics} Alarms` };
  const logging = m.logging;
  const dest = logging.includes('centralized') ? (m.logDestination ?? '') : '';
  const ship = SHIPPERS[dest] ?? { shipper: 'stdout', store: f.platform.logs.replace(/ \(.*\)$/, '') };
  const alerts = ctx.answers('7.6');
  d.subgraph('Application Layer', () => d.node('App', `API Servers<br/>${t.scalingLabel}`));
  d.subgraph(apm === 'none' ? 'Monitoring - no APM yet' : 'Monitoring Stack', () => {
    d.node('Collector', stack.collector).node('Metrics', stack.store).node('Alerting', stack.alerting);
  });
  const sameAgent = ship.shipper === stack.collector;
  d.subgraph('Logging Stack', () => {
    if (!sameAgent) d.node('Shipper', ship.shipper);
    d.node('LogStore', ship.store);
    if (ship.viewer) d.node('LogViewer', ship.viewer);
  });
  const channels: { id: string; label: string }[] = [];
  if (alerts) {
    const c = alerts.channels;
    const onCall = alerts.onCall === 'yes' ? ctx.label('7.6', 'onCallTool', alerts.onCallTool ?? '') : 'PagerDuty/Opsgenie';
    if (c.includes('pagerduty')) channels.push({ id: 'Pager', label: `${onCall}<br/>critical` });
    if (c.includes('sms')) channels.push({ id: 'Sms', label: 'SMS<br/>critical only' });
    if (c.includes('slack')) channels.push({ id: 'Chat', label: 'Slack/Discord' });
    if (c.includes('email')) channels.push({ id: 'Email', label: 'Email' });
  } else channels.push({ id: 'Channels', label: 'Alert channels<br/>TBD' });
  d.subgraph('Alerts', () => channels.forEach((c) => d.node(c.id, c.label)));
  d.edge('App', 'Collector', apm === 'sentry' ? 'Errors and traces' : 'Metrics and traces').edge('Collector', 'Metrics').edge('Metrics', 'Alerting');
  const shipper = sameAgent ? 'Collector' : 'Shipper';
  d.edge('App', shipper, logging.includes('structured-json') ? 'JSON logs' : 'Logs').edge(shipper, 'LogStore');
  if (ship.viewer) d.edge('LogStore', 'LogViewer');
  for (const c of channels) d.edge('Alerting', c.id);
  d.style('Metrics', COLORS.edge).style('LogStore', COLORS.cache);
  for (const c of channels.filter((x) => x.id === 'Pager' || x.id === 'Sms')) d.style(c.id, COLORS.alert);
  return d.toString();
}
