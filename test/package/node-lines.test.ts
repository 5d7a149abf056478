// The packed CLI on other Node release lines (22, 24): `.ci/run` installs them from the npm registry
// (.ci/node-lines) and passes their binaries in AI_FLOW_SMOKE_NODES (colon-separated). Without it this
// file only says so: `AI_FLOW_SMOKE_NODES="$(.ci/node-lines 22 24 | paste -sd:)" npx vitest run test/package/node-lines.test.ts`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node-pty';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../helpers.js';
import { cleanEnv, ROOT } from './bundle.js';

const nodes = (process.env.AI_FLOW_SMOKE_NODES ?? '').split(':').filter(Boolean);
const OUTPUTS = ['docs/operations.md', 'specs/configuration.md', '.env.example'];
// Made only when the binaries are given (a skipped file runs no hooks, so nothing could remove it); removed after this file.
let work = '';
let env: NodeJS.ProcessEnv = {};
let bin = '';

beforeAll(() => {
  if (nodes.length === 0) return;
  work = tempDir('ai-flow-node-lines-');
  env = cleanEnv({ XDG_CONFIG_HOME: join(work, 'xdg'), XDG_CACHE_HOME: join(work, 'cache'), SOURCE_DATE_EPOCH: '1767225600', npm_config_update_notifier: 'false' });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', work], { cwd: ROOT, env: { ...env, AI_FLOW_PACK_NO_BUILD: '1' }, encoding: 'utf8' })) as { filename: string }[];
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"private":true}');
  execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', join(work, packed[0]!.filename)], { cwd: app, env, encoding: 'utf8' });
  bin = join(app, 'node_modules', 'ai-flow', 'bin', 'ai-flow.js');
}, 120_000);

/** What Node 20 (this process) writes for the same answers: every release line must write the same bytes. */
function generate(node: string, name: string): Record<string, string> {
  // The same folder name: the project's name (from its folder) is in the documents.
  const project = join(work, name, 'project');
  mkdirSync(project, { recursive: true });
  const r = spawnSync(node, [bin, 'phase7', '--cwd', project, '--scope', 'enterprise', '--defaults', '--yes'], { env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(project, f), 'utf8')]));
}

// Listed as skipped when .ci/run did not give the binaries (a plain `npm test`).
if (nodes.length === 0) test.skip('the packed CLI on Node 22 and 24 (AI_FLOW_SMOKE_NODES not set: .ci/run sets it)', () => {});

describe.each(nodes)('the packed CLI on %s', (node) => {
  const major = execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim();

  test(`Node ${major}: --version, a full run writing the same bytes as Node ${process.versions.node.split('.')[0]}, --check --json`, () => {
    expect(spawnSync(node, [bin, '--version'], { env, encoding: 'utf8' }).stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const here = generate(process.execPath, `node-${process.versions.node}-${major}`);
    expect(generate(node, `node-${major}`)).toEqual(here);
    const check = spawnSync(node, [bin, 'phase7', '--cwd', join(work, `node-${major}`, 'project'), '--check', '--json'], { env, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ status: 'up-to-date' });
  });

  test(`Node ${major}: the wizard draws its first question in a terminal and saves progress on Ctrl-C`, async () => {
    const project = join(work, `wizard-${major}`);
    mkdirSync(project);
    const term = spawn(node, [bin, 'phase7', '--scope', 'enterprise'], { name: 'xterm-256color', cols: 100, rows: 40, cwd: project, env: { ...env, CI: 'false', TERM: 'xterm-256color' } as Record<string, string> });
    let screen = '';
    const exit = new Promise<number>((resolve) => term.onExit((e) => resolve(e.exitCode)));
    const waitFor = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`never showed "${text}":\n${stripVTControlCharacters(screen).slice(-1200)}`)), 20_000);
        const check = () => stripVTControlCharacters(screen).includes(text) && (clearTimeout(timer), resolve());
        term.onData((d) => {
          screen += d;
          check();
        });
        check();
      });
    try {
      await waitFor('Deployment Environment');
      term.write('\x03');
      await waitFor('Resume with:');
      expect(await exit).toBe(130);
    } finally {
      term.kill();
    }
  }, 30_000);
});
