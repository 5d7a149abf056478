import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadPty, openPty } from '../../bench/processes.mjs';
import { tempDir } from '../helpers.js';
import { cleanEnv, readMeta, ROOT } from './bundle.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
/** npx's own script next to this node (npm ships it as lib/cli of npm: bin/npx-cli.js). */
function npxCli(): string {
  const npmRoot = execFileSync(npm, ['root', '-g'], { encoding: 'utf8' }).trim();
  return join(npmRoot, 'npm', 'bin', 'npx-cli.js');
}
const ALLOWED = [/^bin\//, /^dist\//, /^templates\//, /^phases\//, /^schema\//, /^README\.md$/, /^LICENSE$/, /^package\.json$/];

it('packs only what runs; installed from the tarball without dev dependencies, it helps, generates and asks', async () => {
  readMeta(); // the tarball packs the current dist/ (built by test/package/global-setup.ts)
  const work = tempDir('ai-flow-pack-');
  // npm's own cache (and its logs) in the test's folder too: the tarball would otherwise be kept in ~/.npm on every run.
  const env = cleanEnv({ XDG_CONFIG_HOME: join(work, 'xdg'), npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });

  // With npm's scripts, as a publish runs them (prepack strips `prepare`, postpack restores it); dist/ is
  // already built, and AI_FLOW_PACK_NO_BUILD=1 keeps `prepare` from rebuilding it under the other tests' feet.
  const manifestBefore = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--silent', '--pack-destination', work], { cwd: ROOT, env: { ...env, AI_FLOW_PACK_NO_BUILD: '1' }, encoding: 'utf8' })) as {
    filename: string;
    files: { path: string }[];
  }[];
  const files = packed[0]!.files.map((f) => f.path);
  expect(files.filter((f) => !ALLOWED.some((re) => re.test(f)))).toEqual([]);
  expect(files).toEqual(expect.arrayContaining(['bin/ai-flow.js', 'dist/ai-flow.js', 'phases/phase7.yaml', 'README.md', 'LICENSE', 'package.json']));
  expect(files).not.toContain('dist/meta.json');

  // The repository's package.json is back as it was, and the packed one has no `prepare` it could not run.
  expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toBe(manifestBefore);
  execFileSync('tar', ['xzf', join(work, packed[0]!.filename), '-C', work, 'package/package.json']);
  const manifest = JSON.parse(readFileSync(join(work, 'package', 'package.json'), 'utf8')) as { scripts: Record<string, string>; keywords?: string[] };
  expect(manifest.scripts.prepare).toBeUndefined();
  expect(manifest.keywords).toContain('cli');

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-check', version: '1.0.0', private: true }));
  const install = spawnSync(npm, ['install', '--omit=dev', '--ignore-scripts=false', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed[0]!.filename)], { cwd: app, env, encoding: 'utf8' });
  expect(install.status, install.stderr).toBe(0);
  // npm warns about a dependency's install scripts (npm 11: "install-scripts … prepare"): there must be none.
  expect(install.stderr).not.toMatch(/install-scripts|prepare/);
  const devDeps = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies);
  const installed = readdirSync(join(app, 'node_modules')).flatMap((d) => (d.startsWith('@') ? readdirSync(join(app, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]));
  expect(installed.filter((d) => devDeps.includes(d))).toEqual([]);

  const help = spawnSync(npx, ['--no', 'ai-flow', 'phase7', '--help'], { cwd: app, env, encoding: 'utf8' });
  expect(help.status, help.stderr).toBe(0);
  expect(help.stdout).toContain('--defaults');

  const project = join(work, 'project');
  mkdirSync(project);
  const run = spawnSync(npx, ['--no', 'ai-flow', 'phase7', '--cwd', project, '--scope', 'enterprise', '--defaults', '--yes'], { cwd: app, env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  for (const out of ['docs/operations.md', 'specs/configuration.md', '.env.example']) expect(existsSync(join(project, out)), out).toBe(true);

  // The wizard's chunk (Ink, React, yoga's inlined wasm) must run from the package alone too.
  const wizardDir = join(work, 'wizard');
  mkdirSync(wizardDir);
  const pty = await loadPty();
  if (!pty) throw new Error('node-pty (a dev dependency) is needed to check the installed wizard');
  const term = openPty(pty, [join(app, 'node_modules', 'ai-flow', 'bin', 'ai-flow.js'), 'phase7', '--scope', 'enterprise'], {
    cwd: wizardDir,
    env: { ...env, CI: 'false', TERM: 'xterm-256color' },
  });
  try {
    await term.timeToText('Deployment Environment', 20_000);
  } finally {
    await term.kill();
  }

  // Run with npx, the resume hint after Ctrl-C names npx (npm tells the child through npm_command=exec).
  const npxTerm = openPty(pty, [npxCli(), '--no', 'ai-flow', 'phase7', '--scope', 'enterprise'], {
    cwd: app,
    env: { ...env, CI: 'false', TERM: 'xterm-256color' },
  });
  try {
    await npxTerm.timeToText('Deployment Environment', 30_000);
    npxTerm.term.write('\x03');
    await npxTerm.timeToText('Resume with: npx ai-flow phase7', 10_000);
  } finally {
    await npxTerm.kill();
  }
}, 180_000);
