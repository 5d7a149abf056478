import type { Ctx } from '../context.js';
import { awsBeanstalk, awsEcs } from './aws.js';
import { azure, gcp } from './gcp-azure.js';
import { flyIo, heroku } from './heroku-fly.js';
import { kubernetes } from './kubernetes.js';
import { onPremises } from './on-premises.js';
import { railway, render, vercel } from './railway-render-vercel.js';
import { dockerSwarm, nomad } from './swarm-nomad.js';
import { ENGINE_LABEL, genericRegistry, NOT_BUILT_IN } from './shared.js';
import type { Platform, Rollout } from './types.js';

export type { CiVar, Cloud, DbEngine, OpsCommands, Platform, PlatformKey, Registry, Rollout } from './types.js';
export { ENGINE_LABEL } from './shared.js';

function managedOf(p: Platform) {
  return { db: p.managedDb, cache: p.cache, queue: p.queue, secrets: p.secretsStore, logs: p.logs, metrics: p.metrics, backups: p.backups };
}

function unknownPlatform(slug: string, docker: boolean): Platform {
  return {
    key: 'unknown',
    family: 'unknown',
    name: 'the deployment platform',
    short: 'the platform',
    unit: 'instance',
    loadBalancer: 'the load balancer',
    ...(docker ? { registry: genericRegistry(slug) } : {}),
    managedDb: (e) => (e === 'unknown' ? 'the database' : ENGINE_LABEL[e]),
    cache: 'Redis',
    queue: 'RabbitMQ',
    secretsStore: 'the platform\'s secret settings',
    logs: 'the platform\'s logs',
    metrics: 'the platform\'s metrics',
    backups: 'the database\'s backups',
    ssl: 'the platform\'s TLS certificates',
    healthChecks: 'the platform\'s health checks',
    autoscaling: 'the platform\'s autoscaling',
    strategies: { rolling: 'the platform\'s rolling update', 'blue-green': NOT_BUILT_IN, canary: NOT_BUILT_IN, 'feature-flags': 'a normal deploy; new behaviour stays off until its flag is switched on' },
    auth: [],
    setup: [],
    ciVars: [],
    serviceName: (env) => `${slug}-${env}`,
    deploysStrategy: false,
    deploy: () => ['# deploy "$IMAGE" with your platform\'s command'],
    ops: () => ({}),
  };
}

/** The platform chosen in 7.1 (with the runtime 7.2's Docker answer implies), or a neutral one when 7.1 is not answered here. */
export function resolvePlatform(ctx: Ctx, docker: boolean, rollout?: Rollout): Platform {
  const a = ctx.answers('7.1');
  const slug = ctx.project.slug;
  const r = rollout;
  if (!a) return unknownPlatform(slug, docker);
  switch (a.choice) {
    case 'cloud': {
      const provider = a.cloudProvider;
      if (provider === 'gcp') return gcp(slug, docker, r);
      if (provider === 'azure') return azure(slug, docker, r);
      return docker ? awsEcs(slug, r) : awsBeanstalk(slug, r);
    }
    case 'paas': {
      const provider = a.paasProvider;
      if (provider === 'railway') return railway(slug, r);
      if (provider === 'render') return render(slug, r);
      if (provider === 'fly-io') return flyIo(slug, r);
      if (provider === 'vercel') return vercel(slug, r);
      return heroku(slug, docker, r);
    }
    case 'on-premises':
      return onPremises(slug, docker, a.onPremType ?? '', r);
    case 'container-orchestration': {
      const orchestrator = a.orchestrator;
      if (orchestrator === 'docker-swarm') return dockerSwarm(slug, r);
      if (orchestrator === 'nomad') return nomad(slug, r);
      const host = a.kubernetesHost ?? 'self-managed';
      const managed =
        host === 'eks' ? managedOf(awsEcs(slug)) : host === 'gke' ? managedOf(gcp(slug, true)) : host === 'aks' ? managedOf(azure(slug, true)) : managedOf(onPremises(slug, true, 'private-cloud'));
      if (host === 'self-managed') {
        managed.db = (e) => `a ${e === 'unknown' ? 'database' : ENGINE_LABEL[e]} server outside the cluster (or an operator-managed database)`;
        managed.secrets = 'Kubernetes Secrets (sealed or synced from a vault)';
        managed.logs = 'the cluster\'s log collector';
      }
      return kubernetes(slug, host, managed, r);
    }
    default:
      return unknownPlatform(slug, docker);
  }
}
