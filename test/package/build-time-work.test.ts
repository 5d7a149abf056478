import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { RECORD_FILE } from '../../src/store/generation-record.js';
import { hashValue } from '../../src/write/hash.js';
import { tempDir } from '../helpers.js';
import { BIN, cleanEnv } from './bundle.js';

// Work the build does once instead of every run must give what the run would have computed.
describe('work done at build time', () => {
  const root = tempDir('ai-flow-build-time-');
  const run = spawnSync(process.execPath, [BIN, 'phase7', '--scope', 'enterprise', '--defaults', '--yes'], { cwd: root, env: cleanEnv({ XDG_CONFIG_HOME: tempDir(), SOURCE_DATE_EPOCH: '1767225600' }), encoding: 'utf8' });

  it('the catalogue hash the bundle carries is the hash of the catalogue computed from source', () => {
    expect(run.status).toBe(0);
    const record = JSON.parse(readFileSync(join(root, RECORD_FILE), 'utf8')) as { outputs: Record<string, { committed: { inputs: { catalogue: string } } }> };
    const hashes = Object.values(record.outputs).map((o) => o.committed.inputs.catalogue);
    expect(hashes).toHaveLength(3);
    expect(new Set(hashes)).toEqual(new Set([hashValue(loadCatalogue())]));
  });

});
