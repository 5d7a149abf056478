import { alsoItems, untab } from './code/types.js';
import type { ViewModel } from '../types.js';
import { shutdownCode } from './code/index.js';
import type { Ctx } from './context.js';
import { list, num, str } from './context.js';
import type { Facts } from './facts.js';
import { section, tbdItem } from './util.js';

/** 7.9.1: the shutdown sequence with its timeouts, checked against the platform's kill timeout. */
export function shutdownValues(ctx: Ctx, f: Facts): ViewModel {
  const a = ctx.a('7.9.1');
  if (!a || str(a, 'enabled') !== 'yes') {
    const text = a ? 'No graceful shutdown (7.9.1): every deploy, restart and scale-in drops the requests in flight.' : ctx.tbd('7.9.1');
    return {
      ...section(ctx, 'SHUTDOWN', '7.9.1'),
      GRACEFUL_SHUTDOWN: false, SHUTDOWN_DISABLED: a !== undefined, SHUTDOWN_DISABLED_TEXT: text,
      SHUTDOWN_STEP: [tbdItem(['STEP_NUMBER', 'STEP_DESCRIPTION', 'STEP_TIMEOUT'], text)], GRACEFUL_SHUTDOWN_EXAMPLE: `// ${text}`, SHUTDOWN_CODE_LANGUAGE: 'text', SHUTDOWN_CODE_ALSO: [],
      SHUTDOWN_TIMEOUT: text, HEALTH_CHECK_GRACE_PERIOD: text, CONNECTION_DRAIN_TIMEOUT: text, SHUTDOWN_SIGNALS: text, SHUTDOWN_PLATFORM_CHECK: text,
      HAS_SHUTDOWN_WARNINGS: false, SHUTDOWN_WARNING: [],
    };
  }
  const x = {
    signals: list(a, 'signals').map((s) => s.toUpperCase()), stop: num(a, 'stopAccepting'), finish: num(a, 'finishRequests'), db: num(a, 'closeDatabase'),
    total: num(a, 'totalTimeout'), grace: num(a, 'healthGrace'), drain: num(a, 'drainTimeout'),
    others: [f.redis && 'Redis', f.queue && 'RabbitMQ'].filter(Boolean).join(', '),
  };
  const others = x.others;
  const seq = [
    { text: `${x.signals.join(' or ')} arrives: readiness starts answering 503, so no new traffic is routed here`, timeout: String(x.grace) },
    { text: 'Stop accepting new requests (close the listening socket)', timeout: String(x.stop) },
    { text: 'Finish processing the requests in flight', timeout: String(x.finish) },
    { text: 'Close idle keep-alive connections', timeout: String(x.drain) },
    { text: 'Close database connections (the pool waits for open transactions)', timeout: String(x.db) },
    { text: `Close other connections${others ? ` (${others})` : ' (caches, message queues)'}`, timeout: 'rest of the budget' },
    { text: `Exit with status 0; if the ${x.total} s budget runs out first, exit with status 1`, timeout: '0' },
  ];
  const sum = x.grace + x.stop + x.finish + x.db;
  const warnings: string[] = [];
  if (sum > x.total) warnings.push(`The step timeouts add up to ${sum} s, more than the ${x.total} s total: the last steps will be cut short.`);
  const grace = f.platform.grace;
  let check: string;
  if (grace) {
    check = grace.setting
      ? `${grace.owner} sends SIGKILL ${grace.seconds} s after SIGTERM by default; ${grace.setting} changes it.`
      : `${grace.owner} sends SIGKILL ${grace.seconds} s after SIGTERM, and that cannot be changed.`;
    if (x.total > grace.seconds) {
      warnings.push(grace.setting
        ? `The ${x.total} s shutdown budget exceeds ${grace.owner}'s default ${grace.seconds} s: set ${grace.setting} to at least ${x.total + 5} s, or the process is killed mid-way.`
        : `The ${x.total} s shutdown budget exceeds ${grace.owner}'s fixed ${grace.seconds} s: lower the timeouts so shutdown finishes within ${grace.seconds} s.`);
    } else check += ` The ${x.total} s budget fits.`;
  } else {
    check = `Check ${f.platform.short}'s kill timeout: it must be longer than the ${x.total} s budget.`;
  }
  const code = shutdownCode(f.stack, x);
  return {
    ...section(ctx, 'SHUTDOWN', '7.9.1'),
    GRACEFUL_SHUTDOWN: true,
    SHUTDOWN_DISABLED: false,
    SHUTDOWN_DISABLED_TEXT: '',
    SHUTDOWN_STEP: seq.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: s.text, STEP_TIMEOUT: s.timeout })),
    SHUTDOWN_TIMEOUT: String(x.total),
    HEALTH_CHECK_GRACE_PERIOD: String(x.grace),
    CONNECTION_DRAIN_TIMEOUT: String(x.drain),
    SHUTDOWN_SIGNALS: x.signals.join(', '),
    SHUTDOWN_PLATFORM_CHECK: check,
    GRACEFUL_SHUTDOWN_EXAMPLE: untab(code.code),
    SHUTDOWN_CODE_LANGUAGE: code.language,
    SHUTDOWN_CODE_ALSO: alsoItems(code),
    HAS_SHUTDOWN_WARNINGS: warnings.length > 0,
    SHUTDOWN_WARNING: warnings.map((w) => ({ WARNING: w })),
  };
}
