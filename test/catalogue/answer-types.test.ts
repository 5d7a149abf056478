import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { Answers741, QuestionAnswerTypes, Strategy741 } from '../../src/catalogue/answer-types.generated.js';
import { ANSWER_TYPES_PATH, answerTypesSource } from '../../src/catalogue/answer-types-source.js';
import { loadCatalogue, packageRoot } from '../../src/catalogue/load.js';
import type { Catalogue } from '../../src/catalogue/schema.js';

const cat = loadCatalogue();
const committed = (): string => readFileSync(join(packageRoot(), ANSWER_TYPES_PATH), 'utf8');

/** The catalogue with one field's option renamed, as an edit of phases/phase7.yaml would. */
function renamedOption(qid: string, field: string, from: string, to: string): Catalogue {
  return {
    ...cat,
    questions: cat.questions.map((q) =>
      q.id !== qid ? q : { ...q, fields: q.fields.map((f) => (f.id === field && f.kind === 'single' ? { ...f, options: f.options.map((o) => (o.id === from ? { ...o, id: to } : o)) } : f)) },
    ),
  };
}

describe('generated answer types', () => {
  test(`${ANSWER_TYPES_PATH} is current (run \`npm run schema\` to regenerate it)`, () => {
    expect(committed(), 'phases/phase7.yaml changed: run `npm run schema` and fix the type errors it shows').toBe(answerTypesSource(cat));
  });

  test('renaming an option or a field in the catalogue changes the types, so the freshness test fails until the code follows', () => {
    const option = answerTypesSource(renamedOption('7.4.1', 'strategy', 'canary', 'canary-release'));
    expect(option).toContain("export type Strategy741 = 'rolling' | 'blue-green' | 'canary-release' | 'feature-flags';");
    expect(option).not.toBe(committed());
    const field = answerTypesSource({
      ...cat,
      questions: cat.questions.map((q) => (q.id !== '7.2' ? q : { ...q, fields: q.fields.map((f) => (f.id === 'baseImage' ? { ...f, id: 'image' } : f)) })),
    });
    expect(field).toMatch(/ {2}image: string;/);
    expect(field).not.toMatch(/baseImage/);
  });

  test('every question has a type; a field with a condition is optional, or present exactly for the options that open it', () => {
    const source = committed();
    for (const q of cat.questions) {
      expect(source).toContain(`'${q.id}': Answers${q.id.replace(/\./g, '')};`);
      expect(source).toMatch(new RegExp(`export (interface|type) Answers${q.id.replace(/\./g, '')}\\b`));
      for (const f of q.fields) expect(source).toContain(`  ${f.id}${f.when ? '?' : ''}: `);
    }
  });

  test('the types name the catalogue ids (checked by npm run typecheck)', () => {
    expectTypeOf<QuestionAnswerTypes['7.4.1']>().toEqualTypeOf<Answers741>();
    expectTypeOf<Answers741['strategy']>().toEqualTypeOf<Strategy741>();
    expectTypeOf<'canary'>().toExtend<Strategy741>();
    expectTypeOf<'big-bang'>().not.toExtend<Strategy741>();
    expectTypeOf<Answers741['canaryInitial']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<QuestionAnswerTypes['7.2']>().toHaveProperty('baseImage');
    // the option of the field a follow-up depends on narrows it: present for that option, absent otherwise
    expectTypeOf<Extract<Answers741, { strategy: 'canary' }>['canaryInitial']>().toEqualTypeOf<number>();
    expectTypeOf<Exclude<Answers741, { strategy: 'canary' }>['canaryInitial']>().toEqualTypeOf<undefined>();
    expectTypeOf<Extract<QuestionAnswerTypes['7.9.1'], { enabled: 'yes' }>['totalTimeout']>().toEqualTypeOf<number>();
  });
});
