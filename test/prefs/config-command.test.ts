import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers.js';

let xdg: string;
const file = () => join(xdg, 'ai-flow-nodejs', 'config.json');

async function run(...argv: string[]) {
  const io = memoryIo({ env: { XDG_CONFIG_HOME: xdg } });
  const code = await main(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}

beforeEach(() => {
  xdg = tempDir('ai-flow-prefs-');
});

describe('ai-flow config', () => {
  it('lists built-in defaults without creating anything', async () => {
    const r = await run('config');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`ai-flow preferences (${file()})`);
    expect(r.out).toMatch(/scope\s+ask \(default\)/);
    expect(r.out).toMatch(/color\s+auto \(default\)/);
    expect(existsSync(join(xdg, 'ai-flow-nodejs'))).toBe(false);
  });

  it('sets, gets, lists and unsets a preference in $XDG_CONFIG_HOME/ai-flow-nodejs/config.json', async () => {
    expect((await run('config', 'set', 'scope', 'production-ready')).code).toBe(0);
    expect((await run('config', 'set', 'ascii', 'true')).code).toBe(0);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({ scope: 'production', ascii: true });
    expect((await run('config', 'get', 'scope')).out).toBe('production\n');
    expect((await run('config', 'get', 'ascii')).out).toBe('true\n');
    expect((await run('config', 'get', 'color')).out).toBe('auto\n');
    expect((await run('config', 'list')).out).toMatch(/ascii\s+true\s/);
    const unset = await run('config', 'unset', 'scope');
    expect(unset.out).toContain('scope unset');
    expect((await run('config', 'get', 'scope')).out).toBe('');
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({ ascii: true });
  });

  it('refuses a bad value with the accepted values and exit 2, saving nothing', async () => {
    const r = await run('config', 'set', 'color', 'purple');
    expect(r.code).toBe(2);
    expect(r.err).toContain('color cannot be "purple": use auto | always | never.');
    expect(existsSync(file())).toBe(false);
  });

  it('refuses an unknown key with the list of keys and exit 2', async () => {
    const r = await run('config', 'get', 'theme');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown key "theme". Keys: scope, plain, ascii, color.');
  });

  it('says when the environment overrides a preference', async () => {
    await run('config', 'set', 'color', 'always');
    const io = memoryIo({ env: { XDG_CONFIG_HOME: xdg, NO_COLOR: '1' } });
    await main(['config'], io);
    expect(io.stdout).toMatch(/color\s+always\s.*\[NO_COLOR wins here: never\]/);
  });

  it('names a broken preferences file and exits 1 when asked to change it', async () => {
    mkdirSync(join(xdg, 'ai-flow-nodejs'), { recursive: true });
    writeFileSync(file(), '{ not json');
    const r = await run('config', 'set', 'plain', 'true');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`The preferences file ${file()} cannot be read`);
    expect(readFileSync(file(), 'utf8')).toBe('{ not json');
  });
});
