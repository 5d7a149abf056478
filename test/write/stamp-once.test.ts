import { cpSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Session } from '../../src/app/session.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { fastUpToDate } from '../../src/cli/fast-up-to-date.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import { stackInputStamp, stackListing, walkOrder, type FileStamp } from '../../src/detect/stack/input-stamp.js';
import { DEFAULT_LIMITS } from '../../src/detect/scan.js';
import { RECORD_FILE } from '../../src/store/generation-record.js';
import { inputsFingerprint } from '../../src/write/fingerprint.js';
import { stackFixture } from '../detect/stack/helpers.js';
import { tempDir, tempProject } from '../helpers.js';

// A writing run takes the inputs' fingerprint once: from the detection's walk of the project and the stamps
// of its staged files (a rename keeps size and mtime), before anything is renamed. It must be exactly the
// fingerprint a later run computes from the project as it is.

const ENV = { SOURCE_DATE_EPOCH: '1767225600' };
const cat = loadCatalogue();

async function generate(root: string): Promise<Session> {
  const session = new Session(root, cat, ENV, { aiFlowVersion: 'test' });
  session.setScope('enterprise');
  session.setAnswers(fillDefaults(cat, 'enterprise', {}, session.detect().answers));
  await session.generate('enterprise');
  return session;
}

const recorded = (root: string) => (JSON.parse(readFileSync(join(root, RECORD_FILE), 'utf8')) as { fingerprint?: string }).fingerprint;

/** Writes files the way a staged write does: a temp file, then a rename. Returns the temp files' stamps. */
function stageAndRename(root: string, files: Record<string, string>): { rename(): void; written: Map<string, FileStamp> } {
  const written = new Map<string, FileStamp>();
  const temps: [string, string][] = [];
  for (const [rel, text] of Object.entries(files)) {
    const target = join(root, rel);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.tmp-test`;
    writeFileSync(temp, text);
    const st = statSync(temp, { bigint: true });
    written.set(rel, { size: st.size, mtimeNs: st.mtimeNs });
    temps.push([temp, target]);
  }
  return { rename: () => temps.forEach(([t, f]) => renameSync(t, f)), written };
}

describe('the fingerprint a writing run records', () => {
  test.each(['empty', 'node-express-pnpm', 'java-spring-maven', 'python-django-poetry', 'docs-only', 'node-env-example'])('%s: is the one the project has once the run is over', async (name) => {
    const root = tempDir();
    if (name !== 'empty') cpSync(stackFixture(name), root, { recursive: true });
    await generate(root);
    expect(recorded(root)).toBeDefined();
    expect(recorded(root)).toBe(inputsFingerprint(root, 'test', ENV));
    expect(fastUpToDate(root, 'test', ENV)).toBe(true);
  });

  test('a second generation that rewrites the documents records the fingerprint of the new files', async () => {
    const root = tempDir();
    cpSync(stackFixture('node-express-pnpm'), root, { recursive: true });
    await generate(root);
    writeFileSync(join(root, 'src/flags.ts'), 'export const flags = process.env.FEATURE_FLAGS ?? "";\n');
    expect(fastUpToDate(root, 'test', ENV)).toBe(false);
    await generate(root);
    expect(recorded(root)).toBe(inputsFingerprint(root, 'test', ENV));
    expect(fastUpToDate(root, 'test', ENV)).toBe(true);
  });

  test('a stack file changed after the run read the stack and before it wrote is never called up to date', async () => {
    const root = tempDir();
    cpSync(stackFixture('node-express-pnpm'), root, { recursive: true });
    const session = new Session(root, cat, ENV, { aiFlowVersion: 'test' });
    session.setScope('enterprise');
    session.setAnswers(fillDefaults(cat, 'enterprise', {}, session.detect().answers));
    // a file the detection's walk did not list appears while the run goes on
    writeFileSync(join(root, 'src/late.ts'), 'export const late = process.env.LATE_FLAG;\n');
    await session.generate('enterprise');
    expect(fastUpToDate(root, 'test', ENV)).toBe(false);
    expect(new Session(root, cat, ENV, { aiFlowVersion: 'test' }).upToDate('enterprise').upToDate).toBe(false);
  });
});

describe('stackInputStamp with the walk given and staged files', () => {
  test('equals the stamp taken after the rename: replaced files, new files in new folders, ignored folders', () => {
    const root = tempProject({ 'package.json': '{}', 'src/index.ts': 'x', 'docs/readme.md': 'old', 'zz/a.md': 'a' });
    const listed = stackListing(root);
    const { rename, written } = stageAndRename(root, {
      'docs/readme.md': 'new text',
      'docs/operations.md': 'ops',
      'specs/configuration.md': 'conf',
      '.env.example': 'A=1\n',
      'a-b/x.md': 'segment order',
      'a/x.md': 'segment order',
      '.ai-flow/cache/phase7/adopted/docs/operations.md': 'ignored folder',
    });
    const predicted = stackInputStamp(root, { listed, written });
    rename();
    expect(predicted).toEqual(stackInputStamp(root));
    expect(stackInputStamp(root, { listed: stackListing(root) })).toEqual(stackInputStamp(root));
  });

  test('at the walk\'s file budget, a new shallow file pushes the last one out as the walk does', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < DEFAULT_LIMITS.maxFiles; i++) files[`deep/f${String(i).padStart(4, '0')}.ts`] = 'x';
    const root = tempProject(files);
    const listed = stackListing(root);
    expect(listed).toHaveLength(DEFAULT_LIMITS.maxFiles);
    const { rename, written } = stageAndRename(root, { 'docs/operations.md': 'ops', '.env.example': 'A=1\n' });
    const predicted = stackInputStamp(root, { listed, written });
    rename();
    expect(predicted).toEqual(stackInputStamp(root));
  });

  test('walkOrder is the walk\'s order', () => {
    const root = tempProject({ 'b.md': '', 'a-b/x.md': '', 'a/x.md': '', 'a/b/c.md': '', 'A.md': '', '_.md': '', 'a/Z.md': '' });
    const listed = stackListing(root);
    expect([...listed].sort(walkOrder)).toEqual(listed);
  });
});
