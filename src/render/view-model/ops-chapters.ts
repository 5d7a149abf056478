import type { ViewModel } from '../types.js';
import { bootstrapValues } from './bootstrap.js';
import { cheatSheetValues } from './cheat-sheet.js';
import type { Ctx } from './context.js';
import { dbChangeValues } from './db-changes.js';
import { drDrillValues } from './dr-drills.js';
import type { EnvVar } from './env-vars/index.js';
import type { Decisions } from './decisions/index.js';
import { incidentValues } from './incidents.js';
import { securityOpsValues } from './security-ops.js';
import { sloValues } from './slo.js';

/**
 * The chapters an on-call engineer runs the service by, beyond the answers' own sections (issue 14): cheat
 * sheet, prerequisites and local setup, incident management, SLOs, DR drills, database rollback and hotfixes,
 * security operations. They read the sections' values (commands, CI variables) so they follow them.
 */
export function opsChapterValues(ctx: Ctx, f: Decisions, vars: EnvVar[], sections: ViewModel): ViewModel[] {
  return [
    cheatSheetValues(ctx, f, vars, sections),
    bootstrapValues(ctx, f, sections),
    incidentValues(ctx, f),
    sloValues(ctx, f),
    drDrillValues(ctx, f),
    dbChangeValues(ctx, f, sections),
    securityOpsValues(ctx, f, vars, sections),
  ];
}
