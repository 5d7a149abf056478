import { summaryText } from '../../engine/summary.js';
import type { ExitCode } from '../exit.js';
import { needsInputError } from '../needs-input.js';
import { writeAndReport } from '../rerun.js';
import { afterRendering, saveDecisions, type Phase7Context } from './context.js';

/**
 * Without the wizard: with every question answered and --yes the documents are written (a line per file);
 * otherwise the run ends (exit 2) listing all it lacks. The summary is printed when asked for (--review) or to be confirmed.
 */
export async function write(ctx: Phase7Context): Promise<ExitCode> {
  const { opts, scope, open, io, session } = ctx;
  if (!scope) throw new Error('unreachable: scope is known here');
  if (opts.review || (!opts.yes && open.length === 0)) io.out(`${summaryText(session.catalogue, scope, session.documentAnswers())}\n`);
  if (open.length > 0 || !opts.yes) throw needsInputError(io, ctx.catalogue, { scope, open, yes: opts.yes, ...(ctx.staleBecause ? { staleBecause: ctx.staleBecause } : {}) }, ctx.cwdFlag);
  saveDecisions(ctx);
  return afterRendering(ctx, await writeAndReport(io, session, scope, ctx.cwdFlag));
}
