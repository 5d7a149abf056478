import { openQuestionIds } from '../../engine/flow.js';
import type { Phase7Context } from './context.js';

/** The questions the scope asks that have no answer yet (none while the scope is unknown). */
export function openQuestions(ctx: Phase7Context): undefined {
  ctx.open = ctx.scope ? openQuestionIds(ctx.session.catalogue, ctx.scope, ctx.session.state.answers) : [];
  return undefined;
}
