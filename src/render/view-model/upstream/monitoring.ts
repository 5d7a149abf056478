import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { logDestinationLabel, METRIC_KEYS, trackedMetrics } from '../monitoring.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';

/** Keys only the installed ai-flow templates' Monitoring section uses (ours show LOG_SHIPPING and TRACKED_METRIC). */
const KEYS = {
  text: ['LOGGING_TOOL', 'LOG_FORMAT'],
  loops: { METRIC: METRIC_KEYS },
} as const satisfies SectionKeys;

/** The upstream Monitoring placeholders, from 7.5 (and 7.6's thresholds). */
export function upstreamMonitoringValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.5');
  if (!a) return notAnswered(KEYS, ctx.tbd('7.5'), {});
  return {
    LOGGING_TOOL: logDestinationLabel(ctx, f, a),
    LOG_FORMAT: a.logging.includes('structured-json') ? 'Structured JSON, one object per line' : 'Plain text lines',
    METRIC: trackedMetrics(ctx, f, a).map(({ METRIC_NAME, METRIC_DESCRIPTION, METRIC_THRESHOLD }) => ({ METRIC_NAME, METRIC_DESCRIPTION, METRIC_THRESHOLD })),
  } satisfies SectionValues<typeof KEYS>;
}
