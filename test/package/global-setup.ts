import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds dist/ once before the test files run, so tests of the bundle (test/package/*) see the current
 * source and never race a rebuild. A failed build is reported here and makes those tests fail, not the rest.
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`\n[test/package/global-setup] node scripts/build.mjs failed; the bundle tests will fail:\n${result.stderr}\n`);
  }
}
