import { ENGINE_LABEL, genericRegistry, NOT_BUILT_IN, v } from './shared.js';
import type { Cloud, Platform, Registry, Rollout } from './types.js';

const progressive = (r?: Rollout) => r?.strategy === 'canary' || r?.strategy === 'blue-green';

const ssh = 'ssh "$DEPLOY_USER@$host"';
const sshVars = [
  v('DEPLOY_HOSTS', 'Servers of the environment, separated by spaces (updated one after the other)'),
  v('DEPLOY_USER', 'Deploy user on the servers'),
  v('DEPLOY_SSH_KEY', 'Private key of the deploy user', true),
  v('DEPLOY_PATH', 'Directory of the application on the servers'),
];
const keyFile = ['mkdir -p ~/.ssh', 'echo "$DEPLOY_SSH_KEY" > ~/.ssh/id_deploy && chmod 600 ~/.ssh/id_deploy', 'echo "IdentityFile ~/.ssh/id_deploy" >> ~/.ssh/config'];
const sshAuth = [...keyFile, 'for host in $DEPLOY_HOSTS; do ssh-keyscan "$host" >> ~/.ssh/known_hosts; done'];

export function onPremises(slug: string, docker: boolean, kind: string, rollout?: Rollout): Platform {
  const name = kind === 'private-cloud' ? 'On-premises — private cloud' : 'On-premises — company servers';
  return {
    key: 'on-premises',
    family: 'on-premises',
    name,
    short: 'On-premises',
    unit: docker ? 'container' : 'server process',
    loadBalancer: 'your load balancer or reverse proxy (for example NGINX or HAProxy)',
    ...(docker ? { registry: genericRegistry(slug) } : {}),
    managedDb: (e) => `a self-hosted ${e === 'unknown' ? 'database' : ENGINE_LABEL[e]} server`,
    cache: 'a self-hosted Redis server',
    queue: 'a self-hosted RabbitMQ server',
    secretsStore: 'files readable only by the service user (or a vault)',
    logs: docker ? 'Docker logs on each host' : 'journald on each host',
    metrics: 'your metrics stack',
    backups: 'scheduled dumps copied off the database host',
    ssl: 'certificates from your internal CA or Let\'s Encrypt (certbot); renewal must be automated and monitored',
    grace: docker
      ? { seconds: 10, owner: 'Docker', setting: '`stop_grace_period` in the compose file' }
      : { seconds: 90, owner: 'systemd', setting: '`TimeoutStopSec` in the systemd unit' },
    healthChecks: 'the load balancer\'s health check (readiness path)' + (docker ? ' and the compose `healthcheck`' : ''),
    opsNote: docker ? 'Server commands (`docker compose`, `docker stats`) run on each application server, in `$DEPLOY_PATH`.' : 'Server commands (`systemctl`, `journalctl`) run on each application server.',
    autoscaling: 'none on fixed servers; add a server behind the load balancer and to `DEPLOY_HOSTS`',
    strategies: {
      rolling: 'take one server out of the load balancer, update it, check it, put it back; repeat',
      'blue-green': 'two stacks (blue and green); switch the load balancer upstream from one to the other',
      canary: 'weighted upstreams in the load balancer (for example NGINX `weight=`)',
      'feature-flags': 'a rolling update; new behaviour stays off until its flag is switched on',
    },
    auth: sshAuth,
    setup: [],
    ciVars: sshVars,
    serviceName: (env) => `${slug}-${env}`,
    deploysStrategy: !progressive(rollout),
    deploy: () =>
      docker
        ? [
            'for host in $DEPLOY_HOSTS; do',
            `  ${ssh} "cd $DEPLOY_PATH && IMAGE=$IMAGE docker compose pull app && IMAGE=$IMAGE docker compose up -d --wait app"`,
            'done',
          ]
        : [
            'for host in $DEPLOY_HOSTS; do',
            '  rsync -az --delete ./ "$DEPLOY_USER@$host:$DEPLOY_PATH/releases/$VERSION/"',
            `  ${ssh} "ln -sfn $DEPLOY_PATH/releases/$VERSION $DEPLOY_PATH/current && sudo systemctl restart ${slug}"`,
            'done',
          ],
    ops: () =>
      docker
        ? {
            logs: 'docker compose logs --since 15m app',
            status: 'docker compose ps',
            restart: 'docker compose restart app',
            rollback: 'IMAGE=<previous-image> docker compose up -d app',
            history: 'docker image ls',
            cpu: 'docker stats --no-stream',
            memory: 'docker stats --no-stream',
            shell: 'docker compose exec app sh',
          }
        : {
            logs: `journalctl -u ${slug} --since "15 min ago"`,
            status: `systemctl status ${slug}`,
            restart: `sudo systemctl restart ${slug}`,
            history: 'ls -t "$DEPLOY_PATH/releases"',
            rollback: `ln -sfn "$DEPLOY_PATH/releases/<previous-release>" "$DEPLOY_PATH/current" && sudo systemctl restart ${slug}`,
            cpu: 'top -b -n 1 | head -n 20',
          },
  };
}

