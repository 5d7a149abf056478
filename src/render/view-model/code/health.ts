import type { Stack } from '../stack.js';
import type { Snippet } from './types.js';

export interface HealthInput { live?: string; ready?: string; basic?: string; checks: string[] }

const CHECKS_NOTE = 'each readiness check is a function that throws (raises) when it fails';

function node(s: Stack, live: string, ready: string): Snippet {
  switch (s.framework) {
    case 'fastify':
      return { language: 'javascript', code: [
        `// Fastify; \`checks\` maps each readiness check to an async function that throws when it fails`,
        `app.get('${live}', async () => ({ status: 'healthy' }));`,
        `app.get('${ready}', async (request, reply) => {`,
        '  const results = {};',
        '  for (const [name, check] of Object.entries(checks)) {',
        "    results[name] = await check().then(() => 'ok', () => 'error');",
        '  }',
        "  const healthy = !shuttingDown && Object.values(results).every((r) => r === 'ok');",
        "  return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'healthy' : 'unhealthy', checks: results });",
        '});',
      ].join('\n') };
    case 'nestjs':
      return { language: 'typescript', code: [
        "// NestJS with @nestjs/terminus: liveness checks nothing, readiness pings the dependencies",
        "import { Controller, Get } from '@nestjs/common';",
        "import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';",
        '',
        '@Controller()',
        'export class HealthController {',
        '  constructor(private readonly health: HealthCheckService, private readonly db: TypeOrmHealthIndicator) {}',
        '',
        `  @Get('${live.replace(/^\//, '')}')`,
        '  live() {',
        "    return { status: 'healthy' };",
        '  }',
        '',
        `  @Get('${ready.replace(/^\//, '')}')`,
        '  @HealthCheck()',
        '  ready() {',
        "    return this.health.check([() => this.db.pingCheck('database')]);",
        '  }',
        '}',
      ].join('\n') };
    case 'nextjs':
      return { language: 'typescript', code: [
        `// Next.js route handler: app${ready}/route.ts (and a plain one in app${live}/route.ts)`,
        "export const dynamic = 'force-dynamic'; // never cache a health answer",
        '',
        'export async function GET() {',
        '  const results: Record<string, string> = {};',
        '  for (const [name, check] of Object.entries(checks)) {',
        "    results[name] = await check().then(() => 'ok', () => 'error');",
        '  }',
        "  const healthy = Object.values(results).every((r) => r === 'ok');",
        "  return Response.json({ status: healthy ? 'healthy' : 'unhealthy', checks: results }, { status: healthy ? 200 : 503 });",
        '}',
      ].join('\n') };
    default:
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
  }
}

