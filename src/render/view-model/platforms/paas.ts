import { ENGINE_LABEL, NOT_BUILT_IN, v } from './shared.js';
import type { DbEngine, Platform, Rollout } from './types.js';

const managedBy = (vendor: string) => (e: DbEngine) => (e === 'unknown' ? `a managed database on ${vendor}` : `${vendor} ${ENGINE_LABEL[e]}`);

export function heroku(slug: string, docker: boolean, rollout?: Rollout): Platform {
  const app = (env: string) => `${slug}-${env}`;
  return {
    key: 'heroku',
    family: 'paas',
    name: 'Heroku',
    short: 'Heroku',
    unit: 'dyno',
    loadBalancer: 'Heroku router',
    managedDb: (e) => (e === 'postgres' ? 'Heroku Postgres' : e === 'unknown' ? 'a managed database (Heroku Postgres for PostgreSQL)' : `a ${ENGINE_LABEL[e]} add-on`),
    cache: 'Heroku Key-Value Store (Redis)',
    queue: 'a RabbitMQ add-on (CloudAMQP)',
    secretsStore: 'Heroku config vars',
    logs: 'Heroku Logplex (`heroku logs`; add a log drain to keep logs)',
    metrics: 'Heroku metrics (dashboard)',
    backups: 'Heroku Postgres continuous protection and scheduled `heroku pg:backups`',
    ssl: 'Heroku Automated Certificate Management (ACM)',
    grace: { seconds: 30, owner: 'Heroku' },
    healthChecks: 'your monitoring calling the health endpoint (the Heroku router has no health checks)',
    autoscaling: 'Heroku autoscaling on Performance dynos (response-time based)',
    strategies: {
      rolling: 'Preboot (`heroku features:enable preboot`): new dynos start and receive traffic before the old ones stop',
      'blue-green': 'a Heroku pipeline: release to a second app, then `heroku pipelines:promote`',
      canary: NOT_BUILT_IN,
      'feature-flags': 'a normal release with Preboot; new behaviour stays off until its flag is switched on',
    },
    auth: [],
    setup: ['curl -fsSL https://cli-assets.heroku.com/install.sh | sh'],
    ciVars: [v('HEROKU_API_KEY', 'Heroku API key of the deploy user', true)],
    serviceName: app,
    deploysStrategy: rollout?.strategy !== 'canary' && rollout?.strategy !== 'blue-green',
    deploy: (env) =>
      docker
        ? [`heroku container:login`, `heroku container:push web --app ${app(env)}`, `heroku container:release web --app ${app(env)}`]
        : [`git push "https://heroku:$HEROKU_API_KEY@git.heroku.com/${app(env)}.git" HEAD:main`],
    ops: (env) => ({
      logs: `heroku logs --tail --app ${app(env)}`,
      status: `heroku ps --app ${app(env)}`,
      restart: `heroku ps:restart --app ${app(env)}`,
      history: `heroku releases --app ${app(env)}`,
      rollback: `heroku releases:rollback --app ${app(env)}`,
      scale: (n) => `heroku ps:scale web=${n} --app ${app(env)}`,
      shell: `heroku run bash --app ${app(env)}`,
      console: 'the Heroku dashboard\'s Metrics and Activity pages',
    }),
  };
}

