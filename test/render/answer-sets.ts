import type { Answers, FieldValue, QuestionId } from '../../src/catalogue/schema.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { Scope } from '../../src/engine/scope.js';
import { askedFields, defaultValue } from '../../src/engine/visibility.js';
import type { ProjectStack } from '../../src/detect/stack/types.js';
import type { RenderInput } from '../../src/render/types.js';
import { STACKS, stackOf } from './stacks.js';

export const catalogue = loadCatalogue();

/**
 * What a user who accepts every recommended answer and changes some fields leaves in the cache: the
 * fields the scope asks (full or simplified), nothing for the fields it does not ask.
 */
export function answersFor(scope: Scope, changes: Partial<Record<QuestionId, Record<string, unknown>>> = {}): Answers {
  const out: Answers = {};
  for (const q of catalogue.questions) {
    const given = (changes[q.id] ?? {}) as Record<string, FieldValue>;
    const draft: Answers = { ...out, [q.id]: given };
    const asked = askedFields(catalogue, scope, q, draft);
    if (asked.length === 0) continue;
    out[q.id] = Object.fromEntries(asked.map((f) => [f.id, given[f.id] ?? defaultValue(f)]));
  }
  return out;
}

export interface AnswerSet {
  name: string;
  scope: Scope;
  answers: Answers;
  existing?: RenderInput['existing'];
  projectName: string;
  /** The project's stack as src/detect/stack would read it; absent: a Node/npm project without deployment files. */
  stack?: ProjectStack;
}

/** What the golden sets that predate stack detection are: a Node.js/npm project with no deployment files. */
export const NODE_NPM: ProjectStack = stackOf({ language: 'node', manifest: 'package.json', version: '20', pm: 'npm', lockfile: 'package-lock.json', name: 'shop-api' });
const PYTHON_PIP: ProjectStack = stackOf({ language: 'python', manifest: 'requirements.txt', version: '3.12', framework: 'fastapi', pm: 'pip', name: 'records-archive' });

/** The production scope's recommended answers with Docker, Compose and a few common choices, for the per-stack sets. */
const stackAnswers = (ci: string, platform: Record<string, unknown>) => answersFor('production', {
  '7.1': platform,
  '7.2': { docker: 'yes', baseImage: 'node:20-alpine', imageSize: 250, composeServices: ['app', 'postgres', 'redis'] },
  '7.4': { platform: ci, stages: ['checkout', 'install', 'lint', 'test', 'build', 'security-scan', 'deploy-staging', 'deploy-production'], autoDeploy: 'staging-auto-production-manual' },
  '7.9': { endpoints: ['health', 'ready', 'live'], checks: ['database', 'redis'] },
});
const K8S = { choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'eks', why: 'Platform team runs EKS' };
const FLY = { choice: 'paas', paasProvider: 'fly-io', why: 'Small team' };

