import { QUESTION_IDS, type QuestionId } from '../catalogue/schema.js';

/**
 * Phase 0 reports the gaps of an existing operations document as snake_case ids. Upstream never says
 * which questions answer which gap; this is our mapping (documented in the README).
 */
export const GAP_QUESTIONS: Readonly<Record<string, readonly QuestionId[]>> = {
  deployment_platform: ['7.1'],
  deployment_environment: ['7.1'],
  hosting: ['7.1'],
  containerization: ['7.2'],
  docker: ['7.2'],
  environment_strategy: ['7.3'],
  environments: ['7.3'],
  configuration_management: ['7.3'],
  secrets_management: ['7.3'],
  feature_flags: ['7.3'],
  ci_cd_pipeline: ['7.4'],
  ci_cd: ['7.4'],
  deployment_strategy: ['7.4.1'],
  rollback_plan: ['7.4.1'],
  rollback_strategy: ['7.4.1'],
  monitoring_strategy: ['7.5', '7.6', '7.9'],
  monitoring: ['7.5', '7.6'],
  observability: ['7.5', '7.6', '7.9.4'],
  logging_strategy: ['7.5', '7.9.4'],
  logging: ['7.5', '7.9.4'],
  metrics: ['7.5'],
  alerting: ['7.6'],
  alerts: ['7.6'],
  on_call: ['7.6'],
  backup_strategy: ['7.7'],
  backups: ['7.7'],
  disaster_recovery: ['7.7'],
  database_migrations: ['7.7.1'],
  migration_strategy: ['7.7.1'],
  connection_pooling: ['7.7.2'],
  scaling_strategy: ['7.8'],
  scaling: ['7.8'],
  capacity_planning: ['7.8'],
  health_checks: ['7.9'],
  graceful_shutdown: ['7.9.1'],
  circuit_breakers: ['7.9.2'],
  resilience: ['7.9.2', '7.9.3'],
  retry_policies: ['7.9.3'],
  timeouts: ['7.9.3'],
  request_logging: ['7.9.4'],
  data_masking: ['7.9.4'],
  incident_runbooks: ['7.10'],
  runbooks: ['7.10'],
  operational_documentation: ['7.10'],
  api_documentation: ['7.10'],
};

/** For gap ids not in the table: words of the id → questions they could concern. */
const WORDS: readonly [RegExp, readonly QuestionId[]][] = [
  [/deploy|platform|host|cloud|server|infra/, ['7.1', '7.4.1']],
  [/docker|container|image|compose/, ['7.2']],
  [/^envs?$|environment|config|secret|flag/, ['7.3']],
  [/^(ci|cd|cicd)$|pipeline|build|release/, ['7.4', '7.4.1']],
  [/rollback|canary|blue|green|rollout/, ['7.4.1']],
  [/monitor|observab|^apm$|metric|tracing|dashboard/, ['7.5']],
  [/log/, ['7.5', '7.9.4']],
  [/alert|^call$|oncall|pager|incident|notif/, ['7.6', '7.10']],
  [/^(dr|rto|rpo)$|backup|recover|restore|retention/, ['7.7']],
  [/migrat|schema/, ['7.7.1']],
  [/^db$|database|pool|connection/, ['7.7', '7.7.1', '7.7.2']],
  [/scal|load|capacity|perf|traffic|replica/, ['7.8']],
  [/health|probe|liveness|readiness/, ['7.9']],
  [/shutdown|drain|signal|termination/, ['7.9.1']],
  [/circuit|resilien|fallback|fault/, ['7.9.2']],
  [/retry|timeout|backoff/, ['7.9.3']],
  [/mask|pii|privacy|redact|sensitive/, ['7.9.4']],
  [/^(api|doc|docs)$|runbook|documentation|diagram|troubleshoot/, ['7.10']],
];

export interface GapMapping {
  /** Questions to ask, in catalogue order. */
  questions: QuestionId[];
  /** How each gap was mapped: by the table, by its words, or (matching nothing) to every question. */
  byGap: { gap: string; questions: QuestionId[]; how: 'table' | 'words' | 'everything' }[];
}

function mapOne(gap: string): GapMapping['byGap'][number] {
  const known = GAP_QUESTIONS[gap];
  if (known) return { gap, questions: [...known], how: 'table' };
  const words = gap.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const hits = new Set<QuestionId>();
  for (const [re, ids] of WORDS) if (words.some((w) => re.test(w))) ids.forEach((id) => hits.add(id));
  if (hits.size > 0) return { gap, questions: QUESTION_IDS.filter((id) => hits.has(id)), how: 'words' };
  // A gap we cannot place could concern anything: ask everything rather than silently nothing.
  return { gap, questions: [...QUESTION_IDS], how: 'everything' };
}

/** The questions behind Phase 0's gaps; an unknown gap asks everything it could concern. */
export function questionsForGaps(gaps: readonly string[]): GapMapping {
  const byGap = gaps.map(mapOne);
  const all = new Set(byGap.flatMap((g) => g.questions));
  return { questions: QUESTION_IDS.filter((id) => all.has(id)), byGap };
}
