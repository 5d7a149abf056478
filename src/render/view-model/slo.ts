import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';

/** Minutes in the 30-day SLO window. */
const WINDOW_MINUTES = 30 * 24 * 60;

/**
 * Multi-window burn-rate alerts as in Google's SRE workbook ("Alerting on SLOs"): a long window for
 * significance and a short one so the alert stops soon after the burn does.
 */
export const BURN_RATES = [
  { severity: 'Page', burn: 14.4, long: '1h', short: '5m', consumed: 2 },
  { severity: 'Page', burn: 6, long: '6h', short: '30m', consumed: 5 },
  { severity: 'Ticket', burn: 1, long: '3d', short: '6h', consumed: 10 },
] as const;

const round = (n: number, digits = 3): string => String(Number(n.toFixed(digits)));

/**
 * The availability SLO an error-rate alert threshold implies: the alert is a 10× burn of the error budget, so a
 * 1% alert goes with 99.9%. Kept between 90% and 99.99%.
 */
export function availabilitySlo(errorRatePercent: number): number {
  return Math.min(99.99, Math.max(90, Number((100 - errorRatePercent / 10).toFixed(2))));
}

function where(apm: string, f: Decisions): string {
  switch (apm) {
    case 'datadog': return 'a Datadog metric-based SLO with two burn-rate monitors per pair of windows (Datadog\'s SLO alerts support burn rates)';
    case 'new-relic': return 'a New Relic service level with burn-rate alert conditions';
    case 'opentelemetry-grafana': return 'the Prometheus rules below (Grafana Alerting or Alertmanager evaluates them)';
    case 'cloudwatch': return 'CloudWatch metric math alarms on the error ratio, one per window, combined by a composite alarm';
    case 'sentry': return 'Sentry metric alerts on `failure_rate()`, one per window (Sentry cannot require both windows of a pair, so page on the long window and check the short one first in the runbook)';
    default: return `${f.platform.metrics}, or a Prometheus and Grafana setup once there is an APM (7.5 has none)`;
  }
}

/** SLOs and error budgets from the alert thresholds of 7.6 (or the rollback criteria of 7.4.1), with burn-rate alerts. */
export function sloValues(ctx: Ctx, f: Decisions): ViewModel {
  const alerts = ctx.answers('7.6');
  const rollback = f.rollout?.rollback;
  const known = alerts !== undefined;
  if (!known) {
    return { SLO_KNOWN: false, SLO_NOTE: ctx.note('7.6'), SLO: [], BURN_RATE_ALERT: [], SLO_RULES_FILE: '', HAS_SLO_RULES_FILE: false, SLO_POLICY: [], SLO_WHERE: '', SLO_BASIS: '', ERROR_BUDGET_TEXT: '' };
  }
  const conditions = alerts.conditions;
  const errorRate = conditions.includes('error-rate') ? Number(alerts.errorRateThreshold)
    : rollback?.criteria.includes('error-rate') ? rollback.errorRate : undefined;
  const latency = conditions.includes('response-time') ? Number(alerts.responseTimeThreshold)
    : rollback?.criteria.includes('latency') ? rollback.latency : undefined;
  const slo = errorRate !== undefined ? availabilitySlo(errorRate) : 99.9;
  const budget = (100 - slo) / 100;
  const budgetMinutes = budget * WINDOW_MINUTES;
  const basis = errorRate !== undefined
    ? `The error-rate alert of ${conditions.includes('error-rate') ? '7.6' : '7.4.1 (rollback criterion)'} at ${errorRate}% is read as a 10× burn of the error budget, which gives an availability SLO of ${slo}%. Change the SLO if the business needs another one, and the alert thresholds follow from it.`
    : 'No error-rate threshold is answered (7.6, 7.4.1), so the availability SLO is the recommended 99.9%.';
  const slos = [
    { NAME: 'Availability', SLI: 'Share of requests answered without a 5xx status (health checks excluded)', TARGET: `${slo}% over 30 days`, BUDGET: `${round(100 - slo, 2)}% of requests, about ${round(budgetMinutes, 1)} minutes of full outage a month` },
    ...(latency !== undefined
      ? [{ NAME: 'Latency', SLI: `Share of requests answered within ${latency} ms`, TARGET: '95% over 30 days (the p95 of the alert)', BUDGET: '5% of requests may be slower' }]
      : []),
  ];
  const apm = ctx.answers('7.5')?.apm ?? 'none';
  const job = `job="${ctx.project.slug}"`;
  const ratio = (w: string) => `sum(rate(http_server_request_duration_seconds_count{${job}, http_response_status_code=~"5.."}[${w}])) / sum(rate(http_server_request_duration_seconds_count{${job}}[${w}]))`;
  const rules = ['groups:', `  - name: ${ctx.project.slug}-slo`, '    rules:'];
  for (const b of BURN_RATES) {
    const threshold = round(b.burn * budget, 6);
    rules.push(
      `      - alert: ErrorBudgetBurn${b.long.toUpperCase()}`,
      `        expr: '(${ratio(b.long)}) > ${threshold} and (${ratio(b.short)}) > ${threshold}'`,
      '        labels:',
      `          severity: ${b.severity === 'Page' ? 'critical' : 'warning'}`,
      '        annotations:',
      `          summary: 'Error budget burning ${b.burn}x over ${b.long} and ${b.short}: ${b.consumed}% of the 30-day budget is gone at this rate'`,
    );
  }
  const otel = apm === 'opentelemetry-grafana';
  return {
    SLO_KNOWN: true,
    SLO_NOTE: '',
    SLO_BASIS: basis,
    SLO: slos,
    ERROR_BUDGET_TEXT: `The error budget is what the SLO allows to fail: ${round(100 - slo, 2)}% of requests in any 30 days. A burn rate of 1 spends it exactly in 30 days; 14.4 spends 2% of it in one hour.`,
    BURN_RATE_ALERT: BURN_RATES.map((b) => ({
      SEVERITY: b.severity,
      BURN: `${b.burn}×`,
      WINDOWS: `${b.long} and ${b.short}`,
      THRESHOLD: `error rate above ${round(b.burn * budget * 100, 4)}% in both windows`,
      CONSUMED: `${b.consumed}% of the budget`,
      NOTIFY: b.severity === 'Page' ? 'As the critical alerts of Alerts & On-Call' : 'A ticket for the next working day',
    })),
    SLO_WHERE: where(apm, f),
    HAS_SLO_RULES_FILE: otel,
    SLO_RULES_FILE: otel ? rules.join('\n') : '',
    SLO_POLICY: [
      'Budget left: release as usual.',
      'Budget spent in the 30-day window: feature releases stop; only fixes and reliability work ship until it recovers (recommended).',
      'One incident consumed more than 20% of the budget: it gets a post-mortem with at least one action item that prevents a repeat (recommended).',
      'Review the SLO and the budget each month with the product owner; change the target when users need more or less (recommended).',
    ].map((p) => ({ ITEM: p })),
  };
}
