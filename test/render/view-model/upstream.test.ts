import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../../src/catalogue/load.js';
import { createContext } from '../../../src/render/view-model/context.js';
import { deriveDecisions } from '../../../src/render/view-model/decisions/index.js';
import { collectEnvVars } from '../../../src/render/view-model/env-vars/index.js';
import { upstreamValues } from '../../../src/render/view-model/upstream/index.js';
import { FIXTURE_TEMPLATES } from '../../helpers.js';
import { ANSWER_SETS, inputOf } from '../answer-sets.js';

const ours = ['operations.md.mustache', 'configuration.md.mustache', 'env.example.mustache'].map((f) => readFileSync(join(packageRoot(), 'templates', f), 'utf8')).join('\n');
const upstream = ['docs/operations.template.md', 'specs/configuration.template.md', '.env.example.template']
  .map((f) => join(FIXTURE_TEMPLATES, f))
  .filter((p) => existsSync(p))
  .map((p) => readFileSync(p, 'utf8'))
  .join('\n');

function upstreamKeys(): Set<string> {
  const keys = new Set<string>();
  for (const set of ANSWER_SETS) {
    const ctx = createContext(inputOf(set));
    const f = deriveDecisions(ctx);
    for (const k of Object.keys(upstreamValues(ctx, f, collectEnvVars(ctx, f)))) keys.add(k);
  }
  return keys;
}

describe('upstream-only template keys', () => {
  const keys = upstreamKeys();

  it('live in one module that our templates never read', () => {
    expect(keys.size).toBeGreaterThan(40);
    const used = [...keys].filter((k) => new RegExp(`\\{\\{[#^/&]?\\s*${k}\\s*\\}\\}`).test(ours));
    expect(used, 'keys our templates read belong to their section, not to upstream/').toEqual([]);
  });

  it.skipIf(upstream === '')('are placeholders of the installed ai-flow templates', () => {
    const unused = [...keys].filter((k) => !new RegExp(`\\b${k}(__ITEMS)?\\b`).test(upstream) && !upstream.includes(k));
    expect(unused).toEqual([]);
  });
});
