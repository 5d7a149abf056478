import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { section, steps } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

const EXPAND_CONTRACT = [
  'Expand: add the new tables or columns (nullable or with a default); never rename or drop in the same release',
  'Deploy code that writes both the old and the new shape and reads the new one with a fallback',
  'Backfill existing rows in small batches, off-peak',
  'Switch reads to the new shape only and stop writing the old one',
  'Contract: drop the old columns in a later release, once no running version uses them',
];
const BLUE_GREEN = [
  'Create the green database as a replica of the blue (live) one',
  'Run the migration on green while replication keeps it in sync',
  'Check green: migration finished, replication lag zero, smoke queries pass',
  'Switch the application to green and make blue read-only',
  'Keep blue until the rollback window has passed, then remove it',
];

/** What the maintenance-window values say when migrations run without downtime. */
export const NO_WINDOW = 'None planned: migrations run without downtime (7.7.1)';

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: [
    'PRODUCTION_MIGRATION_STRATEGY', 'MIGRATION_ROLLBACK_PLAN', 'MIGRATION_TESTING', 'MIGRATION_WINDOW_TIME', 'MIGRATION_WINDOW_DURATION',
    'MIGRATION_NOTIFICATION',
  ],
  flags: ['ZERO_DOWNTIME_MIGRATIONS'],
  lists: ['MAINTENANCE_STEP', 'MIGRATION_CHECKLIST'],
  loops: { ZERO_DOWNTIME_STEP: ['STEP_NUMBER', 'STEP_DESCRIPTION'] },
} as const satisfies SectionKeys;

/** 7.7.1: how schema changes reach production (zero-downtime or maintenance windows). */
export function migrationValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.7.1');
  const m = f.stack.migration;
  const placeholder = m ? {
    MIGRATION_RUN_COMMAND: `${f.stack.commands.migrate ?? m.apply}  # apply (${m.label}, ${m.origin})`,
    MIGRATION_STATUS_COMMAND: `${m.status}  # status`,
    MIGRATION_ROLLBACK_COMMAND: m.rollback.startsWith('#') ? m.rollback : `${m.rollback}  # one step back`,
  } : {
    MIGRATION_RUN_COMMAND: '# your migration tool\'s apply command (the tool is not asked in Phase 7), for example: npx prisma migrate deploy, alembic upgrade head, flyway migrate',
    MIGRATION_ROLLBACK_COMMAND: '# your migration tool\'s down or undo command, for example: alembic downgrade -1',
    MIGRATION_STATUS_COMMAND: '# your migration tool\'s status command, for example: npx prisma migrate status, alembic current, flyway info',
  };
  if (!a) {
    return { ...section(ctx, 'MIGRATIONS', '7.7.1'), ...placeholder, ...notAnswered(KEYS, ctx.tbd('7.7.1'), {}) };
  }
  const zero = a.zeroDowntime === 'yes';
  const plan = zero ? (a.rollbackPlan ?? '') : 'Restore the backup taken at the start of the window if the migration fails, then bring the previous version back';
  const strategy = zero ? (a.strategy ?? '') : '';
  const testing = zero ? (a.testing ?? []).map((t) => ctx.label('7.7.1', 'testing', [t])) : [];
  const none = NO_WINDOW;
  const checklist = [
    'The migration works with the version currently in production (backward compatible)',
    ...(zero ? testing.map((t) => `${t}`) : ['Tested on a copy of production data']),
    'A backup or snapshot was taken right before (see Backup & Disaster Recovery)',
    'The expected run time is known, and long-running locks are avoided (create indexes concurrently where the database supports it)',
    ...(zero ? [] : ['The maintenance window was announced']),
  ];
  return {
    ...section(ctx, 'MIGRATIONS', '7.7.1'),
    ...placeholder,
    ZERO_DOWNTIME_MIGRATIONS: zero,
    PRODUCTION_MIGRATION_STRATEGY: zero ? `Zero-downtime, ${ctx.label('7.7.1', 'strategy', strategy).toLowerCase()}` : 'Maintenance windows: the service is stopped while migrations run',
    ZERO_DOWNTIME_STEP: steps(zero ? (strategy === 'blue-green' ? BLUE_GREEN : EXPAND_CONTRACT) : ['Not used: migrations run in maintenance windows']),
    MIGRATION_ROLLBACK_PLAN: m ? `${plan.replace(/\.\s*$/, '')}. ${m.rollbackNote}` : plan,
    MIGRATION_TESTING: zero ? testing.join(', ') : 'Run the migration on a copy of production data before the window',
    MIGRATION_WINDOW_TIME: zero ? none : (a.windowTime ?? ''),
    MIGRATION_WINDOW_DURATION: zero ? none : `${a.windowDuration} minutes`,
    MIGRATION_NOTIFICATION: zero ? none : (a.windowNotification ?? ''),
    MAINTENANCE_STEP: zero ? [] : steps([
      `Announce the window: ${a.windowNotification ?? ''}`,
      'At the start, switch on maintenance mode (or scale the service to zero) so nothing writes',
      'Take a backup and note its id',
      'Run the migrations, then deploy the new version',
      'Check readiness and a smoke test; end maintenance mode',
      `If anything fails, restore the backup and bring the previous version back before the ${a.windowDuration} minutes are up`,
    ]),
    MIGRATION_CHECKLIST: checklist.map((c) => ({ ITEM: c })),
  } satisfies SectionValues<typeof KEYS>;
}
