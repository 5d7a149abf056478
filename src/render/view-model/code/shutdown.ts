import type { Stack } from '../stack.js';
import type { Snippet } from './types.js';

export interface ShutdownInput { signals: string[]; stop: number; finish: number; db: number; total: number; grace: number; drain: number; /** Other connections to close ("Redis, RabbitMQ"). */ others: string }

export function shutdownCode(s: Stack, x: ShutdownInput): Snippet {
  switch (s.id) {
    case 'node':
      if (s.framework === 'nestjs') {
        return { language: 'typescript', code: [
          '// main.ts: Nest runs onModuleDestroy / beforeApplicationShutdown / onApplicationShutdown hooks on SIGTERM',
          "import { NestFactory } from '@nestjs/core';",
          "import { AppModule } from './app.module';",
          '',
          'async function bootstrap() {',
          '  const app = await NestFactory.create(AppModule);',
          '  app.enableShutdownHooks(); // closes the HTTP server, then runs the hooks (close pools and queues there)',
          '  await app.listen(process.env.PORT ?? 3000);',
          '}',
          'bootstrap();',
          `// timeouts from 7.9.1: in-flight requests ${x.stop + x.finish} s, database ${x.db} s, total ${x.total} s`,
        ].join('\n') };
      }
      if (s.framework === 'fastify') {
        return { language: 'javascript', code: [
          `// Fastify: app.close() stops accepting, waits for in-flight requests, then runs the onClose hooks (close the pool there)`,
          'let shuttingDown = false; // the readiness route answers 503 while true',
          'async function shutdown() {',
          '  if (shuttingDown) return;',
          '  shuttingDown = true;',
          `  setTimeout(() => process.exit(1), ${x.total} * 1000).unref(); // total budget`,
          `  await new Promise((resolve) => setTimeout(resolve, ${x.grace} * 1000)); // health check grace`,
          '  await app.close();',
          '  process.exit(0);',
          '}',
          `for (const signal of ${JSON.stringify(x.signals)}) process.on(signal, shutdown);`,
        ].join('\n') };
      }
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
      if (s.framework === 'django' || s.framework === 'flask') {
        return { language: 'python', code: [
          `# gunicorn.conf.py: on ${x.signals.join('/')} Gunicorn stops accepting and gives workers graceful_timeout to finish`,
          `graceful_timeout = ${x.stop + x.finish}  # seconds for in-flight requests`,
          `timeout = ${Math.max(30, x.finish)}  # a request that takes longer is killed`,
          'keepalive = 5',
          '',
          '',
          'def worker_exit(server, worker):',
          `    # close the database connections (budget ${x.db} s), then ${x.others || 'caches and queues'}`,
          '    close_connections()',
        ].join('\n') };
      }
      return { language: 'python', code: [
        `# FastAPI lifespan; start with: uvicorn app.main:app --timeout-graceful-shutdown ${x.stop + x.finish}`,
        `# on ${x.signals.join('/')} uvicorn stops accepting, waits for in-flight requests, then runs the code after yield`,
        'import asyncio',
        'from contextlib import asynccontextmanager',
        '',
        'from fastapi import FastAPI',
        '',
        '',
        '@asynccontextmanager',
        'async def lifespan(app: FastAPI):',
        '    yield',
        `    # close the database (budget ${x.db} s), then ${x.others || 'caches and queues'}`,
        `    await asyncio.wait_for(engine.dispose(), timeout=${x.db})`,
        '    await close_other_connections()',
        '',
        '',
        'app = FastAPI(lifespan=lifespan)',
      ].join('\n') };
    case 'java':
    case 'kotlin':
      return { language: 'yaml', code: [
        '# application.yml: Spring Boot stops accepting, waits for in-flight requests, then closes the context (pools, clients)',
        'server:',
        '  shutdown: graceful',
        'spring:',
        '  lifecycle:',
        `    timeout-per-shutdown-phase: ${x.stop + x.finish}s`,
        `# the platform's grace period (terminationGracePeriodSeconds, stop timeout) must exceed it: ${x.total} s`,
      ].join('\n') };
    case 'go':
      return { language: 'go', code: [
        `ctx, stop := signal.NotifyContext(context.Background(), ${x.signals.map((sig) => (sig === 'SIGINT' ? 'os.Interrupt' : 'syscall.SIGTERM')).join(', ')})`,
        'defer stop()',
        'go func() {',
        '\tif err := server.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {',
        '\t\tlog.Fatal(err)',
        '\t}',
        '}()',
        '<-ctx.Done()',
        'shuttingDown.Store(true) // readiness answers 503',
        `time.Sleep(${x.grace} * time.Second) // health check grace`,
        `shutdownCtx, cancel := context.WithTimeout(context.Background(), ${x.stop + x.finish}*time.Second)`,
        'defer cancel()',
        'if err := server.Shutdown(shutdownCtx); err != nil { // stop accepting, wait for in-flight requests',
        '\tlog.Printf("shutdown: %v", err)',
        '}',
        'db.Close()',
      ].join('\n') };
    case 'ruby':
      return { language: 'ruby', code: [
        `# config/puma.rb: on ${x.signals.join('/')} Puma stops accepting and lets in-flight requests finish`,
        `worker_shutdown_timeout ${x.stop + x.finish}`,
        'on_worker_shutdown do',
        '  ActiveRecord::Base.connection_pool.disconnect! if defined?(ActiveRecord)',
        'end',
        '# Sidekiq: TERM stops fetching jobs and waits up to -t seconds (keep it below the platform grace period):',
        `# bundle exec sidekiq -t ${Math.max(1, x.total - 5)}`,
      ].join('\n') };
    case 'php':
      return { language: 'ini', code: [
        '; php-fpm pool (www.conf / php-fpm.conf): on SIGQUIT php-fpm finishes in-flight requests before exiting',
        '; send SIGQUIT (graceful), not SIGTERM (immediate): STOPSIGNAL SIGQUIT in the Dockerfile',
        `process_control_timeout = ${x.stop + x.finish}s`,
        '; queue workers: php artisan queue:work --timeout=60 stops after the current job on SIGTERM;',
        `; keep --timeout below the platform grace period (${x.total} s)`,
      ].join('\n') };
    case 'dotnet':
      return { language: 'csharp', code: [
        '// Program.cs: on SIGTERM the host stops Kestrel (no new requests), waits for in-flight ones, then disposes services',
        'builder.Services.Configure<HostOptions>(options =>',
        `    options.ShutdownTimeout = TimeSpan.FromSeconds(${x.stop + x.finish}));`,
        'var app = builder.Build();',
        'app.Lifetime.ApplicationStopping.Register(() => readiness.MarkShuttingDown()); // readiness answers 503',
      ].join('\n') };
    case 'rust':
      if (s.framework === 'actix-web') {
        return { language: 'rust', code: [
          '// Actix Web handles SIGTERM itself: stops accepting and gives workers shutdown_timeout to finish',
          'async fn run(state: AppState) -> std::io::Result<()> {',
          '    HttpServer::new(move || App::new().app_data(web::Data::new(state.clone())))',
          `        .shutdown_timeout(${x.stop + x.finish})`,
          `        .bind(("0.0.0.0", ${s.port}))?`,
          '        .run()',
          '        .await',
          '}',
        ].join('\n') };
      }
      return { language: 'rust', code: [
        '// Axum: serve until SIGTERM/SIGINT, then stop accepting and finish in-flight requests',
        'async fn shutdown_signal() {',
        '    let ctrl_c = async { tokio::signal::ctrl_c().await.expect("ctrl-c handler") };',
        '    let terminate = async {',
        '        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())',
        '            .expect("SIGTERM handler")',
        '            .recv()',
        '            .await;',
        '    };',
        '    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }',
        '}',
        '',
        'async fn run(app: axum::Router, listener: tokio::net::TcpListener) -> std::io::Result<()> {',
        '    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await',
        '}',
      ].join('\n') };
    default:
      return { language: 'text', code: `on ${x.signals.join(' or ')}: fail readiness, wait ${x.grace} s, stop accepting (${x.stop} s), finish requests (${x.finish} s), close the database (${x.db} s), close other connections, exit; hard stop after ${x.total} s` };
  }
}
