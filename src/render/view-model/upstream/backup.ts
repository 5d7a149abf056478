import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { recoverySteps } from '../backup.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';
import { steps } from '../util.js';

/** Keys only the installed ai-flow templates' Backup section uses (ours show RECOVERY_STEP_VIEW). */
const KEYS = {
  loops: { RECOVERY_STEP: ['STEP_NUMBER', 'STEP_DESCRIPTION', 'STEP_COMMAND'] },
} as const satisfies SectionKeys;

/** The upstream Backup placeholders, from 7.7. */
export function upstreamBackupValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.7');
  if (!a) return notAnswered(KEYS, ctx.tbd('7.7'), {});
  const recovery = recoverySteps(ctx, f, a);
  return {
    RECOVERY_STEP: steps(recovery.map((r) => r.text), (i) => ({ STEP_COMMAND: recovery[i]!.command || '# no command: see the step' })),
  } satisfies SectionValues<typeof KEYS>;
}