export function railway(slug: string, rollout?: Rollout): Platform {
  return {
    key: 'railway',
    family: 'paas',
    name: 'Railway',
    short: 'Railway',
    unit: 'replica',
    loadBalancer: 'Railway edge proxy',
    managedDb: managedBy('Railway'),
    cache: 'a Railway Redis service',
    queue: 'a RabbitMQ service on Railway',
    secretsStore: 'Railway variables (sealed variables for secrets)',
    logs: 'Railway logs (`railway logs`)',
    metrics: 'Railway metrics (dashboard)',
    backups: 'Railway volume backups for the database service',
    ssl: 'automatic TLS for Railway and custom domains',
    healthChecks: 'the service\'s healthcheck path (Railway waits for it before switching traffic)',
    autoscaling: 'Railway replicas (set the replica count per environment; no CPU-based autoscaling)',
    strategies: {
      rolling: 'Railway starts the new deployment and switches traffic when its healthcheck passes',
      'blue-green': 'Railway\'s healthcheck-gated switch of the whole service (old deployment kept until the new one is healthy)',
      canary: NOT_BUILT_IN,
      'feature-flags': 'a normal deployment; new behaviour stays off until its flag is switched on',
    },
    auth: [],
    setup: ['npm install --global @railway/cli'],
    ciVars: [v('RAILWAY_TOKEN', 'Railway project token of the environment', true)],
    serviceName: () => slug,
    deploysStrategy: rollout?.strategy !== 'canary',
    deploy: (env) => [`railway up --service ${slug} --environment ${env} --detach`],
    ops: (env) => ({
      logs: `railway logs --service ${slug} --environment ${env}`,
      status: 'railway status',
      console: 'the Railway dashboard\'s Deployments, Metrics and Logs pages (Deployments has Redeploy and Rollback)',
    }),
  };
}

export function render(slug: string, rollout?: Rollout): Platform {
  const hook = (env: string) => (env.startsWith('$') ? 'RENDER_DEPLOY_HOOK' : `RENDER_DEPLOY_HOOK_${env.toUpperCase()}`);
  return {
    key: 'render',
    family: 'paas',
    name: 'Render',
    short: 'Render',
    unit: 'instance',
    loadBalancer: 'Render\'s load balancer',
    managedDb: (e) => (e === 'postgres' ? 'Render Postgres' : e === 'unknown' ? 'a managed database (Render Postgres for PostgreSQL)' : `${ENGINE_LABEL[e]} (a private service on Render)`),
    cache: 'Render Key Value (Redis-compatible)',
    queue: 'RabbitMQ as a private service on Render',
    secretsStore: 'Render environment variables and environment groups',
    logs: 'Render logs (add a log stream to keep them)',
    metrics: 'Render metrics (dashboard)',
    backups: 'Render Postgres backups and point-in-time recovery (paid plans)',
    ssl: 'automatic TLS certificates for Render and custom domains',
    healthChecks: 'the web service\'s health check path (Render waits for it before switching traffic)',
    autoscaling: 'Render autoscaling on CPU and memory targets (paid plans)',
    strategies: {
      rolling: 'zero-downtime deploys: Render switches traffic once the new instance passes its health check',
      'blue-green': 'Render\'s health-checked switch (the previous deploy keeps serving until the new one is healthy)',
      canary: NOT_BUILT_IN,
      'feature-flags': 'a normal deploy; new behaviour stays off until its flag is switched on',
    },
    auth: [],
    setup: [],
    ciVars: [
      v('RENDER_DEPLOY_HOOK_STAGING', 'Deploy hook URL of the staging service', true),
      v('RENDER_DEPLOY_HOOK_PRODUCTION', 'Deploy hook URL of the production service', true),
    ],
    serviceName: (env) => `${slug}-${env}`,
    deploysStrategy: rollout?.strategy !== 'canary',
    deploy: (env) => [`curl -fsS -X POST "$${hook(env)}"`],
    ops: (env) => ({
      restart: `curl -fsS -X POST "$${hook(env)}"`,
      console: 'the Render dashboard\'s Logs, Metrics and Events pages (Events has a Rollback button for each deploy)',
    }),
  };
}

