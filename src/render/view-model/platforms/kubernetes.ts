import { genericRegistry, progressive, v } from './shared.js';
import type { Cloud, Platform, Registry, Rollout } from './types.js';

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
