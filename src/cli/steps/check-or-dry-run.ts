import { CliError, EXIT, type ExitCode } from '../exit.js';
import { needsInputError } from '../needs-input.js';
import { openQuestionsMessage } from '../open-questions-message.js';
import { runCheck, runDryRun } from '../rerun.js';
import { afterRendering, type Phase7Context } from './context.js';

/**
 * --check and --dry-run write nothing and ask nothing: with a scope and every question answered they compare
 * (exit 1 when out of date) or show the diffs; otherwise they end saying what is missing.
 */
export function checkOrDryRun(ctx: Phase7Context): ExitCode | undefined {
  const { opts, scope, open, io, cwdFlag } = ctx;
  if (opts.check) {
    if (!scope) throw new CliError('ai-flow phase7 --check: Phase 7 has not been answered in this project yet (no scope in the cache), so there is nothing to check.', EXIT.invalid);
    if (open.length > 0) throw new CliError(openQuestionsMessage(open, cwdFlag).replace('Nothing was written.', 'The documents cannot be checked until they are answered.'), EXIT.invalid);
    return afterRendering(ctx, runCheck(io, ctx.session, scope, cwdFlag));
  }
  if (opts.dryRun) {
    if (!scope) throw new CliError('ai-flow phase7 --dry-run: the scope is not known. Pass --scope mvp, --scope production or --scope enterprise.', EXIT.usage);
    if (open.length > 0) throw needsInputError(io, ctx.catalogue, { scope, open, yes: true }, cwdFlag);
    return afterRendering(ctx, runDryRun(io, ctx.session, scope));
  }
  return undefined;
}
