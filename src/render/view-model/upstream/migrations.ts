import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import { NO_WINDOW } from '../migrations.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';

/** Keys only the installed ai-flow templates' Database Migrations section uses (ours say MIGRATION_WINDOW_*). */
const KEYS = { text: ['MAINTENANCE_FREQUENCY', 'MAINTENANCE_DURATION', 'MAINTENANCE_NOTIFICATION'] } as const satisfies SectionKeys;

/** The upstream maintenance-window placeholders, from 7.7.1. */
export function upstreamMigrationValues(ctx: Ctx): ViewModel {
  const a = ctx.answers('7.7.1');
  if (!a) return notAnswered(KEYS, ctx.tbd('7.7.1'), {});
  if (a.zeroDowntime === 'yes') return notAnswered(KEYS, NO_WINDOW, {});
  return {
    MAINTENANCE_FREQUENCY: `When a release needs a migration, at ${a.windowTime}`,
    MAINTENANCE_DURATION: `${a.windowDuration} minutes`,
    MAINTENANCE_NOTIFICATION: a.windowNotification,
  } satisfies SectionValues<typeof KEYS>;
}
