import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';
import { rollbackPlan, rollbackTriggers } from '../strategy.js';
import { steps } from '../util.js';

/** Keys only the installed ai-flow templates' Deployment Strategy section uses (ours say it another way). */
const KEYS = {
  text: [
    'ROLLBACK_TIME', 'CANARY_INITIAL_PERCENTAGE', 'CANARY_GRADUAL_INCREASE', 'CANARY_INCREASE_INTERVAL', 'CANARY_ROLLBACK_TRIGGER',
    'ROLLING_MAX_UNAVAILABLE', 'ROLLING_MAX_SURGE', 'ROLLBACK_TRIGGER',
  ],
  flags: ['BLUE_GREEN_DEPLOYMENT', 'CANARY_DEPLOYMENT'],
  loops: { ROLLBACK_STEP: ['STEP_NUMBER', 'STEP_DESCRIPTION', 'STEP_COMMAND'] },
} as const satisfies SectionKeys;

/** The upstream Deployment Strategy placeholders, mapped from the rollout decision (7.4.1). */
export function upstreamStrategyValues(ctx: Ctx, f: Decisions): ViewModel {
  const r = f.rollout;
  const ops = f.platform.ops('production');
  if (!r) {
    const tbd = ctx.tbd('7.4.1');
    return { ...notAnswered(KEYS, tbd, {}), ROLLBACK_COMMAND: ops.rollback ?? `# ${tbd}` };
  }
  const triggers = rollbackTriggers(r).join('; ');
  const rollback = rollbackPlan(ctx, f, r);
  const noCanary = 'Not used (no canary)';
  return {
    BLUE_GREEN_DEPLOYMENT: r.strategy === 'blue-green',
    CANARY_DEPLOYMENT: r.strategy === 'canary',
    ROLLBACK_TIME: String(r.rollback.minutes * 60),
    CANARY_INITIAL_PERCENTAGE: r.canary ? String(r.canary.initial) : noCanary,
    CANARY_GRADUAL_INCREASE: r.canary ? String(r.canary.step) : noCanary,
    CANARY_INCREASE_INTERVAL: r.canary ? `${r.canary.interval} minutes` : noCanary,
    CANARY_ROLLBACK_TRIGGER: triggers,
    ROLLING_MAX_UNAVAILABLE: '0 (recommended default: full capacity during the rollout)',
    ROLLING_MAX_SURGE: '1 instance (recommended default)',
    ROLLBACK_TRIGGER: triggers,
    ROLLBACK_STEP: steps(rollback.steps.map((s) => s.text), (i) => ({ STEP_COMMAND: rollback.steps[i]!.command || '# no command: see the step' })),
    ROLLBACK_COMMAND: rollback.command,
  } satisfies SectionValues<typeof KEYS>;
}
