import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { CACHE_FILE, readCache, saveAnswer, saveScope, SCHEMA_VERSION } from '../../src/store/audit-cache.js';
import { CacheError } from '../../src/store/cache-error.js';
import { FIXTURE, fixtureCopy, tempDir } from '../helpers.js';

const cat = loadCatalogue();
const cacheText = (root: string) => readFileSync(join(root, CACHE_FILE), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the file's JSON, read field by field in assertions
const cacheJson = (root: string) => JSON.parse(cacheText(root)) as Record<string, any>;
function writeCache(root: string, text: string) {
  mkdirSync(join(root, '.ai-flow', 'cache'), { recursive: true });
  writeFileSync(join(root, CACHE_FILE), text);
}

describe('answers cache', () => {
  test('an empty project has no cache; the first answer creates it', () => {
    const root = tempDir();
    expect(readCache(root, cat).state).toEqual({ answers: {} });
    saveScope(root, cat, 'mvp');
    saveAnswer(root, cat, '7.1', 'choice', 'paas');
    const doc = cacheJson(root);
    expect(doc.phases.phase7).toMatchObject({ schemaVersion: SCHEMA_VERSION, scope: 'mvp', answers: { '7.1': { choice: 'paas' } } });
  });

  test('round trip: every kind of value reads back as written', () => {
    const root = tempDir();
    saveAnswer(root, cat, '7.4', 'stages', ['checkout', 'build']);
    saveAnswer(root, cat, '7.7.2', 'trackConnections', false);
    saveAnswer(root, cat, '7.6', 'errorRateThreshold', 0.5);
    saveAnswer(root, cat, '7.9.3', 'policies', [{ service: 'Stripe', timeout: 20000, retries: 1, backoff: 'None', notes: '' }]);
    expect(readCache(root, cat).state.answers).toEqual({
      '7.4': { stages: ['checkout', 'build'] },
      '7.7.2': { trackConnections: false },
      '7.6': { errorRateThreshold: 0.5 },
      '7.9.3': { policies: [{ service: 'Stripe', timeout: 20000, retries: 1, backoff: 'None', notes: '' }] },
    });
  });

  test.skipIf(!existsSync(FIXTURE))("Phase 0's fields and other tools' data survive every write unchanged", () => {
    const root = fixtureCopy();
    const before = cacheJson(root);
    saveScope(root, cat, 'enterprise');
    saveAnswer(root, cat, '7.1', 'choice', 'cloud');
    const after = cacheJson(root);
    const { schemaVersion: _v, scope: _s, answers: _a, updatedAt: _u, ...phase0 } = after.phases.phase7;
    expect(phase0).toEqual(before.phases.phase7);
    expect({ ...after, phases: { ...after.phases, phase7: undefined } }).toEqual({ ...before, phases: { ...before.phases, phase7: undefined } });
  });

  test('a field another tool adds between two answers is kept', () => {
    const root = tempDir();
    saveAnswer(root, cat, '7.1', 'choice', 'cloud');
    const doc = cacheJson(root);
    doc.otherTool = { keep: [1, 2, 3] };
    doc.phases.phase8 = { file: 'README.md' };
    writeCache(root, JSON.stringify(doc));
    saveAnswer(root, cat, '7.2', 'docker', 'no');
    expect(cacheJson(root)).toMatchObject({ otherTool: { keep: [1, 2, 3] }, phases: { phase8: { file: 'README.md' } } });
  });

  test('a corrupt cache is refused, named, and left byte-for-byte as it was', () => {
    const root = tempDir();
    writeCache(root, '{"phases": {"phase7": ');
    expect(() => saveAnswer(root, cat, '7.1', 'choice', 'cloud')).toThrow(CacheError);
    expect(() => readCache(root, cat)).toThrow(/audit-data\.json: is not valid JSON.*\nFix: repair the JSON by hand, or move it away/s);
    expect(cacheText(root)).toBe('{"phases": {"phase7": ');
  });

  test('invalid answers in the cache name the question, the field and the allowed values', () => {
    const root = tempDir();
    writeCache(root, JSON.stringify({ phases: { phase7: { schemaVersion: 1, answers: { '7.1': { choice: 'moon' } } } } }));
    expect(() => readCache(root, cat)).toThrow(/7\.1 choice: must be one of "cloud", "paas", "on-premises", "container-orchestration"/);
  });

  test('a cache from a newer schema is refused with the upgrade command', () => {
    const root = tempDir();
    const text = JSON.stringify({ phases: { phase7: { schemaVersion: SCHEMA_VERSION + 1, answers: {} } } });
    writeCache(root, text);
    expect(() => saveScope(root, cat, 'mvp')).toThrow(/newer ai-flow.*npm install -g ai-flow@latest/s);
    expect(cacheText(root)).toBe(text);
  });

  test("an older cache (Phase 0's entry alone) is migrated on the first write", () => {
    const root = tempDir();
    writeCache(root, JSON.stringify({ phases: { phase7: { file: 'docs/deployment.md', exists: true, consistencyScore: 86 } } }));
    expect(readCache(root, cat).phase0).toMatchObject({ consistencyScore: 86 });
    saveScope(root, cat, 'production');
    expect(cacheJson(root).phases.phase7).toEqual({
      file: 'docs/deployment.md', exists: true, consistencyScore: 86, schemaVersion: SCHEMA_VERSION, scope: 'production', answers: {}, updatedAt: expect.any(String),
    });
  });

  test('saving the same answer again does not rewrite the file', () => {
    const root = tempDir();
    saveAnswer(root, cat, '7.1', 'choice', 'cloud');
    const text = cacheText(root);
    const mtime = statSync(join(root, CACHE_FILE)).mtimeMs;
    saveAnswer(root, cat, '7.1', 'choice', 'cloud');
    expect(cacheText(root)).toBe(text);
    expect(statSync(join(root, CACHE_FILE)).mtimeMs).toBe(mtime);
  });
});
