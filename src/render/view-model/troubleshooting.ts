import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import { dbCommands } from './db-commands.js';
import type { Decisions } from './decisions/index.js';
import { healthPaths } from './health.js';

export interface Issue { title: string; symptoms: string[]; cause: string; /** A command, or '' when only diagnosisText applies. */ diagnosis: string; diagnosisText?: string; fix: string[] }

/** Troubleshooting entries (symptom, cause, diagnosis command, fix) for what the answers make likely. */
export function issues(ctx: Ctx, f: Decisions): Issue[] {
  const ops = f.platform.ops('production');
  const logs = ops.logs ?? '# open the platform\'s log viewer';
  const out: Issue[] = [
    {
      title: 'The service exits at startup',
      symptoms: ['The process stops seconds after it starts, or restarts in a loop', 'The last log lines name a missing or invalid setting'],
      cause: 'A variable of specs/configuration.md is missing or malformed in this environment',
      diagnosis: "comm -23 <(grep -oE '^[A-Z][A-Z0-9_]*' .env.example | sort) <(env | cut -d= -f1 | sort)",
      fix: ['Compare the missing names with the *Required* column of specs/configuration.md', 'Set them (secrets in the secret store, the rest in the environment\'s settings)', 'Restart and check the readiness endpoint'],
    },
  ];
  const dbService = f.images.composeServices.some((s) => ['postgres', 'mysql', 'mongodb'].includes(s));
  if (f.docker && dbService) {
    out.push({
      title: 'Connection refused to the database in Docker Compose',
      symptoms: ['`ECONNREFUSED` or "connection refused" to `localhost` from the app container'],
      cause: 'Inside the compose network the database is the service `db`, not `localhost`; or the app started before the database was healthy',
      diagnosis: 'docker compose ps && docker compose logs db',
      fix: ['Keep the `environment:` override of the compose file (service names instead of localhost)', 'Keep `depends_on` with `condition: service_healthy`', '`docker compose up -d` again'],
    });
  }
  const pool = ctx.answers('7.7.2');
  if (pool) {
    out.push({
      title: 'Requests time out waiting for a database connection',
      symptoms: [`Errors after ${pool.connectionTimeout} ms that mention acquiring a connection`, 'Latency rises with traffic while database CPU stays low'],
      cause: 'Every pooled connection is busy: a long transaction, a connection leak, or a pool too small for the load',
      diagnosis: dbCommands(f.db).longRunning,
      fix: ['End the runaway queries', 'Fix leaks: release connections in every error path', `Raise \`DATABASE_POOL_MAX\` (now ${pool.max}) only if instances × max stays below the database limit`],
    });
  }
  const health = ctx.answers('7.9');
  const ready = healthPaths(health ? health.endpoints : []).ready;
  if (health) {
    out.push({
      title: 'A deploy never becomes healthy',
      symptoms: ['The pipeline\'s deploy step or smoke test times out', `New instances stay out of the load balancer${ready ? ` and \`${ready}\` answers 503` : ''}`],
      cause: 'A readiness check fails on the new instances: a dependency they cannot reach, a missing variable, or a migration that has not run',
      diagnosis: ready ? `curl -s "$APP_URL${ready}"` : logs,
      fix: ['Read which check fails and fix that dependency or variable', 'Roll back if the fix takes longer than the rollback target', ...(ops.rollback ? [`Rollback: \`${ops.rollback}\``] : [])],
    });
  }
  const shutdown = ctx.answers('7.9.1');
  if (shutdown && !f.platform.serverless) {
    out.push({
      title: 'Errors (502/503) during every deploy',
      symptoms: ['A burst of 502 or 503 responses each time instances are replaced'],
      cause: shutdown.enabled === 'yes'
        ? `The platform kills instances before the shutdown sequence finishes, or readiness does not fail first (grace ${shutdown.healthGrace} s)`
        : 'No graceful shutdown (7.9.1): requests in flight are cut off',
      diagnosis: `${logs} | grep -iE "sigterm|shutdown"`,
      fix: shutdown.enabled === 'yes'
        ? ['Check the kill timeout in Graceful Shutdown against the total budget', 'Make readiness answer 503 as soon as SIGTERM arrives', 'Check that the process, not a shell wrapper, receives SIGTERM']
        : ['Implement graceful shutdown (7.9.1) and answer it with `ai-flow phase7 --edit 7.9.1`'],
    });
  }
  if (f.docker) {
    out.push({
      title: 'The image is larger than its budget',
      symptoms: [`The pipeline's size check fails (budget ${f.images.sizeMb} MB)`, 'Slow deploys and cold starts'],
      cause: 'Build tools, dev dependencies or the build cache ended up in the runtime stage',
      diagnosis: `docker history ${ctx.project.slug}:local`,
      fix: ['Keep the runtime stage to the build output and production dependencies', 'Add a `.dockerignore` (`.git`, `node_modules`, test data)', 'Use a slimmer base image for the runtime stage'],
    });
  }
  const monitoring = ctx.answers('7.5');
  if (monitoring && monitoring.logging.includes('centralized')) {
    const dest = ctx.label('7.5', 'logDestination', monitoring.logDestination ?? '');
    const ownView = !f.platform.logs.toLowerCase().includes(dest.toLowerCase().replace(/ logs$/, ''));
    out.push({
      title: `Logs are missing in ${dest}`,
      symptoms: [`Recent requests do not appear in ${dest}`, ...(ownView ? [`${f.platform.short}'s own log view still shows them`] : [])],
      cause: 'The service writes to a file instead of stdout, or the shipper is down or misconfigured',
      diagnosis: logs,
      fix: ['Write logs to stdout only', 'Check the shipper or agent and its credentials', 'Check the service and environment tags the search filters on'],
    });
  }
  const alerts = ctx.answers('7.6');
  if (alerts) {
    const slack = alerts.channels.includes('slack');
    out.push({
      title: 'Alerts do not arrive',
      symptoms: ['An incident happened and no alert reached anyone'],
      cause: 'A channel integration broke (revoked webhook or key), or the rule\'s query no longer matches the metric',
      diagnosis: slack ? 'curl -fsS -X POST -H "Content-Type: application/json" --data \'{"text":"test alert"}\' "$ALERT_SLACK_WEBHOOK_URL"' : '',
      diagnosisText: 'Send a test notification from the alerting tool to every channel',
      fix: ['Send a test alert through every channel after each change to the alerting setup', 'Re-create revoked webhooks or keys (specs/configuration.md, Alerting)', 'Check each rule against live data'],
    });
  }
  const pipeline = ctx.answers('7.4');
  if (pipeline && pipeline.stages.includes('security-scan')) {
    out.push({
      title: 'The pipeline fails at the security scan',
      symptoms: ['The security scan stage reports HIGH or CRITICAL vulnerabilities'],
      cause: 'A dependency or the base image has a published vulnerability',
      diagnosis: f.stack.commands.audit,
      fix: ['Upgrade the affected dependency or base image', 'If no fix exists yet, record an exception with an expiry date and a reason'],
    });
  }
  return out;
}

