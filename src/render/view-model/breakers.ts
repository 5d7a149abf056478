import type { ServicesRow792 } from '../../catalogue/answer-types.generated.js';
import type { ViewModel } from '../types.js';
import { breakerCode } from './code/index.js';
import { untab } from './code/types.js';
import type { Ctx } from './context.js';
import { findField, findQuestion } from '../../engine/visibility.js';
import type { Decisions } from './decisions/index.js';
import { section } from './util.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';

/** The usual breaker library of a stack, for a sketch when 7.9.2's tool does not fit the project's language. */
const STACK_TOOL: Record<string, string> = {
  node: 'opossum', python: 'pybreaker', java: 'resilience4j', kotlin: 'resilience4j', go: 'gobreaker', ruby: 'stoplight', php: 'ganesha', dotnet: 'polly', rust: 'failsafe-rs',
};
/** The language each catalogue tool is for. */
const TOOL_LANGUAGE: Record<string, string[]> = {
  opossum: ['node'], cockatiel: ['node'], pybreaker: ['python'], resilience4j: ['java', 'kotlin'], hystrix: ['java', 'kotlin'], polly: ['dotnet'],
  gobreaker: ['go'], stoplight: ['ruby'], ganesha: ['php'], 'failsafe-rs': ['rust'],
};

const FALLBACK: Record<string, string> = {
  cached: 'Return cached data',
  'default-response': 'Return a default or empty response',
  'alternative-service': 'Call the alternative service',
  error: 'Return an error the caller can handle (fail fast)',
};

/** The keys of the section, declared once: the values without breakers are built from this list. */
const KEYS = {
  text: ['BREAKERS_DISABLED_TEXT', 'CIRCUIT_BREAKER_TOOL', 'DEFAULT_FALLBACK'],
  flags: ['CIRCUIT_BREAKERS', 'BREAKERS_DISABLED', 'HAS_BREAKER_WARNINGS', 'HAS_PROTECTED_SERVICES'],
  lists: ['BREAKER_SETTING', 'BREAKER_WARNING'],
  loops: {
    CIRCUIT_BREAKER: ['SERVICE_NAME', 'FAILURE_THRESHOLD', 'SUCCESS_THRESHOLD', 'TIMEOUT', 'HALF_OPEN_RETRIES', 'RESET_TIMEOUT', 'FALLBACK_STRATEGY', 'CIRCUIT_BREAKER_EXAMPLE'],
    SERVICE_TO_PROTECT: ['SERVICE_NAME', 'FAILURE_THRESHOLD', 'FALLBACK_STRATEGY'],
  },
  other: ['BREAKER_CODE', 'BREAKER_CODE_LANGUAGE', 'BREAKER_SKETCH_NOTE'],
} as const satisfies SectionKeys;