const K8S_HOSTS: Record<string, { label: string; cloud?: Cloud; auth: string[]; vars: ReturnType<typeof v>[]; registry?: Omit<Registry, 'image'> }> = {
  eks: {
    label: 'Amazon EKS',
    cloud: 'aws',
    auth: ['aws eks update-kubeconfig --name "$EKS_CLUSTER" --region "$AWS_REGION"'],
    vars: [v('AWS_ACCESS_KEY_ID', 'Deploy user (or use OIDC federation instead of keys)', true), v('AWS_SECRET_ACCESS_KEY', 'Deploy user secret', true), v('AWS_REGION', 'Region of the cluster'), v('EKS_CLUSTER', 'EKS cluster name')],
    registry: {
      name: 'Amazon ECR',
      login: ['aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin "$REGISTRY"'],
      vars: [v('REGISTRY', 'ECR registry host (ACCOUNT.dkr.ecr.REGION.amazonaws.com)')],
      generic: false,
    },
  },
  gke: {
    label: 'Google GKE',
    cloud: 'gcp',
    auth: ['echo "$GCP_SA_KEY" > /tmp/gcp-key.json', 'gcloud auth activate-service-account --key-file=/tmp/gcp-key.json', 'gcloud container clusters get-credentials "$GKE_CLUSTER" --region "$GCP_REGION" --project "$GCP_PROJECT"'],
    vars: [v('GCP_PROJECT', 'Google Cloud project id'), v('GCP_REGION', 'Region of the cluster'), v('GKE_CLUSTER', 'GKE cluster name'), v('GCP_SA_KEY', 'JSON key of the deploy service account (or use Workload Identity Federation)', true)],
    registry: {
      name: 'Artifact Registry',
      login: ['gcloud auth configure-docker "${REGISTRY%%/*}" --quiet'],
      vars: [v('REGISTRY', 'Artifact Registry repository (REGION-docker.pkg.dev/PROJECT/REPOSITORY)')],
      generic: false,
    },
  },
  aks: {
    label: 'Azure AKS',
    cloud: 'azure',
    auth: ['az login --service-principal --username "$AZURE_CLIENT_ID" --password "$AZURE_CLIENT_SECRET" --tenant "$AZURE_TENANT_ID"', 'az aks get-credentials --name "$AKS_CLUSTER" --resource-group "$AZURE_RESOURCE_GROUP"'],
    vars: [v('AZURE_CLIENT_ID', 'Deploy service principal'), v('AZURE_CLIENT_SECRET', 'Deploy service principal secret', true), v('AZURE_TENANT_ID', 'Azure AD tenant'), v('AZURE_RESOURCE_GROUP', 'Resource group of the cluster'), v('AKS_CLUSTER', 'AKS cluster name')],
    registry: {
      name: 'Azure Container Registry',
      login: ['az acr login --name "${REGISTRY%%.*}"'],
      vars: [v('REGISTRY', 'Azure Container Registry login server (NAME.azurecr.io)')],
      generic: false,
    },
  },
  'self-managed': {
    label: 'a self-managed cluster',
    auth: ['echo "$KUBECONFIG_B64" | base64 -d > kubeconfig', 'export KUBECONFIG="$PWD/kubeconfig"'],
    vars: [v('KUBECONFIG_B64', 'Base64 of a kubeconfig for the deploy service account', true)],
  },
};

