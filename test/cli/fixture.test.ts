import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { QUESTION_IDS } from '../../src/catalogue/schema.js';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { questionsForGaps } from '../../src/engine/gap-map.js';
import { OUTPUT_TEMPLATES } from '../../src/render/template-paths.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { readGenerationRecord } from '../../src/store/generation-record.js';
import { sha256 } from '../../src/write/hash.js';
import { FIXTURE, fixtureCopy } from '../helpers.js';

// The ai-flow 2.9.1 backend fixture through the real CLI, without a terminal: its installed templates are
// rendered instead of ours, and its Phase 0 audit drives the pre-flight.

async function run(args: string[]) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600' } });
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const cache = (root: string) => JSON.parse(read(root, CACHE_FILE));

/** A template tag left in the output: `{{NAME}}`, `{{#EACH X}}`, `{{/IF}}`, `{{ELSE}}`, or the mangled `{ { NAME } }`. */
const LEFTOVER_TAG = /\{\{\s*[#/^]?\s*[A-Z][A-Z0-9_]*(\s+[A-Z][A-Z0-9_]*)?\s*\}\}|\{\s+\{\s*[#/]?[A-Z]/;
const UNFILLED_TBD = /TBD \([A-Z][A-Z0-9_]*\)/;
const PHASE0_FIELDS = ['file', 'exists', 'consistencyScore', 'recommendation', 'gaps', 'reason'];
const ENTERPRISE = ['phase7', '--scope', 'enterprise', '--defaults', '--yes'];

describe.skipIf(!existsSync(FIXTURE))('the ai-flow 2.9.1 fixture project', () => {
  test('its three installed templates are rendered with every placeholder filled; Phase 0 fields stay as they were', async () => {
    const root = fixtureCopy();
    const before = cache(root);
    const r = await run([...ENTERPRISE, '--cwd', root]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe(''); // no warning: nothing unfilled, no conflict
    const record = readGenerationRecord(root)!;
    for (const t of OUTPUT_TEMPLATES) {
      const text = read(root, t.output);
      expect(text, t.output).not.toMatch(LEFTOVER_TAG);
      expect(text, t.output).not.toMatch(UNFILLED_TBD);
      // rendered from the project's template, which the record names with its hash
      const template = record.outputs[t.output]!.committed!.inputs.template;
      expect(template).toEqual({ source: 'project', path: t.project, hash: sha256(read(root, t.project)) });
      expect(r.out).toContain(`✅ Generated: ${t.output}`);
    }
    expect(read(root, 'docs/operations.md').startsWith(`# Operations Guide\n\n> Deployment, monitoring, and operational procedures for ${basename(root)}\n`)).toBe(true);
    expect(read(root, '.env.example').startsWith(`# Environment Configuration for ${basename(root)}\n`)).toBe(true);
    // the GitHub Actions pipeline the template's {{CICD_CONFIG_EXAMPLE}} receives keeps its expressions
    expect(read(root, 'docs/operations.md')).toContain('${{ secrets.');

    const after = cache(root);
    for (const [k, v] of Object.entries(before)) if (k !== 'phases') expect(after[k], k).toEqual(v);
    for (const [k, v] of Object.entries(before.phases as Record<string, Record<string, unknown>>)) {
      if (k !== 'phase7') expect(after.phases[k], k).toEqual(v);
      else for (const f of PHASE0_FIELDS) expect(after.phases.phase7[f], `phase7.${f}`).toEqual(v[f]);
    }
  });

  test('a re-run changes nothing; editing a project template re-renders that document only', async () => {
    const root = fixtureCopy();
    expect((await run([...ENTERPRISE, '--cwd', root])).code).toBe(0);
    const again = await run(['phase7', '--cwd', root, '--yes']);
    expect(again.out).toContain('Documents are up to date');
    const check = await run(['phase7', '--cwd', root, '--check']);
    expect(check.code).toBe(0);

    const env = join(root, '.ai-flow/templates/.env.example.template');
    writeFileSync(env, `${readFileSync(env, 'utf8')}\n# Team: {{PROJECT_NAME}} platform\n`);
    const stale = await run(['phase7', '--cwd', root, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain('.env.example: would be updated — the template .ai-flow/templates/.env.example.template was edited');
    const rerun = await run(['phase7', '--cwd', root, '--yes']);
    expect(rerun.code, rerun.err).toBe(0);
    expect(rerun.out).toContain('✅ Updated: .env.example');
    expect(rerun.out).toContain('·  Unchanged: docs/operations.md');
    expect(read(root, '.env.example')).toContain(`# Team: ${basename(root)} platform\n`);
  });
});

describe.skipIf(!existsSync(FIXTURE))('pre-flight on the fixture: Phase 0 says docs/deployment.md scores 86 with four gaps', () => {
  const GAPS = ['monitoring_strategy', 'incident_runbooks', 'disaster_recovery', 'scaling_strategy'];
  const MAPPED = ['7.5', '7.6', '7.7', '7.8', '7.9', '7.10'];

  function withDeploymentDoc(): string {
    const root = fixtureCopy();
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, 'docs/deployment.md'), '# Deployment\n\nWe deploy to AWS with GitHub Actions.\n');
    return root;
  }

  test('the fixture is what this describes', () => {
    const entry = cache(FIXTURE).phases.phase7;
    expect(entry).toMatchObject({ file: 'docs/deployment.md', exists: true, consistencyScore: 86, recommendation: 'HYBRID', gaps: GAPS });
    expect(questionsForGaps(GAPS).questions).toEqual(MAPPED);
  });

  test('without a terminal the recommendation (gaps) is followed: exactly the mapped questions are answered, the documents point to docs/deployment.md for the rest', async () => {
    const root = withDeploymentDoc();
    const r = await run([...ENTERPRISE, '--review', '--cwd', root]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Phase 0 audit: docs/deployment.md exists, consistency 86/100');
    for (const gap of GAPS) expect(r.out).toContain(gap);
    expect(r.out).toContain('Recommended: answer only the questions behind the gaps (7.5, 7.6, 7.7, 7.8, 7.9, 7.10).');

    const phase7 = cache(root).phases.phase7;
    const answered = QUESTION_IDS.filter((id) => id in phase7.answers);
    expect(answered).toEqual(MAPPED);
    const kept = QUESTION_IDS.filter((id) => !MAPPED.includes(id));
    expect(phase7.preflight).toEqual({ mode: 'hybrid', kept, document: 'docs/deployment.md' });

    // the summary names the existing document for each question not asked
    for (const id of kept) expect(r.out).toMatch(new RegExp(`: kept in docs/deployment\\.md .*\\(${id.replaceAll('.', '\\.')}\\)\\n`));
    // the documents (rendered from the 2.9.1 templates) point to it instead of inventing answers
    const docs = OUTPUT_TEMPLATES.map((t) => read(root, t.output)).join('\n');
    const pointed = new Set([...docs.matchAll(/Kept in docs\/deployment\.md \((7[.0-9]*) /g)].map((m) => m[1]));
    // Yes/no conditions of kept questions are not invented either way.
    expect(docs).toContain('**Container:** Kept in docs/deployment.md (7.2');
    expect(docs).not.toMatch(/\*\*Container:\*\* (Yes|No)/);
    expect(pointed.size).toBeGreaterThan(0);
    for (const id of pointed) expect(kept).toContain(id);
    for (const id of ['7.1', '7.4', '7.4.1', '7.7.1', '7.7.2', '7.9.3', '7.9.4']) expect(pointed, id).toContain(id);
    expect(docs).not.toMatch(UNFILLED_TBD);
  });

  test('--preflight full asks everything', async () => {
    const root = withDeploymentDoc();
    const r = await run([...ENTERPRISE, '--cwd', root, '--preflight', 'full']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('consistency 86/100');
    const phase7 = cache(root).phases.phase7;
    expect(QUESTION_IDS.filter((id) => id in phase7.answers)).toEqual([...QUESTION_IDS]);
    expect(phase7.preflight).toEqual({ mode: 'full', kept: [], document: 'docs/deployment.md' });
    expect(read(root, 'docs/operations.md')).not.toContain('Kept in docs/deployment.md');
  });

  test('--preflight skip keeps the existing documentation: exit 0, nothing written (the cache included)', async () => {
    const root = withDeploymentDoc();
    const before = read(root, CACHE_FILE);
    const r = await run([...ENTERPRISE, '--cwd', root, '--preflight', 'skip']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Kept the existing documentation (docs/deployment.md); Phase 7 was not run and nothing was written.');
    expect(read(root, CACHE_FILE)).toBe(before);
    for (const t of OUTPUT_TEMPLATES) expect(existsSync(join(root, t.output)), t.output).toBe(false);
    expect(readGenerationRecord(root)).toBeUndefined();
  });
});
