import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { EnvInfo, Decisions } from './decisions/index.js';
import { secretsStore, type EnvVar } from './env-vars/index.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';
import { cap, section } from './util.js';

/** The lines of one environment's configuration: per-environment values, and where secrets come from. */
export function envConfigLines(env: EnvInfo, vars: EnvVar[], store: string): string[] {
  const out: string[] = [];
  if (env.id === 'development') out.push('# cp .env.example .env, then adjust; the values below differ per environment');
  for (const v of vars) {
    const value = v.perEnv?.[env.id];
    if (value !== undefined) out.push(`${v.name}=${value}`);
    else if (env.id === 'development') continue;
    else if (v.secret) out.push(`# ${v.name}: from ${store}`);
    else if (v.required !== 'no' && v.value === '') out.push(`# ${v.name}: set for ${env.name.toLowerCase()}`);
    else if (v.name === 'APP_URL') out.push(`# APP_URL: the public URL of ${env.name.toLowerCase()} (not decided in Phase 7)`);
  }
  return out;
}

function autoDeploy(ctx: Ctx, f: Decisions, env: EnvInfo): string {
  const a = ctx.answers('7.4');
  if (env.id === 'development') return 'No: runs on each developer\'s machine';
  if (env.id === 'testing') return a ? 'Used by the pipeline\'s test runs' : ctx.tbd('7.4');
  if (!a) return ctx.tbd('7.4');
  const stages = a.stages;
  const mode = a.autoDeploy;
  if (env.id === 'staging') {
    if (!stages.includes('deploy-staging')) return 'No pipeline stage deploys here (7.4)';
    return mode === 'manual-all' ? 'No: started by hand from the pipeline' : 'Yes: every push to `main` that passes the checks';
  }
  if (!stages.includes('deploy-production')) return 'No pipeline stage deploys here (7.4)';
  if (mode === 'auto-production' && !stages.includes('manual-approval')) return `Yes: every push to \`main\`${f.staging && stages.includes('deploy-staging') ? ' after staging succeeds' : ''}`;
  if (mode === 'manual-all') return 'No: started by hand from the pipeline';
  return `No: after ${f.staging && stages.includes('deploy-staging') ? 'staging succeeds' : 'the checks pass'}, a person approves the deploy`;
}

function database(f: Decisions, env: EnvInfo): string {
  if (env.id === 'development') return f.docker ? 'The Docker Compose database on localhost' : `A local ${f.db.label === 'the database' ? 'database' : f.db.label}`;
  if (env.id === 'testing') return 'A fresh database per pipeline run';
  return `${f.platform.managedDb(f.db.engine)}, separate from every other environment`;
}

/** The keys that wait for 7.3's answer, declared once: the "not answered" values are built from this list (the environments themselves follow the assumed defaults). */
const KEYS = { text: ['ENVIRONMENT_COUNT', 'CONFIG_APPROACH_TEXT'], lists: ['CONFIG_APPROACH'] } as const satisfies SectionKeys;

/** The lines of one environment's configuration by id, or a comment when 7.3 has no such environment. */
export function envConfigFor(f: Decisions, vars: EnvVar[], store: string, id: string): string {
  const env = f.envs.find((e) => e.id === id);
  return env ? envConfigLines(env, vars, store).join('\n') : `# 7.3 has no ${id} environment`;
}

/** 7.3: the environments, how each is deployed and configured. */
export function environmentValues(ctx: Ctx, f: Decisions, vars: EnvVar[]): ViewModel {
  const a = ctx.answers('7.3');
  const store = secretsStore(ctx, f);
  const environments = f.envs.map((env) => ({
    ENV_ID: env.id,
    ENV_NAME: env.name,
    ENV_PURPOSE: env.purpose,
    ENV_DATA: env.data,
    ENV_ACCESS: env.access,
    ENV_URL: env.id === 'development' ? `http://localhost:${f.stack.port}` : 'Not decided in Phase 7: set `APP_URL` for this environment',
    ENV_DATABASE: cap(database(f, env)),
    ENV_AUTO_DEPLOY: autoDeploy(ctx, f, env),
    ENV_SERVICE: env.id === 'development' || env.id === 'testing' ? '—' : `\`${f.platform.serviceName(env.id)}\``,
    ENV_CONFIG: envConfigLines(env, vars, store).join('\n'),
  }));
  const approaches = a
    ? a.config.map((id) => {
        const label = ctx.label('7.3', 'config', [id]);
        if (id === 'config-service') return `${label}: ${ctx.label('7.3', 'secretsService', a.secretsService ?? '')}`;
        if (id === 'feature-flags') return `${label}: ${ctx.label('7.3', 'featureFlagTool', a.featureFlagTool ?? '')}`;
        return label;
      })
    : [];
  return {
    ...section(ctx, 'ENVIRONMENTS', '7.3'),
    ENVIRONMENT_NAMES: f.envs.map((e) => e.name).join(', '),
    ENVIRONMENT: environments,
    ...(a
      ? { ENVIRONMENT_COUNT: ctx.label('7.3', 'count', a.count), CONFIG_APPROACH: approaches.map((x) => ({ APPROACH: x })), CONFIG_APPROACH_TEXT: approaches.join('; ') } satisfies SectionValues<typeof KEYS>
      : notAnswered(KEYS, ctx.tbd('7.3'), {})),
  };
}
