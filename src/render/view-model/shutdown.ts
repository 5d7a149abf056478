import { alsoItems, untab } from './code/types.js';
import type { ViewModel } from '../types.js';
import { shutdownCode } from './code/index.js';
import type { AnswersOf, Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';
import { section } from './util.js';

/** Seconds the platform's kill timeout must exceed the shutdown budget by (a recommended margin, applied on every platform). */
export const SHUTDOWN_MARGIN_SECONDS = 5;

/** The keys of the section, declared once: the values without a shutdown sequence are built from this list. */
const KEYS = {
  text: ['SHUTDOWN_DISABLED_TEXT', 'SHUTDOWN_TIMEOUT', 'SHUTDOWN_SIGNALS', 'SHUTDOWN_PLATFORM_CHECK', 'SHUTDOWN_SUM_TEXT'],
  flags: ['GRACEFUL_SHUTDOWN', 'SHUTDOWN_SERVERLESS', 'SHUTDOWN_DISABLED', 'HAS_SHUTDOWN_WARNINGS'],
  lists: ['SHUTDOWN_CODE_ALSO', 'SHUTDOWN_WARNING'],
  loops: { SHUTDOWN_STEP: ['STEP_NUMBER', 'STEP_DESCRIPTION', 'STEP_TIMEOUT', 'STEP_BY'] },
  other: ['GRACEFUL_SHUTDOWN_EXAMPLE', 'SHUTDOWN_CODE_LANGUAGE'],
} as const satisfies SectionKeys;

/** What stands in for the shutdown sequence when there is none: 7.9.1 unanswered or "no", or a serverless platform. */
export function noShutdownText(ctx: Ctx, f: Decisions, a: AnswersOf<'7.9.1'> | undefined): string {
  if (!a) return ctx.tbd('7.9.1');
  if (a.enabled !== 'yes') return 'No graceful shutdown (7.9.1): every deploy, restart and scale-in drops the requests in flight.';
  return `${f.platform.short} runs each request as a function invocation with a maximum duration; there is no long-running process that receives SIGTERM, so the 7.9.1 drain sequence applies only where the service runs as a server (local development, Docker). On ${f.platform.short}: finish each request's work within the invocation, hand longer work to a queue, and close database connections per invocation or use a pooler.`;
}

/** 7.9.1: the shutdown sequence with its timeouts, checked against the platform's kill timeout. */
export function shutdownValues(ctx: Ctx, f: Decisions): ViewModel {
  const a = ctx.answers('7.9.1');
  if (!a || a.enabled !== 'yes' || f.platform.serverless) {
    const text = noShutdownText(ctx, f, a);
    return {
      ...section(ctx, 'SHUTDOWN', '7.9.1'),
      ...notAnswered(KEYS, text, { GRACEFUL_SHUTDOWN_EXAMPLE: `// ${text}`, SHUTDOWN_CODE_LANGUAGE: 'text' }),
      SHUTDOWN_DISABLED: a !== undefined && a.enabled !== 'yes',
      SHUTDOWN_SERVERLESS: a?.enabled === 'yes',
    };
  }
  const x = {
    signals: (a.signals ?? []).map((s) => s.toUpperCase()), stop: a.stopAccepting, finish: a.finishRequests, db: a.closeDatabase,
    total: a.totalTimeout, grace: a.healthGrace, drain: a.drainTimeout,
    others: [f.redis && 'Redis', f.queue && 'RabbitMQ'].filter(Boolean).join(', '),
  };
  const others = x.others;
  // The steps run one after another; keep-alive connections are drained while the requests in flight
  // finish (server.close() and closing idle connections happen together), so that step takes the longer
  // of the two timeouts. Database and other connections close together.
  const finishing = Math.max(x.finish, x.drain);
  const timed = [
    { text: `${x.signals.join(' or ')} arrives: readiness starts answering 503, so no new traffic is routed here (health check grace)`, seconds: x.grace },
    { text: 'Stop accepting new requests (close the listening socket)', seconds: x.stop },
    { text: `Finish processing the requests in flight; idle keep-alive connections are closed meanwhile (drain timeout ${x.drain} s, within this step)`, seconds: finishing },
    { text: `Close database connections (the pool waits for open transactions) and other connections${others ? ` (${others})` : ' (caches, message queues)'}`, seconds: x.db },
  ];
  let at = 0;
  const seq = timed.map((t) => {
    at += t.seconds;
    return { text: t.text, timeout: String(t.seconds), by: String(at) };
  });
  const sum = at;
  seq.push({ text: `Exit with status 0; if the ${x.total} s budget runs out first, exit with status 1`, timeout: '0', by: String(Math.min(sum, x.total)) });
  const warnings: string[] = [];
  if (sum > x.total) warnings.push(`The step timeouts add up to ${sum} s, more than the ${x.total} s total budget: the last steps will be cut short. Lower a step timeout or raise the total to ${sum} s.`);
  const budget = Math.max(sum, x.total);
  const needed = budget + SHUTDOWN_MARGIN_SECONDS;
  const grace = f.platform.grace;
  const rule = `Rule: the platform's kill timeout must be at least the shutdown budget plus ${SHUTDOWN_MARGIN_SECONDS} s of margin (recommended: signal delivery and the load balancer's deregistration take time), here ${budget} + ${SHUTDOWN_MARGIN_SECONDS} = ${needed} s.`;
  let check: string;
  if (grace) {
    check = grace.setting
      ? `${grace.owner} sends SIGKILL ${grace.seconds} s after SIGTERM by default; ${grace.setting} changes it.`
      : `${grace.owner} sends SIGKILL ${grace.seconds} s after SIGTERM, and that cannot be changed.`;
    check += ` ${rule}`;
    if (grace.seconds < needed) {
      warnings.push(grace.setting
        ? `The ${budget} s shutdown budget plus the ${SHUTDOWN_MARGIN_SECONDS} s margin exceeds ${grace.owner}'s default ${grace.seconds} s: set ${grace.setting} to ${needed} s, or the process is killed mid-way.`
        : `The ${budget} s shutdown budget plus the ${SHUTDOWN_MARGIN_SECONDS} s margin exceeds ${grace.owner}'s fixed ${grace.seconds} s: lower the timeouts so shutdown finishes within ${Math.max(0, grace.seconds - SHUTDOWN_MARGIN_SECONDS)} s.`);
    } else check += ` ${grace.owner}'s ${grace.seconds} s leaves that margin: the budget fits.`;
  } else {
    check = `Check ${f.platform.short}'s kill timeout. ${rule}`;
  }
  const code = shutdownCode(f.stack, x);
  return {
    ...section(ctx, 'SHUTDOWN', '7.9.1'),
    GRACEFUL_SHUTDOWN: true,
    SHUTDOWN_SERVERLESS: false,
    SHUTDOWN_DISABLED: false,
    SHUTDOWN_DISABLED_TEXT: '',
    SHUTDOWN_STEP: seq.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: s.text, STEP_TIMEOUT: s.timeout, STEP_BY: s.by })),
    SHUTDOWN_TIMEOUT: String(x.total),
    SHUTDOWN_SIGNALS: x.signals.join(', '),
    SHUTDOWN_PLATFORM_CHECK: check,
    SHUTDOWN_SUM_TEXT: sum <= x.total ? `${timed.map((t) => t.seconds).join(' + ')} = ${sum} s, within the ${x.total} s total budget.` : `${timed.map((t) => t.seconds).join(' + ')} = ${sum} s, over the ${x.total} s total budget (see below).`,
    GRACEFUL_SHUTDOWN_EXAMPLE: untab(code.code),
    SHUTDOWN_CODE_LANGUAGE: code.language,
    SHUTDOWN_CODE_ALSO: alsoItems(code),
    HAS_SHUTDOWN_WARNINGS: warnings.length > 0,
    SHUTDOWN_WARNING: warnings.map((w) => ({ WARNING: w })),
  } satisfies SectionValues<typeof KEYS>;
}
