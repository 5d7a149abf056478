import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../src/render/render-documents.js';
import { ANSWER_SETS, inputOf } from './answer-sets.js';

// Golden files: the three documents for one answer set per scope and several contrasting setups.
// Regenerate with UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts, then read the diff.
const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');
const FILE_NAMES: Record<string, string> = { operations: 'operations.md', configuration: 'configuration.md', env: 'env.example' };
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden documents', () => {
  for (const set of ANSWER_SETS) {
    describe(set.name, () => {
      const outputs = renderDocuments(inputOf(set));
      for (const out of outputs) {
        it(`${out.path} matches test/golden/${set.name}/${FILE_NAMES[out.id]}`, () => {
          const file = join(GOLDEN, set.name, FILE_NAMES[out.id]!);
          if (update || !existsSync(file)) {
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, out.text);
          }
          expect(out.text).toBe(readFileSync(file, 'utf8'));
        });
      }
    });
  }
});