/** One answer set per scope (recommended answers), plus contrasting real-world setups. */
export const ANSWER_SETS: AnswerSet[] = [
  { name: 'mvp-defaults', scope: 'mvp', projectName: 'Shop API', answers: answersFor('mvp') },
  { name: 'production-defaults', scope: 'production', projectName: 'Shop API', answers: answersFor('production') },
  { name: 'enterprise-defaults', scope: 'enterprise', projectName: 'Shop API', answers: answersFor('enterprise') },
  {
    name: 'aws-eks-canary-datadog',
    scope: 'enterprise',
    projectName: 'Payments Gateway',
    answers: answersFor('enterprise', {
      '7.1': { choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'eks', why: 'The platform team already runs EKS clusters with shared ingress and monitoring' },
      '7.2': { docker: 'yes', baseImage: 'node:22-alpine', imageSize: 180, composeServices: ['app', 'postgres', 'redis', 'rabbitmq'] },
      '7.3': { count: 'four-plus', config: ['env-vars', 'config-service', 'feature-flags'], secretsService: 'vault', featureFlagTool: 'launchdarkly' },
      '7.4': { platform: 'github-actions', stages: ['checkout', 'install', 'lint', 'test', 'build', 'security-scan', 'deploy-staging', 'manual-approval', 'deploy-production'], autoDeploy: 'staging-auto-production-manual' },
      '7.4.1': { strategy: 'canary', rollbackMinutes: 5, rollbackWho: 'any-developer', rollbackCriteria: ['error-rate', 'latency', 'manual'], rollbackErrorRate: 2, rollbackLatency: 800, canaryInitial: 5, canaryStep: 20, canaryInterval: 15, canarySuccess: 'Error rate below 0.5% and p95 latency below 800 ms' },
      '7.5': { apm: 'datadog', logging: ['centralized', 'structured-json'], logDestination: 'datadog', metrics: ['request-rate', 'error-rate', 'response-time', 'db-query-time', 'cache-hit-rate', 'cpu-memory'], businessMetrics: 'payments per minute, declined payments' },
      '7.6': { conditions: ['error-rate', 'response-time', 'server-errors', 'service-down', 'db-connection', 'memory'], errorRateThreshold: 0.5, responseTimeThreshold: 800, memoryThreshold: 80, channels: ['slack', 'pagerduty', 'email'], onCall: 'yes', onCallTool: 'pagerduty' },
      '7.7': { strategy: 'continuous', retentionDays: 90, rtoMinutes: 30, rpoMinutes: 5 },
      '7.7.2': { tool: 'orm', min: 2, max: 15, connectionTimeout: 3000, idleTimeout: 30000, maxLifetime: 1800000, trackConnections: true, alertExhaustion: true },
      '7.8': { strategy: 'auto-scaling', minInstances: 3, maxInstances: 12, scaleCpu: 65, initialLoad: 600, year1Load: 6000, peakMultiplier: 4, database: 'read-replicas' },
      '7.9.2': { enabled: 'yes', tool: 'opossum', failureThreshold: 40, successThreshold: 80, timeout: 5000, halfOpenRetries: 3, resetTimeout: 20, fallback: 'error', services: [{ service: 'Card Network API', threshold: 30, fallback: 'error' }, { service: 'Fraud Scoring API', threshold: 50, fallback: 'default-response' }] },
      '7.9.3': { policies: [{ service: 'Database queries', timeout: 3000, retries: 1, backoff: 'None (fail fast)', notes: 'Connection pooled' }, { service: 'Card Network API', timeout: 4000, retries: 2, backoff: 'Exponential (500ms,1s)', notes: 'Idempotency key on every call' }, { service: 'Fraud Scoring API', timeout: 1500, retries: 1, backoff: 'Fixed (200ms)', notes: 'Default score when down' }], defaultTimeout: 5000, defaultRetries: 2, defaultBackoff: 'exponential', nonRetryable: ['400', '401-403', '404', '409', '422'], extraNonRetryable: 'card declined' },
    }),
  },
  {
    name: 'render-paas-no-docker',
    scope: 'production',
    projectName: 'Booking Service',
    answers: answersFor('production', {
      '7.1': { choice: 'paas', paasProvider: 'render', why: 'Small team, no one to run infrastructure' },
      '7.2': { docker: 'no' },
      '7.3': { count: 'two', config: ['env-vars'] },
      '7.4': { platform: 'circleci', stages: ['checkout', 'install', 'lint', 'test', 'build', 'deploy-staging', 'deploy-production'], autoDeploy: 'auto-production' },
      '7.4.1': { strategy: 'rolling', rollbackMinutes: 10, rollbackWho: 'tech-lead', rollbackCriteria: ['error-rate', 'manual'], rollbackErrorRate: 3 },
      '7.5': { apm: 'sentry', logging: ['console', 'structured-json'], metrics: ['request-rate', 'error-rate', 'response-time'] },
      '7.6': { conditions: ['error-rate', 'service-down', 'db-connection'], errorRateThreshold: 2, channels: ['email', 'slack'], onCall: 'no' },
      '7.7': { strategy: 'daily', retentionDays: 14, rtoMinutes: 240, rpoMinutes: 1440 },
      '7.7.1': { zeroDowntime: 'yes', strategy: 'expand-contract', rollbackPlan: 'Revert the release; expand-only migrations stay in place', testing: ['staging'] },
      '7.7.2': { tool: 'driver', min: 1, max: 5, connectionTimeout: 5000, idleTimeout: 10000, maxLifetime: 600000, trackConnections: false, alertExhaustion: false },
      '7.8': { strategy: 'vertical', initialLoad: 20, year1Load: 200, peakMultiplier: 5, database: 'vertical' },
    }),
  },
  {
    name: 'onprem-gitlab-otel',
    scope: 'enterprise',
    projectName: 'Records Archive',
    answers: answersFor('enterprise', {
      '7.1': { choice: 'on-premises', onPremType: 'company-servers', why: 'Records must stay in our own data center' },
      '7.2': { docker: 'yes', baseImage: 'python:3.12-slim', imageSize: 350, composeServices: ['app', 'postgres', 'redis'] },
      '7.3': { count: 'three', config: ['env-vars', 'config-service'], secretsService: 'vault' },
      '7.4': { platform: 'gitlab-ci', stages: ['checkout', 'install', 'lint', 'test', 'build', 'security-scan', 'deploy-staging', 'deploy-production'], autoDeploy: 'manual-all' },
      '7.4.1': { strategy: 'blue-green', rollbackMinutes: 10, rollbackWho: 'devops', rollbackCriteria: ['error-rate', 'latency', 'manual'], rollbackErrorRate: 5, rollbackLatency: 1500, trafficSwitching: 'load-balancer', blueGreenMigrations: 'expand-contract' },
      '7.5': { apm: 'opentelemetry-grafana', logging: ['centralized', 'structured-json'], logDestination: 'loki', metrics: ['request-rate', 'error-rate', 'response-time', 'db-query-time', 'cpu-memory'] },
      '7.6': { conditions: ['error-rate', 'response-time', 'server-errors', 'service-down', 'db-connection', 'disk-space', 'memory'], errorRateThreshold: 2, responseTimeThreshold: 1500, diskThreshold: 75, memoryThreshold: 90, channels: ['email', 'slack', 'sms'], onCall: 'yes', onCallTool: 'opsgenie' },
      '7.7': { strategy: 'weekly-manual', retentionDays: 365, rtoMinutes: 480, rpoMinutes: 60 },
      '7.7.1': { zeroDowntime: 'no', windowTime: 'Saturday 22:00 local time', windowDuration: 60, windowNotification: 'Intranet banner and email to all departments one week ahead' },
      '7.7.2': { tool: 'pgbouncer', min: 5, max: 40, connectionTimeout: 10000, idleTimeout: 600000, maxLifetime: 3600000, trackConnections: true, alertExhaustion: true },
      '7.8': { strategy: 'horizontal', minInstances: 3, initialLoad: 50, year1Load: 300, peakMultiplier: 2, database: 'read-replicas' },
      '7.9': { endpoints: ['health', 'ready', 'live'], checks: ['database', 'redis', 'disk-space'] },
      '7.9.1': { enabled: 'yes', stopAccepting: 5, finishRequests: 30, closeDatabase: 10, totalTimeout: 60, signals: ['sigterm'], healthGrace: 10, drainTimeout: 10 },
      '7.9.2': { enabled: 'yes', tool: 'pybreaker', failureThreshold: 50, successThreshold: 100, timeout: 10000, halfOpenRetries: 1, resetTimeout: 60, fallback: 'error', services: [{ service: 'National Registry API', threshold: 50, fallback: 'error' }] },
      '7.9.4': { levels: [{ environment: 'Development', level: 'debug', body: 'Full', performance: 'Yes' }, { environment: 'Staging', level: 'debug', body: 'Truncated', performance: 'Yes' }, { environment: 'Production', level: 'info', body: 'Full', performance: 'No' }] },
      '7.10': { create: 'critical', artifacts: ['deployment-guide', 'runbooks'], apiStrategy: 'design-first' },
    }),
  },
  { name: 'stack-python-uv-fastapi', scope: 'production', projectName: 'Ledger', stack: STACKS['python-uv-fastapi']!, answers: stackAnswers('github-actions', K8S) },
  { name: 'stack-go-gin', scope: 'production', projectName: 'Tracker', stack: STACKS['go-gin']!, answers: stackAnswers('gitlab-ci', K8S) },
  { name: 'stack-java-spring-maven', scope: 'production', projectName: 'Billing', stack: STACKS['java-maven-spring']!, answers: stackAnswers('github-actions', K8S) },
  { name: 'stack-dotnet-aspnet', scope: 'production', projectName: 'Api', stack: STACKS['dotnet-aspnet']!, answers: stackAnswers('azure-devops', { choice: 'cloud', cloudProvider: 'azure', why: 'Azure shop' }) },
  { name: 'stack-ruby-rails', scope: 'production', projectName: 'Helpdesk', stack: STACKS['ruby-rails']!, answers: stackAnswers('circleci', FLY) },
  { name: 'stack-php-laravel', scope: 'production', projectName: 'Invoices', stack: STACKS['php-laravel']!, answers: stackAnswers('gitlab-ci', K8S) },
  { name: 'stack-rust-axum', scope: 'production', projectName: 'Relay', stack: STACKS['rust-axum']!, answers: stackAnswers('github-actions', FLY) },
  { name: 'stack-unknown-language', scope: 'production', projectName: 'Mystery', stack: STACKS.unknown!, answers: stackAnswers('github-actions', K8S) },
  {
    name: 'hybrid-kept-in-deployment-md',
    scope: 'production',
    projectName: 'Shop API',
    answers: answersFor('production'),
    existing: { questionIds: ['7.5', '7.6', '7.7'], document: 'docs/deployment.md' },
  },
];

export function inputOf(set: AnswerSet): RenderInput {
  return {
    catalogue,
    scope: set.scope,
    answers: set.answers,
    context: { name: set.projectName, projectType: 'backend', date: '2025-06-30', aiFlowVersion: '2.9.1' },
    ...(set.existing ? { existing: set.existing } : {}),
    stack: set.stack ?? (set.name === 'onprem-gitlab-otel' ? PYTHON_PIP : NODE_NPM),
  };
}
