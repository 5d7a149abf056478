import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Session } from '../../src/app/session.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { fastUpToDate } from '../../src/cli/fast-up-to-date.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import { SCOPES } from '../../src/engine/wizard/navigation.js';
import type { Scope } from '../../src/engine/scope.js';
import { effectiveAnswers } from '../../src/engine/visibility.js';
import { CACHE_FILE } from '../../src/store/audit-cache.js';
import { stackFixture } from '../detect/stack/helpers.js';
import { tempDir } from '../helpers.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600' };
const cat = loadCatalogue();

function copyOf(name: string): string {
  const root = tempDir();
  cpSync(stackFixture(name), root, { recursive: true });
  return root;
}

/** What the documents are built from at a scope, with no answer given for the field. */
const effective = (root: string, scope: Scope) => {
  const input = new Session(root, cat, ENV, { persist: false }).renderInput(scope);
  return effectiveAnswers(input.catalogue, input.scope, input.answers);
};

describe('a tool the project already uses is never replaced by a catalogue default', () => {
  test.each(SCOPES.map((s) => [s] as const))('at %s scope: the breaker, APM and pool the project uses are what the documents use', (scope) => {
    const go = effective(copyOf('go-gin'), scope);
    const node = effective(copyOf('node-express-pnpm'), scope);
    const java = effective(copyOf('java-spring-maven'), scope);
    if (scope === 'mvp') {
      // MVP skips these questions: nothing at all is invented for them
      expect([go['7.9.2'], node['7.5'], java['7.7.2']]).toEqual([undefined, undefined, undefined]);
      return;
    }
    // 7.9.2 is "simplified" at production scope: its tool is not asked, and still is the project's own
    expect(go['7.9.2']?.tool).toBe('gobreaker');
    expect(node['7.9.2']?.tool).toBe('opossum');
    expect(java['7.9.2']?.tool).toBe('resilience4j');
    expect(node['7.5']?.apm).toBe('sentry');
    expect(java['7.7.2']?.tool).toBe('hikaricp');
  });

  test('an answer the user gave wins over what was detected', () => {
    const root = copyOf('go-gin');
    const s = new Session(root, cat, ENV, { persist: false });
    s.answer('7.9.2', 'tool', 'custom');
    const input = s.renderInput('enterprise');
    expect(effectiveAnswers(input.catalogue, 'enterprise', input.answers)['7.9.2']?.tool).toBe('custom');
  });

  test('--defaults at production scope fills the asked fields from the project too', () => {
    const root = copyOf('python-fastapi-uv');
    const s = new Session(root, cat, ENV, { persist: false });
    s.setAnswers(fillDefaults(cat, 'production', {}, s.detect().answers));
    expect(s.state.answers['7.2']?.baseImage).toBe('python:3.12-slim');
    expect(s.renderInput('production').stack?.framework?.value).toBe('fastapi');
  });
});

describe('the stack is part of the generation inputs', () => {
  async function generated(name: string) {
    const root = copyOf(name);
    const session = new Session(root, cat, ENV, { aiFlowVersion: 'test' });
    session.setScope('production');
    session.setAnswers(fillDefaults(cat, 'production', {}, session.detect().answers));
    await session.generate('production');
    return root;
  }

  test('the cache records the detected stack compactly; a re-run with nothing changed is up to date', async () => {
    const root = await generated('node-express-pnpm');
    const detected = JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8')).phases.phase7.detected;
    expect(detected).toMatchObject({ language: 'node', languageVersion: '22', framework: 'express', packageManager: 'pnpm', startCommand: 'node build/server.js', port: 3000 });
    expect(detected.envVars).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'REDIS_URL']);
    expect(new Session(root, cat, ENV, { aiFlowVersion: 'test' }).upToDate('production').upToDate).toBe(true);
    expect(fastUpToDate(root, 'test', ENV)).toBe(true);
  });

  test('a new env var in the code or a new start script makes the documents out of date, on both paths', async () => {
    const root = await generated('node-express-pnpm');
    writeFileSync(join(root, 'src/flags.ts'), 'export const flags = process.env.FEATURE_FLAGS ?? "";\n');
    expect(fastUpToDate(root, 'test', ENV)).toBe(false);
    const fresh = new Session(root, cat, ENV, { aiFlowVersion: 'test' }).upToDate('production');
    expect(fresh).toEqual({ upToDate: false, reason: expect.stringContaining('the project details changed') });

    const other = await generated('python-django-poetry');
    writeFileSync(join(other, 'Procfile'), readFileSync(join(other, 'Procfile'), 'utf8').replace('--workers 3', '--workers 5'));
    expect(fastUpToDate(other, 'test', ENV)).toBe(false);
    expect(new Session(other, cat, ENV, { aiFlowVersion: 'test' }).upToDate('production').upToDate).toBe(false);
  });
});
