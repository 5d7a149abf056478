import { z } from 'zod';
import type { Catalogue } from '../catalogue/schema.js';
import { answersSchema } from './validate.js';
import { CACHE_FILE } from '../paths.js';

/** The JSON Schema of an answers file (`--answers`), generated from the same zod schema that validates it. */
export function answersJsonSchema(cat: Catalogue): Record<string, unknown> {
  const schema = z.toJSONSchema(answersSchema(cat), { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'ai-flow Phase 7 answers',
    description:
      `Answers to ai-flow Phase 7 (Operations & Deployment), keyed by question id, then field id. The same shape as phases.phase7.answers in ${CACHE_FILE}. Every question and field is optional.`,
  };
}
