import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../src/render/render-documents.js';
import { ANSWER_SETS, answersFor, inputOf, type AnswerSet } from './answer-sets.js';

/**
 * Every environment variable the operations guide's commands and code read is defined: in
 * specs/configuration.md and .env.example (the application's variables), in the guide's own CI variable table
 * (the pipeline's), assigned by the guide itself (a shell or YAML assignment), or a variable every shell or CI
 * system provides (the allow-list below).
 */
const WELL_KNOWN = new Set(['HOME', 'PATH', 'PWD', 'USER', 'SHELL', 'CI', 'HOSTNAME']);
const WELL_KNOWN_PREFIXES = ['GITHUB_', 'CI_', 'CIRCLE_', 'TRAVIS_', 'CODEBUILD_', 'BUILD_', 'RUNNER_', 'GIT_'];

/** Variable names read by the text: `$VAR`, `${VAR}`, process.env.VAR, os.environ/getenv("VAR"), System.getenv, os.Getenv. */
export function variablesRead(text: string): Set<string> {
  const out = new Set<string>();
  const patterns = [
    /\$\{?([A-Z][A-Z0-9_]*)\b/g,
    /process\.env\.([A-Z][A-Z0-9_]*)/g,
    /process\.env\[['"]([A-Z][A-Z0-9_]*)['"]\]/g,
    /os\.environ(?:\.get)?[([]\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
    /os\.getenv\(\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
    /System\.getenv\(\s*"([A-Z][A-Z0-9_]*)"/g,
    /os\.Getenv\(\s*"([A-Z][A-Z0-9_]*)"/g,
  ];
  for (const p of patterns) for (const m of text.matchAll(p)) out.add(m[1]!);
  return out;
}

/** Names the guide assigns itself: `NAME=` in shell, `NAME:` keys in YAML env blocks, `--arg NAME` (jq). */
function assignedIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:^|[\s;(])(?:export\s+)?([A-Z][A-Z0-9_]*)=/gm)) out.add(m[1]!);
  for (const m of text.matchAll(/^\s+-?\s*([A-Z][A-Z0-9_]*):(?:\s|$)/gm)) out.add(m[1]!);
  for (const m of text.matchAll(/--arg ([A-Z][A-Z0-9_]*)/g)) out.add(m[1]!);
  return out;
}

function ciTableVars(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \| [^|]+ \| (?:Secret|Variable) \|$/gm)) out.add(m[1]!);
  return out;
}

function configTableVars(text: string): Set<string> {
  const section = text.split(/^## /m).find((s) => s.startsWith('Environment Variables')) ?? '';
  return new Set([...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]!));
}

export function undefinedVariables(set: AnswerSet): string[] {
  const outputs = renderDocuments(inputOf(set));
  const ops = outputs.find((o) => o.id === 'operations')!.text;
  const config = configTableVars(outputs.find((o) => o.id === 'configuration')!.text);
  const env = new Set(Object.keys(parse(outputs.find((o) => o.id === 'env')!.text)));
  const ci = ciTableVars(ops);
  const assigned = assignedIn(ops);
  return [...variablesRead(ops)].filter((name) => {
    if (WELL_KNOWN.has(name) || WELL_KNOWN_PREFIXES.some((p) => name.startsWith(p))) return false;
    if (config.has(name) && env.has(name)) return false;
    return !ci.has(name) && !assigned.has(name);
  }).sort();
}

const EXTRA_SETS: AnswerSet[] = [
  { name: 'vercel', scope: 'enterprise', projectName: 'Shop API', answers: answersFor('enterprise', { '7.1': { choice: 'paas', paasProvider: 'vercel' } }) },
  { name: 'fly', scope: 'enterprise', projectName: 'Shop API', answers: answersFor('enterprise', { '7.1': { choice: 'paas', paasProvider: 'fly-io' } }) },
  { name: 'heroku', scope: 'production', projectName: 'Shop API', answers: answersFor('production', { '7.1': { choice: 'paas', paasProvider: 'heroku' } }) },
  { name: 'gcp', scope: 'enterprise', projectName: 'Shop API', answers: answersFor('enterprise', { '7.1': { choice: 'cloud', cloudProvider: 'gcp' } }) },
  { name: 'azure', scope: 'enterprise', projectName: 'Shop API', answers: answersFor('enterprise', { '7.1': { choice: 'cloud', cloudProvider: 'azure' } }) },
  { name: 'k8s-gke-mongo', scope: 'enterprise', projectName: 'Shop API', answers: answersFor('enterprise', { '7.1': { choice: 'container-orchestration', orchestrator: 'kubernetes', kubernetesHost: 'gke' }, '7.2': { docker: 'yes', baseImage: 'python:3.12-slim', imageSize: 300, composeServices: ['app', 'mongodb', 'rabbitmq'] } }) },
];

describe('every variable the operations guide uses is defined', () => {
  it('the scanner finds shell, Node, Python, Java and Go reads (so the check cannot pass vacuously)', () => {
    const found = variablesRead('curl "$APP_URL" ${DATABASE_URL} process.env.APP_VERSION os.environ["A_B"] os.getenv("C") System.getenv("D") os.Getenv("E")');
    expect([...found].sort()).toEqual(['APP_URL', 'APP_VERSION', 'A_B', 'C', 'D', 'DATABASE_URL', 'E']);
  });

  for (const set of [...ANSWER_SETS, ...EXTRA_SETS]) {
    it(`${set.name}: configuration.md and .env.example (or the CI table, or the guide itself) define every variable operations.md reads`, () => {
      expect(undefinedVariables(set)).toEqual([]);
    });
  }

  it('APP_VERSION, which the health endpoint reports, is in configuration.md and .env.example', () => {
    const outputs = renderDocuments(inputOf(ANSWER_SETS.find((s) => s.name === 'enterprise-defaults')!));
    expect(outputs.find((o) => o.id === 'operations')!.text).toContain('APP_VERSION');
    expect(configTableVars(outputs.find((o) => o.id === 'configuration')!.text).has('APP_VERSION')).toBe(true);
    expect(parse(outputs.find((o) => o.id === 'env')!.text).APP_VERSION).toBeDefined();
  });
});


