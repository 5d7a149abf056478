import type { Stack } from '../stack.js';
import type { Snippet } from './types.js';

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
