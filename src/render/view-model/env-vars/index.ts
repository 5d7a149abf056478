import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { application, data, platform } from './core.js';
import { alerting, observability, secretsAndFlags } from './integrations.js';
import { logging, resilience } from './tuning.js';
import { where } from '../stack.js';
import { ENV_GROUPS, type EnvGroup, type EnvVar } from './types.js';

const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|API_KEY|PRIVATE_KEY|_KEY$|DSN$|CREDENTIALS)/;

function groupOf(name: string): EnvGroup {
  if (/^(DATABASE|DB_|POSTGRES|MYSQL|MONGO|SPRING_DATASOURCE|ConnectionStrings)/i.test(name)) return 'Database';
  if (/^(REDIS|AMQP|RABBIT|CELERY|SIDEKIQ|QUEUE|BULL|KAFKA)/.test(name)) return 'Cache & Queue';
  if (/^(SENTRY|OTEL|DD_|NEW_RELIC|DATADOG|HONEYCOMB)/.test(name)) return 'Observability';
  if (/^(LOG_|RUST_LOG)/.test(name)) return 'Logging';
  return 'Application';
}

/**
 * The code's own variables (with file:line) and the existing .env.example's: one variable per name, so when the
 * code reads DATABASE_URL, ours is the same variable and only gains the evidence.
 */
function fromProject(f: Decisions, out: EnvVar[], add: (v: EnvVar) => void): void {
  for (const use of f.stack.envVars) {
    const known = out.find((v) => v.name === use.name);
    const seen = `read by the code at \`${where(use.evidence)}\``;
    if (known) {
      known.description = `${known.description} (${seen})`;
      continue;
    }
    const secret = SECRET_NAME.test(use.name.toUpperCase());
    add({
      name: use.name, group: groupOf(use.name), source: 'code', type: 'string', required: use.default !== undefined ? 'no' : 'yes', secret,
      description: `Read by the code at \`${where(use.evidence)}\`${use.default !== undefined ? `, default \`${use.default}\`` : ''}: describe what it configures`,
      example: secret ? '<secret>' : use.default ?? '<value>', value: secret ? '' : use.default ?? '',
      ...(use.default !== undefined ? { default: use.default } : {}),
      validation: 'Not known from the code: check where it is read',
    });
  }
  for (const use of f.stack.envExample) {
    if (out.some((v) => v.name === use.name)) continue;
    const secret = SECRET_NAME.test(use.name.toUpperCase());
    add({
      name: use.name, group: groupOf(use.name), source: 'env-example', type: 'string', required: 'no', secret,
      description: `${use.comment ? `${use.comment.replace(/^#\s*/, '')} ` : ''}(from the project's existing \`${use.evidence.file}\`)`,
      example: secret ? '<secret>' : use.default ?? '', value: secret ? '' : use.default ?? '',
      validation: 'As the project\'s .env.example describes it',
    });
  }
}

export { secretsStore } from './core.js';
export { ENV_GROUPS, toEnvName, type EnvGroup, type EnvVar, type Requirement } from './types.js';

export function collectEnvVars(ctx: Ctx, f: Decisions): EnvVar[] {
  const out: EnvVar[] = [];
  const add = (v: EnvVar) => {
    if (!out.some((x) => x.name === v.name)) out.push(v);
  };
  application(ctx, f, add);
  platform(f, add);
  data(ctx, f, add);
  secretsAndFlags(ctx, add);
  observability(ctx, f, add);
  logging(ctx, f, add);
  alerting(ctx, add);
  resilience(ctx, add);
  fromProject(f, out, add);
  return ENV_GROUPS.flatMap((g) => out.filter((v) => v.group === g));
}
