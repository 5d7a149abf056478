import { baseName, type ProjectScan } from './scan.js';
import type { Finding } from './types.js';

/** PaaS config files at the root → 7.1 paasProvider; Procfile last, being the least specific. */
const PAAS_FILES: [string[], string][] = [
  [['fly.toml'], 'fly-io'],
  [['render.yaml', 'render.yml'], 'render'],
  [['vercel.json'], 'vercel'],
  [['railway.json', 'railway.toml'], 'railway'],
  [['Procfile'], 'heroku'],
];

const TF_PROVIDERS: Record<string, string> = { aws: 'aws', google: 'gcp', 'google-beta': 'gcp', azurerm: 'azure' };
const TF_CLUSTERS: Record<string, string> = { aws_eks_cluster: 'eks', google_container_cluster: 'gke', azurerm_kubernetes_cluster: 'aks' };
const HOST_OF_CLOUD: Record<string, string> = { aws: 'eks', gcp: 'gke', azure: 'aks' };

const K8S_WORKLOAD = /^kind:\s*["']?(Deployment|StatefulSet|DaemonSet)["']?\s*$/m;
const YAML = /\.ya?ml$/;

/** Ranks for 7.1 choice: an orchestrator says more than a PaaS file, which says more than a cloud provider. */
const RANK = { orchestrator: 1, paas: 10, cloud: 20 };

function kubernetes(scan: ProjectScan): string | undefined {
  const chart = scan.files.find((f) => baseName(f) === 'Chart.yaml');
  if (chart) return `detected: Helm chart ${chart}`;
  const manifest = scan.files
    .filter((f) => YAML.test(f) && !f.startsWith('.github/'))
    .find((f) => {
      const text = scan.read(f);
      return text !== undefined && /^apiVersion:/m.test(text) && K8S_WORKLOAD.test(text);
    });
  if (!manifest) return undefined;
  const kind = K8S_WORKLOAD.exec(scan.read(manifest) ?? '')?.[1];
  return `detected: kind: ${kind} in ${manifest}`;
}

interface Terraform {
  provider?: { cloud: string; evidence: string };
  cluster?: { host: string; evidence: string };
}

/** The first cloud named by a `provider "x"` block, else by a `source = "hashicorp/x"` requirement. */
function terraform(scan: ProjectScan): Terraform {
  const found: Terraform = {};
  const texts = scan.files.filter((f) => f.endsWith('.tf')).map((file) => ({ file, text: scan.read(file) ?? '' }));
  for (const re of [/provider\s+"([\w-]+)"/g, /source\s*=\s*"hashicorp\/([\w-]+)"/g]) {
    for (const { file, text } of texts) {
      const m = [...text.matchAll(re)].find((x) => TF_PROVIDERS[x[1]!]);
      if (m && !found.provider) found.provider = { cloud: TF_PROVIDERS[m[1]!]!, evidence: `detected: ${m[0].replace(/\s+/g, ' ')} in ${file}` };
    }
  }
  for (const { file, text } of texts) {
    const cluster = /resource\s+"(aws_eks_cluster|google_container_cluster|azurerm_kubernetes_cluster)"/.exec(text);
    if (cluster && !found.cluster) found.cluster = { host: TF_CLUSTERS[cluster[1]!]!, evidence: `detected: resource "${cluster[1]}" in ${file}` };
  }
  return found;
}

/** 7.1: orchestrator manifests, PaaS files, Google App Engine's app.yaml, Terraform providers. */
export function detectPlatform(scan: ProjectScan): { findings: Finding[] } {
  const findings: Finding[] = [];
  const choice = (value: string, evidence: string, rank: number) => findings.push({ questionId: '7.1', fieldId: 'choice', value, evidence, rank });
  const set = (fieldId: string, value: string, evidence: string, rank = 1) => findings.push({ questionId: '7.1', fieldId, value, evidence, rank });

  const k8s = kubernetes(scan);
  if (k8s) {
    choice('container-orchestration', k8s, RANK.orchestrator);
    set('orchestrator', 'kubernetes', k8s);
  }
  const nomad = scan.files.find((f) => /\.nomad(\.hcl)?$/.test(f));
  if (nomad) {
    choice('container-orchestration', `detected: ${nomad}`, RANK.orchestrator + 1);
    set('orchestrator', 'nomad', `detected: ${nomad}`, 2);
  }
  const stack = scan.files.find((f) => /^docker-stack\.ya?ml$/.test(f));
  if (stack) {
    choice('container-orchestration', `detected: ${stack}`, RANK.orchestrator + 2);
    set('orchestrator', 'docker-swarm', `detected: ${stack}`, 3);
  }
  PAAS_FILES.forEach(([names, provider], i) => {
    const file = names.find((n) => scan.files.includes(n));
    if (!file) return;
    choice('paas', `detected: ${file}`, RANK.paas + i);
    set('paasProvider', provider, `detected: ${file}`, 1 + i);
  });
  if (scan.files.includes('app.yaml') && /^runtime:/m.test(scan.read('app.yaml') ?? '')) {
    choice('cloud', 'detected: app.yaml (Google App Engine)', RANK.cloud);
    set('cloudProvider', 'gcp', 'detected: app.yaml (Google App Engine)');
  }
  const tf = terraform(scan);
  if (tf.provider) {
    choice('cloud', tf.provider.evidence, RANK.cloud + 1);
    set('cloudProvider', tf.provider.cloud, tf.provider.evidence, 2);
  }
  if (k8s && tf.cluster) set('kubernetesHost', tf.cluster.host, tf.cluster.evidence);
  if (k8s && tf.provider) set('kubernetesHost', HOST_OF_CLOUD[tf.provider.cloud]!, `${tf.provider.evidence} (Kubernetes on that cloud)`, 2);
  return { findings };
}
