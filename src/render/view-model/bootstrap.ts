import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { platformCli } from './platform-ops.js';
import { indent3 } from './util.js';

/** A command of the project's stack (f.stack.commands), when the stack knows it (migrate, seed, dev may come later). */
export function stackCommand(f: Decisions, name: string): string | undefined {
  const value = (f.stack.commands as Record<string, string | undefined>)[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

interface Row { TOOL: string; VERSION: string; WHY: string }
interface Step { text: string; command?: string }

function tools(ctx: Ctx, f: Decisions): Row[] {
  const rows: Row[] = [{ TOOL: 'Git', VERSION: 'any recent version', WHY: 'Clone the repository, branch for fixes' }];
  rows.push({
    TOOL: f.stack.id === 'generic' ? 'Your language\'s toolchain' : f.stack.label.replace(/ \d.*$/, ''),
    VERSION: f.stack.version ? `${f.stack.version} (the base image of 7.2)` : 'the version production runs (not named by the answers)',
    WHY: `Install, test and run the service locally (\`${f.stack.commands.install}\`)`,
  });
  if (f.docker) rows.push({ TOOL: 'Docker with Compose v2', VERSION: 'Docker Engine 24 or later, Compose 2.20 or later (recommended)', WHY: 'Build the image and run the local stack' });
  const client = f.db.engine === 'mysql' ? 'mysql client' : f.db.engine === 'mongodb' ? 'mongosh' : 'psql (PostgreSQL client)';
  rows.push({ TOOL: client, VERSION: 'the server\'s major version', WHY: 'Database setup, backups, restores and the runbooks\' diagnosis commands' });
  rows.push({ TOOL: 'curl and jq', VERSION: 'any recent version', WHY: 'Health checks and the JSON the commands print' });
  const cli = ctx.known('7.1') ? platformCli(f, ctx) : undefined;
  if (cli) rows.push({ TOOL: cli.tool, VERSION: cli.version, WHY: `Deploy, roll back and read logs on ${f.platform.short}` });
  return rows;
}

function accounts(ctx: Ctx, f: Decisions): { ACCOUNT: string; FOR: string; WHO: string }[] {
  const rows: { ACCOUNT: string; FOR: string; WHO: string }[] = [];
  const ci = ctx.answers('7.4');
  const gitHost = ci && ci.platform === 'gitlab-ci' ? 'GitLab' : ci && ci.platform === 'github-actions' ? 'GitHub' : 'The Git host';
  rows.push({ ACCOUNT: gitHost, FOR: `Code, reviews${ci ? ` and the ${ctx.label('7.4', 'platform', ci.platform)} pipeline` : ''}`, WHO: 'Every developer' });
  const deployers = f.rollout?.rollback.whoLabel ?? 'the people allowed to deploy';
  if (ctx.known('7.1')) rows.push({ ACCOUNT: f.platform.short, FOR: 'Deploys, logs, rollback, scaling', WHO: `Production: ${deployers}; staging: the development team` });
  const env = ctx.answers('7.3');
  if (env && env.config.includes('config-service')) rows.push({ ACCOUNT: ctx.label('7.3', 'secretsService', env.secretsService ?? ''), FOR: 'Production secrets', WHO: `${deployers} (read and rotate)` });
  if (env && env.config.includes('feature-flags')) rows.push({ ACCOUNT: ctx.label('7.3', 'featureFlagTool', env.featureFlagTool ?? ''), FOR: 'Feature flags', WHO: 'Developers (staging), release owners (production)' });
  const mon = ctx.answers('7.5');
  if (mon && mon.apm !== 'none') rows.push({ ACCOUNT: ctx.label('7.5', 'apm', mon.apm), FOR: 'Dashboards, traces, alert rules', WHO: 'Everyone who answers alerts' });
  const alerts = ctx.answers('7.6');
  if (alerts && alerts.onCall === 'yes') rows.push({ ACCOUNT: ctx.label('7.6', 'onCallTool', alerts.onCallTool ?? ''), FOR: 'Pages and the on-call schedule', WHO: 'Everyone in the rotation' });
  return rows;
}

/** The database, its user and extensions on a developer's machine. */
function databaseSetup(f: Decisions, composeDb: boolean): Step {
  switch (f.db.engine) {
    case 'mysql':
      return composeDb
        ? { text: 'The compose file creates the database and its user (`MYSQL_DATABASE`, `MYSQL_USER`); check it answers', command: 'docker compose exec db mysqladmin ping --user=app --password=local-dev-only' }
        : { text: 'Create the database and its user (as an administrator)', command: 'mysql --user=root --password --execute "CREATE DATABASE app; CREATE USER \'app\'@\'%\' IDENTIFIED BY \'local-dev-only\'; GRANT ALL ON app.* TO \'app\'@\'%\';"' };
    case 'mongodb':
      return { text: 'Create the application user (MongoDB creates the database on first write)', command: `${composeDb ? 'docker compose exec db ' : ''}mongosh --quiet --eval "db.getSiblingDB('admin').createUser({ user: 'app', pwd: 'local-dev-only', roles: [{ role: 'readWrite', db: 'app' }] })"` };
    default:
      return composeDb
        ? { text: 'The compose file creates the user and database (`POSTGRES_USER`, `POSTGRES_DB`); add the extensions your migrations need (pgcrypto shown, as an example)', command: 'docker compose exec db psql --username=app --dbname=app --command "CREATE EXTENSION IF NOT EXISTS pgcrypto"' }
        : { text: 'Create the user, the database and the extensions your migrations need (pgcrypto shown, as an example), as an administrator', command: 'psql --username=postgres --command "CREATE ROLE app LOGIN PASSWORD \'local-dev-only\'"\npsql --username=postgres --command "CREATE DATABASE app OWNER app"\npsql --username=postgres --dbname=app --command "CREATE EXTENSION IF NOT EXISTS pgcrypto"' };
  }
}

/** Prerequisites (tools, accounts) and the steps from a fresh clone to a running service on a developer's machine. */
export function bootstrapValues(ctx: Ctx, f: Decisions, sections: ViewModel): ViewModel {
  const services = f.images.composeServices;
  const deps = services.filter((s) => s !== 'app').map((s) => (['postgres', 'mysql', 'mongodb'].includes(s) ? 'db' : s));
  const composeDb = deps.includes('db');
  const health = ctx.answers('7.9');
  const endpoints = health ? health.endpoints : [];
  // on a fresh clone the route the code already serves answers; the endpoints 7.9 plans may not exist yet
  const healthPath = f.stack.healthPath ?? (endpoints.includes('health') ? '/health' : endpoints.includes('live') ? '/health/live' : endpoints.includes('ready') ? '/health/ready' : '/health');
  const migrate = stackCommand(f, 'migrate') ?? String(sections.MIGRATION_RUN_COMMAND ?? '# your migration tool\'s apply command');
  const seed = stackCommand(f, 'seed') ?? '# your seed command (development data only; never run it against production)';
  const start = stackCommand(f, 'dev') ?? f.stack.commands.start;
  const stepsList: Step[] = [
    { text: 'Clone the repository and enter it', command: 'git clone <repository-url> && cd <repository>' },
    { text: 'Create your local configuration from the template (every variable is described in specs/configuration.md)', command: 'cp .env.example .env' },
    deps.length > 0
      ? { text: `Start the local dependencies (${deps.join(', ')}) and wait until they are healthy`, command: `docker compose up -d --wait ${deps.join(' ')}` }
      : { text: `Start ${f.db.label} locally (or point \`DATABASE_URL\` in \`.env\` at a development database)` },
    databaseSetup(f, composeDb),
    { text: 'Install the dependencies', command: f.stack.commands.install },
    { text: 'Apply the migrations', command: migrate },
    { text: 'Load development data', command: seed },
    stackCommand(f, 'dev') ? { text: 'Start the service', command: start } : { text: 'Build and start the service', command: `${f.stack.commands.build} && ${start}` },
    { text: 'Check that it answers', command: `curl -i http://localhost:${f.stack.port}${healthPath}` },
  ];
  return {
    PREREQUISITE_TOOL: tools(ctx, f),
    PREREQUISITE_ACCOUNT: accounts(ctx, f),
    BOOTSTRAP_STEP: stepsList.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: s.text, HAS_COMMAND: s.command !== undefined, STEP_COMMAND_INDENTED: indent3(s.command ?? '') })),
    BOOTSTRAP_STACK_NOTE: f.stack.sentence,
  };
}
