import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { staticClosure } from '../../scripts/bundle-rules.mjs';
import { loadPty, openPty } from '../../bench/processes.mjs';
import { tempDir } from '../helpers.js';
import { BIN, cleanEnv, heavyPackagesIn, readMeta, tracedRun } from './bundle.js';

let meta: Metafile;
let xdg: string;
const project = () => tempDir('ai-flow-lazy-');
const env = () => cleanEnv({ XDG_CONFIG_HOME: xdg });

beforeAll(() => {
  meta = readMeta();
  xdg = tempDir('ai-flow-lazy-xdg-');
});

describe('the bundle keeps the wizard stack out of start-up', () => {
  it('has Ink and React in a lazily imported chunk, and nothing of them in what the entry imports statically', () => {
    const withInk = Object.keys(meta.outputs).filter((o) => heavyPackagesIn(meta, [o]).includes('ink'));
    expect(withInk.length).toBeGreaterThan(0);
    expect(heavyPackagesIn(meta, withInk)).toEqual(expect.arrayContaining(['ink', 'react']));
    expect(heavyPackagesIn(meta, [...staticClosure(meta, 'dist/ai-flow.js')])).toEqual([]);
  });

  it('never bundles mermaid', () => {
    const all = Object.keys(meta.outputs);
    expect(heavyPackagesIn(meta, all).filter((p) => p.includes('mermaid') || p === 'dompurify')).toEqual([]);
  });
});

describe('commands that need no terminal load neither Ink, React, the prompts nor conf', () => {
  it.each([['--help'], ['--version'], ['phase7', '--help'], ['config', '--help'], ['templates'], ['templates', '--help']])('ai-flow %s', (...args) => {
    const r = tracedRun(args, { cwd: project(), env: env() });
    expect(r.status).toBe(0);
    expect(r.loaded).toContain('dist/ai-flow.js');
    expect(heavyPackagesIn(meta, r.loaded)).toEqual([]);
  });

  it('a full --scope enterprise --defaults --yes run, an up-to-date re-run, --check and --dry-run', () => {
    const dir = project();
    const full = tracedRun(['phase7', '--scope', 'enterprise', '--defaults', '--yes'], { cwd: dir, env: env() });
    expect(full.status, full.stderr).toBe(0);
    expect(existsSync(join(dir, 'docs', 'operations.md'))).toBe(true);
    expect(full.loaded.some((f) => f.includes('run-phase7'))).toBe(true);
    expect(heavyPackagesIn(meta, full.loaded)).toEqual([]);

    const again = tracedRun(['phase7', '--yes'], { cwd: dir, env: env() });
    expect(again.status, again.stderr).toBe(0);
    expect(heavyPackagesIn(meta, again.loaded)).toEqual([]);
    // The up-to-date re-run is answered from the fingerprint: the engine, zod and yaml are never loaded.
    expect(again.stdout).toContain('Documents are up to date');
    expect(again.loaded.some((f) => f.includes('run-phase7'))).toBe(false);

    for (const flag of ['--check', '--dry-run']) {
      const r = tracedRun(['phase7', flag], { cwd: dir, env: env() });
      expect(r.status, `${flag}: ${r.stderr}`).toBe(0);
      expect(heavyPackagesIn(meta, r.loaded), flag).toEqual([]);
    }
  });

  it('in a terminal too, when --defaults --yes leave nothing to ask', async () => {
    const pty = await loadPty();
    if (!pty) throw new Error('node-pty (a dev dependency) is needed for terminal tests');
    const trace = join(tempDir('ai-flow-lazy-trace-'), 'loads.txt');
    const dir = project();
    const term = openPty(pty, ['--import', join(import.meta.dirname, 'trace-loads.mjs'), BIN, 'phase7', '--scope', 'enterprise', '--defaults', '--yes'], {
      cwd: dir,
      env: cleanEnv({ XDG_CONFIG_HOME: xdg, CI: 'false', TERM: 'xterm-256color', AI_FLOW_TRACE_LOADS: trace }),
      cols: 100,
      rows: 40,
    });
    expect((await term.exit).exitCode).toBe(0);
    expect(existsSync(join(dir, 'docs', 'operations.md'))).toBe(true);
    const loaded = readFileSync(trace, 'utf8').split('\n').filter((u) => u.includes('/dist/')).map((u) => u.slice(u.indexOf('dist/')));
    expect(loaded.some((f) => f.includes('run-phase7'))).toBe(true);
    expect(heavyPackagesIn(meta, loaded)).toEqual([]);
  });

  it('loads conf only when a preferences file exists and a setting is needed', () => {
    const home = tempDir('ai-flow-lazy-prefs-');
    mkdirSync(join(home, 'ai-flow-nodejs'));
    writeFileSync(join(home, 'ai-flow-nodejs', 'config.json'), JSON.stringify({ scope: 'mvp' }));
    const withPrefs = cleanEnv({ XDG_CONFIG_HOME: home });

    const listed = tracedRun(['config'], { cwd: project(), env: withPrefs });
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/scope\s+mvp/);
    expect(heavyPackagesIn(meta, listed.loaded)).toEqual(['conf']);

    // No --scope and no cached scope: the preferred scope is needed, so conf is read.
    const dir = project();
    const preferred = tracedRun(['phase7', '--defaults', '--yes'], { cwd: dir, env: withPrefs });
    expect(preferred.status, preferred.stderr).toBe(0);
    expect(heavyPackagesIn(meta, preferred.loaded)).toEqual(['conf']);
    // The scope is in the cache now: a re-run needs no preference.
    const rerun = tracedRun(['phase7', '--yes'], { cwd: dir, env: withPrefs });
    expect(heavyPackagesIn(meta, rerun.loaded)).toEqual([]);
  });
});
