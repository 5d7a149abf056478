import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import { ENV_GROUPS, secretsStore, type EnvVar } from './env-vars/index.js';
import type { Decisions } from './decisions/index.js';
import { cell, section } from './util.js';

const REQUIRED: Record<EnvVar['required'], string> = { yes: 'Yes', no: 'No', deployed: 'Deployed only' };

const DOCS: Record<string, string> = {
  datadog: 'https://docs.datadoghq.com/',
  'new-relic': 'https://docs.newrelic.com/',
  sentry: 'https://docs.sentry.io/',
  'opentelemetry-grafana': 'https://opentelemetry.io/docs/',
  cloudwatch: 'https://docs.aws.amazon.com/cloudwatch/',
  launchdarkly: 'https://docs.launchdarkly.com/',
  unleash: 'https://docs.getunleash.io/',
  'aws-secrets-manager': 'https://docs.aws.amazon.com/secretsmanager/',
  vault: 'https://developer.hashicorp.com/vault/docs',
  'gcp-secret-manager': 'https://cloud.google.com/secret-manager/docs',
  'azure-key-vault': 'https://learn.microsoft.com/azure/key-vault/',
  pagerduty: 'https://developer.pagerduty.com/docs/',
  opsgenie: 'https://support.atlassian.com/opsgenie/',
  slack: 'https://api.slack.com/messaging/webhooks',
};

function addSecretCommand(ctx: Ctx, f: Decisions): string {
  const a = ctx.answers('7.3');
  const slug = ctx.project.slug;
  const service = a && a.config.includes('config-service') ? (a.secretsService ?? '') : '';
  switch (service) {
    case 'aws-secrets-manager':
      return `aws secretsmanager put-secret-value --secret-id ${slug}/production --secret-string file://production-secrets.json`;
    case 'vault':
      return `vault kv put secret/${slug}/production DATABASE_URL=<value>`;
    case 'gcp-secret-manager':
      return 'printf "%s" "<value>" | gcloud secrets versions add DATABASE_URL --data-file=-';
    case 'azure-key-vault':
      return 'az keyvault secret set --vault-name <vault-name> --name DATABASE-URL --value "<value>"  # Key Vault names use hyphens';
  }
  switch (f.platform.key) {
    case 'heroku':
      return `heroku config:set DATABASE_URL=<value> --app ${f.platform.serviceName('production')}`;
    case 'fly-io':
      return `fly secrets set DATABASE_URL=<value> --app ${f.platform.serviceName('production')}`;
    case 'vercel':
      return 'vercel env add DATABASE_URL production';
    case 'kubernetes':
      return `kubectl create secret generic ${slug} --from-env-file=production.env --namespace ${slug}-production --dry-run=client -o yaml | kubectl apply -f -`;
    case 'docker-swarm':
      return `printf "%s" "<value>" | docker secret create ${slug}_database_url -`;
    default:
      return `# set it in ${f.platform.secretsStore}`;
  }
}

