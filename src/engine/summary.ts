import type { Answers, Catalogue, FieldValue, Question, QuestionAnswers, Row } from '../catalogue/schema.js';
import { formatValue, withUnit } from './format.js';
import { terminalText } from './safe-text.js';
import { modeOf, type Scope } from './scope.js';
import { askedFields, effectiveAnswers, findField, findQuestion } from './visibility.js';

export interface SummaryLine {
  questionId: Question['id'];
  label: string;
  /** The answer in one line, or "TBD" when the scope skips the question. */
  text: string;
  tbd: boolean;
  /** Asked only in simplified form: the rest took recommended defaults. */
  simplified: boolean;
  /** Not asked: the existing document (hybrid pre-flight) covers it. */
  kept: boolean;
}

type Fmt = (q: Question, a: QuestionAnswers) => string;

const v = (q: Question, a: QuestionAnswers, id: string, short = true): string | undefined =>
  a[id] === undefined ? undefined : formatValue(findField(q, id), a[id] as FieldValue, { short });
const join = (...parts: (string | undefined | false)[]): string => parts.filter(Boolean).join(' · ');
const yes = (a: QuestionAnswers, id: string): boolean => a[id] === 'yes';
/** Free text typed by the user (or read from an answers file), as the terminal may show it: one line, no escape sequences, cut at TERMINAL_TEXT_MAX characters. */
const t = (value: unknown): string => terminalText(String(value));
/** The longest summary line shown (a table of many rows would otherwise fill the screen). */
const LINE_MAX = 400;

/** 7.4.1's rollback criteria with the answered numbers in place of the catalogue's X and Y ("error rate > 5%"). */
function rollbackCriteria(a: QuestionAnswers): string {
  const criteria = Array.isArray(a.rollbackCriteria) ? (a.rollbackCriteria as string[]) : [];
  const text: Record<string, string> = {
    'error-rate': `error rate > ${a.rollbackErrorRate}%`,
    latency: `p95 latency > ${a.rollbackLatency} ms`,
    manual: 'manual decision',
  };
  return criteria.map((c) => text[c] ?? c).join(', ');
}

const FORMATTERS: Record<Question['id'], Fmt> = {
  '7.1': (q, a) => {
    const platform = v(q, a, 'cloudProvider') ?? v(q, a, 'paasProvider') ?? v(q, a, 'onPremType') ?? v(q, a, 'orchestrator');
    const host = v(q, a, 'kubernetesHost');
    const why = a.why ? `why: ${t(a.why)}` : undefined;
    return join(`${v(q, a, 'choice')}${platform ? `: ${platform}${host ? ` (${host})` : ''}` : ''}`, why);
  },
  '7.2': (q, a) =>
    yes(a, 'docker')
      ? join('Docker: yes', `base ${t(a.baseImage)}`, `~${v(q, a, 'imageSize')}`, `compose: ${v(q, a, 'composeServices')}`)
      : 'Docker: no, deploy directly',
  '7.3': (q, a) => join(v(q, a, 'count'), `config: ${v(q, a, 'config')}`, v(q, a, 'secretsService'), v(q, a, 'featureFlagTool')),
  '7.4': (q, a) => {
    const stages = a.stages as string[];
    return join(v(q, a, 'platform'), `${stages.length} stages (${v(q, a, 'stages')})`, v(q, a, 'autoDeploy'));
  },
  '7.4.1': (q, a) =>
    join(
      v(q, a, 'strategy'),
      a.strategy === 'canary' && `canary ${a.canaryInitial}% +${a.canaryStep}% every ${a.canaryInterval} min`,
      a.strategy === 'blue-green' && `switch via ${v(q, a, 'trafficSwitching')}`,
      `rollback ≤ ${a.rollbackMinutes} min by ${v(q, a, 'rollbackWho')}`,
      `when ${rollbackCriteria(a)}`,
    ),
  '7.5': (q, a) => join(`APM: ${v(q, a, 'apm')}`, `logs: ${v(q, a, 'logging')}`, v(q, a, 'logDestination'), `metrics: ${v(q, a, 'metrics')}`),
  '7.6': (q, a) =>
    join(
      `${(a.conditions as string[]).length} alert rules`,
      a.errorRateThreshold !== undefined && `errors > ${a.errorRateThreshold}%`,
      a.responseTimeThreshold !== undefined && `latency > ${a.responseTimeThreshold} ms`,
      `channels: ${v(q, a, 'channels')}`,
      yes(a, 'onCall') ? `on-call via ${v(q, a, 'onCallTool')}` : 'no on-call, business hours',
    ),
  '7.7': (q, a) =>
    join(v(q, a, 'strategy'), `retention ${v(q, a, 'retentionDays')}`, `RTO ${v(q, a, 'rtoMinutes')}`, `RPO ${v(q, a, 'rpoMinutes')}`),
  '7.7.1': (q, a) =>
    yes(a, 'zeroDowntime')
      ? join(`zero-downtime: ${v(q, a, 'strategy')}`, `rollback: ${t(a.rollbackPlan)}`, `tested: ${v(q, a, 'testing')}`)
      : join('maintenance windows', t(a.windowTime), v(q, a, 'windowDuration'), `notice: ${t(a.windowNotification)}`),
  '7.7.2': (q, a) =>
    join(
      v(q, a, 'tool'),
      `min ${a.min}/max ${a.max}`,
      `timeouts: connect ${withUnit(Number(a.connectionTimeout), 'ms')}, idle ${withUnit(Number(a.idleTimeout), 'ms')}, lifetime ${withUnit(Number(a.maxLifetime), 'ms')}`,
      `monitoring: ${a.trackConnections ? 'tracked' : 'not tracked'}, ${a.alertExhaustion ? 'alert on exhaustion' : 'no exhaustion alert'}`,
    ),
  '7.8': (q, a) =>
    join(
      v(q, a, 'strategy'),
      a.minInstances !== undefined && `${a.minInstances}${a.maxInstances !== undefined ? `–${a.maxInstances}` : '+'} instances`,
      `load ${a.initialLoad} → ${a.year1Load} req/min, peak ${v(q, a, 'peakMultiplier')}`,
      `DB: ${v(q, a, 'database')}`,
    ),
  '7.9': (q, a) => {
    const paths: Record<string, string> = { health: '/health', ready: '/health/ready', live: '/health/live' };
    return join((a.endpoints as string[]).map((e) => paths[e] ?? e).join(', '), a.checks !== undefined && `checks: ${v(q, a, 'checks')}`);
  },
  '7.9.1': (q, a) =>
    yes(a, 'enabled')
      ? join('yes', `stop ${a.stopAccepting}s → finish ${a.finishRequests}s → close DB ${a.closeDatabase}s`, `total ${a.totalTimeout}s`, v(q, a, 'signals'))
      : 'no, standard shutdown',
  '7.9.2': (q, a) =>
    yes(a, 'enabled')
      ? join(
          `yes, ${v(q, a, 'tool')}`,
          `open at ${a.failureThreshold}% failures, close at ${a.successThreshold}%`,
          `timeout ${a.timeout} ms, reset ${a.resetTimeout}s`,
          `fallback: ${v(q, a, 'fallback')}`,
          `protects ${(a.services as Row[]).map((r) => t(r.service)).join(', ') || 'no services yet'}`,
        )
      : 'no, direct service calls',
  '7.9.3': (q, a) =>
    join(
      `${(a.policies as Row[]).length} dependency policies`,
      `defaults: ${a.defaultTimeout} ms, ${a.defaultRetries} retries, ${v(q, a, 'defaultBackoff')} backoff`,
      `never retry: ${v(q, a, 'nonRetryable')}${a.extraNonRetryable ? `, ${t(a.extraNonRetryable)}` : ''}`,
    ),
  '7.9.4': (q, a) =>
    join(
      `${v(q, a, 'format')}, ${v(q, a, 'aggregation')}`,
      `levels: ${(a.levels as Row[]).map((r) => `${t(r.environment)} ${r.level}`).join(', ')}`,
      `${(a.masking as Row[]).length} masking rules`,
    ),
  '7.10': (q, a) => join(v(q, a, 'create', false), a.artifacts !== undefined && v(q, a, 'artifacts'), `API docs: ${v(q, a, 'apiStrategy')}`),
};

