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
    default:
      return { language: 'text', code: `open when ${x.failure}% of calls fail or take longer than ${x.timeout} ms; stay open ${x.reset} s; then allow ${x.halfOpen} trial calls and close when ${x.success}% succeed` };
  }
}
