import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../src/render/render-documents.js';
import { ANSWER_SETS, inputOf } from './answer-sets.js';
import { docs, fenced, h2Sections, opsSection, PLATFORMS, tableRows } from './doc-parts.js';

// Issue 14: the operations guide must not contradict itself or the answers. Each test here fails on the
// contradiction the issue reported.

const ALL = ANSWER_SETS.map((set) => ({ name: set.name, ops: renderDocuments(inputOf(set)).find((o) => o.id === 'operations')!.text }));

describe('the guide agrees with itself and with the answers', () => {
  for (const { name, ops } of ALL) {
    it(`${name}: no placeholder of the catalogue ("Error rate > X%", "Latency > Y ms") is printed`, () => {
      expect(ops).not.toMatch(/> X%|> Y ms/);
    });
  }

  it('the at-a-glance rollback criteria print the answered numbers', () => {
    const glance = h2Sections(docs('production', { '7.4.1': { rollbackErrorRate: 3, rollbackLatency: 1500 } }).operations).get('At a Glance')!;
    expect(glance).toContain('when error rate > 3%, p95 latency > 1500 ms, manual decision');
  });

  for (const { name, ops } of ALL) {
    it(`${name}: the shutdown steps add up to their stated total, within the budget or flagged`, () => {
      const section = h2Sections(ops).get('Graceful Shutdown')!;
      const budget = /with a total budget of (\d+) s/.exec(section);
      if (!budget) return; // no graceful shutdown in this set
      const rows = tableRows(section, '| Step |');
      const timed = rows.filter((r) => /^\d+$/.test(r[2]!)).map((r) => Number(r[2]));
      const sum = timed.reduce((a, b) => a + b, 0);
      expect(Number(rows[rows.length - 2]![3])).toBe(sum); // "done by" of the last timed step
      expect(section).toContain(`= ${sum} s`);
      if (sum > Number(budget[1])) expect(section).toContain(`more than the ${budget[1]} s total budget`);
    });
  }

  it('one margin rule on every platform: "fits" only when the kill timeout is at least the budget plus 5 s', () => {
    const kill: Record<string, number> = { ecs: 30, heroku: 30, k8s: 30, fly: 5, swarm: 10, nomad: 5, onprem: 10, gcp: 10 };
    for (const [platform, seconds] of Object.entries(kill)) {
      for (const total of [20, 25, 30, 35]) {
        const changes = { ...PLATFORMS[platform as keyof typeof PLATFORMS], '7.9.1': { totalTimeout: total, stopAccepting: 2, finishRequests: 5, closeDatabase: 2, healthGrace: 2, drainTimeout: 2 } };
        const section = opsSection('enterprise', changes, 'Graceful Shutdown');
        const line = /\*\*Platform:\*\* (.*)/.exec(section)![1]!;
        expect(line, `${platform} ${total}`).toContain(`${total} + 5 = ${total + 5} s`);
        expect(/the budget fits/.test(line), `${platform}: ${total} s budget, ${seconds} s kill timeout: ${line}`).toBe(seconds >= total + 5);
      }
    }
  });

  describe('Vercel (serverless functions)', () => {
    const ops = docs('enterprise', PLATFORMS.vercel).operations;
    const parts = h2Sections(ops);

    it('scaling says functions scale per request, not "N instances, add more by hand"', () => {
      expect(parts.get('Scaling')).not.toMatch(/add more by hand|instances behind the load balancer/);
      expect(parts.get('Scaling')).toContain('scale per request');
    });

    it('no SIGTERM drain plan for functions', () => {
      expect(parts.get('Graceful Shutdown')).not.toMatch(/\| Step \|/);
      expect(parts.get('Graceful Shutdown')).toContain('no long-running process');
      expect(parts.get('Troubleshooting')).not.toContain('receives SIGTERM');
    });

    it('the pipeline builds and scans no image that is never deployed', () => {
      const pipeline = parts.get('CI/CD Pipeline')!;
      const file = fenced(pipeline, 'yaml')!;
      expect(file).not.toMatch(/docker build|trivy/i);
      expect(file).toContain('vercel deploy');
      expect(pipeline).toContain('builds no Docker image');
    });
  });

  it('metric sources can supply their metric: Sentry is never the source of CPU, memory or cache hit rate', () => {
    for (const apm of ['sentry', 'datadog', 'new-relic', 'opentelemetry-grafana', 'cloudwatch', 'none']) {
      const section = opsSection('enterprise', { '7.5': { apm } }, 'Monitoring & Logging');
      const rows = Object.fromEntries(tableRows(section, '| Metric |').map((r) => [r[0], r[2]]));
      expect(rows['CPU and memory'], apm).toBeDefined();
      if (apm === 'sentry') {
        expect(rows['CPU and memory']).not.toMatch(/^Sentry/);
        expect(rows['Cache hit rate']).not.toMatch(/^Sentry/);
        expect(rows['Error rate']).toMatch(/^Sentry/);
      }
    }
  });

  for (const { name, ops } of ALL) {
    it(`${name}: every runbook an alert names exists, and the High CPU runbook has a CPU alert behind it`, () => {
      const parts = h2Sections(ops);
      const alerts = parts.get('Alerts & On-Call')!;
      const runbooks = parts.get('Runbooks')!;
      if (!alerts.includes('### Alert Rules') || !runbooks.includes('### ')) return;
      const rows = tableRows(alerts, '| Alert |');
      for (const r of rows) {
        const target = /^Runbook: (.+)$/.exec(r[4]!)?.[1];
        if (target) expect(runbooks, `${r[0]} → ${target}`).toContain(`### ${target}`);
      }
      if (runbooks.includes('### High CPU usage')) {
        expect(rows.map((r) => r[0])).toContain('High CPU');
        expect(runbooks).toContain('the *High CPU* alert');
      }
    });
  }

  it('critical alerts without paging are a review point at production and enterprise scope, not at MVP or with on-call', () => {
    const flag = 'Critical alerts page nobody';
    const review = (text: string) => h2Sections(text).get('At a Glance')!;
    expect(review(ALL.find((s) => s.name === 'enterprise-defaults')!.ops)).toContain(flag);
    expect(review(ALL.find((s) => s.name === 'production-defaults')!.ops)).toContain(flag);
    expect(review(docs('enterprise', { '7.6': { channels: ['slack', 'pagerduty'], onCall: 'yes', onCallTool: 'pagerduty' } }).operations)).not.toContain(flag);
    expect(review(ALL.find((s) => s.name === 'mvp-defaults')!.ops)).not.toContain(flag);
  });
});
