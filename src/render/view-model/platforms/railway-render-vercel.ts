import { ENGINE_LABEL, NOT_BUILT_IN, v } from './shared.js';
import type { DbEngine, Platform, Rollout } from './types.js';

const managedBy = (vendor: string) => (e: DbEngine) => (e === 'unknown' ? `a managed database on ${vendor}` : `${vendor} ${ENGINE_LABEL[e]}`);

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

export function vercel(slug: string, rollout?: Rollout): Platform {
  return {
    key: 'vercel',
    family: 'paas',
    name: 'Vercel (serverless functions)',
    short: 'Vercel',
    unit: 'function instance',
    serverless: true,
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
