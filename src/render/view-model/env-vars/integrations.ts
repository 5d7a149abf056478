import type { Ctx } from '../context.js';
import type { EnvId, Decisions } from '../decisions/index.js';
import type { Add } from './types.js';

export function secretsAndFlags(ctx: Ctx, add: Add): void {
  const a = ctx.answers('7.3');
  if (!a) return;
  const config = a.config;
  if (config.includes('config-service')) {
    switch ((a.secretsService ?? '')) {
      case 'aws-secrets-manager':
        add({ name: 'AWS_REGION', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'AWS region of the Secrets Manager secrets', example: 'us-east-1', value: '', validation: 'An AWS region code' });
        add({ name: 'SECRETS_MANAGER_SECRET_ID', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'Name or ARN of the secret holding this environment\'s credentials', example: `${ctx.project.slug}/production`, value: '', validation: 'Secret name or ARN', perEnv: { staging: `${ctx.project.slug}/staging`, production: `${ctx.project.slug}/production` } });
        break;
      case 'vault':
        add({ name: 'VAULT_ADDR', group: 'Secrets', source: '7.3', type: 'url', required: 'deployed', secret: false, description: 'Address of the Vault server', example: 'https://vault.example.com:8200', value: '', validation: 'https URL' });
        add({ name: 'VAULT_ROLE', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'Vault auth role of this service (Kubernetes or AppRole auth); no token is stored in the environment', example: ctx.project.slug, value: '', validation: 'A Vault role name' });
        add({ name: 'VAULT_SECRET_PATH', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'Path of this environment\'s secrets in Vault', example: `secret/data/${ctx.project.slug}/production`, value: '', validation: 'A Vault KV path', perEnv: { staging: `secret/data/${ctx.project.slug}/staging`, production: `secret/data/${ctx.project.slug}/production` } });
        break;
      case 'azure-key-vault':
        add({ name: 'AZURE_KEY_VAULT_URL', group: 'Secrets', source: '7.3', type: 'url', required: 'deployed', secret: false, description: 'URL of the environment\'s Key Vault (Key Vault references can also inject secrets as app settings)', example: 'https://example-vault.vault.azure.net/', value: '', validation: 'https://NAME.vault.azure.net/' });
        break;
      case 'gcp-secret-manager':
        add({ name: 'GOOGLE_CLOUD_PROJECT', group: 'Secrets', source: '7.3', type: 'string', required: 'deployed', secret: false, description: 'Google Cloud project holding the Secret Manager secrets', example: 'my-project-id', value: '', validation: 'A Google Cloud project id' });
        break;
    }
  }
  if (config.includes('feature-flags')) {
    switch ((a.featureFlagTool ?? '')) {
      case 'launchdarkly':
        add({ name: 'LAUNCHDARKLY_SDK_KEY', group: 'Feature flags', source: '7.3', type: 'string', required: 'deployed', secret: true, description: 'LaunchDarkly server-side SDK key of the environment (unset locally: the SDK serves flag defaults)', example: 'sdk-00000000-0000-0000-0000-000000000000', value: '', validation: 'Starts with sdk-' });
        break;
      case 'unleash':
        add({ name: 'UNLEASH_URL', group: 'Feature flags', source: '7.3', type: 'url', required: 'deployed', secret: false, description: 'Unleash API URL', example: 'https://unleash.example.com/api', value: '', validation: 'URL ending in /api' });
        add({ name: 'UNLEASH_API_TOKEN', group: 'Feature flags', source: '7.3', type: 'string', required: 'deployed', secret: true, description: 'Unleash client token of the environment', example: 'default:development.0000000000000000', value: '', validation: 'An Unleash client API token' });
        break;
      default:
        add({ name: 'FEATURE_FLAGS', group: 'Feature flags', source: '7.3', type: 'list', required: 'no', secret: false, description: 'Comma-separated names of the flags switched on in this environment (config-based flags)', example: 'new-checkout,beta-search', value: '', default: '(none: every flag off)', validation: 'Comma-separated kebab-case names' });
    }
  }
}

