import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { indent3 } from '../util.js';
import { databaseConnectionFailure, highCpu, serviceDown } from './core.js';
import { runbookEnv, type Runbook } from './env.js';
import { breakerOpen, canaryFailing, diskFull, highErrorRate, memoryHigh, poolExhausted, restoreDatabase } from './implied.js';

export type { Runbook, Step } from './env.js';

/** Anchor of a heading as GitHub and markdownlint compute it. */
export const anchor = (title: string): string => title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

/** The runbooks the answers call for: the three every service needs, plus those implied by alerts, pool, backups, breakers and strategy. */
export function runbooks(ctx: Ctx, f: Decisions): Runbook[] {
  const e = runbookEnv(ctx, f);
  const out: Runbook[] = [];
  for (const add of [databaseConnectionFailure, highCpu, serviceDown, highErrorRate, poolExhausted, diskFull, memoryHigh, breakerOpen, canaryFailing, restoreDatabase]) add(e, out);
  return out;
}

/** 7.10 (runbooks): the runbook loop in the installed templates' shape. */
export function runbookValues(ctx: Ctx, f: Decisions, written: boolean, note: string): ViewModel {
  if (!written) {
    return { RUNBOOK: [{ RUNBOOK_TITLE: note, RUNBOOK_ID: 'runbooks', RUNBOOK_TRIGGER: note, RUNBOOK_STEP: [{ STEP_NUMBER: '1', STEP_DESCRIPTION: note, STEP_COMMAND: `# ${note}`, HAS_COMMAND: false, STEP_COMMAND_INDENTED: '' }] }], RUNBOOK_INDEX: [] };
  }
  const list_ = runbooks(ctx, f);
  return {
    RUNBOOK: list_.map((r) => ({
      RUNBOOK_TITLE: r.title,
      RUNBOOK_ID: anchor(r.title),
      RUNBOOK_TRIGGER: r.trigger,
      RUNBOOK_STEP: r.steps.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: s.text, STEP_COMMAND: s.command ?? '# no command for this step', HAS_COMMAND: Boolean(s.command), STEP_COMMAND_INDENTED: indent3(s.command ?? '') })),
    })),
    RUNBOOK_INDEX: list_.map((r) => ({ RUNBOOK_TITLE: r.title, RUNBOOK_ID: anchor(r.title) })),
  };
}
