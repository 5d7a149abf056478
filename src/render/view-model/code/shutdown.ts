import type { Stack } from '../stack.js';
import type { Snippet } from './types.js';

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
