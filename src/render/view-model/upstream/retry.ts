import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import { backoffDelays, RETRYABLE } from '../retry.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';

/** Keys only the installed ai-flow templates' Retry section uses (ours show TIMEOUT_POLICY and the defaults). */
const KEYS = {
  text: ['RETRY_STRATEGY'],
  flags: ['RETRY_POLICIES'],
  loops: { RETRY_POLICY: ['SERVICE_NAME', 'MAX_ATTEMPTS', 'BACKOFF_STRATEGY', 'INITIAL_DELAY', 'MAX_DELAY', 'RETRYABLE_ERRORS'] },
} as const satisfies SectionKeys;

/** The upstream Retry placeholders, from 7.9.3. */
export function upstreamRetryValues(ctx: Ctx): ViewModel {
  const a = ctx.answers('7.9.3');
  if (!a) return notAnswered(KEYS, ctx.tbd('7.9.3'), {});
  return {
    RETRY_POLICIES: true,
    RETRY_STRATEGY: `Per-dependency policies below; any other dependency gets ${a.defaultTimeout} ms, ${a.defaultRetries} retries, ${ctx.label('7.9.3', 'defaultBackoff', a.defaultBackoff).toLowerCase()} backoff`,
    RETRY_POLICY: a.policies.map((r) => {
      const delays = backoffDelays(r.backoff, r.retries);
      return {
        SERVICE_NAME: r.service, MAX_ATTEMPTS: String(r.retries + 1), BACKOFF_STRATEGY: r.backoff,
        INITIAL_DELAY: String(delays[0] ?? 0), MAX_DELAY: String(delays.length > 0 ? Math.max(...delays) : 0), RETRYABLE_ERRORS: RETRYABLE,
      };
    }),
  } satisfies SectionValues<typeof KEYS>;
}
