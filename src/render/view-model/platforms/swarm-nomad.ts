import { ENGINE_LABEL, genericRegistry, NOT_BUILT_IN, progressive, v } from './shared.js';
import { keyFile, sshVars } from './ssh.js';
import type { Platform, Rollout } from './types.js';

export function dockerSwarm(slug: string, rollout?: Rollout): Platform {
  const svc = (env: string) => `${slug}-${env}_app`;
  const remote = 'docker --host "ssh://$DEPLOY_USER@$DEPLOY_HOST"';
  return {
    key: 'docker-swarm',
    family: 'container-orchestration',
    name: 'Docker Swarm',
    short: 'Docker Swarm',
    unit: 'task',
    loadBalancer: 'the Swarm routing mesh behind your load balancer',
    registry: genericRegistry(slug),
    managedDb: (e) => `a ${e === 'unknown' ? 'database' : ENGINE_LABEL[e]} server outside the swarm`,
    cache: 'Redis (a Swarm service with a volume, or a server)',
    queue: 'RabbitMQ (a Swarm service with a volume, or a server)',
    secretsStore: 'Docker secrets (`docker secret create`)',
    logs: 'Docker logs (`docker service logs`)',
    metrics: 'your metrics stack',
    backups: 'scheduled dumps copied off the database host',
    ssl: 'certificates on the load balancer or reverse proxy in front of the swarm',
    grace: { seconds: 10, owner: 'Docker Swarm', setting: '`stop_grace_period` in the stack file' },
    healthChecks: 'the `healthcheck` of the stack file and the load balancer\'s health check',
    opsNote: '`docker service` commands run on a manager node of the swarm.',
    autoscaling: 'not built in: scale with `docker service scale`',
    strategies: {
      rolling: '`update_config` with `parallelism: 1`, `order: start-first` and `failure_action: rollback`',
      'blue-green': 'two stacks (blue and green) and a switch of the load balancer upstream',
      canary: NOT_BUILT_IN,
      'feature-flags': 'a rolling service update; new behaviour stays off until its flag is switched on',
    },
    auth: [...keyFile, 'ssh-keyscan "$DEPLOY_HOST" >> ~/.ssh/known_hosts'],
    setup: [],
    ciVars: [v('DEPLOY_HOST', 'A Swarm manager node of the environment'), ...sshVars.filter((x) => x.name === 'DEPLOY_USER' || x.name === 'DEPLOY_SSH_KEY')],
    serviceName: svc,
    deploysStrategy: !progressive(rollout),
    deploy: (env) => [`${remote} service update --image "$IMAGE" --with-registry-auth ${svc(env)}`],
    ops: (env) => ({
      logs: `docker service logs --since 15m ${svc(env)}`,
      status: `docker service ps ${svc(env)}`,
      restart: `docker service update --force ${svc(env)}`,
      rollback: `docker service rollback ${svc(env)}`,
      scale: (n) => `docker service scale ${svc(env)}=${n}`,
      cpu: 'docker stats --no-stream',
    }),
  };
}

export function nomad(slug: string, rollout?: Rollout): Platform {
  const job = (env: string) => `${slug}-${env}`;
  return {
    key: 'nomad',
    family: 'container-orchestration',
    name: 'HashiCorp Nomad',
    short: 'Nomad',
    unit: 'allocation',
    loadBalancer: 'a load balancer fed by Consul service discovery (for example Traefik or Fabio)',
    registry: genericRegistry(slug),
    managedDb: (e) => `a ${e === 'unknown' ? 'database' : ENGINE_LABEL[e]} server outside Nomad`,
    cache: 'Redis (a Nomad job with a host volume, or a server)',
    queue: 'RabbitMQ (a Nomad job with a host volume, or a server)',
    secretsStore: 'Vault through Nomad\'s `template` block, or Nomad Variables',
    logs: 'Nomad allocation logs (`nomad alloc logs`)',
    metrics: 'your metrics stack (Nomad exposes Prometheus metrics)',
    backups: 'scheduled dumps copied off the database host',
    ssl: 'certificates on the load balancer',
    grace: { seconds: 5, owner: 'Nomad', setting: '`kill_timeout` in the task' },
    healthChecks: 'service `check` blocks (Consul or Nomad native)',
    autoscaling: 'the Nomad Autoscaler with a CPU policy',
    strategies: {
      rolling: 'job `update` block with `max_parallel = 1`, health checks and `auto_revert = true`',
      'blue-green': '`update { canary = <instance count> }`, then `nomad deployment promote` switches all traffic',
      canary: '`update { canary = 1 }`, then `nomad deployment promote` once the canary is healthy',
      'feature-flags': 'a rolling job update; new behaviour stays off until its flag is switched on',
    },
    auth: [],
    setup: [],
    ciVars: [v('NOMAD_ADDR', 'Address of the Nomad cluster of the environment'), v('NOMAD_TOKEN', 'ACL token allowed to submit the job', true)],
    serviceName: job,
    deploysStrategy: true,
    deploy: (env) => [
      `nomad job run -var "image=$IMAGE" deploy/${job(env)}.nomad.hcl`,
      ...(env === 'production' && progressive(rollout) ? ['# once the canary allocations are healthy: nomad deployment promote <deployment-id>'] : []),
    ],
    ops: (env) => ({
      logs: `nomad alloc logs -job ${job(env)}`,
      status: `nomad job status ${job(env)}`,
      restart: `nomad job restart ${job(env)}`,
      history: `nomad job history ${job(env)}`,
      rollback: `nomad job revert ${job(env)} <previous-version>`,
      scale: (n) => `nomad job scale ${job(env)} ${n}`,
      cpu: 'nomad alloc status -stats <alloc-id>',
    }),
  };
}
