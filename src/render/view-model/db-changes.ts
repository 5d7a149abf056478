import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { indent3 } from './util.js';

interface Path { id: 'expand-contract' | 'blue-green' | 'maintenance'; name: string; rollback: string; irreversible: string }

/** How the database is rolled back under each migration strategy of 7.7.1 (the chosen one is marked). */
const PATHS: Path[] = [
  {
    id: 'expand-contract',
    name: 'Zero-downtime, expand/contract',
    rollback: 'Roll back the code only: the expand step is additive, so the previous version still works on the new schema. Stop a running backfill; the rows it wrote are harmless. Never run a down migration of an expand step while the new code may still run.',
    irreversible: 'The contract step (dropping columns or tables): ship it only after the rollback window has passed; undoing it means a point-in-time restore to just before it.',
  },
  {
    id: 'blue-green',
    name: 'Zero-downtime, blue-green migrations',
    rollback: 'Switch the application back to blue (the old database), make blue writable again, and copy the writes made on green since the switch back to blue (or accept losing them, if the switch was minutes ago and the writes are known).',
    irreversible: 'Removing blue: keep it until the rollback window has passed.',
  },
  {
    id: 'maintenance',
    name: 'Maintenance window',
    rollback: 'Inside the window: run the tested down migration, or restore the backup taken at the start of the window, then deploy the previous version before the window ends.',
    irreversible: 'Anything after the window closes and writes resume: from then on only a point-in-time restore goes back, and it loses the writes made since.',
  },
];

/** Database rollback paths per migration strategy, and the hotfix process for emergency changes. */
export function dbChangeValues(ctx: Ctx, f: Decisions, sections: ViewModel): ViewModel {
  const m = ctx.answers('7.7.1');
  const chosen = m ? (m.zeroDowntime === 'yes' ? (m.strategy ?? '') : 'maintenance') : undefined;
  const rollbackCmd = String(sections.MIGRATION_ROLLBACK_COMMAND ?? '');
  const ci = ctx.answers('7.4');
  const who = f.rollout?.rollback.whoPhrase ?? 'the people allowed to deploy';
  const stages = ci ? ci.stages : [];
  const gated = ci ? ci.autoDeploy !== 'auto-production' || stages.includes('manual-approval') : false;
  const ops = f.platform.ops('production');
  const deployLines = ctx.known('7.1') ? f.platform.deploy('production') : [];
  const deploy = [...(deployLines.some((l) => l.includes('$IMAGE')) ? ['# IMAGE: the hotfix commit\'s image, as the pipeline\'s image job built and pushed it'] : []), ...deployLines].join('\n');
  const backup = ctx.answers('7.7');
  const hotfix = [
    { text: `Decide it is a hotfix: a SEV1 or SEV2 that a rollback cannot fix (the bug is old, or a rollback would undo a migration). Otherwise roll back first${ops.rollback ? ` (\`${ops.rollback}\`)` : ''}.`, command: '' },
    { text: 'Branch from the commit that runs in production, not from `main` (which may hold unreleased work)', command: 'git fetch origin && git switch --create hotfix/<short-name> <deployed-commit-sha>' },
    { text: 'Make the smallest change that fixes it, with a test that fails without it', command: f.stack.commands.test },
    { text: `Open a pull request; one reviewer is enough for a hotfix (recommended), ${who === 'the people allowed to deploy' ? 'one of the people allowed to deploy' : who} approves it`, command: '' },
    { text: `The pipeline runs every check${ci ? ` of ${ctx.label('7.4', 'platform', ci.platform)}` : ''}: never skip the tests or the security scan for a hotfix${f.staging ? '; it deploys to staging first, smoke-test it there' : ''}`, command: '' },
    { text: gated ? 'Approve the production deploy as soon as staging is healthy' : 'The pipeline deploys production on merge; watch it', command: '' },
    { text: 'Watch error rate and latency for 30 minutes against the rollback criteria', command: ops.status ?? '' },
    { text: 'Merge the fix back into `main` (cherry-pick if `main` moved on), so the next release keeps it', command: 'git switch main && git pull && git cherry-pick <hotfix-commit-sha> && git push origin main' },
    { text: 'Write the incident\'s post-mortem (Incident Management) and link the hotfix in it', command: '' },
  ];
  const breakGlass = deploy
    ? `If the pipeline itself is broken, ${who} may deploy by hand with the pipeline's own command, from a clean checkout of the hotfix commit, recording it in the incident channel:`
    : '';
  return {
    DB_CHANGES_KNOWN: m !== undefined,
    DB_CHANGES_NOTE: m === undefined ? ctx.note('7.7.1') : '',
    DB_ROLLBACK_PATH: PATHS.map((p) => ({ STRATEGY: `${p.name}${p.id === chosen ? ' (this project, 7.7.1)' : ''}`, ROLLBACK: p.rollback, IRREVERSIBLE: p.irreversible })),
    DB_ROLLBACK_COMMAND: rollbackCmd,
    DB_ROLLBACK_BACKUP: backup
      ? `Before every production migration take a snapshot (Backup & Disaster Recovery, Take a Backup Now): it is the way back when a down migration is impossible, within the RPO of ${backup.rpoMinutes} minutes.`
      : 'Before every production migration take a snapshot of the database: it is the way back when a down migration is impossible.',
    HOTFIX_STEP: hotfix.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: s.text, HAS_COMMAND: s.command !== '', STEP_COMMAND_INDENTED: indent3(s.command) })),
    HAS_BREAK_GLASS_DEPLOY: deploy !== '' && ctx.scope !== 'mvp',
    BREAK_GLASS_DEPLOY_TEXT: breakGlass,
    BREAK_GLASS_DEPLOY: deploy,
  };
}
