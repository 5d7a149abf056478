import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { instances } from '../scaling.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';

/** Keys only the installed ai-flow templates' Scaling section uses (ours say it in INSTANCES_TEXT and SCALING_HOW). */
const KEYS = {
  text: ['SCALING_MIN', 'SCALING_MAX', 'SCALING_TARGET_CPU', 'SCALING_TARGET_MEMORY', 'HORIZONTAL_SCALING_DESCRIPTION', 'VERTICAL_SCALING_DESCRIPTION'],
  flags: ['AUTO_SCALING', 'HORIZONTAL'],
  other: ['CURRENT_CPU', 'CURRENT_MEMORY', 'CURRENT_DISK'],
} as const satisfies SectionKeys;

const NOT_ASKED = 'Not asked in Phase 7: record the instance size here';

/** The upstream Scaling placeholders, from 7.8's instance counts and the platform decision. */
export function upstreamScalingValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.8');
  const current = { CURRENT_CPU: NOT_ASKED, CURRENT_MEMORY: NOT_ASKED, CURRENT_DISK: NOT_ASKED };
  if (!a) return notAnswered(KEYS, ctx.tbd('7.8'), current);
  const { auto, horizontal, min, max, cpu } = instances(a);
  return {
    AUTO_SCALING: auto,
    HORIZONTAL: horizontal,
    SCALING_MIN: String(min),
    SCALING_MAX: String(max),
    SCALING_TARGET_CPU: cpu !== undefined ? String(cpu) : 'not used (no auto-scaling)',
    SCALING_TARGET_MEMORY: 'not set (7.8 scales on CPU)',
    HORIZONTAL_SCALING_DESCRIPTION: horizontal ? `${min}${auto ? `–${max}` : ''} instances behind ${f.platform.loadBalancer}${auto ? `, scaled by ${f.platform.autoscaling} at ${cpu}% CPU` : ''}` : 'Not used: 7.8 chose vertical scaling',
    VERTICAL_SCALING_DESCRIPTION: a.strategy === 'vertical' ? `Move to a larger ${f.platform.unit} size when CPU or memory stays high` : 'Not the strategy (7.8); a larger instance size is still the quick fix for memory pressure',
    ...current,
  } satisfies SectionValues<typeof KEYS>;
}
