// Every shell, YAML and JSON example of README.md, run against the built CLI in new folders. Each fenced block
// carries a `<!-- readme-test: KIND -->` line above it saying how it is run; a block without one fails here.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node-pty';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BIN, cleanEnv, ROOT } from './bundle.js';

interface Block {
  kind: string;
  lang: string;
  body: string;
  line: number;
}

function readmeBlocks(): Block[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    const marker = /^<!-- readme-test: (\S+) -->$/.exec(lines[i - 1] ?? '');
    blocks.push({ kind: marker?.[1] ?? '', lang: open[1]!, body: lines.slice(i + 1, end).join('\n'), line: i + 1 });
    i = end;
  }
  return blocks;
}

/** The commands of a shell block: one per line, comments dropped. */
const commands = (b: Block) =>
  b.body
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);

const blocks = readmeBlocks();
const work = mkdtempSync(join(tmpdir(), 'ai-flow-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A line that needs a terminal: it asks (no --yes, --check, --json, --help, --version). */
const asks = (cmd: string) => /\bphase7\b/.test(cmd) && !/--yes|--check|--json|--help|--version|--dry-run/.test(cmd);

/** Runs `script` with bash in a pseudo-terminal until `text` is on screen (then Ctrl-C), returning the screen. */
async function inTerminal(script: string, cwd: string, env: NodeJS.ProcessEnv, text: RegExp): Promise<string> {
  const term = spawn('bash', ['-c', script], { name: 'xterm-256color', cols: 120, rows: 40, cwd, env: { ...env, CI: 'false', TERM: 'xterm-256color' } as Record<string, string> });
  let screen = '';
  const exited = new Promise<void>((resolve) => term.onExit(() => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`"${script}" never showed ${text}; screen:\n${stripVTControlCharacters(screen).slice(-1500)}`)), 30_000);
      term.onData((d) => {
        screen += d;
        if (text.test(stripVTControlCharacters(screen))) {
          clearTimeout(timer);
          resolve();
        }
      });
      void exited.then(() => reject(new Error(`"${script}" exited before ${text}; screen:\n${stripVTControlCharacters(screen).slice(-1500)}`)));
    });
    term.write('\x03');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  } finally {
    term.kill();
  }
  return stripVTControlCharacters(screen);
}

/** `ai-flow` as a command of the test's shell: the built CLI. */
const AI_FLOW = `ai-flow() { node ${JSON.stringify(BIN)} "$@"; }; `;

describe('README examples', () => {
  test('every fenced block says how it is tested; the first lines are the contributor commands', () => {
    expect(blocks.filter((b) => !b.kind).map((b) => `README.md:${b.line}`)).toEqual([]);
    expect(blocks[0]!.kind).toBe('contributor');
    expect(commands(blocks[0]!)).toEqual(['npm ci && node bin/ai-flow.js phase7', 'npm ci && npm test']);
  });

  test('contributor blocks name scripts and files that exist (.ci/run runs npm ci, typecheck, lint and npm test itself)', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const b of blocks.filter((x) => x.kind === 'contributor')) {
      for (const cmd of commands(b)) {
        for (const part of cmd.split('&&').map((s) => s.trim())) {
          const run = /^npm (?:run )?([\w:-]+)$/.exec(part);
          if (run && !['ci', 'test'].includes(run[1]!)) expect(scripts, part).toHaveProperty(run[1]!);
          if (part === 'npm test') expect(scripts).toHaveProperty('test');
          const node = /^node (\S+)/.exec(part);
          if (node) expect(readdirSync(join(ROOT, node[1]!, '..')), part).toContain(node[1]!.split('/').pop());
        }
      }
    }
  });

  test('the answers file example is valid YAML that ai-flow accepts', () => {
    const yamlBlocks = blocks.filter((b) => b.lang === 'yaml');
    expect(yamlBlocks.length).toBeGreaterThan(0);
    for (const b of yamlBlocks) {
      expect(b.kind).toMatch(/\.ya?ml$/);
      expect(() => parse(b.body)).not.toThrow();
    }
  });

  test('the project examples run in order in a new project, as written', async () => {
    const project = join(work, 'project');
    mkdirSync(project);
    for (const b of blocks.filter((x) => x.lang === 'yaml')) writeFileSync(join(project, b.kind), b.body);
    const env = cleanEnv({ XDG_CONFIG_HOME: join(work, 'xdg'), XDG_CACHE_HOME: join(work, 'cache') });
    const jsonShape = JSON.parse(blocks.find((b) => b.kind === 'json')!.body) as Record<string, unknown>;
    for (const b of blocks.filter((x) => x.kind === 'project')) {
      for (const cmd of commands(b)) {
        if (asks(cmd)) {
          // The wizard: its first screen (the scope on a new project, else the question asked) is on screen.
          const screen = await inTerminal(AI_FLOW + cmd, project, env, /Enterprise|Monitoring & Logging|Deployment Environment/);
          expect(screen, cmd).not.toMatch(/unexpected error|needs a terminal|cannot ask anything/);
          continue;
        }
        const r = spawnSync('bash', ['-c', AI_FLOW + cmd], { cwd: project, env, encoding: 'utf8' });
        expect(r.status, `${cmd}\n${r.stderr}`).toBe(0);
        if (cmd.includes('--json')) {
          const out = JSON.parse(r.stdout) as Record<string, unknown>;
          // The README's JSON example has exactly the keys a real run prints.
          expect(Object.keys(out).sort(), cmd).toEqual(Object.keys(jsonShape).sort());
        }
      }
    }
  }, 180_000);

  test('the install block: pack, install globally, first run in a project, npx without installing', async () => {
    const block = blocks.find((b) => b.kind === 'install')!;
    const [pack, install, first, npx] = commands(block) as [string, string, string, string];
    const clone = join(work, 'clone');
    const prefix = join(work, 'global');
    mkdirSync(clone);
    mkdirSync(join(work, 'my-project'));
    const env = cleanEnv({ npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}:${process.env.PATH}`, XDG_CONFIG_HOME: join(work, 'xdg'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
    // `npm ci` is what .ci/run does first; `npm pack` runs in the repository (dist/ is built: no rebuild).
    expect(pack).toBe('npm ci && npm pack');
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', clone], { cwd: ROOT, env: { ...env, AI_FLOW_PACK_NO_BUILD: '1' }, encoding: 'utf8' })) as { filename: string }[];
    expect(install).toContain(`./${packed[0]!.filename}`);
    const r = spawnSync('bash', ['-c', install], { cwd: clone, env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/install-scripts|prepare/);
    const screen = await inTerminal(first, clone, env, /Enterprise/);
    expect(screen).toContain('Production');
    const v = spawnSync('bash', ['-c', npx], { cwd: clone, env, encoding: 'utf8' });
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    renameSync(join(clone, packed[0]!.filename), join(work, packed[0]!.filename)); // keep nothing in the clone folder
  }, 180_000);
});
