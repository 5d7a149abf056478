import { ENGINE_LABEL, NOT_BUILT_IN, v } from './shared.js';
import type { Platform, Rollout } from './types.js';

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
