import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { EnvVar } from './env-vars/index.js';
import type { Decisions } from './decisions/index.js';
import { stackCommand } from './bootstrap.js';
import { versionCommand } from './platform-ops.js';
import { compareEnvNames } from '../name-order.js';

interface Entry { task: string; lines: string[] }

const asLines = (text: unknown): string[] => String(text ?? '').split('\n').filter((l) => l.trim() !== '');

/**
 * One page of the commands an operator types most, for production on the chosen platform: deploy, roll back,
 * migrate, back up, restore, logs, status and the running version. Variables the commands read that are not
 * application variables (cluster names, regions, the image) are listed first, to set once per shell.
 */
export function cheatSheetValues(ctx: Ctx, f: Decisions, vars: EnvVar[], sections: ViewModel): ViewModel {
  const p = f.platform;
  const ops = p.ops('production');
  const inConsole = (what: string) => [`# ${what}: in ${ops.console ?? `the ${p.short} dashboard`}`];
  const health = ctx.answers('7.9');
  const endpoints = health ? health.endpoints : [];
  const healthPath = endpoints.includes('health') ? '/health' : endpoints.includes('ready') ? '/health/ready' : undefined;
  const version = versionCommand(ctx, f);
  const known = ctx.known('7.1');
  const entries: Entry[] = [
    { task: 'Deploy a build to production (normally the pipeline does this after a merge)', lines: known ? p.deploy('production') : [`# ${ctx.tbd('7.1')}`] },
    { task: 'Roll back to the previous version', lines: ops.rollback ? [ops.rollback] : known ? inConsole('roll back') : [`# ${ctx.tbd('7.1')}`] },
    { task: 'Apply database migrations', lines: asLines(stackCommand(f, 'migrate') ?? sections.MIGRATION_RUN_COMMAND) },
    { task: 'Back up the database now', lines: asLines(sections.BACKUP_COMMAND) },
    { task: 'Restore into a new database (the full procedure is in Backup & Disaster Recovery)', lines: asLines(sections.RESTORE_COMMAND) },
    { task: 'Logs of the last 15 minutes', lines: ops.logs ? [ops.logs] : known ? inConsole('logs') : [`# ${ctx.tbd('7.1')}`] },
    { task: 'Status of the running instances', lines: ops.status ? [ops.status] : known ? inConsole('status') : [`# ${ctx.tbd('7.1')}`] },
    {
      task: 'Which version is running',
      lines: [
        ...(healthPath ? [`curl -s "$APP_URL${healthPath}" | jq -r .version`] : []),
        ...(version && known ? [version] : []),
        ...(!healthPath && !(version && known) ? inConsole('the deployed version') : []),
      ],
    },
  ];
  const appVars = new Set(vars.map((v) => v.name));
  const assigned = new Set(entries.flatMap((e) => e.lines.flatMap((l) => [...l.matchAll(/^\s*(?:export\s+)?([A-Z][A-Z0-9_]*)=(?:\$\(.*\)|"[^"]*"|\S*)\s*$/g)].map((m) => m[1]!))));
  const needed = new Set<string>();
  for (const e of entries) for (const l of e.lines) for (const m of l.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)) if (!appVars.has(m[1]!) && !assigned.has(m[1]!)) needed.add(m[1]!);
  if (needed.has('APP_URL')) needed.delete('APP_URL');
  if (needed.has('IMAGE') && p.registry) for (const m of p.registry.image.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)) needed.add(m[1]!);
  const exportLine = (name: string) => (name === 'IMAGE' && p.registry ? `export IMAGE=${p.registry.image}:<commit-sha>` : `export ${name}=<${name.toLowerCase().replace(/_/g, '-')}>`);
  // IMAGE last: its value may read the others (REGISTRY)
  const setup = [...needed].sort((x, y) => Number(x === 'IMAGE') - Number(y === 'IMAGE') || compareEnvNames(x, y)).map(exportLine);
  const head = [
    '# Set once per shell (values: the CI variables of CI/CD Pipeline, and the production URL)',
    ...(appVars.has('APP_URL') ? ['export APP_URL=<production-url>'] : []),
    ...setup,
  ];
  const body = entries.flatMap((e) => ['', `# ${e.task}`, ...e.lines]);
  return {
    CHEAT_SHEET: [...head, ...body].join('\n'),
    CHEAT_SHEET_PLATFORM: known ? p.name : ctx.tbd('7.1'),
  };
}