export function kubernetes(slug: string, host: string, managed: { db: Platform['managedDb']; cache: string; queue: string; secrets: string; logs: string; metrics: string; backups: string }, rollout?: Rollout): Platform {
  // canary and blue-green run through Argo Rollouts: the workload is a Rollout, driven by its kubectl plugin
  const argo = progressive(rollout);
  const timeout = `${Math.max(10, (rollout?.minutes ?? 0) + 15)}m`;
  const h = K8S_HOSTS[host] ?? K8S_HOSTS['self-managed']!;
  const ns = (env: string) => `${slug}-${env}`;
  const k = (env: string) => `--namespace ${ns(env)}`;
  const registry: Registry = h.registry ? { ...h.registry, image: `$REGISTRY/${slug}` } : genericRegistry(slug);
  return {
    key: 'kubernetes',
    family: 'container-orchestration',
    name: `Kubernetes — ${h.label}`,
    short: `Kubernetes (${h.label})`,
    unit: 'pod',
    ...(h.cloud ? { cloud: h.cloud } : {}),
    loadBalancer: 'Ingress controller and Service',
    registry,
    managedDb: managed.db,
    cache: managed.cache,
    queue: managed.queue,
    secretsStore: managed.secrets,
    logs: managed.logs,
    metrics: managed.metrics,
    backups: managed.backups,
    ssl: h.cloud ? 'cert-manager (Let\'s Encrypt) on the Ingress, or the cloud load balancer\'s managed certificates' : 'cert-manager (Let\'s Encrypt or your internal CA) on the Ingress',
    grace: { seconds: 30, owner: 'Kubernetes', setting: '`terminationGracePeriodSeconds` in the pod spec' },
    healthChecks: '`livenessProbe` and `readinessProbe` in the pod template',
    autoscaling: 'a HorizontalPodAutoscaler on CPU utilization',
    strategies: {
      rolling: 'Deployment strategy `RollingUpdate` with `maxUnavailable: 0` and `maxSurge: 1`',
      'blue-green': 'Argo Rollouts: a `Rollout` with the blue-green strategy; the new version runs behind a preview Service until the active Service is switched',
      canary: 'Argo Rollouts: a `Rollout` with the canary steps below, promoted step by step while the metrics hold',
      'feature-flags': 'a `RollingUpdate` Deployment; new behaviour stays off until its flag is switched on',
    },
    auth: h.auth,
    setup: argo
      ? ['curl -fsSLO https://github.com/argoproj/argo-rollouts/releases/latest/download/kubectl-argo-rollouts-linux-amd64', 'sudo install -m 0755 kubectl-argo-rollouts-linux-amd64 /usr/local/bin/kubectl-argo-rollouts']
      : [],
    ciVars: h.vars,
    serviceName: ns,
    deploysStrategy: true,
    deploy: (env) =>
      argo
        ? [
            `kubectl argo rollouts set image ${slug} ${slug}="$IMAGE" ${k(env)}`,
            `kubectl argo rollouts status ${slug} ${k(env)} --timeout ${env === 'production' ? timeout : '10m'}`,
          ]
        : [`kubectl set image deployment/${slug} ${slug}="$IMAGE" ${k(env)}`, `kubectl rollout status deployment/${slug} ${k(env)} --timeout=10m`],
    ops: (env) => ({
      logs: `kubectl logs -l app=${slug} ${k(env)} --since=15m --all-containers --prefix`,
      status: argo ? `kubectl argo rollouts get rollout ${slug} ${k(env)}` : `kubectl get pods ${k(env)} -l app=${slug} -o wide`,
      restart: argo ? `kubectl argo rollouts restart ${slug} ${k(env)}` : `kubectl rollout restart deployment/${slug} ${k(env)}`,
      history: argo ? `kubectl argo rollouts get rollout ${slug} ${k(env)}` : `kubectl rollout history deployment/${slug} ${k(env)}`,
      rollback: argo ? `kubectl argo rollouts undo ${slug} ${k(env)}` : `kubectl rollout undo deployment/${slug} ${k(env)}`,
      scale: (n) => `kubectl scale ${argo ? 'rollout' : 'deployment'}/${slug} --replicas=${n} ${k(env)}`,
      cpu: `kubectl top pods ${k(env)} -l app=${slug}`,
      memory: `kubectl top pods ${k(env)} -l app=${slug}`,
      shell: `kubectl exec -it <pod> ${k(env)} -- sh`,
    }),
  };
}

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
