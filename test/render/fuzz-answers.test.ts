/**
 * Hostile text in every free-text answer (text fields, text cells of every table) and in the project name:
 * the documents keep their structure and the terminal summary its lines. Fixed seed: the same cases every run;
 * `FUZZ_CASES=2000 npx vitest run test/render/fuzz-answers.test.ts` runs more random ones.
 */
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Answers, QuestionId, Row } from '../../src/catalogue/schema.js';
import { summaryLines, summaryText } from '../../src/engine/summary.js';
import { askedFields } from '../../src/engine/visibility.js';
import { renderDocuments } from '../../src/render/render-documents.js';
import type { RenderInput } from '../../src/render/types.js';
import { buildViewModel } from '../../src/render/view-model/index.js';
import { answersFor, catalogue } from './answer-sets.js';

/** Fixed strings that broke documents or the terminal before (issue 11, item 11). */
const KNOWN: string[] = [
  'redis\nINJECTED_VAR=evil',
  'x\r\n# INJECTED heading\n```\nINJECTED_FENCE',
  'lone\rCR | and a pipe',
  'ls\u2028# INJECTED\u2029## INJECTED',
  'nel\u0085INJECTED_VAR=evil\u000bvt\u000cff',
  '\u001b]0;pwned\u0007\u001b[2J\u001b[3Jclear',
  'nul\u0000bell\u0007del\u007fc1\u0080csi\u009b31m',
  '| a | b | c |',
  '```\n# INJECTED\n```',
  '~~~~\nINJECTED\n',
  "' \" ` # $HOME \\ end",
  '    indented code',
  '- list\n> quote\n1. item\n===',
  '\\|escaped pipe\\',
  'trailing backslash\\',
  '<!-- comment --> <script>x</script>',
  '{{PROJECT_NAME}} {{#ENV_GROUP}}',
  '\tTabs\tand  spaces  ',
  '',
  ' ',
  '#',
  '=',
  'A=B',
  "all ' three \" quotes ` and # hash",
  'é ü 🚀 中文 ‮reversed‬',
];

const ALPHABET = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '|', '`', '```', '#', '## ', '=', '"', "'", '\\',
  '\u001b', '\u001b[2J', '\u0000', '\u009b', '\u0007', '\t', ' ', 'a', 'Z', '_', '-', '>', '*', '~', '[', ']', '$', 'é', '🚀', 'INJECTED_VAR=evil', '<br>'];

/** mulberry32: a small seeded PRNG, so every run fuzzes the same strings. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomStrings(count: number, seed: number): string[] {
  const next = rng(seed);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 24) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(''));
}

/** Answer variants that together make every text field visible. */
const VARIANTS: Record<string, Partial<Record<QuestionId, Record<string, unknown>>>> = {
  canary: { '7.2': { docker: 'yes' }, '7.4.1': { strategy: 'canary' }, '7.7.1': { zeroDowntime: 'yes' }, '7.9.2': { enabled: 'yes' } },
  windows: { '7.2': { docker: 'yes' }, '7.4.1': { strategy: 'blue-green' }, '7.7.1': { zeroDowntime: 'no' }, '7.9.2': { enabled: 'yes' } },
};

/** Which text fields and table text columns the variants fill (`7.1 why`, `7.9.3 policies.notes` …). */
const filled = new Set<string>();

/** Every text field and every text cell of every table, with `text` in it. */
function hostileAnswers(variant: string, text: string): Answers {
  const answers = answersFor('enterprise', VARIANTS[variant]);
  for (const q of catalogue.questions) {
    for (const f of askedFields(catalogue, 'enterprise', q, answers)) {
      const qa = answers[q.id]!;
      if (f.kind === 'text') {
        qa[f.id] = text;
        filled.add(`${q.id} ${f.id}`);
      }
      if (f.kind === 'table') {
        for (const c of f.columns) if (c.kind === 'text') filled.add(`${q.id} ${f.id}.${c.id}`);
        const rows = (qa[f.id] as Row[]).map((r, i) => Object.fromEntries(f.columns.map((c) => [c.id, c.kind === 'text' ? `${text}${i}` : r[c.id]!])));
        qa[f.id] = rows.length > 0 ? rows : [Object.fromEntries(f.columns.map((c) => [c.id, c.kind === 'text' ? text : c.kind === 'number' ? (c.min ?? 1) : c.options![0]!]))];
      }
    }
  }
  return answers;
}

function inputFor(variant: string, text: string): RenderInput {
  const input: RenderInput = { catalogue, scope: 'enterprise', answers: hostileAnswers(variant, text), context: { name: text === '' ? 'x' : text, projectType: 'backend', date: '2025-06-30' } };
  // The hybrid pre-flight's existing document (its name comes from Phase 0's audit): 7.6 is kept in it.
  if (variant === 'windows') input.existing = { questionIds: ['7.6'], document: `docs/${text}.md` };
  return input;
}

interface Shape {
  headings: string[];
  fences: number;
  tables: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Headings (levels only), fenced blocks and tables of a Markdown document; throws on an unbalanced fence or a ragged table. */
function shape(markdown: string): Shape {
  const out: Shape = { headings: [], fences: 0, tables: 0 };
  let fence: string | undefined;
  let header: number | undefined;
  for (const line of markdown.split('\n')) {
    const m = FENCE.exec(line);
    if (fence) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && m[2]!.trim() === '') fence = undefined;
      continue;
    }
    if (m) {
      fence = m[1];
      out.fences += 1;
      header = undefined;
      continue;
    }
    const h = /^ {0,3}(#{1,6})(\s|$)/.exec(line);
    if (h) out.headings.push(h[1]!);
    if (/^\s*\|/.test(line)) {
      const n = cells(line);
      if (header === undefined) {
        header = n;
        out.tables += 1;
      } else if (n !== header) throw new Error(`table row has ${n} cells, its header ${header}: ${line.slice(0, 200)}`);
    } else header = undefined;
  }
  if (fence) throw new Error('a fenced code block is never closed');
  return out;
}

