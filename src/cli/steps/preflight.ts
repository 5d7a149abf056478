import { jsonOf } from '../json-output.js';
import { applyPreflight, projectPreflight, SKIP_MESSAGE } from '../preflight-step.js';
import { EXIT } from '../exit.js';
import type { ExitCode } from '../exit.js';
import type { Phase7Context } from './context.js';

/**
 * Pre-flight smart skip: Phase 0's audit of an existing document decides what is asked. The wizard offers the
 * choice itself when it will ask and none is stored or given; otherwise --preflight, the stored choice or the
 * audit's recommendation applies here, and `skip` ends the run keeping the document (exit 0, nothing written).
 */
export function preflight(ctx: Phase7Context): ExitCode | undefined {
  const { session, opts, io, scope } = ctx;
  const pf = projectPreflight(session);
  if (!pf) return undefined;
  const wizardAsks = ctx.interactive && !opts.yes && !opts.check && !opts.dryRun;
  if (wizardAsks && !ctx.flagPreflight && !session.state.preflight && pf.choices.length > 1) {
    ctx.offer = pf;
    return undefined;
  }
  if (!scope) return undefined;
  const stored = session.state.preflight?.mode;
  const mode = ctx.flagPreflight ?? stored ?? pf.recommended;
  const changed = mode !== stored || ctx.flagPreflight !== undefined;
  if (changed) io.out([...pf.lines, ''].join('\n'));
  if (mode === 'skip') {
    jsonOf(io)?.set({ status: 'kept', scope });
    io.out(SKIP_MESSAGE(pf.document ?? 'the existing document', ctx.cwdFlag));
    return EXIT.ok;
  }
  if (changed) applyPreflight(session, pf, mode, scope);
  return undefined;
}
