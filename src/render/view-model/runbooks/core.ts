import { cpuAlert } from '../alerts.js';
import type { Runbook, RunbookEnv } from './env.js';

/** The three runbooks every service needs. */
export function databaseConnectionFailure(e: RunbookEnv, out: Runbook[]): void {
  const { f, ops, db, ready, conditions, pool, escalate } = e;
  out.push({
    title: 'Database connection failure',
    trigger: [conditions.includes('db-connection') && 'the *Database connection failures* alert', ready && `\`${ready}\` reporting the database as failing`, 'connection errors in the logs'].filter(Boolean).join(', or '),
    steps: [
      { text: ready ? 'Confirm which instances are affected through their readiness check' : 'Confirm the errors in the logs of the last 15 minutes', command: ready ? `curl -s "$APP_URL${ready}"` : ops.logs },
      { text: `Check that ${f.db.label} is up and reachable from the service's network`, command: db.ping },
      { text: 'Compare open connections with the database\'s limit', command: `${db.connections}\n${db.limit}` },
      ...(pool ? [{ text: `If the connections are at the limit: find long-running transactions and end the runaway ones (${pool.tool === 'pgbouncer' ? `pgBouncer pool size ${pool.max}` : `pool max ${pool.max} per instance`})`, command: `${db.longRunning}\n${db.kill}` }] : []),
      { text: 'If credentials were rotated, check `DATABASE_URL` in the secret store and restart so new connections use it', command: ops.restart },
      { text: 'If the database itself is down: follow the provider\'s failover, or the restore procedure in Backup & Disaster Recovery' },
      { text: `Done when every instance is ready again${ready ? ` (\`${ready}\` answers 200)` : ''} and the error rate is back to normal`, command: ops.status },
      escalate,
    ],
  });
}

export function highCpu(e: RunbookEnv, out: Runbook[]): void {
  const { f, ops, conditions, scaling, inConsole, consoleStep, escalate, peak } = e;
  const cpu = cpuAlert(e.ctx);
  const alerted = e.ctx.known('7.6') && !f.platform.serverless;
  const cpuTarget = alerted ? `the *High CPU* alert (average CPU above ${cpu.threshold}% for ${cpu.minutes} minutes)` : `CPU ${scaling && scaling.strategy === 'auto-scaling' ? `above ${scaling.scaleCpu}% (the scale-out target)` : 'high for more than 10 minutes'}`;
  out.push({
    title: 'High CPU usage',
    trigger: `${cpuTarget}${conditions.includes('response-time') ? ', or the *Slow responses* alert' : ''}`,
    steps: [
      { text: 'See which instances are hot', command: ops.cpu ?? ops.status },
      ...consoleStep,
      { text: `Check whether a deploy just happened; if CPU rose with it, roll back${ops.history ? '' : inConsole}`, command: ops.history },
      { text: scaling ? `Compare the request rate with the expected load (year-1 peak ${Math.round(scaling.year1Load * scaling.peakMultiplier)} requests/minute, 7.8)` : 'Compare the request rate with normal traffic in the APM' },
      ...(scaling && scaling.strategy === 'vertical'
        ? [{ text: `Move to a larger ${f.platform.unit} size (vertical scaling, 7.8)` }]
        : [{ text: scaling && scaling.strategy === 'auto-scaling' ? `If auto-scaling is already at its maximum (${scaling.maxInstances}), raise the maximum for now` : 'Add an instance now', command: ops.scale?.((peak?.count ?? 1) + 1) }]),
      { text: 'Find the hot path: slowest endpoints and database query time in the APM; a single instance at 100% while others are idle points to a stuck request, so restart it', command: ops.restart },
      escalate,
    ],
  });
}

export function serviceDown(e: RunbookEnv, out: Runbook[]): void {
  const { ctx, f, ops, ready, live, conditions, inConsole, escalate } = e;
  const backup = ctx.answers('7.7');
  out.push({
    title: 'Service down',
    trigger: [conditions.includes('service-down') && 'the *Service down* alert', live && `\`${live}\` not answering`, 'users reporting errors'].filter(Boolean).join(', or '),
    steps: [
      { text: 'Check from outside', command: `curl -i "$APP_URL${live ?? '/'}"` },
      { text: `Check ${f.platform.short}: are instances crash-looping, out of memory, or not scheduled?${ops.status ? '' : inConsole}`, command: ops.status },
      { text: `Read the logs of the last 15 minutes${ops.logs ? '' : inConsole}`, command: ops.logs },
      { text: `If a deploy just happened, roll back first and investigate after${ops.rollback ? '' : inConsole}`, command: ops.rollback },
      { text: ready ? `Check dependencies in the readiness output (\`${ready}\`); follow their runbook` : 'Check the database and cache (see Database connection failure)' },
      { text: 'Restart the service', command: ops.restart },
      ...(backup ? [{ text: `Still down after ${backup.rtoMinutes} minutes (the RTO): declare a disaster and follow Backup & Disaster Recovery` }] : []),
      escalate,
    ],
  });
}
