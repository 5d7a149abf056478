import type { Answers } from '../../catalogue/schema.js';
import { summaryLines } from '../../engine/summary.js';
import { SCOPE_LABELS } from '../../engine/scope.js';
import type { ViewModel } from '../types.js';
import { answerCommand, type Ctx } from './context.js';
import { cell } from './util.js';

const WARNING_KEYS: [string, string][] = [
  ['PIPELINE_NOTE', 'CI/CD Pipeline'],
  ['STRATEGY_WARNING', 'Deployment Strategy & Rollback'],
  ['ALERT_WARNING', 'Alerts & On-Call'],
  ['BACKUP_WARNING', 'Backup & Disaster Recovery'],
  ['POOL_WARNING', 'Connection Pooling'],
  ['SCALING_WARNING', 'Scaling'],
  ['SHUTDOWN_WARNING', 'Graceful Shutdown'],
  ['BREAKER_WARNING', 'Circuit Breakers'],
  ['RETRY_WARNING', 'Retry & Timeout Policies'],
  ['REQUEST_LOGGING_WARNING', 'Request/Response Logging'],
];

/** The document head: the decisions at a glance, open questions, and every review item the sections raise. */
export function overviewValues(ctx: Ctx, answers: Answers, sections: ViewModel): ViewModel {
  const lines = summaryLines(ctx.cat, ctx.scope, answers).map((l) => {
    const status = ctx.status(l.questionId);
    const text = status === 'existing' ? `Kept in \`${ctx.existingDocument}\`` : status === 'skipped' ? '**TBD**' : cell(l.text);
    return { AREA: l.label, DECISION: `${text}${l.simplified && status === 'answered' ? ' (recommended defaults for the details)' : ''}`, QUESTION: l.questionId };
  });
  const open = ctx.cat.questions
    .filter((q) => !ctx.known(q.id))
    .map((q) => ({
      QUESTION_ID: q.id,
      QUESTION_TITLE: q.title,
      HOW: ctx.status(q.id) === 'existing' ? `kept in \`${ctx.existingDocument}\`; \`ai-flow phase7 --edit ${q.id}\` answers it here` : answerCommand(q.id).markdown,
    }));
  const review = WARNING_KEYS.flatMap(([key, sectionTitle]) => {
    const items = (sections[key] as { WARNING?: string; NOTE?: string }[] | undefined) ?? [];
    return items.map((i) => ({ ITEM: i.WARNING ?? i.NOTE ?? '', SECTION: sectionTitle }));
  });
  return {
    SCOPE_LABEL: SCOPE_LABELS[ctx.scope],
    SIMPLIFIED_TEXT: `Simplified in the ${SCOPE_LABELS[ctx.scope]} scope: only the main choice was asked, so the details below are recommended defaults. \`ai-flow phase7 --scope enterprise\` asks all of them.`,
    SCOPE_ID: ctx.scope,
    PROJECT_TYPE: ctx.project.type,
    AI_FLOW_VERSION: ctx.project.aiFlowVersion ?? 'not recorded',
    HAS_AI_FLOW_VERSION: ctx.project.aiFlowVersion !== undefined,
    AT_A_GLANCE: lines,
    OPEN_QUESTION: open,
    HAS_OPEN_QUESTIONS: open.length > 0,
    REVIEW_ITEM: review,
    HAS_REVIEW_ITEMS: review.length > 0,
  };
}
