import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, posix, relative, win32 } from 'node:path';
import envPaths from 'env-paths';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as paths from '../src/paths.js';
import { codeCacheFolder, prefsFolder, userCacheFolder } from '../src/paths.js';

const SRC = join(import.meta.dirname, '..', 'src');

describe('the per-user folders (src/paths.ts)', () => {
  const home = { linux: () => '/home/ana', darwin: () => '/Users/ana', win32: () => 'C:\\Users\\ana' };

  it("the cache folder: $XDG_CACHE_HOME on every platform, else the platform's own", () => {
    expect(userCacheFolder({}, 'linux', home.linux)).toBe('/home/ana/.cache/ai-flow');
    expect(userCacheFolder({ XDG_CACHE_HOME: '/var/cache/ana/' }, 'linux', home.linux)).toBe('/var/cache/ana/ai-flow');
    expect(userCacheFolder({}, 'darwin', home.darwin)).toBe('/Users/ana/Library/Caches/ai-flow');
    expect(userCacheFolder({ XDG_CACHE_HOME: '/tmp/c' }, 'darwin', home.darwin)).toBe('/tmp/c/ai-flow');
    expect(userCacheFolder({}, 'win32', home.win32)).toBe('C:\\Users\\ana\\AppData\\Local\\ai-flow\\Cache');
    expect(userCacheFolder({ LOCALAPPDATA: 'D:\\Local\\' }, 'win32', home.win32)).toBe('D:\\Local\\ai-flow\\Cache');
    expect(userCacheFolder({ XDG_CACHE_HOME: 'D:\\xdg', LOCALAPPDATA: 'D:\\Local' }, 'win32', home.win32)).toBe('D:\\xdg\\ai-flow');
    expect(codeCacheFolder({}, 'linux', home.linux)).toBe('/home/ana/.cache/ai-flow/code-cache');
  });

  it('asks for the home folder only when the environment does not name the folder', () => {
    const home = vi.fn(() => '/home/ana');
    expect(userCacheFolder({ XDG_CACHE_HOME: '/c' }, 'linux', home)).toBe('/c/ai-flow');
    expect(prefsFolder({ XDG_CONFIG_HOME: '/c' }, 'darwin', home)).toBe('/c/ai-flow-nodejs');
    expect(home).not.toHaveBeenCalled();
  });

  it('gives what path.join gives on each platform (the rule bin/ai-flow.js and the frame cache had)', () => {
    const cases: [Record<string, string>, 'linux' | 'darwin' | 'win32'][] = [
      [{}, 'linux'], [{ XDG_CACHE_HOME: '/x/' }, 'linux'], [{ XDG_CACHE_HOME: '/' }, 'linux'], [{}, 'darwin'], [{}, 'win32'], [{ LOCALAPPDATA: 'E:\\L' }, 'win32'], [{ XDG_CACHE_HOME: 'E:\\x\\' }, 'win32'],
    ];
    for (const [env, platform] of cases) {
      const { join: j } = platform === 'win32' ? win32 : posix;
      const h = home[platform]();
      const expected = env.XDG_CACHE_HOME
        ? j(env.XDG_CACHE_HOME, 'ai-flow')
        : platform === 'win32'
          ? j(env.LOCALAPPDATA || j(h, 'AppData', 'Local'), 'ai-flow', 'Cache')
          : j(h, platform === 'darwin' ? j('Library', 'Caches') : '.cache', 'ai-flow');
      expect(userCacheFolder(env, platform, home[platform]), JSON.stringify([env, platform])).toBe(expected);
    }
  });

  it('the preferences folder: an absolute $XDG_CONFIG_HOME on every platform, else env-paths’ config folder', () => {
    expect(prefsFolder({ XDG_CONFIG_HOME: '/cfg' }, 'darwin', home.darwin)).toBe('/cfg/ai-flow-nodejs');
    expect(prefsFolder({ XDG_CONFIG_HOME: 'relative' }, 'darwin', home.darwin)).toBe('/Users/ana/Library/Preferences/ai-flow-nodejs');
    expect(prefsFolder({}, 'win32', home.win32)).toBe('C:\\Users\\ana\\AppData\\Roaming\\ai-flow-nodejs\\Config');
    expect(prefsFolder({ APPDATA: 'D:\\Roaming' }, 'win32', home.win32)).toBe('D:\\Roaming\\ai-flow-nodejs\\Config');
    expect(prefsFolder({ XDG_CONFIG_HOME: 'C:\\cfg' }, 'win32', home.win32)).toBe('C:\\cfg\\ai-flow-nodejs');
    expect(prefsFolder({}, 'linux', home.linux)).toBe('/home/ana/.config/ai-flow-nodejs');
  });

  describe('on this machine, the same folder as env-paths (which conf and ai-flow used before)', () => {
    afterEach(() => vi.unstubAllEnvs());
    for (const xdg of [undefined, '/some/config', 'relative/config']) {
      it(`XDG_CONFIG_HOME=${xdg ?? '(unset)'}`, () => {
        vi.stubEnv('XDG_CONFIG_HOME', xdg);
        const viaEnvPaths = xdg?.startsWith('/') ? join(xdg, 'ai-flow-nodejs') : envPaths('ai-flow', { suffix: 'nodejs' }).config;
        expect(prefsFolder(process.env, process.platform, homedir)).toBe(viaEnvPaths);
      });
    }
  });
});

describe('the project paths (src/paths.ts)', () => {
  it('are where ai-flow 2.x and Phase 7 keep them', () => {
    expect(paths.CACHE_FILE).toBe('.ai-flow/cache/audit-data.json');
    expect(paths.RECORD_FILE).toBe('.ai-flow/cache/phase7/generated.json');
    expect(paths.LOCK_FILE).toBe('.ai-flow/cache/phase7.lock');
    expect(paths.BACKUP_DIR).toBe('.ai-flow/cache/phase7/backups');
    expect(paths.ADOPTED_DIR).toBe('.ai-flow/cache/phase7/adopted');
    expect(paths.PROJECT_CONFIG_FILE).toBe('.ai-flow/core/config.json');
    expect(paths.OUTPUT_PATHS).toEqual(['docs/operations.md', 'specs/configuration.md', '.env.example']);
    expect(paths.answersBackupFile('2026-01-02T03-04-05-000Z')).toBe('.ai-flow/cache/phase7-answers-backup-2026-01-02T03-04-05-000Z.json');
    expect(paths.nextPhasePromptFile('backend')).toBe('.ai-flow/prompts/backend/flow-build-phase-8.md');
  });

  it('no other module of src/ spells out a path under .ai-flow/cache or the per-user folder rule (comments aside)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && p !== join(SRC, 'paths.ts')) {
          readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const code = line.replace(/^\s*(\/\/|\*|\/\*).*$/, '').replace(/\s\/\/\s.*$/, '');
              if (/\.ai-flow\/cache|audit-data\.json|XDG_CACHE_HOME|XDG_CONFIG_HOME|LOCALAPPDATA|APPDATA|env-paths/.test(code)) offenders.push(`${relative(SRC, p)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(SRC);
    expect(offenders).toEqual([]);
  });
});
