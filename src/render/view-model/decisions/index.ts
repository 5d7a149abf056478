import type { Ctx } from '../context.js';
import { resolvePlatform, type Platform } from '../platforms/index.js';
import { detectStack, type Stack } from '../stack.js';
import { decideDatabase, type Database } from './database.js';
import { decideEnvironments, type EnvInfo } from './environments.js';
import { decideImages, type Images } from './images.js';
import { decideRollout, type Rollout } from './rollout.js';

export type { Database, DatabaseConfig } from './database.js';
export { ENV_SETS, type EnvId, type EnvInfo } from './environments.js';
export type { Images } from './images.js';
export type { Canary, Rollback, Rollout } from './rollout.js';

/**
 * What several sections need, decided once from the typed answers (and the project's files) in buildViewModel.
 * Sections read these instead of reading the same answer again.
 */
export interface Decisions {
  /** 7.2: the service ships as a Docker image. */
  docker: boolean;
  images: Images;
  stack: Stack;
  /** 7.4.1's production rollout, when answered. */
  rollout?: Rollout;
  platform: Platform;
  db: Database;
  redis: boolean;
  queue: boolean;
  envs: EnvInfo[];
  /** Whether a staging environment exists to deploy to. */
  staging: boolean;
}

export function deriveDecisions(ctx: Ctx): Decisions {
  const images = decideImages(ctx);
  const stack = detectStack(ctx, images);
  const rollout = decideRollout(ctx);
  const checks = ctx.given('7.9', 'checks') ? (ctx.answers('7.9')?.checks ?? []) : [];
  const envs = decideEnvironments(ctx);
  return {
    docker: images.docker,
    images,
    stack,
    ...(rollout ? { rollout } : {}),
    platform: resolvePlatform(ctx, images.docker, rollout),
    db: decideDatabase(ctx, images, stack.envStyle),
    redis: images.composeServices.includes('redis') || checks.includes('redis'),
    queue: images.composeServices.includes('rabbitmq') || checks.includes('queue'),
    envs,
    staging: envs.some((e) => e.id === 'staging'),
  };
}
