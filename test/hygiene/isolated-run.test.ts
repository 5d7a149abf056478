import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED, isolateRun } from '../global-setup.js';
import { tempDir } from '../helpers.js';

/** What a child process sees: its temp folder and the two XDG variables. */
function childView(): { tmp: string; cache: string; config: string } {
  const script = "const os=require('node:os');console.log(JSON.stringify({tmp:os.tmpdir(),cache:process.env.XDG_CACHE_HOME,config:process.env.XDG_CONFIG_HOME}))";
  return JSON.parse(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout) as { tmp: string; cache: string; config: string };
}

describe('this test run', () => {
  it('has its own temp, cache and config folders, which the processes it starts inherit', () => {
    const child = childView();
    const root = dirname(child.tmp);
    expect(basename(root)).toMatch(/^ai-flow-test-run-\d+-/);
    expect(child).toEqual({ tmp: join(root, 'tmp'), cache: join(root, 'cache'), config: join(root, 'config') });
    expect(tmpdir()).toBe(child.tmp);
    expect(child.cache.startsWith(join(homedir(), '.cache'))).toBe(false);
  });

  it('tempDir() makes its folders in it', () => {
    const dir = tempDir();
    expect(dirname(dir)).toBe(tmpdir());
    expect(existsSync(dir)).toBe(true);
  });
});

describe('isolateRun (the globalSetup of vitest.config.ts)', () => {
  const saved = () => Object.fromEntries(ISOLATED.map((k) => [k, process.env[k]]));

  it('points the variables into a new folder; finish() removes it, restores them and finds no leak', () => {
    const base = tempDir();
    const before = saved();
    const run = isolateRun(base);
    let inside: ReturnType<typeof childView>;
    try {
      inside = childView();
      writeFileSync(join(run.root, 'cache', 'code.b'), 'a cache is expected');
    } finally {
      expect(run.finish()).toEqual([]);
    }
    expect(inside).toEqual({ tmp: join(run.root, 'tmp'), cache: join(run.root, 'cache'), config: join(run.root, 'config') });
    expect(existsSync(run.root)).toBe(false);
    expect(saved()).toEqual(before);
  });

  it('reports what a test left in tmp/ or in the shared config folder, and still removes everything', () => {
    const run = isolateRun(tempDir());
    let leaks: string[];
    try {
      mkdirSync(join(tmpdir(), 'forgotten-project'));
      mkdirSync(join(tmpdir(), 'tsx-0')); // tsx's compile cache: expected
      mkdirSync(join(process.env.XDG_CONFIG_HOME!, 'ai-flow-nodejs'));
    } finally {
      leaks = run.finish();
    }
    expect(leaks).toEqual(['tmp/forgotten-project', 'config/ai-flow-nodejs']);
    expect(existsSync(run.root)).toBe(false);
  });

  it('sweeps the folders of earlier runs whose process is gone, and only those', () => {
    const base = tempDir();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(join(base, `ai-flow-test-run-${gone}-abc123`));
    mkdirSync(join(base, `ai-flow-test-run-${process.ppid}-def456`));
    mkdirSync(join(base, 'unrelated'));
    const run = isolateRun(base);
    run.finish();
    expect(readdirSync(base).sort()).toEqual([`ai-flow-test-run-${process.ppid}-def456`, 'unrelated']);
  });
});
