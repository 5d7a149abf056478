import { describe, expect, it } from 'vitest';
import type { Scope } from '../../src/engine/scope.js';
import { renderDocuments } from '../../src/render/render-documents.js';
import { buildViewModel } from '../../src/render/view-model/index.js';
import { backoffDelays } from '../../src/render/view-model/retry.js';
import { answersFor, catalogue } from './answer-sets.js';

type Items = Record<string, unknown>[];
const vmOf = (changes: Parameters<typeof answersFor>[1] = {}, scope: Scope = 'enterprise', name = 'Shop API') =>
  buildViewModel({ catalogue, scope, answers: answersFor(scope, changes), context: { name, projectType: 'backend', date: '2025-06-30' } });
const ops = (changes: Parameters<typeof answersFor>[1] = {}, scope: Scope = 'enterprise') =>
  renderDocuments({ catalogue, scope, answers: answersFor(scope, changes), context: { name: 'Shop API', projectType: 'backend', date: '2025-06-30' } })[0]!.text;

describe('values derived from the answers', () => {
  it('alert rules carry 7.6 thresholds and route by severity and on-call', () => {
    const vm = vmOf({ '7.6': { conditions: ['error-rate', 'disk-space'], errorRateThreshold: 2.5, diskThreshold: 70, channels: ['slack', 'pagerduty'], onCall: 'yes', onCallTool: 'opsgenie' } });
    const rules = vm.ALERT_RULE as Items;
    // the 7.6 rules first, then the recommended ones 7.6 does not ask (marked as such)
    expect(rules.map((r) => r.ALERT_NAME)).toEqual(['High error rate', 'Disk space', 'High CPU', 'TLS certificate expiring', 'Logs not arriving or dropped']);
    expect(rules.slice(2).every((r) => String(r.ALERT_CONDITION).endsWith('(recommended; not asked in 7.6)'))).toBe(true);
    expect(rules[0]!.ALERT_CONDITION).toContain('More than 2.5% of requests');
    expect(rules[0]!.ALERT_RECIPIENTS).toBe('page via Opsgenie, Slack/Discord');
    expect(rules[1]!.ALERT_CONDITION).toContain('above 70%');
    expect(rules[1]!.ALERT_RECIPIENTS).toBe('Slack/Discord');
  });

  it('environments follow 7.3 and their deploy mode 7.4', () => {
    const vm = vmOf({ '7.3': { count: 'four-plus' }, '7.4': { autoDeploy: 'auto-production' } });
    const envs = vm.ENVIRONMENT as Items;
    expect(envs.map((e) => e.ENV_NAME)).toEqual(['Development', 'Testing', 'Staging', 'Production']);
    expect(envs[3]!.ENV_AUTO_DEPLOY).toBe('Yes: every push to `main` after staging succeeds');
  });

  it('pool capacity multiplies max connections by the most instances and warns near the database limit', () => {
    const vm = vmOf({ '7.7.2': { max: 20 }, '7.8': { strategy: 'auto-scaling', minInstances: 2, maxInstances: 5, scaleCpu: 70 } });
    expect(vm.POOL_CAPACITY).toContain('At most 100 connections: 20 per instance × 5 instances (the auto-scaling maximum)');
    expect(JSON.stringify(vm.POOL_WARNING)).toContain("more than 80% of PostgreSQL's default limit of 100");
    expect(vmOf({ '7.7.2': { max: 5 } }).HAS_POOL_WARNINGS).toBe(false);
  });

  it('canary steps run from the initial share to 100% at the chosen pace', () => {
    const vm = vmOf({ '7.4.1': { strategy: 'canary', canaryInitial: 5, canaryStep: 25, canaryInterval: 10 } });
    expect((vm.CANARY_STEP as Items).map((s) => `${s.STEP_TRAFFIC}@${s.STEP_AT}`)).toEqual(['5%@0 min', '30%@10 min', '55%@20 min', '80%@30 min', '100%@40 min']);
    expect(vm.CANARY_TOTAL_TIME).toBe('40 minutes');
  });

  it('backoff texts become delays', () => {
    expect(backoffDelays('Exponential (1s,2s,4s)', 3)).toEqual([1000, 2000, 4000]);
    expect(backoffDelays('Exponential (500ms,1s)', 3)).toEqual([500, 1000, 2000]);
    expect(backoffDelays('Fixed (2s)', 2)).toEqual([2000, 2000]);
    expect(backoffDelays('None (fail fast)', 2)).toEqual([0, 0]);
    expect(backoffDelays('Exponential', 2)).toEqual([1000, 2000]);
  });

  it('the worst case of a dependency is every attempt timing out plus the backoff', () => {
    const vm = vmOf();
    const payment = (vm.TIMEOUT_POLICY as Items).find((p) => p.SERVICE_NAME === 'Payment API')!;
    expect(payment.WORST_CASE).toBe('127000 ms (127 s)'); // 4 × 30 s + 1 + 2 + 4 s
  });

  it('a shutdown budget longer than the platform waits is a review point', () => {
    const vm = vmOf({ '7.1': { choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'eks' }, '7.9.1': { totalTimeout: 45 } });
    expect(JSON.stringify(vm.REVIEW_ITEM)).toContain('set `terminationGracePeriodSeconds` in the pod spec to 50 s');
  });

  it('the stack comes from the base image: commands, port, code sketches', () => {
    const vm = vmOf({ '7.2': { baseImage: 'python:3.12-slim' } });
    expect(vm.LANGUAGE).toBe('python');
    expect(vm.DOCKER_RUN_COMMAND).toBe('docker run --rm -p 8000:8000 --env-file .env shop-api:local');
    expect(String(vm.CICD_CONFIG_EXAMPLE)).toContain('python-version: "3.12"');
  });

  it('the cache and queue appear only when the answers use them', () => {
    const without = ops({ '7.2': { composeServices: ['app', 'postgres'] }, '7.9': { checks: ['database'] } });
    for (const s of ['ElastiCache', 'Amazon MQ', 'Cache[', 'Queue[', 'REDIS_URL', 'AMQP_URL', 'redis:7']) expect(without).not.toContain(s);
    const withQueue = ops({ '7.2': { composeServices: ['app', 'mysql', 'rabbitmq'] } });
    expect(withQueue).toContain('Queue["RabbitMQ<br/>Amazon MQ for RabbitMQ"]');
    expect(withQueue).toContain('Amazon RDS for MySQL');
  });

  it('replicas are drawn only when scaling is horizontal', () => {
    expect(ops({ '7.8': { strategy: 'vertical' } })).toContain('App1["API Server<br/>one ECS task, vertical scaling"]');
    const horizontal = ops({ '7.8': { strategy: 'horizontal', minInstances: 5 } });
    expect(horizontal).toContain('App3["API Server 5<br/>ECS task"]');
  });

  it('the generated masking code masks as the rules say', () => {
    const code = String(vmOf().MASKING_EXAMPLE);
    const mask = new Function(`${code}\nreturn mask;`)() as (f: Record<string, string>) => Record<string, string>;
    expect(mask({ email: 'jane@example.com', phone: '555-123-1234', credit_card: '4111-1111-1111-1234', api_key: 'abcdef123456', password: 'hunter2', path: '/x' })).toEqual({
      email: 'j***@example.com', phone: '***-***-1234', credit_card: '****-****-****-1234', api_key: '****3456', password: '[REDACTED]', path: '/x',
    });
  });

  it('the seed examples of a simplified question never become the project\'s dependencies', () => {
    const vm = vmOf({}, 'production');
    const env = renderDocuments({ catalogue, scope: 'production', answers: answersFor('production'), context: { name: 'Shop API', projectType: 'backend', date: '2025-06-30' } })[2]!.text;
    expect(env).not.toContain('PAYMENT_API');
    expect(JSON.stringify(vm.EXTERNAL_SERVICE)).not.toContain('Payment API');
    expect(vm.BREAKERS_SIMPLIFIED).toBe(true);
  });
});

