import type { Ctx } from './context.js';
import { has, list, str } from './context.js';
import { resolvePlatform, type DbEngine, type Platform, type Rollout, type StrategyId } from './platforms/index.js';
import { detectStack, fromEvidence, type Stack } from './stack.js';

export type EnvId = 'development' | 'testing' | 'staging' | 'production';

export interface EnvInfo {
  id: EnvId;
  name: string;
  purpose: string;
  data: string;
  access: string;
}

/** Values derived once from the answers and shared by every part of the view model. */
export interface Facts {
  docker: boolean;
  stack: Stack;
  platform: Platform;
  db: { engine: DbEngine; label: string; source: string };
  redis: boolean;
  queue: boolean;
  envs: EnvInfo[];
  /** Whether a staging environment exists to deploy to. */
  staging: boolean;
}

const ENVS: Record<EnvId, EnvInfo> = {
  development: { id: 'development', name: 'Development', purpose: 'Local development on each developer\'s machine', data: 'Local test data, safe to reset', access: 'Every developer' },
  testing: { id: 'testing', name: 'Testing', purpose: 'Automated integration and end-to-end tests run by the pipeline', data: 'Fixtures loaded by the tests, reset on every run', access: 'The pipeline; developers read-only' },
  staging: { id: 'staging', name: 'Staging', purpose: 'Pre-production: QA and release checks on a production-like setup', data: 'Realistic or anonymized data, never real personal data', access: 'Development team and QA' },
  production: { id: 'production', name: 'Production', purpose: 'Live service for real users', data: 'Real user data', access: 'Restricted: the people allowed to deploy and roll back' },
};

export const ENV_SETS: Record<string, EnvId[]> = {
  three: ['development', 'staging', 'production'],
  'four-plus': ['development', 'testing', 'staging', 'production'],
  two: ['development', 'production'],
};

function detectDb(ctx: Ctx): Facts['db'] {
  const own = ctx.projectStack?.database;
  const ownEngine = own ? ({ postgres: 'postgres', postgresql: 'postgres', mysql: 'mysql', mariadb: 'mysql', mongodb: 'mongodb', mongo: 'mongodb' } as Record<string, DbEngine>)[own.value.toLowerCase()] : undefined;
  const container = ctx.answers('7.2');
  const services = container && str(container, 'docker') === 'yes' ? list(container, 'composeServices') : [];
  const fromCompose = (['postgres', 'mysql', 'mongodb'] as const).find((e) => services.includes(e));
  const labels: Record<DbEngine, string> = { postgres: 'PostgreSQL', mysql: 'MySQL', mongodb: 'MongoDB', unknown: 'the database' };
  if (own && ownEngine) return { engine: ownEngine, label: labels[ownEngine], source: `${fromEvidence(own.evidence)} (the project's own driver or configuration)` };
  if (fromCompose) return { engine: fromCompose, label: labels[fromCompose], source: 'from the Docker Compose services of 7.2' };
  if (ctx.answers('7.7.2')?.tool === 'pgbouncer') return { engine: 'postgres', label: 'PostgreSQL', source: 'from the pgBouncer pool of 7.7.2' };
  return { engine: 'unknown', label: 'the database', source: 'not named by any answer' };
}

/** 7.4.1's production rollout; a canary's duration is the time to reach 100% in its steps. */
export function rolloutOf(ctx: Ctx): Rollout | undefined {
  const a = ctx.answers('7.4.1');
  if (!a) return undefined;
  const strategy = str(a, 'strategy') as StrategyId;
  if (strategy !== 'canary') return { strategy };
  const steps = Math.ceil((100 - Number(a.canaryInitial)) / Math.max(1, Number(a.canaryStep)));
  return { strategy, minutes: steps * Number(a.canaryInterval) };
}

export function deriveFacts(ctx: Ctx): Facts {
  const container = ctx.answers('7.2');
  const docker = container ? str(container, 'docker') === 'yes' : false;
  const services = docker && container ? list(container, 'composeServices') : [];
  const health = ctx.given('7.9', 'checks') ? ctx.answers('7.9') : undefined;
  const envIds = ENV_SETS[ctx.answers('7.3')?.count ?? ''] ?? ENV_SETS.three!;
  return {
    docker,
    stack: detectStack(ctx),
    platform: resolvePlatform(ctx, docker, rolloutOf(ctx)),
    db: detectDb(ctx),
    redis: services.includes('redis') || has(health, 'checks', 'redis'),
    queue: services.includes('rabbitmq') || has(health, 'checks', 'queue'),
    envs: envIds.map((id) => ENVS[id]),
    staging: envIds.includes('staging'),
  };
}
