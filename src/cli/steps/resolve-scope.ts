import { needsInputError } from '../needs-input.js';
import { projectLine } from '../project-line.js';
import { CacheError } from '../../store/cache-error.js';
import { CliError, EXIT } from '../exit.js';
import type { Phase7Context } from './context.js';

/**
 * The scope of the run: --scope (stored when it differs from the cache's), else the cached one, else the preferred
 * one (`ai-flow config set scope …`) for a project that has none. Without a terminal a run with no scope ends (exit 2).
 */
export async function resolveScope(ctx: Phase7Context): Promise<undefined> {
  const { session, io } = ctx;
  try {
    if (ctx.flagScope && ctx.flagScope !== session.state.scope) ctx.newScope = ctx.flagScope;
    if (!session.state.scope && !ctx.newScope) ctx.newScope = (await ctx.settings()).scope;
  } catch (e) {
    if (e instanceof CacheError) throw new CliError(e.message, EXIT.invalid);
    throw e;
  }
  if (!ctx.interactive) io.out(projectLine(session));
  ctx.scope = ctx.newScope ?? session.state.scope;
  if (!ctx.scope && !ctx.interactive) throw needsInputError(io, ctx.catalogue, { scope: undefined, open: [], defaults: ctx.opts.defaults, yes: ctx.opts.yes }, ctx.cwdFlag);
  return undefined;
}