function python(s: Stack, live: string, ready: string): Snippet {
  const loop = [
    '    results = {}',
    '    for name, check in CHECKS.items():',
    '        try:',
    '            check()',
    '            results[name] = "ok"',
    '        except Exception:',
    '            results[name] = "error"',
    '    healthy = all(r == "ok" for r in results.values())',
  ];
  switch (s.framework) {
    case 'django':
      return { language: 'python', code: [
        `# Django: health/views.py, routed in urls.py: path("${live.slice(1)}", live), path("${ready.slice(1)}", ready); ${CHECKS_NOTE}`,
        'from django.db import connection',
        'from django.http import JsonResponse',
        '',
        '',
        'def check_database():',
        '    with connection.cursor() as cursor:',
        '        cursor.execute("SELECT 1")',
        '',
        '',
        'CHECKS = {"database": check_database}',
        '',
        '',
        'def live(request):',
        '    return JsonResponse({"status": "healthy"})',
        '',
        '',
        'def ready(request):',
        ...loop,
        '    return JsonResponse({"status": "healthy" if healthy else "unhealthy", "checks": results}, status=200 if healthy else 503)',
      ].join('\n') };
    case 'flask':
      return { language: 'python', code: [
        `# Flask; ${CHECKS_NOTE}`,
        '@app.get("' + live + '")',
        'def live():',
        '    return {"status": "healthy"}',
        '',
        '',
        '@app.get("' + ready + '")',
        'def ready():',
        ...loop,
        '    return {"status": "healthy" if healthy else "unhealthy", "checks": results}, 200 if healthy else 503',
      ].join('\n') };
    default:
      return { language: 'python', code: [
        `# FastAPI: a router included with app.include_router(router); ${CHECKS_NOTE} (async here)`,
        'from fastapi import APIRouter, Response',
        '',
        'router = APIRouter()',
        '',
        '',
        `@router.get("${live}")`,
        'async def live():',
        '    return {"status": "healthy"}',
        '',
        '',
        `@router.get("${ready}")`,
        'async def ready(response: Response):',
        '    results = {}',
        '    for name, check in CHECKS.items():',
        '        try:',
        '            await check()',
        '            results[name] = "ok"',
        '        except Exception:',
        '            results[name] = "error"',
        '    healthy = not state.shutting_down and all(r == "ok" for r in results.values())',
        '    response.status_code = 200 if healthy else 503',
        '    return {"status": "healthy" if healthy else "unhealthy", "checks": results}',
      ].join('\n') };
  }
}

function go(s: Stack, live: string, ready: string): Snippet {
  if (s.framework === 'gin') {
    return { language: 'go', code: [
      '// Gin; runChecks returns map[string]string of "ok" or "error" and whether all passed',
      `r.GET("${live}", func(c *gin.Context) {`,
      '\tc.JSON(http.StatusOK, gin.H{"status": "healthy"})',
      '})',
      `r.GET("${ready}", func(c *gin.Context) {`,
      '\tresults, healthy := runChecks(c.Request.Context())',
      '\tif !healthy || shuttingDown.Load() {',
      '\t\tc.JSON(http.StatusServiceUnavailable, gin.H{"status": "unhealthy", "checks": results})',
      '\t\treturn',
      '\t}',
      '\tc.JSON(http.StatusOK, gin.H{"status": "healthy", "checks": results})',
      '})',
    ].join('\n') };
  }
  return { language: 'go', code: [
    '// net/http; runChecks returns map[string]string of "ok" or "error" and whether all passed',
    `mux.HandleFunc("GET ${live}", func(w http.ResponseWriter, r *http.Request) {`,
    '\tw.Header().Set("Content-Type", "application/json")',
    '\tw.Write([]byte(`{"status":"healthy"}`))',
    '})',
    `mux.HandleFunc("GET ${ready}", func(w http.ResponseWriter, r *http.Request) {`,
    '\tresults, healthy := runChecks(r.Context())',
    '\tw.Header().Set("Content-Type", "application/json")',
    '\tif !healthy || shuttingDown.Load() {',
    '\t\tw.WriteHeader(http.StatusServiceUnavailable)',
    '\t}',
    '\tjson.NewEncoder(w).Encode(map[string]any{"status": map[bool]string{true: "healthy", false: "unhealthy"}[healthy], "checks": results})',
    '})',
  ].join('\n') };
}

