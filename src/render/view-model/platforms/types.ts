import type { Strategy741 } from '../../../catalogue/answer-types.generated.js';
export type PlatformKey =
  | 'aws-ecs' | 'aws-beanstalk' | 'gcp' | 'azure'
  | 'heroku' | 'railway' | 'render' | 'fly-io' | 'vercel'
  | 'on-premises' | 'kubernetes' | 'docker-swarm' | 'nomad' | 'unknown';

export type Cloud = 'aws' | 'gcp' | 'azure';
export type DbEngine = 'postgres' | 'mysql' | 'mongodb' | 'unknown';
export type { Rollout } from '../decisions/rollout.js';

/** A variable the CI/CD system must provide (not an application environment variable). */
export interface CiVar {
  name: string;
  purpose: string;
  secret: boolean;
}

/** Commands an operator runs against one environment; absent when the platform has no CLI for it. */
export interface OpsCommands {
  logs?: string;
  status?: string;
  restart?: string;
  rollback?: string;
  history?: string;
  scale?: (instances: number) => string;
  cpu?: string;
  memory?: string;
  shell?: string;
  /** The web console where what has no command is done ("the Render dashboard (…)"). */
  console?: string;
}

export interface Registry {
  name: string;
  /** Image repository without tag, as a shell expression ("$REGISTRY/app"). */
  image: string;
  login: string[];
  vars: CiVar[];
  /** A generic registry: a CI with its own registry (GitLab, GitHub) may use that instead. */
  generic: boolean;
}

export interface Platform {
  key: PlatformKey;
  family: 'cloud' | 'paas' | 'on-premises' | 'container-orchestration' | 'unknown';
  /** "AWS — Amazon ECS on Fargate". */
  name: string;
  /** "AWS", "Heroku", "Kubernetes (Amazon EKS)". */
  short: string;
  /** What runs one copy of the service: "ECS task", "dyno", "pod". */
  unit: string;
  /** Honesty note when the runtime is a guess from a broader answer. */
  assumption?: string;
  cloud?: Cloud;
  loadBalancer: string;
  /** Where images are pushed; undefined when the platform builds from source. */
  registry?: Registry;
  managedDb(engine: DbEngine): string;
  cache: string;
  queue: string;
  secretsStore: string;
  logs: string;
  metrics: string;
  backups: string;
  ssl: string;
  /** Runs request-scoped functions (no long-running process, no image): instance counts, SIGTERM draining and images do not apply. */
  serverless?: boolean;
  /** Default time between SIGTERM and SIGKILL, and the setting that changes it. */
  grace?: { seconds: number; /** Who enforces it: "Docker", "Kubernetes". */ owner: string; /** Where to change it; absent when fixed. */ setting?: string };
  healthChecks: string;
  autoscaling: string;
  strategies: Record<Strategy741, string>;
  /** Shell lines that log the CI job in to the platform before deploying. */
  auth: string[];
  /** Shell lines that install the platform's CLI on a CI runner that lacks it. */
  setup: string[];
  ciVars: CiVar[];
  /** Shell lines deploying `$IMAGE` (or the checked-out source) to an environment. */
  deploy(env: string): string[];
  /** Whether deploy() carries out the production strategy of 7.4.1 itself (else the pipeline uses the default rollout). */
  deploysStrategy: boolean;
  ops(env: string): OpsCommands;
  /** Where the operator commands run, when not from a workstation with the platform CLI. */
  opsNote?: string;
  /** Name of the service in an environment, following this guide's convention. */
  serviceName(env: string): string;
}
