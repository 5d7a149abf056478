import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../src/render/render-documents.js';
import { ANSWER_SETS, inputOf } from './answer-sets.js';

// COVERAGE.md maps each requirement of the reference documents to a section of the generated documents; this
// test renders the documents and checks that every section (and its text, when given) is there.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = readFileSync(join(ROOT, 'COVERAGE.md'), 'utf8');

interface Row { source: string; requirement: string; document: string; section: string; sets: string[]; text: string }

function rows(): Row[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Source |'));
  const out: Row[] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('|')) break;
    const [source, requirement, document, section, sets, phrase] = l.slice(1, -1).split('|').map((c) => c.trim());
    out.push({ source: source!, requirement: requirement!, document: document!, section: section!, sets: sets ? sets.split(',').map((s) => s.trim()) : ['production-defaults', 'enterprise-defaults'], text: phrase ?? '' });
  }
  return out;
}

/** Markdown headings outside code fences, as [level, title, start offset]. */
function headings(markdown: string): { level: number; title: string; at: number }[] {
  const out: { level: number; title: string; at: number }[] = [];
  let fence = false;
  let at = 0;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const m = !fence && /^(#{2,3}) (.+)$/.exec(line);
    if (m) out.push({ level: m[1]!.length, title: m[2]!, at });
    at += line.length + 1;
  }
  return out;
}

/** The body of `A` or `A › B` (the H3 `B` inside the H2 `A`), or undefined when a heading is missing. */
function sectionText(markdown: string, path: string): string | undefined {
  const [h2, h3] = path.split(' › ');
  const hs = headings(markdown);
  const i = hs.findIndex((h) => h.level === 2 && h.title === h2);
  if (i < 0) return undefined;
  const end = hs.slice(i + 1).find((h) => h.level === 2)?.at ?? markdown.length;
  if (!h3) return markdown.slice(hs[i]!.at, end);
  const j = hs.findIndex((h, k) => k > i && h.level === 3 && h.title === h3 && h.at < end);
  if (j < 0) return undefined;
  const end3 = hs.slice(j + 1).find((h) => h.level <= 3)?.at ?? markdown.length;
  return markdown.slice(hs[j]!.at, Math.min(end, end3));
}

/** A commented group of .env.example (`# ===\n# Name\n# ===`). */
function envGroup(env: string, name: string): string | undefined {
  const parts = env.split(/^# =+\n# (.+)\n# =+$/m);
  const i = parts.indexOf(name);
  return i < 0 ? undefined : parts[i + 1];
}

const rendered = new Map(ANSWER_SETS.map((s) => [s.name, Object.fromEntries(renderDocuments(inputOf(s)).map((o) => [o.path, o.text])) as Record<string, string>]));
const PATHS: Record<string, string> = { 'operations.md': 'docs/operations.md', 'configuration.md': 'specs/configuration.md', '.env.example': '.env.example' };

describe('COVERAGE.md: every requirement of the reference documents has its section', () => {
  const all = rows();

  it('lists requirements of every reference document (000, 001, 003, 004) and of the spec\'s outputs (002)', () => {
    for (const source of ['000', '001', '002', '003', '004']) expect(all.filter((r) => r.source === source).length, source).toBeGreaterThanOrEqual(5);
    expect(all.length).toBeGreaterThan(60);
  });

  it('names the chapters an on-call engineer runs the service by (issue 14)', () => {
    const named = new Set(all.map((r) => r.section.split(' › ')[0]));
    for (const c of ['Cheat Sheet', 'Prerequisites & Local Setup', 'SLOs & Error Budgets', 'Incident Management', 'Disaster Recovery Drills', 'Database Rollback & Hotfixes', 'Security Operations']) expect(named.has(c), c).toBe(true);
  });

  for (const row of all) {
    it(`${row.source} ${row.requirement} → ${row.document}: ${row.section}`, () => {
      for (const set of row.sets) {
        const doc = rendered.get(set)?.[PATHS[row.document]!];
        expect(doc, `answer set ${set}, document ${row.document}`).toBeDefined();
        const body = row.document === '.env.example' ? envGroup(doc!, row.section) : sectionText(doc!, row.section);
        expect(body, `${set}: section "${row.section}" in ${row.document}`).toBeDefined();
        if (row.text) expect(body, `${set}: "${row.text}" in ${row.section}`).toContain(row.text);
      }
    });
  }
});