export function flyIo(slug: string, rollout?: Rollout): Platform {
  const flag = rollout?.strategy === 'canary' ? 'canary' : rollout?.strategy === 'blue-green' ? 'bluegreen' : 'rolling';
  const app = (env: string) => `${slug}-${env}`;
  return {
    key: 'fly-io',
    family: 'paas',
    name: 'Fly.io',
    short: 'Fly.io',
    unit: 'Machine',
    loadBalancer: 'Fly Proxy (anycast edge)',
    managedDb: (e) => (e === 'postgres' ? 'Fly.io Managed Postgres' : e === 'unknown' ? 'a managed database (Fly.io Managed Postgres for PostgreSQL)' : `${ENGINE_LABEL[e]} on Fly Machines with a volume`),
    cache: 'Upstash for Redis (Fly.io extension)',
    queue: 'RabbitMQ on a Fly Machine with a volume',
    secretsStore: 'Fly secrets (`fly secrets set`)',
    logs: 'Fly logs (`fly logs`; ship them with the Fly log shipper to keep them)',
    metrics: 'Fly.io metrics (managed Prometheus and Grafana)',
    backups: 'daily volume snapshots plus the database\'s own backups',
    ssl: 'automatic TLS certificates (`fly certs add`)',
    grace: { seconds: 5, owner: 'Fly.io', setting: '`kill_timeout` in `fly.toml`' },
    healthChecks: '`[[http_service.checks]]` in `fly.toml`',
    autoscaling: 'Fly Proxy autostart/autostop of Machines between a minimum and the Machines you created',
    strategies: {
      rolling: '`fly deploy --strategy rolling`',
      'blue-green': '`fly deploy --strategy bluegreen` (needs health checks)',
      canary: '`fly deploy --strategy canary` (one Machine first, then the rest)',
      'feature-flags': '`fly deploy --strategy rolling`; new behaviour stays off until its flag is switched on',
    },
    auth: [],
    setup: ['curl -L https://fly.io/install.sh | sh', 'export PATH="$HOME/.fly/bin:$PATH"'],
    ciVars: [v('FLY_API_TOKEN', 'Fly.io deploy token', true)],
    serviceName: app,
    deploysStrategy: true,
    deploy: (env) => [`flyctl deploy --app ${app(env)} --remote-only${env === 'production' ? ` --strategy ${flag}` : ''}`],
    ops: (env) => ({
      logs: `fly logs --app ${app(env)}`,
      status: `fly status --app ${app(env)}`,
      restart: `fly apps restart ${app(env)}`,
      history: `fly releases --app ${app(env)} --image`,
      rollback: `fly deploy --app ${app(env)} --image <previous-image>`,
      scale: (n) => `fly scale count ${n} --app ${app(env)}`,
      cpu: `fly machine list --app ${app(env)}`,
      shell: `fly ssh console --app ${app(env)}`,
    }),
  };
}

export function vercel(slug: string, rollout?: Rollout): Platform {
  return {
    key: 'vercel',
    family: 'paas',
    name: 'Vercel (serverless functions)',
    short: 'Vercel',
    unit: 'function instance',
    loadBalancer: 'Vercel edge network',
    managedDb: (e) => `a managed ${e === 'unknown' ? 'database' : ENGINE_LABEL[e]} outside Vercel (Vercel Marketplace integration)`,
    cache: 'a managed Redis from the Vercel Marketplace',
    queue: 'a managed queue outside Vercel',
    secretsStore: 'Vercel environment variables (sensitive variables for secrets)',
    logs: 'Vercel runtime logs (add a log drain to keep them)',
    metrics: 'Vercel Observability',
    backups: 'the external database provider\'s backups',
    ssl: 'automatic TLS certificates',
    healthChecks: 'your monitoring calling the health endpoint (functions start per request)',
    autoscaling: 'automatic: functions scale per request',
    strategies: {
      rolling: 'atomic deployments: production switches to the new deployment in one step (instant rollback)',
      'blue-green': 'atomic deployments: the previous deployment stays available for `vercel rollback`',
      canary: NOT_BUILT_IN,
      'feature-flags': 'an atomic deployment; new behaviour stays off until its flag is switched on',
    },
    auth: [],
    setup: ['npm install --global vercel'],
    ciVars: [
      v('VERCEL_TOKEN', 'Vercel access token', true),
      v('VERCEL_ORG_ID', 'Vercel team id'),
      v('VERCEL_PROJECT_ID', 'Vercel project id'),
    ],
    serviceName: () => slug,
    deploysStrategy: rollout?.strategy !== 'canary',
    deploy: (env) => [env === 'production' ? 'vercel deploy --prod --yes --token "$VERCEL_TOKEN"' : 'vercel deploy --yes --token "$VERCEL_TOKEN"'],
    ops: () => ({
      logs: 'vercel logs <deployment-url>',
      status: 'vercel inspect <deployment-url>',
      history: `vercel list ${slug}`,
      rollback: 'vercel rollback',
    }),
  };
}
