import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { EnvVar } from '../env-vars/index.js';
import type { Decisions } from '../decisions/index.js';
import { upstreamBackupValues } from './backup.js';
import { upstreamConfigurationValues } from './configuration.js';
import { upstreamEnvironmentValues } from './environments.js';
import { upstreamMigrationValues } from './migrations.js';
import { upstreamMonitoringValues } from './monitoring.js';
import { upstreamPipelineValues } from './pipeline.js';
import { upstreamPlatformValues } from './platform.js';
import { upstreamPoolValues } from './pool.js';
import { upstreamRetryValues } from './retry.js';
import { upstreamScalingValues } from './scaling.js';
import { upstreamShutdownValues } from './shutdown.js';
import { upstreamStrategyValues } from './strategy.js';

const NOT_PHASE_7 = 'not part of Phase 7';
const DB_PORTS = { postgres: '5432', mysql: '3306', mongodb: '27017', unknown: '5432' } as const;

/**
 * The keys only the installed ai-flow 2.9.1 templates use, in one place: placeholders our templates say another
 * way (the Deployment Strategy's, mapped from the rollout decision in ./strategy.ts), those of
 * .env.example.template and a few operations placeholders no Phase 7 question answers. Our templates read none
 * of them (test/render/view-model/upstream.test.ts). Values that land in an env file are single tokens.
 */
export function upstreamValues(ctx: Ctx, f: Decisions, vars: EnvVar[]): ViewModel {
  const get = (name: string) => vars.find((v) => v.name === name);
  const apm = ctx.answers('7.5')?.apm ?? '';
  const scaling = ctx.answers('7.8');
  const optimizations = [
    ...(f.images.sizeMb !== undefined ? [{ OPTIMIZATION_NAME: 'Image size', CURRENT_STATE: 'Not measured yet', TARGET_STATE: `At most ${f.images.sizeMb} MB (7.2)`, OPTIMIZATION_IMPLEMENTATION: 'Multi-stage build; the pipeline fails when the image exceeds the budget' }] : []),
    ...(scaling ? [{ OPTIMIZATION_NAME: 'Capacity', CURRENT_STATE: `${scaling.initialLoad} requests/minute expected at launch`, TARGET_STATE: `${Math.round(scaling.year1Load * scaling.peakMultiplier)} requests/minute at the year-1 peak (7.8)`, OPTIMIZATION_IMPLEMENTATION: 'Load-test staging at the peak before launch; scale as described in Scaling' }] : []),
    ...(f.redis ? [{ OPTIMIZATION_NAME: 'Cache hit rate', CURRENT_STATE: 'Not measured yet', TARGET_STATE: 'Not set in Phase 7: choose a target once the first week of data is in', OPTIMIZATION_IMPLEMENTATION: 'Track the hit rate on the dashboard; cache the most-read queries first' }] : []),
  ];
  return {
    ...upstreamPlatformValues(ctx, f),
    ...upstreamEnvironmentValues(ctx, f, vars),
    ...upstreamConfigurationValues(ctx, f, vars),
    ...upstreamStrategyValues(ctx, f),
    ...upstreamScalingValues(ctx, f),
    ...upstreamPoolValues(ctx),
    ...upstreamBackupValues(ctx, f),
    ...upstreamMigrationValues(ctx),
    ...upstreamMonitoringValues(ctx, f),
    ...upstreamShutdownValues(ctx, f),
    ...upstreamRetryValues(ctx),
    ...upstreamPipelineValues(ctx, f),
    GENERATION_DATE: ctx.project.date,
    OPTIMIZATION: optimizations.length > 0 ? optimizations : [{ OPTIMIZATION_NAME: 'Performance targets', CURRENT_STATE: 'Not measured yet', TARGET_STATE: ctx.tbd('7.8'), OPTIMIZATION_IMPLEMENTATION: ctx.tbd('7.8') }],
    ENV_TYPE: 'development',
    DEFAULT_PORT: String(f.stack.port),
    LANGUAGE: f.stack.fence,
    APP_URL: get('APP_URL')?.value ?? `http://localhost:${f.stack.port}`,
    LOG_LEVEL_DEFAULT: get('LOG_LEVEL')?.value ?? 'info',
    POSTGRESQL: f.db.engine === 'postgres',
    MYSQL: f.db.engine === 'mysql',
    MONGODB: f.db.engine === 'mongodb',
    DB_USER: 'app',
    DB_PASSWORD: 'local-dev-only',
    DB_HOST: 'localhost',
    DB_PORT: DB_PORTS[f.db.engine],
    DB_NAME: 'app',
    JWT: false,
    JWT_EXPIRATION: NOT_PHASE_7,
    REFRESH_TOKEN_EXPIRATION: NOT_PHASE_7,
    OAUTH: false,
    OAUTH_PROVIDER: [],
    REDIS: f.redis,
    REDIS_DEFAULT_TTL: 'TBD',
    EMAIL_SERVICE: false,
    EMAIL_HOST: NOT_PHASE_7,
    EMAIL_PORT: NOT_PHASE_7,
    EMAIL_FROM: NOT_PHASE_7,
    S3: false,
    AWS_REGION: get('AWS_REGION')?.example ?? NOT_PHASE_7,
    S3_BUCKET: NOT_PHASE_7,
    AZURE_BLOB: false,
    CONTAINER_NAME: NOT_PHASE_7,
    CORS_ORIGIN_DEFAULT: 'TBD',
    RATE_LIMIT_WINDOW: 'TBD',
    RATE_LIMIT_MAX: 'TBD',
    ENCRYPTION: false,
    SENTRY: apm === 'sentry',
    DATADOG: apm === 'datadog',
  };
}
