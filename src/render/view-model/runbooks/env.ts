import type { Answers76, Answers772, Answers78 } from '../../../catalogue/answer-types.generated.js';
import type { Ctx } from '../context.js';
import { dbCommands, type DbCommands } from '../db-commands.js';
import type { Decisions, Rollout } from '../decisions/index.js';
import { healthPaths } from '../health.js';
import type { OpsCommands } from '../platforms/index.js';
import { peakInstances } from '../pool.js';
import { whoPhrase } from '../util.js';

export interface Step { text: string; command?: string }
export interface Runbook { title: string; trigger: string; steps: Step[] }

/** What every runbook reads: production's commands, the health paths, and the answers that shape the steps. */
export interface RunbookEnv {
  ctx: Ctx;
  f: Decisions;
  ops: OpsCommands;
  db: DbCommands;
  ready?: string;
  live?: string;
  alerts?: Answers76;
  conditions: string[];
  pool?: Answers772;
  scaling?: Answers78;
  rollout?: Rollout;
  /** "; use the Render dashboard…" for steps without a command. */
  inConsole: string;
  /** A step reading CPU in the web console when there is no command for it. */
  consoleStep: Step[];
  escalate: Step;
  peak?: { count: number; text: string };
}

function escalation(ctx: Ctx, f: Decisions): string {
  const alerts = ctx.answers('7.6');
  if (alerts && alerts.onCall === 'yes') return `Not resolved within 15 minutes (recommended default): escalate through ${ctx.label('7.6', 'onCallTool', alerts.onCallTool ?? '')} to the next person in the rotation`;
  const who = f.rollout?.rollback.whoLabel ?? 'tech lead';
  return `Not resolved within 15 minutes (recommended default): call in ${who === 'Any developer' ? 'the tech lead' : whoPhrase(who)}${alerts ? ' (no on-call rotation: business hours only, 7.6)' : ''}`;
}

export function runbookEnv(ctx: Ctx, f: Decisions): RunbookEnv {
  const ops = f.platform.ops('production');
  const paths = healthPaths(ctx.answers('7.9')?.endpoints ?? []);
  const alerts = ctx.answers('7.6');
  const peak = peakInstances(ctx);
  const pool = ctx.answers('7.7.2');
  const scaling = ctx.answers('7.8');
  return {
    ctx, f, ops,
    db: dbCommands(f.db),
    ...(paths.ready ?? paths.basic ? { ready: paths.ready ?? paths.basic } : {}),
    ...(paths.live ?? paths.basic ? { live: paths.live ?? paths.basic } : {}),
    ...(alerts ? { alerts } : {}),
    conditions: alerts ? alerts.conditions : [],
    ...(pool ? { pool } : {}),
    ...(scaling ? { scaling } : {}),
    ...(f.rollout ? { rollout: f.rollout } : {}),
    inConsole: ops.console ? `; use ${ops.console}` : '',
    consoleStep: ops.console && !ops.cpu ? [{ text: `Read CPU and memory in ${ops.console}` }] : [],
    escalate: { text: escalation(ctx, f) },
    ...(peak ? { peak } : {}),
  };
}