function externalServices(ctx: Ctx, f: Decisions, vars: EnvVar[]) {
  const lines = (names: string[]) => vars.filter((v) => names.includes(v.name));
  const block = (vs: EnvVar[], pick: (v: EnvVar) => string) => (vs.length > 0 ? vs.map((v) => `${v.name}=${pick(v)}`).join('\n') : '# no variables: configured in the service itself');
  const services: { name: string; purpose: string; vars: EnvVar[]; docs: string; fallback: string }[] = [];
  const dbVars = vars.filter((v) => v.group === 'Database');
  services.push({ name: f.platform.managedDb(f.db.engine).replace(/^./, (c) => c.toUpperCase()), purpose: `Primary data store (${f.db.label})`, vars: dbVars, docs: 'Not recorded in Phase 7', fallback: 'None: readiness fails and the instance leaves the load balancer until the database is back' });
  const retry = ctx.answers('7.9.3');
  const policies = retry && ctx.given('7.9.3', 'policies') ? retry.policies : [];
  if (f.redis) {
    const row = policies.find((r) => /redis|cache/i.test(String(r.service)));
    services.push({ name: 'Redis', purpose: 'Cache', vars: lines(['REDIS_URL']), docs: 'https://redis.io/docs/', fallback: row ? `${row.notes || 'Degrade to the database'} (7.9.3)` : 'Serve from the database (slower) while Redis is down' });
  }
  if (f.queue) services.push({ name: 'RabbitMQ', purpose: 'Message queue', vars: lines(['AMQP_URL']), docs: 'https://www.rabbitmq.com/docs', fallback: 'Publishers retry; consumers resume from the queue when it is back' });
  const monitoring = ctx.answers('7.5');
  if (monitoring && monitoring.apm !== 'none') {
    const apm = monitoring.apm;
    services.push({ name: ctx.label('7.5', 'apm', apm), purpose: 'Application performance monitoring: traces, errors, metrics', vars: vars.filter((v) => v.group === 'Observability'), docs: DOCS[apm] ?? 'Not recorded in Phase 7', fallback: 'The service keeps running without telemetry; telemetry export must never block requests' });
  }
  const t3 = ctx.answers('7.3');
  if (t3 && t3.config.includes('config-service')) {
    const s = t3.secretsService ?? '';
    services.push({ name: ctx.label('7.3', 'secretsService', s), purpose: 'Secrets and configuration store', vars: vars.filter((v) => v.group === 'Secrets'), docs: DOCS[s] ?? 'Not recorded in Phase 7', fallback: 'Secrets are read at startup: running instances keep working; new instances cannot start while it is down' });
  }
  if (t3 && t3.config.includes('feature-flags') && (t3.featureFlagTool ?? '') !== 'config-based') {
    const tool = t3.featureFlagTool ?? '';
    services.push({ name: ctx.label('7.3', 'featureFlagTool', tool), purpose: 'Feature flags', vars: vars.filter((v) => v.group === 'Feature flags'), docs: DOCS[tool] ?? 'Not recorded in Phase 7', fallback: 'The SDK serves the last known values, or each flag\'s default when it never connected' });
  }
  const alerts = ctx.answers('7.6');
  if (alerts) {
    const channels = alerts.channels;
    const onCall = alerts.onCall === 'yes' ? (alerts.onCallTool ?? '') : channels.includes('pagerduty') ? 'pagerduty' : '';
    const pager = onCall === 'opsgenie' ? 'Opsgenie' : 'PagerDuty';
    const others = (except: string) => {
      const rest = [channels.includes('email') && 'email', channels.includes('slack') && 'Slack/Discord', onCall && pager, channels.includes('sms') && 'SMS'].filter((c): c is string => Boolean(c) && c !== except);
      return rest.length > 0 ? `Alerts still arrive by ${rest.join(' and ')}` : 'No alert reaches anyone: add a second channel';
    };
    if (channels.includes('slack')) services.push({ name: 'Slack/Discord', purpose: 'Alert notifications', vars: lines(['ALERT_SLACK_WEBHOOK_URL']), docs: DOCS.slack!, fallback: others('Slack/Discord') });
    if (onCall) services.push({ name: pager, purpose: 'On-call paging and escalation', vars: lines(['PAGERDUTY_ROUTING_KEY', 'OPSGENIE_API_KEY']), docs: DOCS[onCall]!, fallback: `Nobody is paged. ${others(pager)}` });
  }
  const breaker = ctx.answers('7.9.2');
  const protectedRows = breaker && breaker.enabled === 'yes' && ctx.given('7.9.2', 'services') ? (breaker.services ?? []) : [];
  const names = new Set([...protectedRows.map((r) => String(r.service)), ...policies.map((r) => String(r.service))]);
  for (const name of names) {
    if (/^(database|redis)/i.test(name)) continue;
    const b = protectedRows.find((r) => String(r.service) === name);
    const p = policies.find((r) => String(r.service) === name);
    const prefix = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    services.push({
      name,
      purpose: p?.notes ? `External dependency (${p.notes})` : 'External dependency',
      vars: vars.filter((v) => v.name.startsWith(`${prefix}_`)),
      docs: 'Not recorded in Phase 7',
      fallback: b ? `Circuit breaker at ${b.threshold}% failures, then: ${String(b.fallback).replace(/-/g, ' ')}` : 'No circuit breaker: calls fail after the retries',
    });
  }
  return services.map((s) => ({
    SERVICE_NAME: s.name,
    SERVICE_PURPOSE: s.purpose,
    SERVICE_ENV_VARS: block(s.vars, (v) => v.example),
    SERVICE_ENV_VARS_EXAMPLE: block(s.vars, (v) => v.value),
    SERVICE_VARIABLES: s.vars.length > 0 ? s.vars.map((v) => `\`${v.name}\``).join(', ') : 'None',
    SERVICE_DOCS_URL: s.docs,
    SERVICE_DOCS: s.docs.startsWith('https://') ? `[${s.docs.replace(/^https:\/\//, '').replace(/\/$/, '')}](${s.docs})` : s.docs,
    SERVICE_FALLBACK: s.fallback,
  }));
}