/** 7.9.2: breaker settings, the services protected and their fallbacks. */
export function breakerValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.9.2');
  if (!a || a.enabled !== 'yes') {
    const text = a ? 'No circuit breakers (7.9.2): calls go straight to each dependency, so a slow dependency can tie up every request.' : ctx.tbd('7.9.2');
    return {
      ...section(ctx, 'BREAKERS', '7.9.2'),
      ...notAnswered(KEYS, text, { BREAKER_CODE: '', BREAKER_CODE_LANGUAGE: 'text', BREAKER_SKETCH_NOTE: '' }),
      BREAKERS_DISABLED: a !== undefined,
      // turned off (not TBD): nothing to list
      ...(a ? { CIRCUIT_BREAKER: [], SERVICE_TO_PROTECT: [] } : {}),
    };
  }
  const x = { tool: a.tool, failure: a.failureThreshold, success: a.successThreshold, timeout: a.timeout, halfOpen: a.halfOpenRetries, reset: a.resetTimeout };
  // the sketch follows the chosen tool when it fits the language, else the stack's usual library (a default never picks the language)
  const stackTool = STACK_TOOL[f.stack.id];
  const fits = x.tool === 'custom' || (TOOL_LANGUAGE[x.tool] ?? []).includes(f.stack.id);
  const sketchTool = fits || !stackTool ? x.tool : stackTool;
  const code = breakerCode({ ...x, tool: sketchTool });
  const toolField = findField(findQuestion(ctx.cat, '7.9.2'), 'tool');
  const forStack = toolField.kind === 'single' ? toolField.options.find((o) => o.id === x.tool)?.note?.split(',')[0] : undefined;
  const chosenWord = ctx.given('7.9.2', 'tool') ? 'the chosen tool' : 'the recommended default';
  const sketchNote = sketchTool === x.tool
    ? 'Configuration sketch:'
    : `Sketch for ${ctx.label('7.9.2', 'tool', sketchTool)}, the usual breaker for ${f.stack.label}: ${chosenWord}, ${ctx.label('7.9.2', 'tool', x.tool)}, is ${forStack ? `for ${forStack}` : 'for another stack'}.`;
  const services = a.services;
  const retry = ctx.answers('7.9.3');
  const policies = retry && ctx.given('7.9.3', 'policies') && ctx.given('7.9.2', 'services') ? retry.policies : [];
  const warnings: string[] = [];
  for (const s of services) {
    const p = policies.find((r) => String(r.service).toLowerCase() === String(s.service).toLowerCase());
    if (p && Number(p.timeout) > x.timeout) {
      warnings.push(`${s.service}: its ${p.timeout} ms timeout (7.9.3) is longer than the breaker's ${x.timeout} ms call timeout, so slow but successful calls count as failures. Give this service its own breaker timeout.`);
    }
  }
  const item = (s: ServicesRow792) => ({
    SERVICE_NAME: String(s.service),
    FAILURE_THRESHOLD: String(s.threshold),
    SUCCESS_THRESHOLD: String(x.success),
    TIMEOUT: String(x.timeout),
    HALF_OPEN_RETRIES: String(x.halfOpen),
    RESET_TIMEOUT: String(x.reset),
    FALLBACK_STRATEGY: FALLBACK[String(s.fallback)] ?? String(s.fallback),
    CIRCUIT_BREAKER_EXAMPLE: untab(breakerCode({ ...x, tool: sketchTool, failure: Number(s.threshold) }).code),
  });
  return {
    ...section(ctx, 'BREAKERS', '7.9.2'),
    CIRCUIT_BREAKERS: true,
    BREAKERS_DISABLED: false,
    BREAKERS_DISABLED_TEXT: '',
    CIRCUIT_BREAKER_TOOL: ctx.label('7.9.2', 'tool', x.tool),
    BREAKER_SETTING: [
      { SETTING: 'Failure threshold', VALUE: `${x.failure}%`, MEANING: 'Open the circuit when this share of calls fails' },
      { SETTING: 'Success threshold', VALUE: `${x.success}%`, MEANING: 'Close it again when this share of trial calls succeeds' },
      { SETTING: 'Call timeout', VALUE: `${x.timeout} ms`, MEANING: 'A slower call counts as a failure' },
      { SETTING: 'Half-open trial calls', VALUE: String(x.halfOpen), MEANING: 'Calls let through to test the dependency' },
      { SETTING: 'Reset timeout', VALUE: `${x.reset} s`, MEANING: 'How long the circuit stays open before the trial calls' },
    ],
    DEFAULT_FALLBACK: FALLBACK[a.fallback] ?? a.fallback,
    CIRCUIT_BREAKER: services.map(item),
    SERVICE_TO_PROTECT: services.map((s) => ({ SERVICE_NAME: String(s.service), FAILURE_THRESHOLD: String(s.threshold), FALLBACK_STRATEGY: FALLBACK[String(s.fallback)] ?? String(s.fallback) })),
    HAS_PROTECTED_SERVICES: services.length > 0,
    BREAKER_CODE: untab(code.code),
    BREAKER_CODE_LANGUAGE: code.language,
    BREAKER_SKETCH_NOTE: sketchNote,
    HAS_BREAKER_WARNINGS: warnings.length > 0,
    BREAKER_WARNING: warnings.map((w) => ({ WARNING: w })),
  } satisfies SectionValues<typeof KEYS>;
}
