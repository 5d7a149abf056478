import { z } from 'zod';
import type { QuestionId } from '../catalogue/schema.js';

export const ScopeSchema = z.enum(['mvp', 'production', 'enterprise']);
export type Scope = z.infer<typeof ScopeSchema>;

export const SCOPE_LABELS: Record<Scope, string> = {
  mvp: 'MVP',
  production: 'Production-Ready',
  enterprise: 'Enterprise',
};

/** One line each: what the scope asks (shown when the scope is chosen). */
export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  mvp: 'Deployment basics only: 7.1–7.4 (platform, Docker, environments, CI/CD); the rest is marked TBD.',
  production: 'Everything through scaling (7.1–7.8) in full; health checks, resilience and docs (7.9–7.10) simplified.',
  enterprise: 'All 17 questions in full, with emphasis on reliability and disaster recovery.',
};

export { parseScope } from './scope-words.js';

/**
 * How a scope treats a question:
 * - `full`: every field is asked (follow-ups when their condition holds);
 * - `simplified`: only the question's main choices (fields marked `core` in the catalogue) are asked;
 *   every other field takes its recommended default, shown as such in the summary;
 * - `skipped`: not asked; its summary line and document sections say TBD.
 */
export type QuestionMode = 'full' | 'simplified' | 'skipped' | 'kept';

/** The mode of a question in this run: `kept` when the hybrid pre-flight leaves it to an existing document. */
export function modeOf(scope: Scope, q: { id: QuestionId; keptIn?: string }): QuestionMode {
  const mode = questionMode(scope, q.id);
  return q.keptIn && mode !== 'skipped' ? 'kept' : mode;
}

const MVP: ReadonlySet<QuestionId> = new Set(['7.1', '7.2', '7.3', '7.4']);
const PRODUCTION_FULL: ReadonlySet<QuestionId> = new Set([
  '7.1', '7.2', '7.3', '7.4', '7.4.1', '7.5', '7.6', '7.7', '7.7.1', '7.7.2', '7.8',
]);

export function questionMode(scope: Scope, id: QuestionId): QuestionMode {
  switch (scope) {
    case 'mvp':
      return MVP.has(id) ? 'full' : 'skipped';
    case 'production':
      return PRODUCTION_FULL.has(id) ? 'full' : 'simplified';
    case 'enterprise':
      return 'full';
    default: {
      const never: never = scope;
      throw new Error(`unknown scope ${String(never)}`);
    }
  }
}
