import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { LOCK_FILE } from '../../src/store/lock.js';
import { tempDir } from '../helpers.js';

const REPO = join(import.meta.dirname, '..', '..');

async function run(args: string[]) {
  const io = memoryIo({ env: { SOURCE_DATE_EPOCH: '1767225600' } });
  const code = await main(['phase7', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

/** Another process holding the project's lock (as a run in its wizard would), until it is killed. */
function holder(root: string) {
  const code = `import { acquireLock } from ${JSON.stringify(join(REPO, 'src/store/lock.ts'))};\nacquireLock(${JSON.stringify(root)});\nprocess.stdout.write('locked\\n');\nprocess.stdin.resume();`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
    child.on('exit', (c) => reject(new Error(`holder exited early (${c})`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, locked, exited };
}

test('two runs on one project: the second exits 1 naming the first one’s pid; once that one is killed, its lock is taken over', async () => {
  const root = tempDir();
  expect((await run(['--cwd', root, '--scope', 'mvp', '--defaults', '--yes'])).code).toBe(0);
  const ops = readFileSync(join(root, 'docs/operations.md'), 'utf8');
  const answers = join(root, 'answers.yaml');
  writeFileSync(answers, "'7.1':\n  choice: paas\n  paasProvider: render\n  why: cheap\n");

  const h = holder(root);
  await h.locked;
  const busy = await run(['--cwd', root, '--answers', answers, '--yes']);
  expect(busy.code).toBe(1);
  expect(busy.err).toContain(`another run is working on this project (pid ${h.child.pid} on `);
  expect(busy.err).toContain(`Wait for it to finish, or stop it (kill ${h.child.pid}).`);
  expect(busy.err).toContain('Nothing was written.');
  expect(readFileSync(join(root, 'docs/operations.md'), 'utf8')).toBe(ops);

  h.child.kill('SIGKILL');
  await h.exited;
  const after = await run(['--cwd', root, '--answers', answers, '--yes']);
  expect(after.code, after.err).toBe(0);
  expect(after.err).toContain(`Note: an earlier run did not finish (pid ${h.child.pid}`);
  expect(after.err).toContain(`process ${h.child.pid} is no longer running. Took over its lock.`);
  expect(after.out).toContain('✅ Updated: docs/operations.md');
  expect(existsSync(join(root, LOCK_FILE))).toBe(false);
});
