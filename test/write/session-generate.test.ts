import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Session } from '../../src/app/session.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { RECORD_FILE } from '../../src/store/generation-record.js';
import type { Conflict } from '../../src/write/conflict.js';
import { tempDir } from '../helpers.js';

const OPS = 'docs/operations.md';
const ENV = { SOURCE_DATE_EPOCH: '1767225600' };
const cat = loadCatalogue();

async function generatedProject(): Promise<{ root: string; session: Session }> {
  const root = tempDir();
  const session = new Session(root, cat, ENV, { aiFlowVersion: 'test' });
  session.setScope('production');
  session.setAnswers(fillDefaults(cat, 'production', {}));
  await session.generate('production');
  return { root, session };
}

describe('Session.generate', () => {
  test('asks the resolver about a conflict and applies its choice (the wizard passes one)', async () => {
    const { root, session } = await generatedProject();
    const original = readFileSync(join(root, OPS), 'utf8');
    const line = original.split('\n').find((l) => /\b1(\.0)?\s?%/.test(l))!;
    writeFileSync(join(root, OPS), original.replace(line, `${line} <!-- ours: page at 2% -->`));
    session.answer('7.6', 'errorRateThreshold', 6);
    const asked: Conflict[] = [];
    const results = await session.generate('production', async (c) => {
      asked.push(c);
      return 'markers';
    });
    expect(asked.map((c) => c.path)).toEqual([OPS]);
    expect(results.find((r) => r.path === OPS)?.status).toBe('markers');
    const doc = readFileSync(join(root, OPS), 'utf8');
    expect(doc).toContain('<<<<<<< yours');
    expect(doc).toContain('ours: page at 2%');
    expect(doc).toContain('>>>>>>> new from ai-flow');
    expect(existsSync(join(root, `${OPS}.new`))).toBe(false);
  });

  test('a session that does not persist keeps answers in memory and reports the plan without writing anything', async () => {
    const { root } = await generatedProject();
    const files = [CACHE_FILE, RECORD_FILE, OPS].map((p) => readFileSync(join(root, p), 'utf8'));
    const dry = new Session(root, cat, ENV, { aiFlowVersion: 'test', persist: false });
    dry.answer('7.6', 'errorRateThreshold', 6);
    expect(dry.state.answers['7.6']?.errorRateThreshold).toBe(6);
    const results = await dry.generate('production');
    expect(results.find((r) => r.path === OPS)?.status).toBe('updated');
    expect(dry.restart()).toBe('');
    expect([CACHE_FILE, RECORD_FILE, OPS].map((p) => readFileSync(join(root, p), 'utf8'))).toEqual(files);
  });

  test('a new ai-flow version re-renders: the check says why, the documents stay if the text is the same', async () => {
    const { root } = await generatedProject();
    const newer = new Session(root, cat, ENV, { aiFlowVersion: 'test-2' });
    const fresh = newer.upToDate('production');
    expect(fresh).toEqual({ upToDate: false, reason: `${OPS}: ai-flow was updated (test → test-2)` });
    const results = await newer.generate('production');
    expect(results.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(newer.upToDate('production').upToDate).toBe(true);
  });
});
