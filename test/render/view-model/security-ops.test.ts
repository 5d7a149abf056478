import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { fenced, opsSection, PLATFORMS, tableRows } from '../doc-parts.js';

type Doc = { kind: string; apiVersion: string; metadata: { name: string; namespace: string }; spec?: Record<string, unknown>; data?: Record<string, string>; stringData?: Record<string, string> };

function manifests(changes: Parameters<typeof opsSection>[1]): Doc[] {
  const section = opsSection('enterprise', changes, 'Security Operations');
  const block = /### Kubernetes Manifests[\s\S]*?```yaml\n([\s\S]*?)^```$/m.exec(section)?.[1];
  expect(block, 'the Kubernetes manifests block').toBeDefined();
  const docs = parseAllDocuments(block!);
  for (const d of docs) expect(d.errors, String(d.errors[0])).toEqual([]);
  return docs.map((d) => d.toJS() as Doc);
}

const K8S = { ...PLATFORMS.k8s, '7.8': { strategy: 'auto-scaling', minInstances: 3, maxInstances: 9, scaleCpu: 70 }, '7.9': { endpoints: ['health', 'ready', 'live'], checks: ['database'] }, '7.9.1': { totalTimeout: 40 } };

describe('security operations', () => {
  it('Kubernetes: the manifests parse and hold requests/limits, probes, HPA, PodDisruptionBudget, ConfigMap, Secret and a NetworkPolicy', () => {
    const docs = manifests(K8S);
    const byKind = new Map(docs.map((d) => [d.kind, d]));
    expect([...byKind.keys()].sort()).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'NetworkPolicy', 'PodDisruptionBudget', 'Secret', 'Service']);
    for (const d of docs) expect(d.metadata.namespace).toBe('shop-api-production');
    const deployment = byKind.get('Deployment')!;
    const pod = (deployment.spec!.template as { spec: Record<string, unknown> }).spec;
    const container = (pod.containers as Record<string, unknown>[])[0]!;
    expect(container.resources).toMatchObject({ requests: { cpu: expect.any(String), memory: expect.any(String) }, limits: { memory: expect.any(String) } });
    expect(container.livenessProbe).toMatchObject({ httpGet: { path: '/health/live', port: 3000 } });
    expect(container.readinessProbe).toMatchObject({ httpGet: { path: '/health/ready', port: 3000 } });
    expect(pod.terminationGracePeriodSeconds).toBe(45); // the 40 s shutdown budget + the 5 s margin
    expect(container.envFrom).toEqual([{ configMapRef: { name: byKind.get('ConfigMap')!.metadata.name } }, { secretRef: { name: byKind.get('Secret')!.metadata.name } }]);
    expect(Object.keys(byKind.get('Secret')!.stringData!)).toContain('DATABASE_URL');
    expect(byKind.get('ConfigMap')!.data!.APP_ENV).toBe('production');
    expect(Object.keys(byKind.get('ConfigMap')!.data!)).not.toContain('DATABASE_URL');
    const hpa = byKind.get('HorizontalPodAutoscaler')!.spec!;
    expect(hpa).toMatchObject({ minReplicas: 3, maxReplicas: 9, scaleTargetRef: { kind: 'Deployment', name: deployment.metadata.name } });
    const pdb = byKind.get('PodDisruptionBudget')!.spec!;
    expect(pdb.selector).toEqual({ matchLabels: (deployment.spec!.selector as { matchLabels: unknown }).matchLabels });
    expect(JSON.stringify(byKind.get('NetworkPolicy')!.spec)).toContain('"port":5432');
  });

  it('Kubernetes with a canary: the workload is the Argo Rollout the HPA and deploy commands name, with the canary steps', () => {
    const docs = manifests({ ...K8S, '7.4.1': { strategy: 'canary', canaryInitial: 10, canaryStep: 30, canaryInterval: 5 } });
    const rollout = docs.find((d) => d.kind === 'Rollout')!;
    expect(rollout.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(docs.find((d) => d.kind === 'Deployment')).toBeUndefined();
    expect((rollout.spec!.strategy as { canary: { steps: unknown[] } }).canary.steps).toEqual([
      { setWeight: 10 }, { pause: { duration: '5m' } }, { setWeight: 40 }, { pause: { duration: '5m' } }, { setWeight: 70 }, { pause: { duration: '5m' } },
    ]);
    expect(docs.find((d) => d.kind === 'HorizontalPodAutoscaler')!.spec!.scaleTargetRef).toMatchObject({ kind: 'Rollout', name: rollout.metadata.name });
  });

  it('no Kubernetes manifests on other platforms; each platform names its own network rules and WAF', () => {
    const expected: Partial<Record<keyof typeof PLATFORMS, [RegExp, RegExp]>> = {
      ecs: [/security groups/, /AWS WAF/],
      gcp: [/Cloud Run ingress/, /Cloud Armor/],
      azure: [/access restrictions/, /Front Door/],
      vercel: [/Vercel Firewall/, /Vercel Firewall/],
      onprem: [/host firewall/, /OWASP Core Rule Set/],
      heroku: [/Private Spaces/, /Cloudflare/],
    };
    for (const [platform, [network, waf]] of Object.entries(expected)) {
      const section = opsSection('production', PLATFORMS[platform as keyof typeof PLATFORMS], 'Security Operations');
      expect(section).not.toContain('### Kubernetes Manifests');
      expect(/### Network Rules\n\n(.*)/.exec(section)![1], platform).toMatch(network);
      expect(/### Web Application Firewall\n\n(.*)/.exec(section)![1], platform).toMatch(waf);
    }
  });

  it('every secret of configuration.md has a rotation procedure, and CI secrets too', () => {
    const section = opsSection('enterprise', {}, 'Security Operations');
    const secrets = tableRows(section, '| Secret |').map((r) => r[0]);
    expect(secrets).toEqual(expect.arrayContaining(['`DATABASE_URL`', '`REDIS_URL`', '`DD_API_KEY`', '`AWS_SECRET_ACCESS_KEY` (CI)']));
    expect(section).toContain('Strict-Transport-Security: max-age=31536000');
    expect(section).toMatch(/Break-glass: .*MFA/);
    expect(section).toContain('CloudTrail');
    expect(fenced(section, 'yaml')).toBeUndefined();
  });
});
