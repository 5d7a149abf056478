import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';
import { noShutdownText } from '../shutdown.js';

/** Keys only the installed ai-flow templates' Graceful Shutdown section uses (ours list the steps with their timeouts). */
const KEYS = { text: ['HEALTH_CHECK_GRACE_PERIOD', 'CONNECTION_DRAIN_TIMEOUT'] } as const satisfies SectionKeys;

/** The upstream Graceful Shutdown placeholders, from 7.9.1 and the platform decision. */
export function upstreamShutdownValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.9.1');
  if (!a || a.enabled !== 'yes' || f.platform.serverless) return notAnswered(KEYS, noShutdownText(ctx, f, a), {});
  return { HEALTH_CHECK_GRACE_PERIOD: String(a.healthGrace), CONNECTION_DRAIN_TIMEOUT: String(a.drainTimeout) } satisfies SectionValues<typeof KEYS>;
}
