import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'ai-flow.js');

function env(home: string): NodeJS.ProcessEnv {
  return { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), CI: 'true' };
}

describe('output to a pipe that closes early', () => {
  test('`--dry-run | head -1` prints one line and ends quietly: exit 0, no stack trace', () => {
    const home = tempDir();
    const dir = tempDir();
    // A real shell pipe: head exits after the first line and the reader's end closes under the writer.
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" phase7 --cwd "${dir}" --scope enterprise --defaults --dry-run | head -1; echo "exit=$?" >&2`], {
      encoding: 'utf8',
      env: env(home),
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at \w/);
    expect(r.stderr).toContain('exit=0');
  });

  test('a reader that closes right away (large output still being written): exit 0, nothing on stderr', async () => {
    const home = tempDir();
    const dir = tempDir();
    const child = spawn(process.execPath, [BIN, 'phase7', '--cwd', dir, '--scope', 'enterprise', '--defaults', '--dry-run'], { env: env(home), stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
