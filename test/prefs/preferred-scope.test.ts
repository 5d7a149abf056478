import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers.js';

let xdg: string;
let project: string;

async function run(...argv: string[]) {
  const io = memoryIo({ env: { XDG_CONFIG_HOME: xdg }, cwd: project });
  const code = await main(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}
const cachedScope = () => (JSON.parse(readFileSync(join(project, '.ai-flow', 'cache', 'audit-data.json'), 'utf8')) as { phases: { phase7: { scope: string } } }).phases.phase7.scope;

beforeEach(() => {
  xdg = tempDir('ai-flow-prefs-');
  project = tempDir('ai-flow-project-');
});

describe('the preferred scope', () => {
  it('lets a project without a scope run without --scope', async () => {
    expect((await run('phase7', '--defaults', '--yes')).code).toBe(2);
    await run('config', 'set', 'scope', 'mvp');
    const r = await run('phase7', '--defaults', '--yes');
    expect(r.code, r.err).toBe(0);
    expect(cachedScope()).toBe('mvp');
  });

  it('loses to --scope', async () => {
    await run('config', 'set', 'scope', 'mvp');
    expect((await run('phase7', '--scope', 'enterprise', '--defaults', '--yes')).code).toBe(0);
    expect(cachedScope()).toBe('enterprise');
  });

  it('never replaces the scope a project already has', async () => {
    expect((await run('phase7', '--scope', 'production', '--defaults', '--yes')).code).toBe(0);
    await run('config', 'set', 'scope', 'mvp');
    expect((await run('phase7', '--defaults', '--yes')).code).toBe(0);
    expect(cachedScope()).toBe('production');
  });

  it('is ignored, with a warning naming the file, when the preferences file is broken', async () => {
    await run('config', 'set', 'scope', 'mvp');
    const file = join(xdg, 'ai-flow-nodejs', 'config.json');
    writeFileSync(file, '{"scope": "huge"}');
    const r = await run('phase7', '--defaults', '--yes');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`ignoring part of your preferences in ${file}: scope: "huge" is not one of mvp | production | enterprise`);
  });
});
