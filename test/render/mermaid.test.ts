import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocuments } from '../../src/render/render-documents.js';
import { ANSWER_SETS, answersFor, catalogue, inputOf } from './answer-sets.js';

type Parse = (text: string) => Promise<unknown>;
let parse: Parse;

beforeAll(async () => {
  // mermaid.parse() in Node needs DOMPurify's hook methods stubbed on the instance mermaid imports
  // (see ../shared/tech-notes.md, "Mermaid validation in Node"); mermaid is loaded only here.
  const { default: DOMPurify } = (await import('dompurify')) as unknown as { default: Record<string, unknown> };
  for (const k of ['addHook', 'removeHook', 'removeHooks', 'removeAllHooks']) DOMPurify[k] = () => undefined;
  DOMPurify.sanitize = (s: string) => s;
  const { default: mermaid } = await import('mermaid');
  parse = (text) => mermaid.parse(text);
}, 60_000);

function diagrams(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

const PLATFORMS: Record<string, unknown>[] = [
  { choice: 'cloud', cloudProvider: 'aws' },
  { choice: 'cloud', cloudProvider: 'gcp' },
  { choice: 'cloud', cloudProvider: 'azure' },
  { choice: 'paas', paasProvider: 'heroku' },
  { choice: 'paas', paasProvider: 'fly-io' },
  { choice: 'paas', paasProvider: 'vercel' },
  { choice: 'on-premises', onPremType: 'private-cloud' },
  { choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'gke' },
  { choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'self-managed' },
  { choice: 'container-orchestration', orchestrator: 'docker-swarm' },
  { choice: 'container-orchestration', orchestrator: 'nomad' },
];

describe('Mermaid diagrams', () => {
  it('the real parser rejects a broken diagram (the check can fail)', async () => {
    await expect(parse('graph TD\n    A["x"] -->')).rejects.toThrow();
  });

  for (const set of ANSWER_SETS) {
    it(`${set.name}: every diagram parses`, async () => {
      const ops = renderDocuments(inputOf(set)).find((o) => o.id === 'operations')!;
      const found = diagrams(ops.text);
      for (const d of found) await expect(parse(d), d).resolves.toBeTruthy();
    });
  }

  it('enterprise answers draw the four diagrams in the seed formats', () => {
    const ops = renderDocuments(inputOf(ANSWER_SETS.find((s) => s.name === 'enterprise-defaults')!)).find((o) => o.id === 'operations')!;
    const found = diagrams(ops.text);
    expect(found.map((d) => d.split('\n')[0])).toEqual(['graph TD', 'flowchart LR', 'graph TB', 'graph TD']);
    expect(found[1]).toMatch(/\|1\. HTTPS request\|/);
    expect(found[2]).toMatch(/subgraph "/);
  });

  for (const [i, platform] of PLATFORMS.entries()) {
    it(`infrastructure diagram for ${Object.values(platform).join('/')} parses and names the platform`, async () => {
      const answers = answersFor('enterprise', { '7.1': platform, '7.8': { strategy: 'auto-scaling', minInstances: 4, maxInstances: 20, scaleCpu: 60 } });
      const ops = renderDocuments({ catalogue, scope: 'enterprise', answers, context: { name: `Platform ${i}`, projectType: 'backend', date: '2025-06-30' } }).find((o) => o.id === 'operations')!;
      const found = diagrams(ops.text);
      expect(found).toHaveLength(4);
      for (const d of found) await expect(parse(d), d).resolves.toBeTruthy();
      // auto-scaling draws replicas and the N-th instance; serverless functions scale per request instead
      if (platform.paasProvider === 'vercel') {
        expect(found[0]).toContain('Vercel Functions<br/>one function instance per request');
        expect(found[0]).not.toContain('up to 20');
      } else expect(found[0]).toContain('API Server N<br/>up to 20');
    });
  }
});
