import { EXIT, type ExitCode } from '../exit.js';
import { jsonOf } from '../json-output.js';
import { reportUpToDate } from '../rerun.js';
import { saveDecisions, type Phase7Context } from './context.js';

/**
 * Nothing changed since the documents were generated and nothing asks for more (--review, --edit, --check,
 * --dry-run): say so without asking or rendering anything (exit 0). Otherwise remember why they are stale.
 */
export function upToDate(ctx: Phase7Context): ExitCode | undefined {
  const { opts, scope } = ctx;
  if (!scope || ctx.open.length > 0 || opts.review || opts.edit?.length || opts.check || opts.dryRun) return undefined;
  const fresh = ctx.session.upToDate(scope);
  if (!fresh.upToDate) {
    ctx.staleBecause = fresh.reason;
    return undefined;
  }
  jsonOf(ctx.io)?.set({ scope });
  saveDecisions(ctx);
  reportUpToDate(ctx.io, fresh);
  return EXIT.ok;
}
