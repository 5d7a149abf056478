import type { LevelsRow794 } from '../../../catalogue/answer-types.generated.js';
import type { Ctx, NumberFieldOf } from '../context.js';
import type { EnvId, Decisions } from '../decisions/index.js';
import { toEnvName, type Add } from './types.js';

function perEnvFromLevels(levels: LevelsRow794[], column: 'level' | 'body', envs: Decisions['envs'], map: (v: string) => string = (v) => v): Partial<Record<EnvId, string>> {
  const out: Partial<Record<EnvId, string>> = {};
  for (const env of envs) {
    const row = levels.find((r) => String(r.environment).trim().toLowerCase() === env.name.toLowerCase())
      ?? levels.find((r) => String(r.environment).trim().toLowerCase().startsWith(env.name.slice(0, 3).toLowerCase()));
    if (row && row[column] !== undefined) out[env.id] = map(String(row[column]));
  }
  return out;
}

export function logging(ctx: Ctx, f: Decisions, add: Add): void {
  const a = ctx.answers('7.9.4');
  const levels = a ? a.levels : [];
  add({
    name: 'LOG_LEVEL', group: 'Logging', source: a ? '7.9.4' : 'convention', type: 'enum', required: 'no', secret: false,
    description: a ? 'Minimum level written (per environment from 7.9.4)' : 'Minimum level written (recommended default `info`; 7.9.4 sets it per environment)',
    example: 'info', value: perEnvFromLevels(levels, 'level', f.envs).development ?? 'info', default: 'info', validation: 'debug, info, warn or error',
    ...(a ? { perEnv: perEnvFromLevels(levels, 'level', f.envs) } : {}),
  });
  if (!a) return;
  const format = a.format;
  if (format !== 'framework-default') {
    const value = format === 'structured-json' ? 'json' : 'text';
    add({ name: 'LOG_FORMAT', group: 'Logging', source: '7.9.4', type: 'enum', required: 'no', secret: false, description: 'Log line format', example: value, value, default: value, validation: 'json or text' });
  }
  add({
    name: 'LOG_BODY', group: 'Logging', source: '7.9.4', type: 'enum', required: 'no', secret: false,
    description: 'How much of request and response bodies is logged (after masking)', example: 'minimal',
    value: perEnvFromLevels(levels, 'body', f.envs, (v) => v.toLowerCase()).development ?? 'minimal', default: 'minimal', validation: 'full, truncated, minimal or none',
    perEnv: perEnvFromLevels(levels, 'body', f.envs, (v) => v.toLowerCase()),
  });
}

export function resilience(ctx: Ctx, add: Add): void {
  const cb = ctx.answers('7.9.2');
  if (cb && cb.enabled === 'yes') {
    const c = (name: string, field: NumberFieldOf<'7.9.2'>, what: string, validation: string) =>
      add({ name, group: 'Resilience', source: '7.9.2', type: 'integer', required: 'no', secret: false, description: what, example: String(cb[field]), value: String(cb[field]), default: String(cb[field]), validation });
    c('CIRCUIT_BREAKER_FAILURE_THRESHOLD', 'failureThreshold', 'Failure percentage that opens a circuit', 'Integer 1–100 (%)');
    c('CIRCUIT_BREAKER_SUCCESS_THRESHOLD', 'successThreshold', 'Success percentage of trial calls that closes it again', 'Integer 1–100 (%)');
    c('CIRCUIT_BREAKER_TIMEOUT_MS', 'timeout', 'A call slower than this counts as a failure', 'Integer ≥ 10 (ms)');
    c('CIRCUIT_BREAKER_HALF_OPEN_CALLS', 'halfOpenRetries', 'Trial calls allowed while half-open', 'Integer ≥ 1');
    c('CIRCUIT_BREAKER_RESET_TIMEOUT_SECONDS', 'resetTimeout', 'How long a circuit stays open before trial calls', 'Integer ≥ 1 (s)');
  }
  const retry = ctx.answers('7.9.3');
  if (!retry) return;
  add({ name: 'HTTP_TIMEOUT_MS', group: 'Resilience', source: '7.9.3', type: 'integer', required: 'no', secret: false, description: 'Timeout of outgoing calls to dependencies without a timeout variable of their own', example: String(retry.defaultTimeout), value: String(retry.defaultTimeout), default: String(retry.defaultTimeout), validation: 'Integer ≥ 100 (ms)' });
  add({ name: 'HTTP_RETRIES', group: 'Resilience', source: '7.9.3', type: 'integer', required: 'no', secret: false, description: 'Retries of outgoing calls to dependencies without a retries variable of their own', example: String(retry.defaultRetries), value: String(retry.defaultRetries), default: String(retry.defaultRetries), validation: 'Integer 0–20' });
  add({ name: 'HTTP_BACKOFF', group: 'Resilience', source: '7.9.3', type: 'enum', required: 'no', secret: false, description: 'Backoff between those retries (none, fixed or exponential)', example: retry.defaultBackoff, value: retry.defaultBackoff, default: retry.defaultBackoff, validation: 'none, fixed or exponential' });
  for (const row of ctx.given('7.9.3', 'policies') ? retry.policies : []) {
    const base = toEnvName(String(row.service));
    add({ name: `${base}_TIMEOUT_MS`, group: 'Resilience', source: '7.9.3', type: 'integer', required: 'no', secret: false, description: `Timeout for ${row.service}`, example: String(row.timeout), value: String(row.timeout), default: String(row.timeout), validation: 'Integer ≥ 1 (ms)' });
    add({ name: `${base}_RETRIES`, group: 'Resilience', source: '7.9.3', type: 'integer', required: 'no', secret: false, description: `Retries for ${row.service}; backoff: ${row.backoff}`, example: String(row.retries), value: String(row.retries), default: String(row.retries), validation: 'Integer 0–20' });
  }
}

/** Every environment variable the answers imply, in document order, without duplicates. */
