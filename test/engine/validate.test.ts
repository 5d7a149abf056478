import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalogue, packageRoot } from '../../src/catalogue/load.js';
import { answersJsonSchema } from '../../src/engine/answers-json-schema.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import { formatProblem, validateAnswers, validateFieldValue } from '../../src/engine/validate.js';

const cat = loadCatalogue();
const q = (id: string) => cat.questions.find((x) => x.id === id)!;
const f = (qid: string, fid: string) => q(qid).fields.find((x) => x.id === fid)!;
const problems = (data: unknown) => {
  const r = validateAnswers(cat, data);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('answers validation', () => {
  test('complete default answers of every scope are valid', () => {
    for (const scope of ['mvp', 'production', 'enterprise'] as const) expect(problems(fillDefaults(cat, scope, {}))).toEqual([]);
  });

  test('messages name the question, the field and the allowed values', () => {
    expect(problems({ '7.1': { choice: 'moon' } })).toEqual(['7.1 choice: must be one of "cloud", "paas", "on-premises", "container-orchestration"']);
    expect(problems({ '7.4': { stages: ['lint', 'dance'] } })[0]).toMatch(/^7\.4 stages: each item must be one of "checkout", .*\(at 1\)$/);
    expect(problems({ '7.7': { retentionDays: 0 } })).toEqual(['7.7 retentionDays: must be a number from 1 day to 3650 days']);
    expect(problems({ '7.7': { retentionDays: 'thirty' } })).toEqual(['7.7 retentionDays: must be a number from 1 day to 3650 days']);
    expect(problems({ '7.7.2': { min: 2.5 } })[0]).toMatch(/^7\.7\.2 min: must be a whole number/);
  });

  test('unknown questions and fields are named with the valid ones', () => {
    expect(problems({ '7.11': {} })[0]).toMatch(/unknown question id\(s\) "7\.11"; question ids are "7\.1", /);
    expect(problems({ '7.2': { image: 'x' } })[0]).toMatch(/^7\.2: unknown field\(s\) "image"; fields of 7\.2 are "docker", "baseImage"/);
  });

  test('table rows are checked cell by cell', () => {
    const bad = { '7.9.3': { policies: [{ service: 'DB', timeout: -1, retries: 2, backoff: 'None', notes: '' }] } };
    expect(problems(bad)[0]).toMatch(/^7\.9\.3 policies: must be a number from 1 ms to 600000 ms \(at 0\.timeout\)$/);
  });

  test('cross-field rules: pool max below min, shutdown total below its steps', () => {
    expect(problems({ '7.7.2': { min: 20, max: 5 } })).toEqual(['7.7.2 max: must be at least the min connections (20)']);
    expect(problems({ '7.8': { minInstances: 4, maxInstances: 3 } })).toEqual(['7.8 maxInstances: must be at least the minimum instances (4)']);
    expect(problems({ '7.8': { minInstances: 4, maxInstances: 4 } })).toEqual([]);
    expect(validateFieldValue(cat, '7.9.1', f('7.9.1', 'totalTimeout'), 10, { '7.9.1': { stopAccepting: 5, finishRequests: 15, closeDatabase: 5 } })).toBe(
      'must be at least the sum of the three step timeouts (25s)',
    );
  });

  test('inline validation of one value, as the wizard uses it', () => {
    expect(validateFieldValue(cat, '7.6', f('7.6', 'diskThreshold'), 120, {})).toBe('must be a number from 50% to 99%');
    expect(validateFieldValue(cat, '7.6', f('7.6', 'diskThreshold'), 90, {})).toBeUndefined();
    expect(validateFieldValue(cat, '7.2', f('7.2', 'baseImage'), '  ', {})).toBe('must not be empty');
  });
});

describe('published JSON Schema', () => {
  test('schema/phase7-answers.schema.json is current (npm run schema regenerates it)', () => {
    const committed = JSON.parse(readFileSync(join(packageRoot(), 'schema', 'phase7-answers.schema.json'), 'utf8'));
    expect(committed).toEqual(answersJsonSchema(cat));
  });

  test('it lists every question and the options of choice fields', () => {
    const s = answersJsonSchema(cat) as { properties: Record<string, { properties: Record<string, { enum?: string[] }> }>; additionalProperties: boolean };
    expect(Object.keys(s.properties)).toHaveLength(17);
    expect(s.properties['7.4']!.properties.platform!.enum).toContain('gitlab-ci');
    expect(s.additionalProperties).toBe(false);
  });
});
