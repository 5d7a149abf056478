import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import { tempDir } from '../helpers.js';

async function run(args: string[]) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600' } });
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

/** Every file and folder under `root`: each file's bytes and modification time, each folder's name. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const rel = relative(root, full);
      const st = statSync(full);
      if (st.isDirectory()) {
        out[`${rel}/`] = 'folder';
        walk(full);
      } else out[rel] = `${st.mtimeMs} ${readFileSync(full).toString('base64')}`;
    }
  };
  walk(root);
  return out;
}

/** A project whose cache holds `phase7` (mtimes set in the past, so a rewrite within the same millisecond still shows). */
function project(phase7?: object): string {
  const root = tempDir();
  if (phase7) {
    mkdirSync(join(root, '.ai-flow', 'cache'), { recursive: true });
    const file = join(root, '.ai-flow', 'cache', 'audit-data.json');
    writeFileSync(file, `${JSON.stringify({ phases: { phase7: { schemaVersion: 1, ...phase7 } } }, null, 2)}\n`);
    utimesSync(file, new Date('2025-01-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z'));
  }
  return root;
}

const MVP_ANSWERS = {
  '7.1': { choice: 'paas', paasProvider: 'render', why: 'small team' },
  '7.2': { docker: 'no' },
  '7.3': { count: 'three', config: ['env-vars'] },
  '7.4': { platform: 'github-actions', stages: ['checkout', 'test', 'deploy-production'], autoDeploy: 'staging-auto-production-manual' },
};

async function expectUntouched(root: string, args: string[], say: RegExp) {
  const before = snapshot(root);
  const r = await run(['phase7', '--cwd', root, ...args]);
  expect(r.code, r.err).toBe(2);
  expect(r.err).toMatch(say);
  expect(r.err).toContain('Nothing was written.');
  expect(r.out).not.toMatch(/Answers cleared/);
  expect(snapshot(root)).toEqual(before);
}

describe('a run that exits 2 leaves every file byte for byte as it was', () => {
  test('a partial answers file is not merged into the cache', async () => {
    const root = project({ scope: 'production', answers: { '7.1': MVP_ANSWERS['7.1'] } });
    writeFileSync(join(root, 'partial.yaml'), '"7.2": { docker: "no" }\n');
    utimesSync(join(root, 'partial.yaml'), new Date('2025-01-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z'));
    await expectUntouched(root, ['--answers', join(root, 'partial.yaml')], /open question/);
  });

  test('--restart does not clear the saved answers nor write a backup', async () => {
    const root = project({ scope: 'production', answers: MVP_ANSWERS });
    await expectUntouched(root, ['--restart'], /open question/);
  });

  test('--scope prod does not switch the cached scope', async () => {
    const root = project({ scope: 'mvp', answers: MVP_ANSWERS });
    await expectUntouched(root, ['--scope', 'prod'], /open question/);
  });

  test('an empty folder gets no .ai-flow folder', async () => {
    const root = project();
    await expectUntouched(root, ['--scope', 'production'], /open question/);
    expect(readdirSync(root)).toEqual([]);
  });

  test('every answer given but no --yes: the answers and scope are not saved either', async () => {
    const root = project({ scope: 'production', answers: {} });
    await expectUntouched(root, ['--scope', 'mvp', '--defaults'], /a confirmation of the summary: --yes/);
  });

  test('the same run with --yes does save and write (the run proceeds)', async () => {
    const root = project({ scope: 'mvp', answers: MVP_ANSWERS });
    const r = await run(['phase7', '--cwd', root, '--scope', 'prod', '--defaults', '--yes']);
    expect(r.code, r.err).toBe(0);
    const cache = JSON.parse(readFileSync(join(root, '.ai-flow', 'cache', 'audit-data.json'), 'utf8'));
    expect(cache.phases.phase7.scope).toBe('production');
    expect(readFileSync(join(root, 'docs', 'operations.md'), 'utf8')).toContain('Render');
  });

  test('--restart that proceeds keeps a backup and says where', async () => {
    const root = project({ scope: 'mvp', answers: MVP_ANSWERS });
    const r = await run(['phase7', '--cwd', root, '--restart', '--defaults', '--yes']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Answers cleared; the previous ones are backed up in .*phase7-answers-backup-/);
    const backups = readdirSync(join(root, '.ai-flow', 'cache')).filter((n) => n.startsWith('phase7-answers-backup-'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(root, '.ai-flow', 'cache', backups[0]!), 'utf8')).answers).toEqual(MVP_ANSWERS);
  });
});
