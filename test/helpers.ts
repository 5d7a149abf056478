import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, TestRunner } from 'vitest';

/** Folders made during the running test (removed after it) and outside any test (removed after the file). */
const forTest: string[] = [];
const forFile: string[] = [];

function removeAll(list: string[]): void {
  // A child process that was just killed may still be closing files in it: retry instead of failing.
  while (list.length) rmSync(list.pop()!, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
}

afterEach(() => removeAll(forTest));
afterAll(() => removeAll(forFile));

/**
 * A fresh temporary folder: THE way tests make one (test/global-setup.ts fails the run if anything else is
 * left in the temp folder). Made in a test or its beforeEach, it is removed after that test; made in
 * beforeAll or while the file is collected, after the file.
 */
export function tempDir(prefix = 'ai-flow-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  (TestRunner.getCurrentTest() ? forTest : forFile).push(dir);
  return dir;
}

/** `tempDir()` with files in it: `{ 'docs/a.md': 'text' }`; the folders on the way are made. */
export function tempProject(files: Record<string, string>, prefix?: string): string {
  const root = tempDir(prefix);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/**
 * The shared material next to the repository (../shared): the ai-flow 2.9.1 fixture project and the seeds.
 * A clone without it runs every test that does not need it; the others are reported as skipped
 * (`describe.skipIf(!HAS_SHARED)`, reading the files only inside the tests or their hooks).
 * AI_FLOW_SHARED points elsewhere.
 */
export const SHARED = process.env.AI_FLOW_SHARED ?? join(import.meta.dirname, '..', '..', 'shared');
/** A project as ai-flow 2.9.1 leaves it (templates, config.json, a Phase 0 audit). */
export const FIXTURE = join(SHARED, 'fixtures', 'ai-flow-2.9.1-backend');
/** The templates ai-flow 2.9.1 installs, in its own template language. */
export const FIXTURE_TEMPLATES = join(FIXTURE, '.ai-flow', 'templates');
/** ai-flow's Phase 7 prompt (the spec), emoji repaired. */
export const SEED = join(SHARED, 'seeds', '002_7d01bb1e7d3d978d.decoded.txt');
/** Whether the 2.9.1 fixture project is there (tests of the real upstream files run only then). */
export const HAS_FIXTURE = existsSync(FIXTURE);
/** Whether the Phase 7 seed is there. */
export const HAS_SEED = existsSync(SEED);

/** The project's own test fixtures (test/fixtures/), always in the repository. */
export const OWN_FIXTURES = join(import.meta.dirname, 'fixtures');

/** A copy of the ai-flow 2.9.1 backend fixture project in a temporary folder. */
export function fixtureCopy(): string {
  return copyOf(FIXTURE, 'ai-flow-fixture-');
}

/** A copy of a folder (one of test/fixtures/, say) in a temporary folder. */
export function copyOf(source: string, prefix = 'ai-flow-copy-'): string {
  const dir = tempDir(prefix);
  cpSync(source, dir, { recursive: true });
  return dir;
}
