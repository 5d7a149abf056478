import type { ViewModel } from '../types.js';
import { maskingCode } from './code/index.js';
import { untab } from './code/types.js';
import type { Ctx } from './context.js';
import { findField, findQuestion } from '../../engine/visibility.js';
import type { Decisions } from './decisions/index.js';
import { cell, literal, section } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

const REQUEST_KEYS: Record<string, string> = { 'method-url': 'method, url', 'request-id': 'requestId', 'user-id': 'userId', ip: 'ip', duration: 'durationMs', body: 'body', query: 'query' };
const RESPONSE_KEYS: Record<string, string> = { status: 'status', duration: 'durationMs', body: 'responseBody' };

function fields(ctx: Ctx, field: 'requestFields' | 'responseFields', chosen: string[], keys: Record<string, string>) {
  const f = findField(findQuestion(ctx.cat, '7.9.4'), field);
  const options = f.kind === 'multi' ? f.options : [];
  return options.map((o) => ({ ENABLED: chosen.includes(o.id), FIELD_NAME: keys[o.id] ?? o.id, DESCRIPTION: o.label, MARK: chosen.includes(o.id) ? 'Logged' : 'Not logged' }));
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = {
  text: ['LOG_FORMAT_CHOICE', 'LOG_AGGREGATION'],
  flags: ['HAS_REQUEST_LOGGING_WARNINGS'],
  lists: ['REQUEST_LOGGING_WARNING'],
  loops: { LOGGING_STRATEGY: ['ENVIRONMENT', 'LEVEL', 'BODY_LOGGING', 'PERFORMANCE_LOGGING'], MASKING_RULE: ['PATTERN', 'STRATEGY'] },
  other: ['REQUEST_LOG_FIELD', 'RESPONSE_LOG_FIELD', 'MASKING_EXAMPLE', 'MASKING_CODE_LANGUAGE'],
} as const satisfies SectionKeys;

/** 7.9.4: log levels per environment, logged fields, masking rules, format and aggregation. */
export function requestLoggingValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.9.4');
  if (!a) {
    const tbd = ctx.tbd('7.9.4');
    const field = { ENABLED: false, FIELD_NAME: 'TBD', DESCRIPTION: tbd, MARK: tbd };
    return {
      ...section(ctx, 'REQUEST_LOGGING', '7.9.4'),
      ...notAnswered(KEYS, tbd, { REQUEST_LOG_FIELD: [field], RESPONSE_LOG_FIELD: [{ ...field }], MASKING_EXAMPLE: `// ${tbd}`, MASKING_CODE_LANGUAGE: 'text' }),
    };
  }
  const levels = a.levels;
  const req = a.requestFields;
  const res = a.responseFields;
  const masking = a.masking;
  const code = maskingCode(f.stack, masking);
  // only what the user chose raises a review point, not the recommended defaults of a simplified question
  const chosenLevels = ctx.given('7.9.4', 'levels') ? levels : [];
  const chosenReq = ctx.given('7.9.4', 'requestFields') ? req : [];
  const chosenRes = ctx.given('7.9.4', 'responseFields') ? res : [];
  const warnings = [
    ...chosenLevels.filter((l) => /prod/i.test(String(l.environment)) && String(l.body) === 'Full').map(() => 'Production logs full bodies: they will contain personal data and secrets the masking rules do not know about. Use Minimal or Truncated.'),
    ...(chosenReq.includes('ip') ? ['IP addresses are personal data in many jurisdictions: hash or truncate them, and keep them no longer than needed.'] : []),
    ...(chosenReq.includes('body') || chosenRes.includes('body') ? ['Bodies are logged: apply the masking rules to them too, and cap their size.'] : []),
    ...(a.aggregation === 'console-only' ? ['Console-only logs are lost when an instance is replaced: fine in development, not enough for production incidents.'] : []),
  ];
  return {
    ...section(ctx, 'REQUEST_LOGGING', '7.9.4'),
    LOGGING_STRATEGY: levels.map((l) => ({ ENVIRONMENT: cell(String(l.environment)), LEVEL: String(l.level), BODY_LOGGING: String(l.body), PERFORMANCE_LOGGING: String(l.performance) })),
    REQUEST_LOG_FIELD: fields(ctx, 'requestFields', req, REQUEST_KEYS),
    RESPONSE_LOG_FIELD: fields(ctx, 'responseFields', res, RESPONSE_KEYS),
    MASKING_RULE: masking.map((m) => ({ PATTERN: cell(String(m.pattern)), STRATEGY: literal(String(m.strategy)) })),
    MASKING_EXAMPLE: untab(code.code),
    MASKING_CODE_LANGUAGE: code.language,
    LOG_FORMAT_CHOICE: ctx.label('7.9.4', 'format', a.format),
    LOG_AGGREGATION: ctx.label('7.9.4', 'aggregation', a.aggregation),
    HAS_REQUEST_LOGGING_WARNINGS: warnings.length > 0,
    REQUEST_LOGGING_WARNING: warnings.map((w) => ({ WARNING: w })),
  } satisfies SectionValues<typeof KEYS>;
}
