import type { Snippet } from './types.js';

export interface BreakerInput { tool: string; failure: number; success: number; timeout: number; halfOpen: number; reset: number }

export function breakerCode(x: BreakerInput): Snippet {
  switch (x.tool) {
    case 'opossum':
      return { language: 'javascript', code: [
        "import CircuitBreaker from 'opossum';",
        '',
        'const breaker = new CircuitBreaker(callDependency, {',
        `  timeout: ${x.timeout}, // CIRCUIT_BREAKER_TIMEOUT_MS`,
        `  errorThresholdPercentage: ${x.failure}, // CIRCUIT_BREAKER_FAILURE_THRESHOLD`,
        `  resetTimeout: ${x.reset * 1000}, // CIRCUIT_BREAKER_RESET_TIMEOUT_SECONDS in ms`,
        '});',
        'breaker.fallback(fallback); // the fallback strategy of the service',
        '// opossum closes the circuit after one successful trial call; it has no success threshold or trial count',
      ].join('\n') };
    case 'resilience4j':
      return { language: 'java', code: [
        'CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()',
        `    .failureRateThreshold(${x.failure})`,
        `    .waitDurationInOpenState(Duration.ofSeconds(${x.reset}))`,
        `    .permittedNumberOfCallsInHalfOpenState(${x.halfOpen})`,
        '    .build();',
        'TimeLimiterConfig limiter = TimeLimiterConfig.custom()',
        `    .timeoutDuration(Duration.ofMillis(${x.timeout}))`,
        '    .build();',
        `// Resilience4j closes the circuit when the half-open calls fail less than ${x.failure}%; the ${x.success}% success threshold is met when ${Math.ceil((x.success / 100) * x.halfOpen)} of ${x.halfOpen} trial calls succeed`,
      ].join('\n') };
    case 'hystrix':
      return { language: 'properties', code: [
        '# Hystrix is in maintenance mode: prefer Resilience4j for new code',
        `hystrix.command.default.circuitBreaker.errorThresholdPercentage=${x.failure}`,
        `hystrix.command.default.circuitBreaker.sleepWindowInMilliseconds=${x.reset * 1000}`,
        `hystrix.command.default.execution.isolation.thread.timeoutInMilliseconds=${x.timeout}`,
      ].join('\n') };
    case 'polly':
      return { language: 'csharp', code: [
        'var pipeline = new ResiliencePipelineBuilder()',
        '    .AddCircuitBreaker(new CircuitBreakerStrategyOptions',
        '    {',
        `        FailureRatio = ${x.failure / 100},`,
        `        BreakDuration = TimeSpan.FromSeconds(${x.reset}),`,
        '    })',
        `    .AddTimeout(TimeSpan.FromMilliseconds(${x.timeout}))`,
        '    .Build();',
      ].join('\n') };
    case 'pybreaker':
      return { language: 'python', code: [
        'import pybreaker',
        '',
        `# pybreaker opens after fail_max consecutive failures (not a percentage): pick fail_max to match ${x.failure}%`,
        `breaker = pybreaker.CircuitBreaker(fail_max=5, reset_timeout=${x.reset})`,
      ].join('\n') };
    case 'cockatiel':
      return { language: 'javascript', code: [
        "import { circuitBreaker, handleAll, SamplingBreaker, timeout, TimeoutStrategy, wrap } from 'cockatiel';",
        '',
        'const breaker = circuitBreaker(handleAll, {',
        `  halfOpenAfter: ${x.reset * 1000}, // CIRCUIT_BREAKER_RESET_TIMEOUT_SECONDS in ms`,
        `  breaker: new SamplingBreaker({ threshold: ${x.failure / 100}, duration: 30_000, minimumRps: 5 }), // CIRCUIT_BREAKER_FAILURE_THRESHOLD`,
        '});',
        `const policy = wrap(timeout(${x.timeout}, TimeoutStrategy.Aggressive), breaker); // CIRCUIT_BREAKER_TIMEOUT_MS`,
        'const result = await policy.execute(({ signal }) => callDependency({ signal }));',
      ].join('\n') };
    case 'gobreaker':
      return { language: 'go', code: [
        'cb := gobreaker.NewCircuitBreaker(gobreaker.Settings{',
        '\tName:        "dependency",',
        `\tMaxRequests: ${x.halfOpen}, // trial calls while half-open`,
        `\tTimeout:     ${x.reset} * time.Second, // open state duration`,
        '\tReadyToTrip: func(c gobreaker.Counts) bool {',
        `\t\treturn c.Requests >= 10 && float64(c.TotalFailures)/float64(c.Requests) >= ${x.failure / 100}`,
        '\t},',
        '})',
        `ctx, cancel := context.WithTimeout(ctx, ${x.timeout}*time.Millisecond)`,
        'defer cancel()',
        'result, err := cb.Execute(func() (any, error) { return callDependency(ctx) })',
      ].join('\n') };
    case 'stoplight':
      return { language: 'ruby', code: [
        '# stoplight counts consecutive failures (not a percentage): pick the threshold to match ' + `${x.failure}%`,
        'light = Stoplight("dependency")',
        '  .with_threshold(5)',
        `  .with_cool_off_time(${x.reset})`,
        'result = light.run { Timeout.timeout(' + `${x.timeout / 1000}` + ') { call_dependency } }',
      ].join('\n') };
    case 'ganesha':
      return { language: 'php', code: [
        '<?php',
        '// ackintosh/ganesha, rate strategy; storage in Redis so every php-fpm worker shares the state',
        '$ganesha = Ackintosh\\Ganesha\\Builder::withRateStrategy()',
        '    ->adapter(new Ackintosh\\Ganesha\\Storage\\Adapter\\Redis($redis))',
        `    ->failureRateThreshold(${x.failure})`,
        '    ->intervalToHalfOpen(' + `${x.reset}` + ')',
        '    ->minimumRequests(10)',
        '    ->timeWindow(30)',
        '    ->build();',
        "if (!$ganesha->isAvailable('dependency')) { return fallback(); }",
      ].join('\n') };
    case 'failsafe-rs':
      return { language: 'rust', code: [
        '// failsafe: consecutive-failures policy with exponential backoff for the open state',
        'use failsafe::{backoff, failure_policy, Config};',
        'use std::time::Duration;',
        '',
        'fn breaker() -> impl failsafe::CircuitBreaker {',
        `    let backoff = backoff::exponential(Duration::from_secs(${x.reset}), Duration::from_secs(${x.reset * 4}));`,
        '    let policy = failure_policy::consecutive_failures(5, backoff);',
        '    Config::new().failure_policy(policy).build()',
        '}',
      ].join('\n') };
    default:
      return { language: 'text', code: `open when ${x.failure}% of calls fail or take longer than ${x.timeout} ms; stay open ${x.reset} s; then allow ${x.halfOpen} trial calls and close when ${x.success}% succeed` };
  }
}
