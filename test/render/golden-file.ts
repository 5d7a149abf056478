import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { expect } from 'vitest';

/** The command that regenerates the golden files (README, "Development"). */
export const UPDATE_COMMAND = 'UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts';

/**
 * Compares `text` with the golden file `file`. A missing golden file fails (it is never written silently);
 * with `update` (UPDATE_GOLDEN=1) the file is written from `text` instead, for a person to read the diff.
 */
export function matchGolden(file: string, text: string, update = process.env.UPDATE_GOLDEN === '1'): void {
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`golden file ${relative(process.cwd(), file)} is missing: write it with ${UPDATE_COMMAND}, then read the diff`);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}
