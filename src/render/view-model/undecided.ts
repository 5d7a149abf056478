import type { QuestionId } from '../../catalogue/schema.js';
import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';

/**
 * Yes/no conditions of the installed ai-flow templates (`{{#IF_DOCKER}}Yes - Docker{{ELSE}}No{{/IF_DOCKER}}`)
 * and the question that decides each. When that question was not answered (TBD for the scope, or kept in an
 * existing document) neither branch is true: the ai-flow template renderer prints this text instead.
 */
const CONDITION_QUESTION: Readonly<Record<string, QuestionId>> = {
  DOCKER: '7.2',
  ZERO_DOWNTIME_MIGRATIONS: '7.7.1',
  AUTO_SCALING: '7.8',
  GRACEFUL_SHUTDOWN: '7.9.1',
  CIRCUIT_BREAKERS: '7.9.2',
  RETRY_POLICIES: '7.9.3',
};

export function undecidedValues(ctx: Ctx): ViewModel {
  const table: Record<string, string> = {};
  for (const [name, id] of Object.entries(CONDITION_QUESTION)) if (!ctx.known(id)) table[name] = ctx.tbd(id);
  return { UNDECIDED_CONDITIONS: table };
}