/** GFM cell count: `|` splits unless backslash-escaped (also inside code spans); the outer pipes do not count. */
function cells(row: string): number {
  const t = row.trim();
  let n = 0;
  let escaped = false;
  for (const ch of t.slice(1)) {
    if (ch === '|' && !escaped) n += 1;
    escaped = ch === '\\' && !escaped;
  }
  return t.endsWith('|') && !t.endsWith('\\|') ? n : n + 1;
}

// eslint-disable-next-line no-control-regex
const CONTROL_BYTES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

function expectedVars(input: RenderInput): Map<string, string> {
  const vm = buildViewModel(input) as { ENV_GROUP: { GROUP_VAR: { VAR_NAME: string; VAR_VALUE: string }[] }[] };
  return new Map(vm.ENV_GROUP.flatMap((g) => g.GROUP_VAR.map((v) => [v.VAR_NAME, v.VAR_VALUE] as [string, string])));
}

/**
 * The same words without anything hostile (each other character becomes a space): what decides the
 * documents' structure (a service called "redis…" gets its Redis section either way) stays the same.
 */
const benign = (text: string): string => text.replace(/[^\p{L}\p{N}_.,-]/gu, ' ');

function baseline(variant: string, text: string): Record<string, Shape> {
  const docs = renderDocuments(inputFor(variant, benign(text)));
  return Object.fromEntries(docs.filter((d) => d.path.endsWith('.md')).map((d) => [d.path, shape(d.text)]));
}

function check(variant: string, text: string): void {
  const input = inputFor(variant, text);
  const docs = renderDocuments(input);
  const base = baseline(variant, text);
  for (const doc of docs) {
    const bad = CONTROL_BYTES.exec(doc.text);
    expect(bad, `${doc.path}: control character U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')}`).toBeNull();
    if (doc.path.endsWith('.md')) {
      const s = shape(doc.text);
      const b = base[doc.path]!;
      expect(s.headings, `${doc.path}: headings`).toEqual(b.headings);
      expect(s.fences, `${doc.path}: fenced blocks`).toBe(b.fences);
      expect(s.tables, `${doc.path}: tables`).toBe(b.tables);
      // YAML in the documents (pipelines, compose, manifests) still parses: answers in it are quoted
      for (const m of doc.text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
        const errors = parseAllDocuments(m[1]!).flatMap((d) => ('errors' in d ? d.errors : []));
        expect(errors.map((e) => e.message), m[1]!.slice(0, 300)).toEqual([]);
      }
    }
  }
  const env = docs.find((d) => d.id === 'env')!.text;
  const parsed = parse(env);
  const expected = expectedVars(input);
  expect(Object.keys(parsed).sort()).toEqual([...expected.keys()].sort());
  for (const [name, value] of expected) {
    // A value holding all three quote kinds keeps its text with ’ for ' (dotenv undoes no escape).
    const want = /'/.test(value) && /"/.test(value) && /`/.test(value) ? value.replace(/'/g, '\u2019') : value;
    expect(parsed[name], name).toBe(want.trim() === want ? want : want);
  }
  const summary = summaryText(catalogue, 'enterprise', input.answers);
  expect(summary).not.toMatch(CONTROL_BYTES);
  expect(summary.split('\n')).toHaveLength(summaryText(catalogue, 'enterprise', hostileAnswers(variant, benign(text))).split('\n').length);
}

const RANDOM = Number(process.env.FUZZ_CASES ?? 100);
const CASES = [...KNOWN, ...randomStrings(RANDOM, 20261204)];

describe('hostile text in every free-text answer and the project name', () => {
  for (const variant of Object.keys(VARIANTS)) {
    it(`${variant}: ${CASES.length} strings (${KNOWN.length} known, ${RANDOM} random, seed 20261204) keep every line, cell, fence and variable`, () => {
      for (const text of CASES) {
        try {
          check(variant, text);
        } catch (e) {
          throw new Error(`with ${JSON.stringify(text)}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }, 120_000);
  }

  it('the variants above put the hostile text into every text field and every text column of the catalogue', () => {
    const all = catalogue.questions.flatMap((q) => q.fields.flatMap((f) =>
      f.kind === 'text' ? [`${q.id} ${f.id}`] : f.kind === 'table' ? f.columns.filter((c) => c.kind === 'text').map((c) => `${q.id} ${f.id}.${c.id}`) : []));
    for (const v of Object.keys(VARIANTS)) hostileAnswers(v, 'x');
    expect([...filled].sort()).toEqual(all.sort());
    expect(all.length).toBeGreaterThanOrEqual(15);
  });

  it('a megabyte answer: the documents keep all of it, the terminal summary shows at most a line of it', () => {
    const big = `${'long rollback plan '.repeat(55_000)}END`;
    const input = inputFor('canary', 'x');
    input.answers['7.7.1']!.rollbackPlan = big;
    const started = performance.now();
    const ops = renderDocuments(input).find((d) => d.id === 'operations')!.text;
    expect(performance.now() - started).toBeLessThan(5000);
    expect(ops).toContain(big);
    const line = summaryLines(catalogue, 'enterprise', input.answers).find((l) => l.questionId === '7.7.1')!;
    expect(line.text.length).toBeLessThanOrEqual(400);
    expect(line.text).toContain('rollback: long rollback plan');
    expect(line.text).toMatch(/…/);
  });
});
