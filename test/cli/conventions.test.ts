import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import type { JsonResult } from '../../src/cli/json-output.js';
import { main } from '../../src/cli/main.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { tempDir } from '../helpers.js';

const OUTPUTS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];

async function run(args: string[], over: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600', XDG_CONFIG_HOME: tempDir() }, ...over, ...(over.env ? { env: { SOURCE_DATE_EPOCH: '1767225600', XDG_CONFIG_HOME: tempDir(), ...over.env } } : {}) });
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}
const json = (out: string) => JSON.parse(out) as JsonResult;
const answered = async () => {
  const root = tempDir();
  expect((await run(['phase7', '--cwd', root, '--scope', 'production', '--defaults', '--yes'])).code).toBe(0);
  return root;
};

describe('--json', () => {
  test('a write prints one JSON object: status, scope, every file with its state', async () => {
    const root = tempDir();
    const r = await run(['phase7', '--cwd', root, '--scope', 'mvp', '--defaults', '--yes', '--json']);
    expect(r.code).toBe(0);
    const j = json(r.out);
    expect(j).toMatchObject({ version: 1, mode: 'write', status: 'written', exitCode: 0, scope: 'mvp', openQuestions: [], missing: [] });
    expect(j.files.map((f) => [f.path, f.state])).toEqual(OUTPUTS.map((p) => [p, 'created']));
  });

  test('--check: up-to-date, then out-of-date with exit 1 after an answer changes in the cache', async () => {
    const root = await answered();
    let r = await run(['phase7', '--cwd', root, '--check', '--json']);
    expect(json(r.out)).toMatchObject({ mode: 'check', status: 'up-to-date', exitCode: 0, scope: 'production' });
    const cache = JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8'));
    cache.phases.phase7.answers['7.1'] = { choice: 'paas', paasProvider: 'render', why: 'small team' };
    writeFileSync(join(root, CACHE_FILE), JSON.stringify(cache));
    r = await run(['phase7', '--cwd', root, '--check', '--json']);
    expect(r.code).toBe(1);
    const j = json(r.out);
    expect(j).toMatchObject({ status: 'out-of-date', exitCode: 1 });
    expect(j.files.find((f) => f.path === 'docs/operations.md')).toMatchObject({ state: 'updated', reasons: ['the answers changed'] });
  });

  test('--dry-run: what would change with its diff; nothing is written', async () => {
    const root = tempDir();
    const r = await run(['phase7', '--cwd', root, '--scope', 'mvp', '--defaults', '--dry-run', '--json']);
    expect(r.code).toBe(0);
    const j = json(r.out);
    expect(j).toMatchObject({ mode: 'dry-run', status: 'would-change' });
    expect(j.files[0]).toMatchObject({ path: 'docs/operations.md', state: 'created' });
    expect(j.files[0]!.diff).toContain('+++ b/docs/operations.md');
    for (const f of OUTPUTS) expect(existsSync(join(root, f))).toBe(false);
  });

  test('a run missing input: status needs-input, the open questions with ids and titles, what is missing; exit 2', async () => {
    const r = await run(['phase7', '--cwd', tempDir(), '--scope', 'mvp', '--json']);
    expect(r.code).toBe(2);
    const j = json(r.out);
    expect(j).toMatchObject({ status: 'needs-input', exitCode: 2, scope: 'mvp', missing: ['answers', 'yes'] });
    expect(j.openQuestions.map((q) => q.id)).toEqual(['7.1', '7.2', '7.3', '7.4']);
    expect(j.openQuestions[0]!.title).toMatch(/Deployment/);
    expect(j.error).toContain('Nothing was written.');
    expect(r.err).toContain('Nothing was written.');
  });

  test('an error is JSON too (status error, the message), and still on stderr', async () => {
    const r = await run(['phase7', '--cwd', tempDir(), '--scope', 'mvp', '--data', '7.1.choice=nope', '--json']);
    expect(r.code).toBe(1);
    expect(json(r.out)).toMatchObject({ status: 'error', exitCode: 1, error: expect.stringContaining('7.1 choice: must be one of') });
  });
});

describe('--quiet, colour and ASCII', () => {
  test('--quiet prints nothing on success, and the error on failure', async () => {
    const ok = await run(['phase7', '--cwd', tempDir(), '--scope', 'mvp', '--defaults', '--yes', '--quiet']);
    expect([ok.code, ok.out, ok.err]).toEqual([0, '', '']);
    const bad = await run(['phase7', '--cwd', tempDir(), '--scope', 'mvp', '-q']);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('missing');
  });

  test('the default output of a write is short: a project line, one line per file, one status line', async () => {
    const r = await run(['phase7', '--cwd', tempDir(), '--scope', 'enterprise', '--defaults', '--yes']);
    expect(r.out.trimEnd().split('\n')).toHaveLength(5);
  });

  test('FORCE_COLOR colours the status words without a terminal; --no-color and NO_COLOR do not', async () => {
    const args = ['phase7', '--cwd', tempDir(), '--scope', 'mvp', '--defaults', '--yes'];
    expect((await run(args, { env: { FORCE_COLOR: '1' } })).out).toContain('\x1b[32m✅ Generated\x1b[39m: docs/operations.md');
    expect((await run([...args.slice(0, 2), tempDir(), ...args.slice(3), '--no-color'], { env: { FORCE_COLOR: '1' } })).out).not.toContain('\x1b[');
    expect((await run(['phase7', '--cwd', tempDir(), '--scope', 'mvp', '--defaults', '--yes'])).out).not.toContain('\x1b[');
  });

  test('the ascii and color preferences apply to a run without a terminal', async () => {
    const xdg = tempDir();
    expect((await run(['config', 'set', 'ascii', 'true'], { env: { XDG_CONFIG_HOME: xdg } })).code).toBe(0);
    expect((await run(['config', 'set', 'color', 'always'], { env: { XDG_CONFIG_HOME: xdg } })).code).toBe(0);
    const r = await run(['phase7', '--cwd', tempDir(), '--scope', 'mvp', '--defaults', '--yes'], { env: { XDG_CONFIG_HOME: xdg } });
    expect(r.out).toContain('\x1b[32m[ok] Generated\x1b[39m: docs/operations.md');
    expect(r.out).not.toContain('✅');
  });
});