export function troubleshootingValues(ctx: Ctx, f: Decisions, written: boolean, note: string): ViewModel {
  if (!written) {
    return { TROUBLESHOOTING_GUIDE: [{ ISSUE_TITLE: note, ISSUE_CAUSE: note, SYMPTOM: [{ SYMPTOM_DESCRIPTION: note }], DIAGNOSIS_COMMAND: `# ${note}`, RESOLUTION_STEP: [{ STEP_NUMBER: '1', STEP_DESCRIPTION: note }] }] };
  }
  return {
    TROUBLESHOOTING_GUIDE: issues(ctx, f).map((i) => ({
      ISSUE_TITLE: i.title,
      ISSUE_CAUSE: i.cause,
      SYMPTOM: i.symptoms.map((s) => ({ SYMPTOM_DESCRIPTION: s })),
      DIAGNOSIS_COMMAND: i.diagnosis || `# ${i.diagnosisText ?? 'see the fix'}`,
      HAS_DIAGNOSIS_COMMAND: i.diagnosis !== '',
      DIAGNOSIS_TEXT: i.diagnosisText ?? '',
      RESOLUTION_STEP: i.fix.map((s, n) => ({ STEP_NUMBER: String(n + 1), STEP_DESCRIPTION: s })),
    })),
  };
}
