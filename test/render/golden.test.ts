import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../src/render/render-documents.js';
import { ANSWER_SETS, inputOf } from './answer-sets.js';
import { matchGolden } from './golden-file.js';

// Golden files: the three documents for one answer set per scope and several contrasting setups.
// A missing golden file fails. Regenerate with UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts, then read the diff.
const GOLDEN = join(import.meta.dirname, '..', 'golden');
const FILE_NAMES: Record<string, string> = { operations: 'operations.md', configuration: 'configuration.md', env: 'env.example' };

describe('golden documents', () => {
  for (const set of ANSWER_SETS) {
    describe(set.name, () => {
      const outputs = renderDocuments(inputOf(set));
      for (const out of outputs) {
        it(`${out.path} matches test/golden/${set.name}/${FILE_NAMES[out.id]}`, () => {
          matchGolden(join(GOLDEN, set.name, FILE_NAMES[out.id]!), out.text);
        });
      }
    });
  }

  it('test/golden holds only the files of the answer sets (none left over from a removed set)', () => {
    const expected = ANSWER_SETS.flatMap((set) => Object.values(FILE_NAMES).map((f) => `${set.name}/${f}`)).sort();
    const present = readdirSync(GOLDEN, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `${join(e.parentPath, e.name).slice(GOLDEN.length + 1)}`).sort();
    expect(present).toEqual(expected);
  });
});
