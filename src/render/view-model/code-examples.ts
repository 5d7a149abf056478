import type { Row } from '../../catalogue/schema.js';
import type { Stack } from './stack.js';

/** A code sketch and the fence language it is written in. */
export interface Snippet { code: string; language: string }

export interface HealthInput { live?: string; ready?: string; basic?: string; checks: string[] }

export function healthCode(s: Stack, h: HealthInput): Snippet {
  const ready = h.ready ?? h.basic ?? '/health';
  const live = h.live ?? h.basic ?? '/health';
  switch (s.id) {
    case 'node':
      return { language: 'javascript', code: [
        '// Express shown; `checks` maps each readiness check to a function that throws when it fails',
        `app.get('${live}', (req, res) => res.json({ status: 'healthy' }));`,
        `app.get('${ready}', async (req, res) => {`,
        '  const results = {};',
        '  for (const [name, check] of Object.entries(checks)) {',
        "    results[name] = await check().then(() => 'ok', () => 'error');",
        '  }',
        "  const healthy = !shuttingDown && Object.values(results).every((r) => r === 'ok');",
        "  res.status(healthy ? 200 : 503).json({ status: healthy ? 'healthy' : 'unhealthy', timestamp: new Date().toISOString(), checks: results, version: process.env.APP_VERSION });",
        '});',
      ].join('\n') };
    case 'python':
      return { language: 'python', code: [
        '# FastAPI shown; CHECKS maps each readiness check to an async function that raises when it fails',
        `@app.get("${live}")`,
        'async def live():',
        '    return {"status": "healthy"}',
        '',
        '',
        `@app.get("${ready}")`,
        'async def ready(response: Response):',
        '    results = {}',
        '    for name, check in CHECKS.items():',
        '        try:',
        '            await check()',
        '            results[name] = "ok"',
        '        except Exception:',
        '            results[name] = "error"',
        '    healthy = not shutting_down and all(r == "ok" for r in results.values())',
        '    response.status_code = 200 if healthy else 503',
        '    return {"status": "healthy" if healthy else "unhealthy", "checks": results}',
      ].join('\n') };
    case 'java':
      return { language: 'properties', code: [
        '# Spring Boot Actuator shown: liveness and readiness groups',
        'management.endpoint.health.probes.enabled=true',
        'management.endpoint.health.show-components=always',
        `# liveness: /actuator/health/liveness, readiness: /actuator/health/readiness (map them to ${live} and ${ready}, or use these paths)`,
        `management.endpoint.health.group.readiness.include=readinessState${h.checks.includes('database') ? ',db' : ''}${h.checks.includes('redis') ? ',redis' : ''}${h.checks.includes('disk-space') ? ',diskSpace' : ''}`,
      ].join('\n') };
    case 'go':
      return { language: 'go', code: [
        `http.HandleFunc("${live}", func(w http.ResponseWriter, r *http.Request) {`,
        '\tw.Write([]byte(`{"status":"healthy"}`))',
        '})',
        `http.HandleFunc("${ready}", func(w http.ResponseWriter, r *http.Request) {`,
        '\tresults, healthy := runChecks(r.Context()) // map[string]string of "ok" or "error"',
        '\tif !healthy || shuttingDown.Load() {',
        '\t\tw.WriteHeader(http.StatusServiceUnavailable)',
        '\t}',
        '\tjson.NewEncoder(w).Encode(map[string]any{"status": map[bool]string{true: "healthy", false: "unhealthy"}[healthy], "checks": results})',
        '})',
      ].join('\n') };
    default:
      return { language: 'text', code: `GET ${live}  -> 200 while the process runs\nGET ${ready} -> 200 when every check passes (${h.checks.join(', ') || 'no checks'}), else 503` };
  }
}

export interface ShutdownInput { signals: string[]; stop: number; finish: number; db: number; total: number; grace: number; drain: number; /** Other connections to close ("Redis, RabbitMQ"). */ others: string }

