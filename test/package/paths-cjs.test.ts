import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as paths from '../../src/paths.js';
import { tempDir } from '../helpers.js';
import { BIN, cleanEnv } from './bundle.js';

const DIST_PATHS = join(BIN, '..', '..', 'dist', 'paths.cjs');

describe('bin/ai-flow.js and the bundle share one per-user folder rule (dist/paths.cjs is src/paths.ts)', () => {
  it('dist/paths.cjs exports exactly what src/paths.ts does, with the same results', () => {
    const built = createRequire(import.meta.url)(DIST_PATHS) as typeof paths;
    expect(Object.keys(built).sort()).toEqual(Object.keys(paths).sort());
    const envs = [{}, { XDG_CACHE_HOME: '/x' }, { XDG_CONFIG_HOME: '/c' }, { LOCALAPPDATA: 'D:\\L', APPDATA: 'D:\\R' }, { XDG_CONFIG_HOME: 'rel' }];
    for (const env of envs) {
      for (const platform of ['linux', 'darwin', 'win32']) {
        for (const f of ['userCacheFolder', 'codeCacheFolder', 'prefsFolder'] as const) expect(built[f](env, platform, () => '/home/u')).toBe(paths[f](env, platform, () => '/home/u'));
      }
    }
    for (const [k, v] of Object.entries(paths)) if (typeof v !== 'function') expect(built[k as keyof typeof paths]).toEqual(v);
  });

  it('bin/ai-flow.js has no rule of its own: it requires dist/paths.cjs', () => {
    const bin = readFileSync(BIN, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    expect(bin).toContain("require(join(dist, 'paths.cjs'))");
    expect(bin).not.toMatch(/XDG_|LOCALAPPDATA|Library|'\.cache'|homedir\(\), '/);
  });

  it('the code cache lands in codeCacheFolder(), with and without $XDG_CACHE_HOME', () => {
    const home = tempDir('ai-flow-paths-home-');
    for (const extra of [{ XDG_CACHE_HOME: join(home, 'xdg-cache') }, {}] as Record<string, string>[]) {
      const env = cleanEnv({ HOME: home, XDG_CONFIG_HOME: join(home, 'config'), ...extra });
      if (!('XDG_CACHE_HOME' in extra)) delete env.XDG_CACHE_HOME;
      const r = spawnSync(process.execPath, [BIN, '--help'], { env, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const folder = paths.codeCacheFolder(env, process.platform, () => home);
      expect(existsSync(folder) && readdirSync(folder).length).toBe(1);
    }
  });
});
