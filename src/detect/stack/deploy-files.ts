import { baseName, depthOf, type ProjectScan } from '../scan.js';
import type { DeployFile, DeployFileKind } from './types.js';

const BY_NAME: [RegExp, DeployFileKind][] = [
  [/^(Dockerfile(\..+)?|.+\.Dockerfile|Containerfile)$/, 'dockerfile'],
  [/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/, 'compose'],
  [/^\.gitlab-ci\.ya?ml$/, 'gitlab-ci'],
  [/^azure-pipelines\.ya?ml$/, 'azure-pipelines'],
  [/^Jenkinsfile$/, 'jenkins'],
  [/^bitbucket-pipelines\.yml$/, 'bitbucket'],
  [/^Chart\.yaml$/, 'helm'],
  [/^fly\.toml$/, 'fly'],
  [/^render\.ya?ml$/, 'render'],
  [/^vercel\.json$/, 'vercel'],
  [/^netlify\.toml$/, 'netlify'],
  [/^railway\.(json|toml)$/, 'railway'],
  [/^(app\.json|heroku\.yml)$/, 'heroku'],
  [/^Procfile$/, 'procfile'],
  [/^app\.ya?ml$/, 'app-engine'],
  [/\.tf$/, 'terraform'],
  [/^\.env\.example$/, 'env-example'],
];

const K8S_KINDS = /^kind:\s*(Deployment|Service|Ingress|StatefulSet|CronJob|Job|ConfigMap|HorizontalPodAutoscaler|DaemonSet)\s*$/m;

/** The deployment files already in the project, by kind (shallow first, in scan order). */
export function readDeployFiles(scan: ProjectScan): DeployFile[] {
  const out: DeployFile[] = [];
  for (const file of scan.files) {
    const name = baseName(file);
    if (file.startsWith('.github/workflows/') && /\.ya?ml$/.test(name)) {
      out.push({ kind: 'github-actions', file });
      continue;
    }
    if (file === '.circleci/config.yml') {
      out.push({ kind: 'circleci', file });
      continue;
    }
    if (/^app\.ya?ml$/.test(name) && depthOf(file) > 0) continue; // only a root app.yaml is App Engine's
    if (/\.tf$/.test(name) && out.some((d) => d.kind === 'terraform')) continue; // one is enough to say "terraform"
    const hit = BY_NAME.find(([re]) => re.test(name));
    if (hit) {
      if (hit[1] === 'helm') out.push({ kind: 'helm', file });
      else out.push({ kind: hit[1], file });
      continue;
    }
    if (/\.ya?ml$/.test(name) && /(^|\/)(k8s|kubernetes|deploy|manifests|kustomize|overlays|base)\//.test(file) && K8S_KINDS.test(scan.read(file) ?? '')) {
      out.push({ kind: 'kubernetes', file });
    }
  }
  return out;
}