export function shutdownCode(s: Stack, x: ShutdownInput): Snippet {
  switch (s.id) {
    case 'node':
      return { language: 'javascript', code: [
        `// Timeouts from 7.9.1; SHUTDOWN_* variables override them (specs/configuration.md)`,
        'const wait = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));',
        'const within = (seconds, work) => Promise.race([work, wait(seconds)]);',
        'let shuttingDown = false; // the readiness endpoint answers 503 while true',
        '',
        'async function shutdown() {',
        '  if (shuttingDown) return;',
        '  shuttingDown = true;',
        `  setTimeout(() => process.exit(1), ${x.total} * 1000).unref(); // total budget`,
        `  await wait(${x.grace}); // health check grace: the load balancer stops routing here`,
        `  await within(${x.stop + x.finish}, new Promise((resolve) => server.close(resolve))); // stop accepting, finish in-flight requests`,
        `  server.closeIdleConnections(); // drain keep-alive connections (${x.drain} s budget)`,
        `  await within(${x.db}, db.end()); // close database connections`,
        `  await closeOtherConnections(); // ${x.others || 'caches, queues'}`,
        '  process.exit(0);',
        '}',
        `for (const signal of ${JSON.stringify(x.signals)}) process.on(signal, shutdown);`,
      ].join('\n') };
    case 'python':
      return { language: 'python', code: [
        `# uvicorn shown: on ${x.signals.join('/')} it stops accepting and waits for in-flight requests`,
        `# uvicorn app.main:app --timeout-graceful-shutdown ${x.stop + x.finish}`,
        '@asynccontextmanager',
        'async def lifespan(app):',
        '    yield',
        `    # runs after the requests finished: close the database (budget ${x.db} s), then ${x.others || 'caches and queues'}`,
        `    await asyncio.wait_for(engine.dispose(), timeout=${x.db})`,
        '    await close_other_connections()',
      ].join('\n') };
    case 'java':
      return { language: 'properties', code: [
        '# Spring Boot shown: graceful shutdown of the web server, then the application context',
        'server.shutdown=graceful',
        `spring.lifecycle.timeout-per-shutdown-phase=${x.total}s`,
      ].join('\n') };
    case 'go':
      return { language: 'go', code: [
        `ctx, stop := signal.NotifyContext(context.Background(), ${x.signals.map((sig) => (sig === 'SIGINT' ? 'os.Interrupt' : 'syscall.SIGTERM')).join(', ')})`,
        'defer stop()',
        '<-ctx.Done()',
        'shuttingDown.Store(true) // readiness answers 503',
        `time.Sleep(${x.grace} * time.Second) // health check grace`,
        `shutdownCtx, cancel := context.WithTimeout(context.Background(), ${x.stop + x.finish}*time.Second)`,
        'defer cancel()',
        'server.Shutdown(shutdownCtx) // stop accepting, wait for in-flight requests',
        'db.Close()',
      ].join('\n') };
    default:
      return { language: 'text', code: `on ${x.signals.join(' or ')}: fail readiness, wait ${x.grace} s, stop accepting (${x.stop} s), finish requests (${x.finish} s), close the database (${x.db} s), close other connections, exit; hard stop after ${x.total} s` };
  }
}

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

function maskFunction(strategy: string): string {
  const s = strategy.toLowerCase();
  if (s.includes('redact')) return '() => "[REDACTED]"';
  if (s.includes('last 4')) return '(v) => "****" + String(v).slice(-4)';
  if (s.includes('@')) return '(v) => String(v).replace(/^(.).*(@.*)$/, "$1***$2")';
  if (/^[*-]+\d+$/.test(s.replace(/\s/g, ''))) return '(v) => String(v).replace(/\\d(?=(?:\\D*\\d){4})/g, "*")';
  return '() => "[REDACTED]" /* strategy: ' + strategy.replace(/\*\//g, '') + ' */';
}

export function maskingCode(s: Stack, rules: Row[]): Snippet {
  const patterns = rules.map((r) => ({ names: String(r.pattern).split(',').map((p) => p.trim()).filter(Boolean), mask: maskFunction(String(r.strategy)) }));
  if (s.id === 'python') {
    const py = (fn: string) => fn.includes('slice(-4)') ? 'lambda v: "****" + str(v)[-4:]' : fn.includes('@') ? 'lambda v: re.sub(r"^(.).*(@.*)$", r"\\1***\\2", str(v))' : fn.includes('(?=') ? 'lambda v: re.sub(r"\\d(?=(?:\\D*\\d){4})", "*", str(v))' : 'lambda v: "[REDACTED]"';
    return { language: 'python', code: [
      'MASKS = [',
      ...patterns.map((p) => `    (re.compile(r"${p.names.map((n) => n.replace(/[^a-z0-9_]/gi, '')).join('|')}", re.I), ${py(p.mask)}),`),
      ']',
      '',
      'def mask(fields: dict) -> dict:',
      '    return {k: next((m(v) for rx, m in MASKS if rx.search(k)), v) for k, v in fields.items()}',
    ].join('\n') };
  }
  return { language: s.id === 'node' ? 'javascript' : 'text', code: [
    '// Applied to every field of a log line before it is written (keys matched case-insensitively)',
    'const MASKS = [',
    ...patterns.map((p) => `  [/${p.names.map((n) => n.replace(/[^a-z0-9_]/gi, '')).join('|')}/i, ${p.mask}],`),
    '];',
    'const mask = (fields) =>',
    '  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (MASKS.find(([rx]) => rx.test(k))?.[1] ?? ((x) => x))(v)]));',
  ].join('\n') };
}
