import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { BIN, cleanEnv } from './bundle.js';

/** A full non-interactive run with the user cache folder at `cache`. */
function generate(cache: string, extra: Record<string, string> = {}) {
  const cwd = tempDir('ai-flow-cc-');
  const r = spawnSync(process.execPath, [BIN, 'phase7', '--scope', 'enterprise', '--defaults', '--yes'], {
    cwd,
    env: cleanEnv({ XDG_CONFIG_HOME: join(cache, 'config'), XDG_CACHE_HOME: cache, ...extra }),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: r.status, stderr: r.stderr, written: existsSync(join(cwd, 'docs', 'operations.md')) };
}

/** The cache files of this build, by name. */
function cacheFiles(cache: string): Map<string, string> {
  const root = join(cache, 'ai-flow', 'code-cache');
  const files = new Map<string, string>();
  if (!existsSync(root)) return files;
  for (const dir of readdirSync(root)) for (const f of readdirSync(join(root, dir))) files.set(f, join(root, dir, f));
  return files;
}

describe("the code cache (compiled code kept between runs, in the user's cache folder)", () => {
  it('is written by a first run, per file of the bundle, in a folder named after the build', () => {
    const cache = tempDir('ai-flow-cc-home-');
    expect(generate(cache)).toMatchObject({ status: 0, written: true });
    const files = cacheFiles(cache);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['ai-flow.js.b']));
    expect([...files.keys()].some((f) => f.startsWith('chunks_run-phase7-'))).toBe(true);
    const build = /^\/\/ ai-flow build (\w+)/.exec(readFileSync(join(BIN, '..', '..', 'dist', 'ai-flow.js'), 'utf8'))![1]!;
    expect(readdirSync(join(cache, 'ai-flow', 'code-cache'))).toEqual([expect.stringMatching(new RegExp(`-${build}$`))]);
  });

  it('a damaged cache is compiled afresh and rewritten; the run is unaffected', () => {
    const cache = tempDir('ai-flow-cc-home-');
    expect(generate(cache).status).toBe(0);
    const files = cacheFiles(cache);
    const entry = files.get('ai-flow.js.b')!;
    const good = readFileSync(entry);
    writeFileSync(entry, 'not a code cache');
    for (const [name, path] of files) if (name.startsWith('chunks_run-phase7-')) writeFileSync(path, readFileSync(path).subarray(0, 64));
    expect(generate(cache)).toMatchObject({ status: 0, stderr: '', written: true });
    expect(readFileSync(entry).length).toBe(good.length);
  });

  it('a cache folder that cannot be made, or AI_FLOW_CODE_CACHE=0, only means compiling every time', () => {
    const blocked = tempDir('ai-flow-cc-home-');
    writeFileSync(join(blocked, 'ai-flow'), 'a file where the folder would go');
    expect(generate(blocked)).toMatchObject({ status: 0, stderr: '', written: true });

    const off = tempDir('ai-flow-cc-home-');
    mkdirSync(join(off, 'config'));
    expect(generate(off, { AI_FLOW_CODE_CACHE: '0' })).toMatchObject({ status: 0, written: true });
    expect(cacheFiles(off).size).toBe(0);
  });
});
