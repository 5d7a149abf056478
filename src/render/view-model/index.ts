import { diagramValues } from '../diagrams/index.js';
import type { RenderInput, ViewModel } from '../types.js';
import { alertValues } from './alerts.js';
import { backupValues } from './backup.js';
import { breakerValues } from './breakers.js';
import { configurationValues } from './configuration.js';
import { containerValues } from './container.js';
import { createContext } from './context.js';
import { docsValues, written } from './docs.js';
import { collectEnvVars } from './env-vars/index.js';
import { environmentValues } from './environments.js';
import { deriveDecisions } from './decisions/index.js';
import { healthValues } from './health.js';
import { migrationValues } from './migrations.js';
import { monitoringValues } from './monitoring.js';
import { opsChapterValues } from './ops-chapters.js';
import { overviewValues } from './overview.js';
import { pipelineValues } from './pipeline.js';
import { platformValues } from './platform.js';
import { poolValues } from './pool.js';
import { requestLoggingValues } from './request-logging.js';
import { retryValues } from './retry.js';
import { safeRenderInput } from './safe-input.js';
import { runbookValues } from './runbooks/index.js';
import { scalingValues } from './scaling.js';
import { shutdownValues } from './shutdown.js';
import { strategyValues } from './strategy.js';
import { troubleshootingValues } from './troubleshooting.js';
import { undecidedValues } from './undecided.js';
import { upstreamValues } from './upstream/index.js';
import { workerValues } from './workers.js';

/** Joins the parts; two parts defining one key is a bug (one name, two meanings), so it throws. */
function merge(...parts: ViewModel[]): ViewModel {
  const out: ViewModel = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`view model key ${key} is defined twice`);
      out[key] = value;
    }
  }
  return out;
}

/**
 * The values every template reads, computed from the answers (pure: same input, same model).
 * Keys are UPPER_SNAKE and named after the placeholders of the installed ai-flow templates where
 * one exists; loops are arrays of objects, conditions booleans.
 */
export function buildViewModel(raw: RenderInput): ViewModel {
  const input = safeRenderInput(raw);
  const ctx = createContext(input);
  const f = deriveDecisions(ctx);
  const vars = collectEnvVars(ctx, f);
  const w = written(ctx);
  const sections = merge(
    upstreamValues(ctx, f, vars),
    platformValues(ctx, f),
    containerValues(ctx, f),
    workerValues(ctx, f),
    environmentValues(ctx, f, vars),
    pipelineValues(ctx, f),
    strategyValues(ctx, f),
    monitoringValues(ctx, f),
    alertValues(ctx, f),
    backupValues(ctx, f),
    migrationValues(ctx, f),
    poolValues(ctx, f),
    scalingValues(ctx, f),
    healthValues(ctx, f),
    shutdownValues(ctx, f),
    breakerValues(ctx, f),
    retryValues(ctx),
    requestLoggingValues(ctx, f),
    configurationValues(ctx, f, vars),
    docsValues(ctx, f, w),
    diagramValues(ctx, f, w.diagrams),
    { PROJECT_NAME: ctx.project.name, RUNBOOKS_WRITTEN: w.runbooks, RUNBOOKS_NOTE: w.runbooksNote, DIAGRAMS_WRITTEN: w.diagrams, DIAGRAMS_NOTE: w.diagramsNote },
    runbookValues(ctx, f, w.runbooks, w.runbooksPlain),
    troubleshootingValues(ctx, f, w.runbooks, w.runbooksPlain),
    undecidedValues(ctx),
  );
  const all = merge(sections, ...opsChapterValues(ctx, f, vars, sections));
  return merge(all, overviewValues(ctx, input.answers, all));
}
