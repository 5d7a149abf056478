import type { PoliciesRow793 } from '../../catalogue/answer-types.generated.js';
import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import { cell, ms, section } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

const NON_RETRYABLE: Record<string, { code: string; reason: string }> = {
  '400': { code: '400', reason: 'Bad Request: the same request fails the same way again' },
  '401-403': { code: '401/403', reason: 'Unauthorized/Forbidden: retrying does not change the credentials' },
  '404': { code: '404', reason: 'Not Found: the resource is not there' },
  '409': { code: '409', reason: 'Conflict: needs a fresh read and a new decision, not a retry' },
  '422': { code: '422', reason: 'Unprocessable Entity: the input is invalid' },
};

/** Delays (ms) before each retry, from a backoff text such as "Exponential (1s,2s,4s)", "Fixed (2s)" or "None". */
export function backoffDelays(backoff: string, retries: number): number[] {
  const text = backoff.toLowerCase();
  if (retries <= 0 || text.startsWith('none')) return Array.from({ length: Math.max(0, retries) }, () => 0);
  const given = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s)\b/g)].map((m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1));
  if (text.startsWith('fixed')) return Array.from({ length: retries }, () => given[0] ?? 1000);
  const out = given.slice(0, retries);
  let next = out.length > 0 ? out[out.length - 1]! * 2 : 1000;
  while (out.length < retries) {
    out.push(next);
    next *= 2;
  }
  return out;
}

/** The errors every policy retries. */
export const RETRYABLE = 'Timeouts, connection errors, 429, 502, 503 and 504';

function worstCase(r: PoliciesRow793): number {
  const retries = Number(r.retries);
  return Number(r.timeout) * (retries + 1) + backoffDelays(String(r.backoff), retries).reduce((s, d) => s + d, 0);
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: ['DEFAULT_HTTP_TIMEOUT', 'DEFAULT_RETRIES', 'DEFAULT_BACKOFF'],
  flags: ['HAS_RETRY_WARNINGS'],
  lists: ['RETRY_WARNING'],
  loops: {
    TIMEOUT_POLICY: ['SERVICE_NAME', 'TIMEOUT', 'RETRIES', 'BACKOFF', 'NOTES', 'WORST_CASE'],
    NON_RETRYABLE_ERROR: ['ERROR_CODE', 'REASON'],
  },
} as const satisfies SectionKeys;

/** 7.9.3: the timeout/retry matrix, global defaults and errors that are never retried. */
export function retryValues(ctx: Ctx): ViewModel {
  const a = ctx.answers('7.9.3');
  if (!a) {
    return { ...section(ctx, 'RETRY', '7.9.3'), ...notAnswered(KEYS, ctx.tbd('7.9.3'), {}) };
  }
  const policies = a.policies;
  const nonRetryable = [
    ...a.nonRetryable.map((id) => NON_RETRYABLE[id] ?? { code: id, reason: 'Listed in 7.9.3' }),
    ...a.extraNonRetryable.split(',').map((s) => s.trim()).filter(Boolean).map((s) => ({ code: s, reason: 'Added in 7.9.3' })),
  ];
  const retryable = RETRYABLE;
  const warnings = (ctx.given('7.9.3', 'policies') ? policies : [])
    .filter((r) => /payment|charge|billing/i.test(String(r.service)) && Number(r.retries) > 0)
    .map((r) => `${r.service} is retried ${r.retries} times: send an idempotency key with every call, or a retry can charge twice.`);
  const backoff = a.defaultBackoff;
  return {
    ...section(ctx, 'RETRY', '7.9.3'),
    DEFAULT_HTTP_TIMEOUT: String(a.defaultTimeout),
    DEFAULT_RETRIES: String(a.defaultRetries),
    DEFAULT_BACKOFF: ctx.label('7.9.3', 'defaultBackoff', backoff),
    TIMEOUT_POLICY: policies.map((r) => ({
      SERVICE_NAME: cell(String(r.service)), TIMEOUT: String(r.timeout), RETRIES: String(r.retries), BACKOFF: cell(String(r.backoff)), NOTES: cell(String(r.notes ?? '')),
      WORST_CASE: ms(worstCase(r)),
    })),
    RETRYABLE_TEXT: retryable,
    NON_RETRYABLE_ERROR: nonRetryable.map((e) => ({ ERROR_CODE: e.code, REASON: e.reason })),
    HAS_RETRY_WARNINGS: warnings.length > 0,
    RETRY_WARNING: warnings.map((w) => ({ WARNING: w })),
  } satisfies SectionValues<typeof KEYS>;
}