export function observability(ctx: Ctx, f: Decisions, add: Add): void {
  const a = ctx.answers('7.5');
  if (!a) return;
  const envs = Object.fromEntries(f.envs.map((e) => [e.id, e.id])) as Partial<Record<EnvId, string>>;
  const slug = ctx.project.slug;
  switch (a.apm) {
    case 'datadog':
      add({ name: 'DD_API_KEY', group: 'Observability', source: '7.5', type: 'string', required: 'deployed', secret: true, description: 'Datadog API key, used by the Datadog Agent that receives the traces', example: 'dd-api-key-placeholder', value: '', validation: '32 hex characters' });
      add({ name: 'DD_SERVICE', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Service name in Datadog', example: slug, value: slug, validation: 'Lowercase name' });
      add({ name: 'DD_ENV', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Environment tag on traces, logs and metrics', example: 'development', value: 'development', validation: 'An environment name', perEnv: envs });
      add({ name: 'DD_AGENT_HOST', group: 'Observability', source: '7.5', type: 'string', required: 'no', secret: false, description: 'Host of the Datadog Agent the tracer sends to', example: 'localhost', value: 'localhost', default: 'localhost', validation: 'Host name or IP' });
      break;
    case 'new-relic':
      add({ name: 'NEW_RELIC_LICENSE_KEY', group: 'Observability', source: '7.5', type: 'string', required: 'deployed', secret: true, description: 'New Relic ingest license key', example: 'new-relic-license-key-placeholder', value: '', validation: '40 characters' });
      add({ name: 'NEW_RELIC_APP_NAME', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Application name in New Relic', example: slug, value: slug, validation: 'Any name', perEnv: Object.fromEntries(f.envs.map((e) => [e.id, `${slug}-${e.id}`])) });
      break;
    case 'sentry':
      add({ name: 'SENTRY_DSN', group: 'Observability', source: '7.5', type: 'url', required: 'deployed', secret: true, description: 'Sentry DSN of the project (unset locally: no events are sent)', example: 'https://public-key@o0.ingest.sentry.io/0', value: '', validation: 'A Sentry DSN URL' });
      add({ name: 'SENTRY_ENVIRONMENT', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Environment tag on Sentry events', example: 'development', value: 'development', validation: 'An environment name', perEnv: envs });
      break;
    case 'opentelemetry-grafana':
      add({ name: 'OTEL_SERVICE_NAME', group: 'Observability', source: '7.5', type: 'string', required: 'yes', secret: false, description: 'Service name on traces and metrics', example: slug, value: slug, validation: 'Any name' });
      add({ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', group: 'Observability', source: '7.5', type: 'url', required: 'yes', secret: false, description: 'OTLP endpoint of the OpenTelemetry Collector (HTTP)', example: 'http://localhost:4318', value: 'http://localhost:4318', validation: 'URL of an OTLP/HTTP receiver' });
      add({ name: 'OTEL_RESOURCE_ATTRIBUTES', group: 'Observability', source: '7.5', type: 'string', required: 'no', secret: false, description: 'Extra resource attributes; carries the environment name', example: 'deployment.environment=development', value: 'deployment.environment=development', validation: 'key=value pairs, comma-separated', perEnv: Object.fromEntries(f.envs.map((e) => [e.id, `deployment.environment=${e.id}`])) });
      break;
    case 'cloudwatch':
      add({ name: 'AWS_REGION', group: 'Observability', source: '7.5', type: 'string', required: 'deployed', secret: false, description: 'AWS region the CloudWatch metrics and logs go to', example: 'us-east-1', value: '', validation: 'An AWS region code' });
      break;
  }
}

export function alerting(ctx: Ctx, add: Add): void {
  const a = ctx.answers('7.6');
  if (!a) return;
  const channels = a.channels;
  const note = 'read by the alerting setup (APM monitors or Alertmanager), not by the application';
  if (channels.includes('email')) add({ name: 'ALERT_EMAIL_TO', group: 'Alerting', source: '7.6', type: 'list', required: 'deployed', secret: false, description: `Addresses that receive alert emails; ${note}`, example: 'oncall@example.com', value: '', validation: 'Comma-separated email addresses' });
  if (channels.includes('slack')) add({ name: 'ALERT_SLACK_WEBHOOK_URL', group: 'Alerting', source: '7.6', type: 'url', required: 'deployed', secret: true, description: `Incoming webhook of the alerts channel (Slack or Discord); ${note}`, example: 'https://hooks.slack.com/services/T000/B000/placeholder', value: '', validation: 'https URL' });
  const onCallTool = a.onCall === 'yes' ? (a.onCallTool ?? '') : channels.includes('pagerduty') ? 'pagerduty' : '';
  if (onCallTool === 'opsgenie') add({ name: 'OPSGENIE_API_KEY', group: 'Alerting', source: '7.6', type: 'string', required: 'deployed', secret: true, description: `Opsgenie integration key that opens pages; ${note}`, example: 'opsgenie-key-placeholder', value: '', validation: 'An Opsgenie API integration key' });
  if (onCallTool === 'pagerduty') add({ name: 'PAGERDUTY_ROUTING_KEY', group: 'Alerting', source: '7.6', type: 'string', required: 'deployed', secret: true, description: `PagerDuty Events API v2 routing key that opens incidents; ${note}`, example: 'pagerduty-routing-key-placeholder', value: '', validation: '32 characters' });
}