function spring(s: Stack, h: HealthInput, live: string, ready: string): Snippet {
  const include = ['readinessState', ...(h.checks.includes('database') ? ['db'] : []), ...(h.checks.includes('redis') ? ['redis'] : []), ...(h.checks.includes('disk_space') ? ['diskSpace'] : []), 'dependency'];
  const yaml = [
    '# src/main/resources/application.yml: Spring Boot Actuator liveness and readiness groups',
    'management:',
    '  endpoints:',
    '    web:',
    '      exposure:',
    '        include: health',
    '  endpoint:',
    '    health:',
    '      probes:',
    '        enabled: true',
    '      show-components: always',
    '      group:',
    '        liveness:',
    '          include: livenessState',
    `          additional-path: "server:${live}"`,
    '        readiness:',
    `          include: ${include.join(',')}`,
    `          additional-path: "server:${ready}"`,
  ].join('\n');
  const indicator = s.id === 'kotlin'
    ? { language: 'kotlin', code: [
        '// A readiness check of your own: joins the readiness group as "dependency"',
        '@Component("dependency")',
        'class DependencyHealthIndicator(private val client: DependencyClient) : HealthIndicator {',
        '    override fun health(): Health =',
        '        if (client.ping()) Health.up().build() else Health.down().withDetail("dependency", "unreachable").build()',
        '}',
      ].join('\n') }
    : { language: 'java', code: [
        '// A readiness check of your own: joins the readiness group as "dependency"',
        'import org.springframework.boot.actuate.health.Health;',
        'import org.springframework.boot.actuate.health.HealthIndicator;',
        'import org.springframework.stereotype.Component;',
        '',
        '@Component("dependency")',
        'public class DependencyHealthIndicator implements HealthIndicator {',
        '    private final DependencyClient client;',
        '',
        '    public DependencyHealthIndicator(DependencyClient client) {',
        '        this.client = client;',
        '    }',
        '',
        '    @Override',
        '    public Health health() {',
        '        return client.ping() ? Health.up().build() : Health.down().withDetail("dependency", "unreachable").build();',
        '    }',
        '}',
      ].join('\n') };
  return { language: 'yaml', code: yaml, also: [{ title: 'A health indicator of your own', ...indicator }] };
}

function rails(live: string, ready: string): Snippet {
  return { language: 'ruby', code: [
    '# config/routes.rb: Rails 7.1+ ships /up (Rails::HealthController: 200 once the app booted)',
    `get "${live}" => "rails/health#show", as: :rails_health_check`,
    `get "${ready}" => "health#ready"`,
    '',
    '# app/controllers/health_controller.rb: readiness checks the database',
    'class HealthController < ActionController::API',
    '  def ready',
    '    ActiveRecord::Base.connection.execute("SELECT 1")',
    '    render json: { status: "healthy", checks: { database: "ok" } }',
    '  rescue StandardError',
    '    render json: { status: "unhealthy", checks: { database: "error" } }, status: :service_unavailable',
    '  end',
    'end',
  ].join('\n') };
}

function laravel(live: string, ready: string): Snippet {
  return { language: 'php', code: [
    '<?php',
    `// bootstrap/app.php (Laravel 11+): ->withRouting(web: ..., health: '${live}') serves liveness`,
    '// routes/web.php: readiness checks the database and the cache',
    'use Illuminate\\Support\\Facades\\Cache;',
    'use Illuminate\\Support\\Facades\\DB;',
    'use Illuminate\\Support\\Facades\\Route;',
    '',
    `Route::get('${ready}', function () {`,
    '    $checks = [];',
    "    try { DB::select('select 1'); $checks['database'] = 'ok'; } catch (\\Throwable $e) { $checks['database'] = 'error'; }",
    "    try { Cache::get('health'); $checks['cache'] = 'ok'; } catch (\\Throwable $e) { $checks['cache'] = 'error'; }",
    "    $healthy = !in_array('error', $checks, true);",
    "    return response()->json(['status' => $healthy ? 'healthy' : 'unhealthy', 'checks' => $checks], $healthy ? 200 : 503);",
    '});',
  ].join('\n') };
}

function dotnet(h: HealthInput, live: string, ready: string): Snippet {
  return { language: 'csharp', code: [
    '// Program.cs: ASP.NET Core health checks; liveness runs no checks, readiness runs the ones tagged "ready"',
    'builder.Services.AddHealthChecks()',
    `    ${h.checks.includes('database') ? '.AddNpgSql(builder.Configuration.GetConnectionString("Default")!, tags: new[] { "ready" }); // AspNetCore.HealthChecks.NpgSql' : '.AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] { "ready" });'}`,
    '',
    'var app = builder.Build();',
    `app.MapHealthChecks("${live}", new HealthCheckOptions { Predicate = _ => false });`,
    `app.MapHealthChecks("${ready}", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });`,
  ].join('\n') };
}

