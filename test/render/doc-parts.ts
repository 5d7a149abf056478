import type { Scope } from '../../src/engine/scope.js';
import { renderDocuments } from '../../src/render/render-documents.js';
import { answersFor, catalogue } from './answer-sets.js';

/** The H2 sections of a Markdown document, split outside code fences (a fenced template may hold `## ` lines). */
export function h2Sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let fence = false;
  let name = '(intro)';
  let body: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const heading = !fence && /^## (.+)$/.exec(line);
    if (heading) {
      out.set(name, body.join('\n'));
      name = heading[1]!;
      body = [];
    } else body.push(line);
  }
  out.set(name, body.join('\n'));
  return out;
}

/** The three documents for a scope and some changed answers (the rest recommended). */
export function docs(scope: Scope, changes: Parameters<typeof answersFor>[1] = {}, name = 'Shop API'): Record<'operations' | 'configuration' | 'env', string> {
  const out = renderDocuments({ catalogue, scope, answers: answersFor(scope, changes), context: { name, projectType: 'backend', date: '2025-06-30' } });
  return Object.fromEntries(out.map((o) => [o.id, o.text])) as Record<'operations' | 'configuration' | 'env', string>;
}

/** One H2 section of operations.md. */
export function opsSection(scope: Scope, changes: Parameters<typeof answersFor>[1], title: string): string {
  const s = h2Sections(docs(scope, changes).operations).get(title);
  if (s === undefined) throw new Error(`no section ${title}`);
  return s;
}

/** The first fenced block of a language in the text. */
export function fenced(text: string, lang: string): string | undefined {
  return new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'm').exec(text)?.[1];
}

/** Rows of the first Markdown table after a line matching `after` (cells trimmed, header and separator dropped). */
export function tableRows(text: string, headerStart: string): string[][] {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(headerStart));
  if (i < 0) return [];
  const rows: string[][] = [];
  for (const l of lines.slice(i + 2)) {
    if (!l.startsWith('|')) break;
    rows.push(l.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
  }
  return rows;
}

export const PLATFORMS = {
  ecs: { '7.1': { choice: 'cloud', cloudProvider: 'aws' } },
  gcp: { '7.1': { choice: 'cloud', cloudProvider: 'gcp' } },
  azure: { '7.1': { choice: 'cloud', cloudProvider: 'azure' } },
  heroku: { '7.1': { choice: 'paas', paasProvider: 'heroku' } },
  railway: { '7.1': { choice: 'paas', paasProvider: 'railway' } },
  render: { '7.1': { choice: 'paas', paasProvider: 'render' } },
  fly: { '7.1': { choice: 'paas', paasProvider: 'fly-io' } },
  vercel: { '7.1': { choice: 'paas', paasProvider: 'vercel' } },
  onprem: { '7.1': { choice: 'on-premises', onPremType: 'company-servers' } },
  k8s: { '7.1': { choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'eks' } },
  swarm: { '7.1': { choice: 'container-orchestration', orchestrator: 'docker-swarm' } },
  nomad: { '7.1': { choice: 'container-orchestration', orchestrator: 'nomad' } },
} as const;
