import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { availabilitySlo, BURN_RATES } from '../../../src/render/view-model/slo.js';
import { docs, fenced, h2Sections, opsSection, PLATFORMS, tableRows } from '../doc-parts.js';

const NEW_CHAPTERS = ['Cheat Sheet', 'Prerequisites & Local Setup', 'SLOs & Error Budgets', 'Incident Management', 'Disaster Recovery Drills', 'Database Rollback & Hotfixes', 'Security Operations'];

describe('operations chapters of issue 14', () => {
  it('every scope has the chapters and lists them in Contents; MVP keeps them short', () => {
    const lengths: Record<string, number> = {};
    for (const scope of ['mvp', 'production', 'enterprise'] as const) {
      const ops = docs(scope).operations;
      const parts = h2Sections(ops);
      for (const c of NEW_CHAPTERS) {
        expect(parts.has(c), `${scope}: ${c}`).toBe(true);
        expect(parts.get('Contents')).toContain(`[${c}](#`);
      }
      // the chapters built on questions MVP skips (7.5 onwards); cheat sheet and setup need only 7.1-7.4
      lengths[scope] = NEW_CHAPTERS.slice(2).reduce((n, c) => n + parts.get(c)!.length, 0);
    }
    expect(lengths.mvp).toBeLessThan(lengths.production! / 2);
    const mvp = h2Sections(docs('mvp').operations);
    expect(mvp.get('Incident Management')).not.toContain('### Roles');
    expect(mvp.get('Incident Management')).toContain('SEV1');
    expect(mvp.get('SLOs & Error Budgets')).toContain('**TBD**');
    expect(mvp.get('Disaster Recovery Drills')).toContain('**TBD**');
    expect(mvp.get('Security Operations')).not.toContain('### Network Rules');
    const production = h2Sections(docs('production').operations);
    for (const h of ['### Roles', '### Escalation and Contacts', '### Communication', '### Post-Mortem']) expect(production.get('Incident Management')).toContain(h);
    for (const h of ['### Network Rules', '### Web Application Firewall', '### Access, MFA and Break-Glass', '### Audit Logging', '### Secret Rotation']) expect(production.get('Security Operations')).toContain(h);
  });

  describe('cheat sheet', () => {
    const expected: Record<keyof typeof PLATFORMS, RegExp[]> = {
      ecs: [/aws ecs update-service .*--task-definition shop-api-production:<previous-revision>/, /aws logs tail/, /aws rds create-db-snapshot/],
      gcp: [/gcloud run services update-traffic/, /gcloud run services logs read/, /gcloud sql backups create/],
      azure: [/az webapp deployment slot swap/, /az webapp log tail/],
      heroku: [/heroku container:release web/, /heroku logs --tail/, /heroku pg:backups:capture/],
      railway: [/railway up/, /railway logs/],
      render: [/RENDER_DEPLOY_HOOK_PRODUCTION/, /Render dashboard/],
      fly: [/flyctl deploy/, /fly logs/, /fly image show/],
      vercel: [/vercel deploy --prod/, /vercel rollback/, /vercel list shop-api --prod/],
      onprem: [/docker compose logs/, /IMAGE=<previous-image> docker compose up -d app/],
      k8s: [/kubectl rollout undo deployment\/shop-api/, /kubectl logs -l app=shop-api/, /jsonpath=/],
      swarm: [/docker service rollback/, /docker service logs/],
      nomad: [/nomad job revert/, /nomad alloc logs/],
    };
    for (const [platform, patterns] of Object.entries(expected)) {
      it(`${platform}: the platform's real commands, and every variable they read is set first or configured`, () => {
        const d = docs('production', PLATFORMS[platform as keyof typeof PLATFORMS]);
        const sheet = fenced(h2Sections(d.operations).get('Cheat Sheet')!, 'bash')!;
        for (const p of patterns) expect(sheet).toMatch(p);
        for (const task of ['Deploy', 'Roll back', 'migrations', 'Back up', 'Restore', 'Logs', 'Status', 'version']) expect(sheet).toContain(task);
        const exported = new Set([...sheet.matchAll(/^export ([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
        const assigned = new Set([...sheet.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
        const configured = new Set(Object.keys(Object.fromEntries(d.env.split('\n').filter((l) => /^[A-Z]/.test(l)).map((l) => [l.split('=')[0], 1]))));
        for (const m of sheet.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)) {
          expect(exported.has(m[1]!) || assigned.has(m[1]!) || configured.has(m[1]!), `${platform}: $${m[1]} is neither exported, assigned nor in .env.example`).toBe(true);
        }
      });
    }
  });

  it('bootstrap and cheat sheet follow the stack\'s commands (Python here), not hard-coded npm', () => {
    const parts = h2Sections(docs('production', { '7.2': { docker: 'yes', baseImage: 'python:3.12-slim', imageSize: 300, composeServices: ['app', 'postgres'] } }).operations);
    const setup = parts.get('Prerequisites & Local Setup')!;
    expect(setup).toContain('pip install -r requirements.txt');
    expect(setup).toContain('| Python | 3.12 (the base image of 7.2)');
    expect(setup).toContain('curl -i http://localhost:8000/health');
    expect(setup).not.toMatch(/\bnpm\b/);
    expect(setup).toContain('CREATE EXTENSION IF NOT EXISTS');
    expect(setup).toContain('docker compose up -d --wait db');
  });

  describe('SLOs', () => {
    it('the availability SLO follows from the error-rate alert (a 10x burn), with its budget in minutes', () => {
      expect(availabilitySlo(1)).toBe(99.9);
      expect(availabilitySlo(5)).toBe(99.5);
      expect(availabilitySlo(0.5)).toBe(99.95);
      const slo = opsSection('enterprise', { '7.6': { errorRateThreshold: 2, responseTimeThreshold: 1500 } }, 'SLOs & Error Budgets');
      expect(slo).toContain('| Availability | Share of requests answered without a 5xx status (health checks excluded) | 99.8% over 30 days | 0.2% of requests, about 86.4 minutes');
      expect(slo).toContain('within 1500 ms');
    });

    it('burn-rate alerts use two windows each (14.4x 1h+5m, 6x 6h+30m) with thresholds of burn x budget', () => {
      const slo = opsSection('enterprise', { '7.6': { errorRateThreshold: 1 } }, 'SLOs & Error Budgets');
      const rows = tableRows(slo, '| Notify |');
      expect(rows.map((r) => [r[1], r[2]])).toEqual([['14.4×', '1h and 5m'], ['6×', '6h and 30m'], ['1×', '3d and 6h']]);
      expect(rows[0]![3]).toBe('error rate above 1.44% in both windows');
      expect(rows[1]![3]).toBe('error rate above 0.6% in both windows');
      expect(BURN_RATES.map((b) => b.consumed)).toEqual([2, 5, 10]);
    });

    it('with OpenTelemetry + Grafana the burn-rate rules are Prometheus YAML that parses, each needing both windows', () => {
      const slo = opsSection('enterprise', { '7.5': { apm: 'opentelemetry-grafana' } }, 'SLOs & Error Budgets');
      const rules = parse(fenced(slo, 'yaml')!) as { groups: { rules: { alert: string; expr: string }[] }[] };
      const list = rules.groups[0]!.rules;
      expect(list.map((r) => r.alert)).toEqual(['ErrorBudgetBurn1H', 'ErrorBudgetBurn6H', 'ErrorBudgetBurn3D']);
      expect(list[0]!.expr).toMatch(/\[1h\].*> 0\.0144 and .*\[5m\].*> 0\.0144/);
    });

    it('with OpenTelemetry + Grafana the alert rules file parses and holds the CPU and certificate rules with their durations', () => {
      const alerts = opsSection('enterprise', { '7.5': { apm: 'opentelemetry-grafana' } }, 'Alerts & On-Call');
      const file = parse(fenced(alerts, 'yaml')!) as { groups: { rules: { alert: string; for: string }[] }[] };
      const byName = Object.fromEntries(file.groups[0]!.rules.map((r) => [r.alert, r]));
      expect(byName.HighCpu!.for).toBe('10m');
      expect(byName.TlsCertificateExpiring).toBeDefined();
    });

    it('CPU, TLS-expiry and log alerts are added (queue backlog when there is a queue), marked as recommendations', () => {
      const alerts = opsSection('enterprise', { '7.2': { composeServices: ['app', 'postgres', 'rabbitmq'] } }, 'Alerts & On-Call');
      const names = tableRows(alerts, '| Alert |').map((r) => r[0]);
      expect(names).toEqual(expect.arrayContaining(['High CPU', 'TLS certificate expiring', 'Logs not arriving or dropped', 'Queue backlog']));
      expect(tableRows(opsSection('enterprise', {}, 'Alerts & On-Call'), '| Alert |').map((r) => r[0])).not.toContain('Queue backlog');
    });
  });

  it('incident escalation goes through the on-call tool when there is a rotation, and contacts are left to fill in', () => {
    const paged = opsSection('enterprise', { '7.6': { channels: ['slack', 'pagerduty'], onCall: 'yes', onCallTool: 'pagerduty' } }, 'Incident Management');
    expect(paged).toContain('On-call engineer (PagerDuty schedule)');
    expect(paged).not.toContain('Critical alerts page nobody');
    const unpaged = opsSection('enterprise', {}, 'Incident Management');
    expect(unpaged).toContain('Critical alerts page nobody');
    expect(unpaged).toContain('`<name, phone>`');
    expect(unpaged).toContain('```markdown\n# Post-mortem:');
  });

  describe('DR drills', () => {
    for (const [rto, rpo] of [[30, 5], [60, 15], [240, 1440], [480, 60], [7, 1]] as const) {
      it(`the recovery timeline adds up to the RTO of ${rto} minutes and the drills test RTO and RPO`, () => {
        const drills = opsSection('enterprise', { '7.7': { rtoMinutes: rto, rpoMinutes: rpo } }, 'Disaster Recovery Drills');
        const rows = tableRows(drills, '| # | Phase |');
        expect(rows).toHaveLength(6);
        expect(Number(rows[5]![3])).toBe(rows.reduce((n, r) => n + Number(r[2]), 0));
        if (rto >= 30) expect(Number(rows[5]![3])).toBe(rto);
        expect(drills).toContain(`Target (RTO): ${rto} minutes`);
        expect(drills).toContain(`Target (RPO): ${rpo} minutes`);
      });
    }

    it('enterprise adds a region-loss scenario; production keeps data corruption only', () => {
      expect(opsSection('enterprise', {}, 'Disaster Recovery Drills')).toContain('### Scenario 2: loss of the region or site');
      expect(opsSection('production', {}, 'Disaster Recovery Drills')).not.toContain('Scenario 2');
      expect(opsSection('production', {}, 'Disaster Recovery Drills')).toContain('### Scenario 1: data corruption');
    });
  });

  it('the database rollback path is given for each migration strategy, the chosen one marked', () => {
    for (const [change, marked] of [[{ zeroDowntime: 'yes', strategy: 'expand-contract' }, 'expand/contract'], [{ zeroDowntime: 'yes', strategy: 'blue-green' }, 'blue-green migrations'], [{ zeroDowntime: 'no' }, 'Maintenance window']] as const) {
      const section = opsSection('enterprise', { '7.7.1': change }, 'Database Rollback & Hotfixes');
      const rows = tableRows(section, '| Migration strategy |');
      expect(rows).toHaveLength(3);
      expect(rows.filter((r) => r[0]!.includes('(this project, 7.7.1)')).map((r) => r[0])).toEqual([expect.stringContaining(marked)]);
      expect(section).toContain('### Hotfix Process');
      expect(section).toContain('git switch --create hotfix/');
    }
  });
});
