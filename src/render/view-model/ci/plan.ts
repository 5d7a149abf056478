import type { Platform74, Stages74 } from '../../../catalogue/answer-types.generated.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import type { CiVar } from '../platforms/index.js';
import type { Stack } from '../stack.js';
import { migrationCliInstall } from '../migration-tools.js';
import { jobImage, toolPrelude } from './yaml.js';

/** The CI/CD platforms of 7.4. */
export type CiPlatform = Platform74;

export interface DeployJob {
  env: 'staging' | 'production';
  title: string;
  /** Needs a person to start or approve it. */
  gate: boolean;
  lines: string[];
}

/** Everything a CI generator needs, independent of the CI's syntax. */
export interface PipelinePlan {
  slug: string;
  stack: Stack;
  /** Image a container-based CI runs the lint/test job in. */
  jobImage: string;
  branch: string;
  /** Commands of the CI job, in order, each with the stage title it implements. */
  ci: { title: string; run: string }[];
  /** Tools a container-based CI job installs before the project's commands (corepack, uv, poetry …). */
  prelude: string[];
  /** The migrate command each deploy job runs before deploying, when the project has one. */
  migrate?: string;
  image?: {
    /** Repository without tag; undefined = the CI's own registry when it has one, else $REGISTRY. */
    repo?: string;
    genericRegistry: boolean;
    /** Lines that log in to the registry (after the platform login when the registry belongs to the cloud). */
    login: string[];
    /** CI variables the push needs. */
    vars: CiVar[];
    push: boolean;
    sizeBudgetMb?: number;
    scan: boolean;
  };
  deploys: DeployJob[];
  deployAuth: string[];
  deploySetup: string[];
  /** CI variables the deploy jobs need. */
  deployVars: CiVar[];
  /** Path the smoke test calls after a deploy (readiness, else the basic health endpoint). */
  smokePath?: string;
  ciVars: CiVar[];
  /** Deploys wait for a person for every environment (7.4: manual deploy for all environments). */
  manualAll: boolean;
  notes: string[];
}

export const CI_FILES: Record<CiPlatform, string> = {
  'github-actions': '.github/workflows/ci-cd.yml',
  'gitlab-ci': '.gitlab-ci.yml',
  jenkins: 'Jenkinsfile',
  circleci: '.circleci/config.yml',
  'travis-ci': '.travis.yml',
  'aws-codepipeline': 'buildspec.yml',
  'azure-devops': 'azure-pipelines.yml',
};

export const SCAN_IMAGE = 'docker run --rm -v /var/run/docker.sock:/var/run/docker.sock aquasec/trivy:latest image --exit-code 1 --severity HIGH,CRITICAL "$IMAGE"';

export function sizeCheck(budget: number): string[] {
  return [
    `SIZE_MB=$(docker image inspect "$IMAGE" | jq '.[0].Size / 1000000 | floor')`,
    `echo "image size: $SIZE_MB MB (budget ${budget} MB)"`,
    `test "$SIZE_MB" -le ${budget}`,
  ];
}

export function smokeTest(path: string): string {
  return `curl -fsS --retry 5 --retry-delay 10 --retry-all-errors "$APP_URL${path}"`;
}