describe('--data', () => {
  test('answers one field by its ids, typed by the field (numbers, yes/no, lists), merged over --defaults', async () => {
    const root = tempDir();
    const r = await run(['phase7', '--cwd', root, '--scope', 'production', '--defaults', '--yes', '--data', '7.1.choice=paas', '--data', '7.1.paasProvider=render', '--data', '7.4.1.rollbackMinutes=20', '--data', '7.2.docker=no']);
    expect(r.code, r.err).toBe(0);
    const answers = JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8')).phases.phase7.answers;
    expect(answers['7.1']).toMatchObject({ choice: 'paas', paasProvider: 'render' });
    expect(answers['7.4.1'].rollbackMinutes).toBe(20);
    expect(answers['7.2'].docker).toBe('no');
  });

  test('checked like --answers, every problem at once with the same messages; nothing saved', async () => {
    const root = tempDir();
    const r = await run(['phase7', '--cwd', root, '--scope', 'mvp', '--defaults', '--yes', '--data', '7.1.choice=nope', '--data', '7.4.1.rollbackMinutes=soon']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--data: 2 problems:');
    expect(r.err).toContain('  - 7.1 choice: must be one of "cloud", "paas", "on-premises", "container-orchestration"');
    expect(r.err).toMatch(/ {2}- 7\.4\.1 rollbackMinutes: .*number/);
    expect(existsSync(join(root, CACHE_FILE))).toBe(false);
  });

  test('a malformed --data says the expected form', async () => {
    const r = await run(['phase7', '--cwd', tempDir(), '--data', 'choice=paas']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--data choice=paas: expected QUESTION.FIELD=VALUE, e.g. --data 7.1.choice=paas');
  });
});

describe('terminals, CI and prompts', () => {
  test('CI=true in a real terminal is a run without a terminal (Ink would draw nothing until the end)', async () => {
    const r = await run(['phase7', '--cwd', tempDir(), '--scope', 'mvp'], { stdinIsTTY: true, stdoutIsTTY: true, env: { CI: 'true' } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot ask anything here (CI is set (CI=true); set CI=false to use the wizard in a terminal)');
  });

  test('--json in a terminal never starts the wizard (its output is for programs)', async () => {
    const r = await run(['phase7', '--cwd', tempDir(), '--scope', 'mvp', '--json'], { stdinIsTTY: true, stdoutIsTTY: true });
    expect(r.code).toBe(2);
    expect(json(r.out)).toMatchObject({ status: 'needs-input', missing: ['answers', 'yes'] });
    expect(r.err).toContain('cannot ask anything here (--json never asks)');
  });

  test('AI_FLOW_NO_PROMPT=1 turns prompts off in a terminal', async () => {
    const r = await run(['phase7', '--cwd', tempDir(), '--scope', 'mvp'], { stdinIsTTY: true, stdoutIsTTY: true, env: { AI_FLOW_NO_PROMPT: '1' } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('AI_FLOW_NO_PROMPT=1 turns prompts off');
  });

  test('without a scope, everything missing is listed at once: scope, answers, --yes', async () => {
    const r = await run(['phase7', '--cwd', tempDir()]);
    expect(r.code).toBe(2);
    for (const s of ['the scope: --scope mvp', 'answers to the scope', 'a confirmation of the summary: --yes']) expect(r.err).toContain(s);
    expect(r.err).toMatch(/For example: .*phase7 --cwd \S+ --scope production --defaults --yes/);
  });
});

describe('everyday conventions', () => {
  test('bare ai-flow prints the help and exits 0', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: ai-flow');
  });

  test('-V, -v and --version print the version', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['-V', '-v', '--version']) expect(await run([flag])).toMatchObject({ code: 0, out: `${version}\n` });
  });

  test('phase7 --help wraps to the terminal width ($COLUMNS), whole words, nothing wider', async () => {
    for (const columns of [60, 80, 120]) {
      const r = await run(['phase7', '--help'], { env: { COLUMNS: String(columns) } });
      expect(r.code).toBe(0);
      const lines = r.out.trimEnd().split('\n');
      expect(lines.filter((l) => l.length > columns), `${columns} columns`).toEqual([]);
      const text = r.out.replace(/\s+/g, ' ');
      // Words of the help text, never split across lines.
      for (const phrase of ['listing all that is missing', 'conflict left in <file>.new', '(.ai-flow/cache/phase7.lock)', 'answers from a file, the rest recommended (CI)']) expect(text).toContain(phrase);
    }
  });

  test('--cwd naming a file says it is a file', async () => {
    const file = join(tempDir(), 'package.json');
    writeFileSync(file, '{}');
    const r = await run(['phase7', '--cwd', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--cwd .*package\.json: is a file, not a folder\. Pass the project's folder, e\.g\. --cwd /);
  });

  test('ai-flow schema prints the answers JSON Schema; --path says where it is', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveProperty('$schema');
    const p = await run(['schema', '--path']);
    expect(existsSync(p.out.trim())).toBe(true);
  });
});