/** The phase summary: one line per question in the seed's order (plus 7.9.3 and 7.9.4), TBD where the scope skips. */
export function summaryLines(cat: Catalogue, scope: Scope, answers: Answers): SummaryLine[] {
  const effective = effectiveAnswers(cat, scope, answers);
  return cat.questions.map((q) => {
    const mode = modeOf(scope, q);
    const base = { questionId: q.id, label: q.summaryLabel, simplified: mode === 'simplified', kept: mode === 'kept' };
    if (mode === 'skipped') return { ...base, text: 'TBD', tbd: true };
    if (mode === 'kept') return { ...base, text: terminalText(`kept in ${q.keptIn} (not asked: covered by the existing document)`, LINE_MAX), tbd: false };
    return { ...base, text: terminalText(FORMATTERS[q.id](q, effective[q.id] ?? {}), LINE_MAX), tbd: false };
  });
}

/** One field of a question as the summary lists it when its line is opened to change one answer. */
export interface SummaryField {
  fieldId: string;
  /** "Who can trigger rollback? DevOps", "Base image: node:20-alpine" */
  text: string;
}

/** The fields of question `id` this run asks, each with its answer in one line (labels for options, units for numbers). */
export function summaryFields(cat: Catalogue, scope: Scope, answers: Answers, id: Question['id']): SummaryField[] {
  const q = findQuestion(cat, id);
  const effective = effectiveAnswers(cat, scope, answers)[id] ?? {};
  return askedFields(cat, scope, q, answers).map((f) => {
    const value = formatValue(f, effective[f.id] as FieldValue | undefined, { short: true });
    return { fieldId: f.id, text: terminalText(`${f.label}${/[?:]$/.test(f.label) ? '' : ':'} ${value}`, LINE_MAX) };
  });
}

export const SIMPLIFIED_NOTE = '[simplified]: only the main choice was asked for this scope; the details take the recommended defaults.';

/** The summary as text, in the seed's layout. */
export function summaryText(cat: Catalogue, scope: Scope, answers: Answers): string {
  const all = summaryLines(cat, scope, answers);
  const lines = all.map((l) => `${l.label}: ${l.text}${l.simplified ? ' [simplified]' : ''} (${l.questionId})`);
  const note = all.some((l) => l.simplified) ? ['', SIMPLIFIED_NOTE] : [];
  return ['📋 PHASE 7 SUMMARY:', '', ...lines, ...note].join('\n');
}