export function buildPlan(ctx: Ctx, f: Decisions): PipelinePlan | undefined {
  const a = ctx.answers('7.4');
  if (!a) return undefined;
  const stages = a.stages;
  const autoDeploy = a.autoDeploy;
  const chosen = (id: Stages74) => stages.includes(id);
  const c = f.stack.commands;
  const notes: string[] = [];
  const ci: PipelinePlan['ci'] = [];
  if (chosen('install')) ci.push({ title: 'Install dependencies', run: c.install });
  if (chosen('lint')) ci.push({ title: 'Lint', run: c.lint });
  if (chosen('test')) ci.push({ title: 'Test (with coverage)', run: c.test });
  const docker = f.docker && !f.platform.serverless; // a serverless platform deploys source, never an image
  if (chosen('build') && !docker) ci.push({ title: 'Build', run: c.build });
  if (chosen('security-scan')) ci.push({ title: 'Security scan (dependencies)', run: c.audit });
  if (!chosen('checkout')) notes.push('7.4 leaves out "Checkout code"; every CI job still checks the code out, because nothing else can run without it.');

  const registry = f.platform.registry;
  const image: PipelinePlan['image'] = docker && chosen('build')
    ? {
        ...(registry && !registry.generic ? { repo: registry.image } : {}),
        genericRegistry: !registry || registry.generic,
        login: registry ? [...(registry.generic ? [] : f.platform.auth), ...registry.login] : [],
        vars: registry ? (registry.generic ? registry.vars : [...f.platform.ciVars, ...registry.vars]) : [],
        push: registry !== undefined,
        ...(f.images.sizeMb !== undefined ? { sizeBudgetMb: f.images.sizeMb } : {}),
        scan: chosen('security-scan'),
      }
    : undefined;
  if (f.docker && !docker) notes.push(`${f.platform.short} builds and runs the functions from the source, so the pipeline builds no Docker image: the Dockerfile serves local development only.`);
  if (docker && !chosen('build')) notes.push('7.4 leaves out "Build", so the pipeline builds no Docker image; the deploy steps below then need an image built elsewhere.');

  // Migrations run before the new version starts: in the image just built, else from a checkout with dependencies installed.
  // Spring Boot applies Flyway/Liquibase migrations itself when it starts.
  const atStartup = f.stack.framework === 'spring-boot' && ['flyway', 'liquibase'].includes(f.stack.migration?.tool ?? '');
  const migrate = atStartup ? undefined : f.stack.commands.migrate;
  if (atStartup) notes.push(`Spring Boot applies the ${f.stack.migration!.label} migrations when the new version starts, so the pipeline has no migrate step; with several instances, only one migrates at a time (the tool takes a lock).`);
  const inImage = image !== undefined && ['node', 'python', 'ruby', 'php'].includes(f.stack.id);
  // the variables the tool reads: Laravel 11 reads DB_URL; Rails needs a secret_key_base even to migrate
  const migrateEnv = [f.stack.envStyle === 'laravel' ? 'DB_URL=$DATABASE_URL' : 'DATABASE_URL=$DATABASE_URL', ...(f.stack.envStyle === 'rails' ? ['SECRET_KEY_BASE_DUMMY=1'] : [])];
  const cliInstall = f.stack.migration ? migrationCliInstall(f.stack.migration.tool) : undefined;
  const inImageCommand = migrate ? migrate.replace(/^(uv run|poetry run|pipenv run|bundle exec)\s+/, '') : '';
  const migrateLines = (env: string): string[] => !migrate ? []
    // on Kubernetes a one-off pod runs it inside the cluster, next to the database, with the image just pushed
    : inImage && f.platform.key === 'kubernetes' ? [`kubectl run ${ctx.project.slug}-migrate-$VERSION --namespace ${f.platform.serviceName(env)} --image="$IMAGE" --restart=Never --rm --attach ${migrateEnv.map((e) => `--env="${e}"`).join(' ')} -- ${inImageCommand}`]
      : inImage ? [...(registry?.login ?? []), `docker run --rm ${migrateEnv.map((e) => `--env "${e}"`).join(' ')} "$IMAGE" ${inImageCommand}`]
        : f.docker ? [...(cliInstall ? [cliInstall] : []), cliInstall || !f.stack.migration ? migrate : `${migrate}  # needs the ${f.stack.migration.label} CLI on the runner`]
          : [c.install, migrate];
  const deploy = (env: 'staging' | 'production') => [...migrateLines(env), ...f.platform.deploy(env)];
  const deploys: DeployJob[] = [];
  const prodGate = autoDeploy !== 'auto-production' || chosen('manual-approval');
  if (chosen('deploy-staging')) {
    if (f.staging) deploys.push({ env: 'staging', title: 'Deploy to staging', gate: autoDeploy === 'manual-all', lines: deploy('staging') });
    else notes.push('7.4 includes "Deploy to staging" but 7.3 has no staging environment, so the pipeline has no staging deploy.');
  }
  if (chosen('deploy-production')) deploys.push({ env: 'production', title: 'Deploy to production', gate: prodGate, lines: deploy('production') });
  if (autoDeploy === 'auto-production' && chosen('manual-approval')) {
    notes.push('7.4 auto-deploys to production but also includes the "Manual approval" stage: the approval stage is kept, so production waits for it.');
  }

  const health = ctx.answers('7.9');
  const endpoints = health ? health.endpoints : [];
  const smokePath = endpoints.includes('ready') ? '/health/ready' : endpoints.includes('health') ? '/health' : endpoints.includes('live') ? '/health/live' : undefined;

  // variables named for one environment (RENDER_DEPLOY_HOOK_STAGING) only when that environment is deployed
  const deployed = new Set(deploys.map((d) => d.env.toUpperCase()));
  const forDeployedEnvs = (v: CiVar) => !/_(STAGING|PRODUCTION)$/.test(v.name) || deployed.has(v.name.split('_').pop()!);
  const deployVars: CiVar[] =
    deploys.length === 0 ? [] : [...f.platform.ciVars.filter(forDeployedEnvs), ...(migrate ? [{ name: 'DATABASE_URL', purpose: `Database of the environment, for the migrations (\`${migrate}\`)`, secret: true }, ...(inImage && f.platform.key !== 'kubernetes' && registry ? registry.vars : [])] : []), ...(smokePath ? [{ name: 'APP_URL', purpose: 'Base URL of the environment, for the smoke test', secret: false }] : [])];
  const rollout = f.rollout;
  if (rollout && deploys.some((d) => d.env === 'production') && !f.platform.deploysStrategy) {
    notes.push(`The pipeline file deploys production as a rolling update; the ${ctx.label('7.4.1', 'strategy', rollout.strategy).toLowerCase()} of 7.4.1 needs more: ${f.platform.strategies[rollout.strategy].replace(/^not built in: /, '')} (see Deployment Strategy & Rollback).`);
  }
  if (image?.push && f.platform.registry?.generic && ['on-premises', 'docker-swarm', 'nomad'].includes(f.platform.key)) {
    notes.push('The servers pull the image themselves: log each one in to the registry once (`docker login`) with a read-only token.');
  }
  // Every pipeline file but GitHub Actions' (ghcr.io) tags an image without a registry of its platform as $REGISTRY/<name>.
  const registryVar: CiVar[] = image && image.repo === undefined && a.platform !== 'github-actions'
    ? [{ name: 'REGISTRY', purpose: 'Registry host and namespace the image is tagged and pushed with (e.g. `registry.example.com/team`)', secret: false }]
    : [];
  const ciVars = uniqueVars([...registryVar, ...(image?.push ? image.vars : []), ...deployVars]);
  return {
    slug: ctx.project.slug,
    stack: f.stack,
    jobImage: jobImage(f.stack),
    prelude: toolPrelude(f.stack),
    ...(migrate ? { migrate } : {}),
    branch: 'main',
    ci,
    ...(image ? { image } : {}),
    deploys,
    deployAuth: f.platform.auth,
    deploySetup: f.platform.setup,
    deployVars: uniqueVars(deployVars),
    ...(smokePath ? { smokePath } : {}),
    ciVars,
    manualAll: autoDeploy === 'manual-all',
    notes,
  };
}

export function uniqueVars(vars: CiVar[]): CiVar[] {
  const seen = new Set<string>();
  return vars.filter((v) => (seen.has(v.name) ? false : (seen.add(v.name), true)));
}