describe('sections without answers', () => {
  it('MVP: every skipped question\'s section is TBD and names the command', () => {
    const text = ops({}, 'mvp');
    for (const h of ['Deployment Strategy & Rollback', 'Monitoring & Logging', 'Alerts & On-Call', 'Backup & Disaster Recovery', 'Scaling', 'Health Checks', 'Runbooks']) {
      const body = text.split(`## ${h}\n\n`)[1]!.split('\n## ')[0]!;
      expect(body, h).toMatch(/^\*\*TBD\*\*: the MVP scope does not ask question 7\.[0-9.]+ \*.+\*, which covers: .+ To fill this section, run `ai-flow phase7 --scope (production|enterprise)`/);
    }
    expect(text).toContain('`ai-flow phase7 --scope enterprise` (all of it) or `--scope production` (its main choices)');
  });

  it('7.10 "later": runbooks and diagrams are not written, and the way to add them is named', () => {
    const text = ops({ '7.10': { create: 'later' } });
    expect(text).toContain('**Not written**: 7.10 chose *Later - Start without docs*. To add the runbooks here, run `ai-flow phase7 --edit 7.10`.');
    expect(text).not.toContain('```mermaid');
  });

  it('questions kept in an existing document point to it instead of TBD', () => {
    const vm = buildViewModel({
      catalogue, scope: 'enterprise', answers: answersFor('enterprise'), context: { name: 'Shop API', projectType: 'backend', date: '2025-06-30' },
      existing: { questionIds: ['7.7', '7.8'], document: 'docs/deployment.md' },
    });
    expect(vm.BACKUP_KNOWN).toBe(false);
    expect(vm.BACKUP_NOTE).toContain('**Kept in `docs/deployment.md`**');
    expect(vm.SCALING_NOTE).toContain('`ai-flow phase7 --edit 7.8`');
  });
});
