import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';

/** Keys only the installed ai-flow templates' Platform section uses (ours list TLS certificates among PLATFORM_SERVICES). */
const KEYS = { text: ['SSL_CERTIFICATE_PROVIDER'] } as const satisfies SectionKeys;

/** The upstream Platform placeholders, from 7.1 and the platform decision; regions and certificate monitoring are not asked. */
export function upstreamPlatformValues(ctx: Ctx, f: Decisions): ViewModel {
  const p = f.platform;
  const a = ctx.answers('7.1');
  return {
    DEPLOYMENT_REGIONS: 'Not asked in Phase 7: record the region or data center of each environment here',
    ...(a ? { SSL_CERTIFICATE_PROVIDER: p.ssl } satisfies SectionValues<typeof KEYS> : notAnswered(KEYS, ctx.tbd('7.1'), {})),
    SSL_RENEWAL_PROCESS: p.family === 'on-premises' ? 'Automate renewal (for example a certbot timer) and test it' : `Managed by ${p.short}`,
    SSL_MONITORING: 'Not asked in Phase 7: add an expiry check to the uptime monitoring (recommended: warn 14 days before expiry)',
  };
}