/** One variable's row, as every variable table shows it. */
export function envVarRow(v: EnvVar) {
  return {
    VAR_NAME: v.name,
    VAR_DESCRIPTION: cell(v.description),
    VAR_EXAMPLE: cell(v.example),
    VAR_REQUIRED: REQUIRED[v.required],
    VAR_SECRET: v.secret ? 'Secret' : 'Public',
    VAR_DEFAULT: v.default !== undefined ? cell(v.default) : '—',
    VAR_TYPE: v.type,
    VAR_VALIDATION: cell(v.validation),
    VAR_GROUP: v.group,
    VAR_PURPOSE: v.description,
  };
}

/** specs/configuration.md and .env.example: the variable table, per-environment values, secrets, flags, services, database. */
export function configurationValues(ctx: Ctx, f: Decisions, vars: EnvVar[]): ViewModel {
  const store = secretsStore(ctx, f);
  const t3 = ctx.answers('7.3');
  const flagsChosen = t3 ? t3.config.includes('feature-flags') : false;
  const flagVars = vars.filter((v) => v.group === 'Feature flags');
  const secrets = vars.filter((v) => v.secret);
  const pool = vars.filter((v) => v.name.startsWith('DATABASE_'));
  const flagTool = t3 && flagsChosen ? ctx.label('7.3', 'featureFlagTool', t3.featureFlagTool ?? '') : '';
  return {
    ENV_VAR: vars.map(envVarRow),
    ENV_VAR_COUNT: String(vars.length),
    SECRET_VAR: secrets.map(envVarRow),
    HAS_SECRETS: secrets.length > 0,
    SECRETS_STORAGE: store,
    SECRETS_KNOWN: ctx.known('7.3'),
    SECRETS_NOTE: ctx.note('7.3'),
    SECRETS_CONFIG_SERVICE: t3 !== undefined && t3.config.includes('config-service'),
    SECRETS_ENV_FILES: t3 !== undefined && t3.config.includes('env-vars'),
    ADD_SECRET_COMMAND: addSecretCommand(ctx, f),
    HAS_ADD_SECRET_COMMAND: !addSecretCommand(ctx, f).startsWith('#'),
    SECRETS_ROTATION_POLICY: 'Not asked in Phase 7: rotate after every staff change and at least yearly (recommended default); rotation takes effect as connections are recycled',
    SECRETS_ACCESS_POLICY: 'Not asked in Phase 7: production secrets readable only by the production service and the people allowed to deploy',
    ...section(ctx, 'FLAGS', '7.3'),
    FEATURE_FLAGS: flagsChosen,
    FEATURE_FLAG_TOOL: flagTool || 'None',
    FEATURE_FLAG: flagVars.map((v) => ({ FLAG_NAME: v.name, FLAG_DESCRIPTION: v.description, FLAG_DEFAULT: v.value, FLAG_ENVIRONMENTS: v.required === 'deployed' ? 'Deployed environments' : 'All environments' })),
    FEATURE_FLAG_PRACTICE: flagsChosen
      ? [
          'Every flag has an owner and a removal date; remove it once the feature is fully on',
          'A flag\'s default is the safe behaviour: the SDK falls back to it when the flag service is unreachable',
          'Flags are named in kebab case after the feature (`new-checkout`)',
          ...(f.rollout?.strategy === 'feature-flags' ? ['Deployment strategy is feature flags (7.4.1): new features ship dark and are switched on per environment or per share of users'] : []),
        ].map((p) => ({ PRACTICE: p }))
      : [],
    EXTERNAL_SERVICE: externalServices(ctx, f, vars),
    DATABASE_CONFIG: pool.map((v) => `${v.name}=${v.example}`).join('\n'),
    DATABASE_ENGINE: f.db.engine === 'unknown' ? 'not named in the answers' : f.db.label,
    DATABASE_ENGINE_SOURCE: f.db.engine === 'unknown' ? 'so URLs are shown in PostgreSQL form' : f.db.source,
    DATABASE_SERVICE: f.platform.managedDb(f.db.engine),
    ENV_GROUP: ENV_GROUPS.map((g) => ({ GROUP_NAME: g, GROUP_VAR: vars.filter((v) => v.group === g).map((v) => ({ VAR_NAME: v.name, VAR_VALUE: v.value, VAR_COMMENT: `${v.description}. ${REQUIRED[v.required] === 'Yes' ? 'Required' : REQUIRED[v.required] === 'No' ? 'Optional' : 'Required in deployed environments'}${v.secret ? '; secret: never commit a real value' : ''}${v.default !== undefined ? `; default ${v.default}` : ''}.` })) })).filter((g) => g.GROUP_VAR.length > 0),
  };
}
