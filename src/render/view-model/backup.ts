import { databaseSetting } from './db-commands.js';
import type { ViewModel } from '../types.js';
import type { AnswersOf, Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { indent3, minutes, section } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

const INTERVAL: Record<string, number> = { daily: 1440, continuous: 60, 'weekly-manual': 10080 };
const FREQUENCY: Record<string, string> = { daily: 'Daily, automated, with point-in-time recovery', continuous: 'Continuous: a backup every hour', 'weekly-manual': 'Weekly, taken by hand' };

interface Commands { backup: string; restore: string; managed: boolean }

function commands(ctx: Ctx, f: Decisions): Commands {
  const engine = f.db.engine;
  const cloud = f.platform.cloud;
  const stamp = '$(date -u +%Y%m%dT%H%MZ)';
  if (engine === 'postgres' || engine === 'mysql') {
    const flavour = engine === 'postgres' ? 'postgres' : 'mysql';
    if (cloud === 'aws') return { managed: true, backup: `aws rds create-db-snapshot --db-instance-identifier <db-instance> --db-snapshot-identifier <db-instance>-${stamp}`, restore: 'aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier <db-instance> --target-db-instance-identifier <db-instance>-restored --restore-time <timestamp>' };
    if (cloud === 'gcp') return { managed: true, backup: 'gcloud sql backups create --instance <instance>', restore: 'gcloud sql instances clone <instance> <instance>-restored --point-in-time <timestamp>' };
    if (cloud === 'azure') return { managed: true, backup: `# automatic: Azure takes the backups of the flexible server`, restore: `az ${flavour} flexible-server restore --resource-group "$AZURE_RESOURCE_GROUP" --name <server>-restored --source-server <server> --restore-time <timestamp>` };
    if (f.platform.key === 'heroku' && engine === 'postgres') {
      const app = f.platform.serviceName('production');
      return { managed: true, backup: `heroku pg:backups:capture --app ${app}`, restore: `heroku pg:backups:restore <backup-id> DATABASE_URL --app ${app}` };
    }
  }
  switch (engine) {
    case 'postgres':
      return { managed: false, backup: `pg_dump --format=custom --file="backup-${stamp}.dump" "$DATABASE_URL"`, restore: 'pg_restore --clean --if-exists --no-owner --dbname="<restored-database-url>" backup-<timestamp>.dump' };
    case 'mysql':
      return { managed: false, backup: `mysqldump --single-transaction --routines --host=<host> --user=<user> --password <database> | gzip > "backup-${stamp}.sql.gz"`, restore: 'gunzip < backup-<timestamp>.sql.gz | mysql --host=<restore-host> --user=<user> --password <database>' };
    case 'mongodb':
      return { managed: false, backup: `mongodump --uri="$DATABASE_URL" --gzip --archive="backup-${stamp}.archive.gz"`, restore: 'mongorestore --uri="<restored-database-url>" --gzip --archive=backup-<timestamp>.archive.gz --drop' };
    default:
      return {
        managed: false,
        backup: `# PostgreSQL shown: the answers do not name the database engine\npg_dump --format=custom --file="backup-${stamp}.dump" "$DATABASE_URL"`,
        restore: '# PostgreSQL shown: the answers do not name the database engine\npg_restore --clean --if-exists --no-owner --dbname="<restored-database-url>" backup-<timestamp>.dump',
      };
  }
}

/** The steps that restore production from a backup, each with its command ('' when there is none). */
export function recoverySteps(ctx: Ctx, f: Decisions, a: AnswersOf<'7.7'>): { text: string; command: string }[] {
  const c = commands(ctx, f);
  const ops = f.platform.ops('production');
  const rpo = a.rpoMinutes;
  const rto = a.rtoMinutes;
  return [
    { text: 'Declare an incident and stop writes: scale the service to zero or switch on maintenance mode', command: ops.scale?.(0) ?? '' },
    { text: 'Pick the restore point: the last good backup, or a timestamp just before the incident', command: '' },
    { text: 'Restore into a new database instance, never over the only copy', command: c.restore },
    { text: 'Check the restored data: row counts of the main tables, the latest records, a smoke test against it', command: '' },
    { text: `Point ${databaseSetting(f.db.config)} at the restored database (where the environment keeps its secrets, see specs/configuration.md) and start the service again`, command: ops.restart ?? ops.scale?.(1) ?? '' },
    { text: 'Check readiness and the error rate, then end maintenance mode', command: ops.status ?? '' },
    { text: `Record how long the restore took (target: RTO ${minutes(rto)}) and how much data was lost (target: RPO ${minutes(rpo)})`, command: '' },
  ];
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: ['BACKUP_STRATEGY', 'BACKUP_FREQUENCY', 'BACKUP_RETENTION', 'BACKUP_LOCATION', 'RTO', 'RPO', 'BACKUP_SCHEDULE', 'RESTORE_TEST'],
  commands: ['BACKUP_COMMAND', 'RESTORE_COMMAND'],
  flags: ['HAS_BACKUP_WARNINGS'],
  lists: ['BACKUP_WARNING'],
} as const satisfies SectionKeys;

/** 7.7: backup schedule, retention, RTO/RPO and the restore procedure. */
export function backupValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.7');
  if (!a) {
    return { ...section(ctx, 'BACKUP', '7.7'), ...notAnswered(KEYS, ctx.tbd('7.7'), {}) };
  }
  const strategy = a.strategy;
  const rpo = a.rpoMinutes;
  const rto = a.rtoMinutes;
  const c = commands(ctx, f);
  const warnings: string[] = [];
  const interval = INTERVAL[strategy] ?? 1440;
  if (rpo < interval) {
    warnings.push(strategy === 'weekly-manual'
      ? `Weekly manual backups can lose up to 7 days of data, far more than the RPO of ${minutes(rpo)}: switch to automated backups with point-in-time recovery, or accept a longer RPO.`
      : `An RPO of ${minutes(rpo)} holds only with point-in-time recovery switched on (continuous WAL or binlog archiving); the ${strategy === 'daily' ? 'daily' : 'hourly'} backups alone can lose up to ${minutes(interval)}.`);
  }
  if (strategy === 'weekly-manual') warnings.push('Manual backups depend on someone remembering them: schedule them (cron or the platform\'s backup policy) and alert when one is missed.');
  const recovery = recoverySteps(ctx, f, a);
  const storeNote = c.managed ? `${f.platform.backups}; keep a copy in another region or account for disasters` : 'Dumps copied to storage outside the database host (another region, account or site)';
  return {
    ...section(ctx, 'BACKUP', '7.7'),
    BACKUP_STRATEGY: ctx.label('7.7', 'strategy', strategy),
    BACKUP_FREQUENCY: FREQUENCY[strategy] ?? strategy,
    BACKUP_RETENTION: `${a.retentionDays} days`,
    BACKUP_LOCATION: storeNote,
    RTO: minutes(rto),
    RPO: minutes(rpo),
    BACKUP_COMMAND: c.backup,
    RESTORE_COMMAND: c.restore,
    BACKUP_SCHEDULE: c.managed
      ? `Automatic (${f.platform.backups}); set the retention to ${a.retentionDays} days in the database settings. On-demand backup before risky changes: see below.`
      : strategy === 'continuous'
        ? 'Hourly: a scheduled job runs the backup command every hour (for PostgreSQL, continuous WAL archiving with pgBackRest or WAL-G gives point-in-time recovery)'
        : strategy === 'daily' ? 'Daily: a scheduled job (cron or the platform scheduler) runs the backup command at the quietest hour' : 'Weekly: run the backup command by hand and record it',
    RESTORE_TEST: `Restore the latest backup into a scratch instance every month (recommended default) and time it against the RTO of ${minutes(rto)}.`,
    RECOVERY_STEP_VIEW: recovery.map((r, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: r.text, STEP_COMMAND: indent3(r.command), HAS_COMMAND: r.command !== '' })),
    HAS_BACKUP_WARNINGS: warnings.length > 0,
    BACKUP_WARNING: warnings.map((w) => ({ WARNING: w })),
  } satisfies SectionValues<typeof KEYS>;
}