function rust(s: Stack, live: string, ready: string): Snippet {
  // the readiness query in the project's own database library (Diesel, else SQLx)
  const diesel = s.migration?.tool === 'diesel';
  if (s.framework === 'actix-web') {
    return { language: 'rust', code: [
      '// Actix Web: register with App::new().service(live).service(ready)',
      'use actix_web::{get, web, HttpResponse, Responder};',
      '',
      `#[get("${live}")]`,
      'async fn live() -> impl Responder {',
      '    HttpResponse::Ok().json(serde_json::json!({ "status": "healthy" }))',
      '}',
      '',
      `#[get("${ready}")]`,
      ...(diesel ? [
        // Diesel is synchronous: the check runs on the blocking pool with a connection from the r2d2 pool
        'async fn ready(pool: web::Data<DbPool>) -> impl Responder {',
        '    let ok = web::block(move || {',
        '        use diesel::RunQueryDsl;',
        '        let mut conn = pool.get().map_err(|e| e.to_string())?;',
        '        diesel::sql_query("SELECT 1").execute(&mut conn).map_err(|e| e.to_string())',
        '    })',
        '    .await',
        '    .map(|r| r.is_ok())',
        '    .unwrap_or(false);',
        '    if ok {',
        '        HttpResponse::Ok().json(serde_json::json!({ "status": "healthy" }))',
        '    } else {',
        '        HttpResponse::ServiceUnavailable().json(serde_json::json!({ "status": "unhealthy" }))',
        '    }',
        '}',
      ] : [
        'async fn ready(state: web::Data<AppState>) -> impl Responder {',
        '    match sqlx::query("SELECT 1").execute(&state.db).await {',
        '        Ok(_) => HttpResponse::Ok().json(serde_json::json!({ "status": "healthy" })),',
        '        Err(_) => HttpResponse::ServiceUnavailable().json(serde_json::json!({ "status": "unhealthy" })),',
        '    }',
        '}',
      ]),
    ].join('\n') };
  }
  return { language: 'rust', code: [
    `// Axum: Router::new().route("${live}", get(live)).route("${ready}", get(ready)).with_state(state)`,
    'use axum::{extract::State, http::StatusCode, Json};',
    'use serde_json::{json, Value};',
    '',
    'async fn live() -> Json<Value> {',
    '    Json(json!({ "status": "healthy" }))',
    '}',
    '',
    'async fn ready(State(state): State<AppState>) -> (StatusCode, Json<Value>) {',
    '    match sqlx::query("SELECT 1").execute(&state.db).await {',
    '        Ok(_) => (StatusCode::OK, Json(json!({ "status": "healthy" }))),',
    '        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "unhealthy" }))),',
    '    }',
    '}',
  ].join('\n') };
}

/** The health endpoints in the project's language and framework. */
export function healthCode(s: Stack, h: HealthInput): Snippet {
  const ready = h.ready ?? h.basic ?? '/health';
  const live = h.live ?? h.basic ?? '/health';
  switch (s.id) {
    case 'node': return node(s, live, ready);
    case 'python': return python(s, live, ready);
    case 'go': return go(s, live, ready);
    case 'java':
    case 'kotlin': return spring(s, h, live, ready);
    case 'ruby': return rails(live, ready);
    case 'php': return laravel(live, ready);
    case 'dotnet': return dotnet(h, live, ready);
    case 'rust': return rust(s, live, ready);
    default:
      return { language: 'text', code: `GET ${live}  -> 200 while the process runs\nGET ${ready} -> 200 when every check passes (${h.checks.join(', ') || 'no checks'}), else 503` };
  }
}
