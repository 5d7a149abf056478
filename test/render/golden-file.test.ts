import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { matchGolden, UPDATE_COMMAND } from './golden-file.js';

describe('golden files', () => {
  it('a missing golden file fails, naming the command that writes it, and nothing is written', () => {
    const file = join(tempDir(), 'set', 'operations.md');
    expect(() => matchGolden(file, '# Operations\n', false)).toThrow(`is missing: write it with ${UPDATE_COMMAND}, then read the diff`);
    expect(existsSync(file)).toBe(false);
  });

  it('a golden file that differs fails', () => {
    const file = join(tempDir(), 'operations.md');
    writeFileSync(file, '# Operations\n');
    expect(() => matchGolden(file, '# Operations (changed)\n', false)).toThrow();
    expect(() => matchGolden(file, '# Operations\n', false)).not.toThrow();
  });

  it('with UPDATE_GOLDEN=1 the file is written (its folders too), then matches', () => {
    const file = join(tempDir(), 'set', 'env.example');
    matchGolden(file, 'PORT=3000\n', true);
    expect(readFileSync(file, 'utf8')).toBe('PORT=3000\n');
    expect(() => matchGolden(file, 'PORT=3000\n', false)).not.toThrow();
  });

  it('UPDATE_GOLDEN is read from the environment: only "1" updates', () => {
    const file = join(tempDir(), 'missing.md');
    const saved = process.env.UPDATE_GOLDEN;
    try {
      process.env.UPDATE_GOLDEN = 'true';
      expect(() => matchGolden(file, 'x')).toThrow('is missing');
    } finally {
      if (saved === undefined) delete process.env.UPDATE_GOLDEN;
      else process.env.UPDATE_GOLDEN = saved;
    }
  });
});
