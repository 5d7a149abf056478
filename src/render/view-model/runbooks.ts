import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import { list, num, str } from './context.js';
import { dbCommands } from './db-commands.js';
import type { Facts } from './facts.js';
import { healthPaths } from './health.js';
import { peakInstances } from './pool.js';
import { indent3, minutes, whoPhrase } from './util.js';

export interface Step { text: string; command?: string }
export interface Runbook { title: string; trigger: string; steps: Step[] }

/** Anchor of a heading as GitHub and markdownlint compute it. */
export const anchor = (title: string): string => title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

function escalation(ctx: Ctx): string {
  const alerts = ctx.a('7.6');
  const strategy = ctx.a('7.4.1');
  if (alerts && str(alerts, 'onCall') === 'yes') return `Not resolved within 15 minutes (recommended default): escalate through ${ctx.label('7.6', 'onCallTool', str(alerts, 'onCallTool'))} to the next person in the rotation`;
  const who = strategy ? ctx.label('7.4.1', 'rollbackWho', str(strategy, 'rollbackWho')) : 'tech lead';
  return `Not resolved within 15 minutes (recommended default): call in ${who === 'Any developer' ? 'the tech lead' : whoPhrase(who)}${alerts ? ' (no on-call rotation: business hours only, 7.6)' : ''}`;
}

/** The runbooks the answers call for: the three every service needs, plus those implied by alerts, pool, backups, breakers and strategy. */
export function runbooks(ctx: Ctx, f: Facts): Runbook[] {
  const ops = f.platform.ops('production');
  const db = dbCommands(f.db.engine);
  const paths = healthPaths(ctx.a('7.9') ? list(ctx.a('7.9')!, 'endpoints') : []);
  const ready = paths.ready ?? paths.basic;
  const live = paths.live ?? paths.basic;
  const alerts = ctx.a('7.6');
  const conditions = alerts ? list(alerts, 'conditions') : [];
  const pool = ctx.a('7.7.2');
  const scaling = ctx.a('7.8');
  const strategy = ctx.a('7.4.1');
  const inConsole = ops.console ? `; use ${ops.console}` : '';
  const console = ops.console && !ops.cpu ? [{ text: `Read CPU and memory in ${ops.console}` }] : [];
  const out: Runbook[] = [];
  const escalate = { text: escalation(ctx) };

  out.push({
    title: 'Database connection failure',
    trigger: [conditions.includes('db-connection') && 'the *Database connection failures* alert', ready && `\`${ready}\` reporting the database as failing`, 'connection errors in the logs'].filter(Boolean).join(', or '),
    steps: [
      { text: ready ? 'Confirm which instances are affected through their readiness check' : 'Confirm the errors in the logs of the last 15 minutes', command: ready ? `curl -s "$APP_URL${ready}"` : ops.logs },
      { text: `Check that ${f.db.label} is up and reachable from the service's network`, command: db.ping },
      { text: 'Compare open connections with the database\'s limit', command: `${db.connections}\n${db.limit}` },
      ...(pool ? [{ text: `If the connections are at the limit: find long-running transactions and end the runaway ones (${str(pool, 'tool') === 'pgbouncer' ? `pgBouncer pool size ${num(pool, 'max')}` : `pool max ${num(pool, 'max')} per instance`})`, command: `${db.longRunning}\n${db.kill}` }] : []),
      { text: 'If credentials were rotated, check `DATABASE_URL` in the secret store and restart so new connections use it', command: ops.restart },
      { text: 'If the database itself is down: follow the provider\'s failover, or the restore procedure in Backup & Disaster Recovery' },
      { text: `Done when every instance is ready again${ready ? ` (\`${ready}\` answers 200)` : ''} and the error rate is back to normal`, command: ops.status },
      escalate,
    ],
  });
  const cpuTarget = scaling && str(scaling, 'strategy') === 'auto-scaling' ? `above ${num(scaling, 'scaleCpu')}% (the scale-out target)` : 'high for more than 10 minutes';
  const peak = peakInstances(ctx);
  out.push({
    title: 'High CPU usage',
    trigger: `CPU ${cpuTarget}${conditions.includes('response-time') ? ', or the *Slow responses* alert' : ''}`,
    steps: [
      { text: 'See which instances are hot', command: ops.cpu ?? ops.status },
      ...console,
      { text: `Check whether a deploy just happened; if CPU rose with it, roll back${ops.history ? '' : inConsole}`, command: ops.history },
      { text: scaling ? `Compare the request rate with the expected load (year-1 peak ${Math.round(num(scaling, 'year1Load') * num(scaling, 'peakMultiplier'))} requests/minute, 7.8)` : 'Compare the request rate with normal traffic in the APM' },
      ...(scaling && str(scaling, 'strategy') === 'vertical'
        ? [{ text: `Move to a larger ${f.platform.unit} size (vertical scaling, 7.8)` }]
        : [{ text: scaling && str(scaling, 'strategy') === 'auto-scaling' ? `If auto-scaling is already at its maximum (${num(scaling, 'maxInstances')}), raise the maximum for now` : 'Add an instance now', command: ops.scale?.((peak?.count ?? 1) + 1) }]),
      { text: 'Find the hot path: slowest endpoints and database query time in the APM; a single instance at 100% while others are idle points to a stuck request, so restart it', command: ops.restart },
      escalate,
    ],
  });
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
      ...(ctx.a('7.7') ? [{ text: `Still down after ${num(ctx.a('7.7')!, 'rtoMinutes')} minutes (the RTO): declare a disaster and follow Backup & Disaster Recovery` }] : []),
      escalate,
    ],
  });
  if (conditions.includes('error-rate') || conditions.includes('server-errors') || strategy) {
    out.push({
      title: 'High error rate after a deploy',
      trigger: [conditions.includes('error-rate') && 'the *High error rate* alert', conditions.includes('server-errors') && 'the *5xx errors* alert', strategy && 'a rollback trigger of Deployment Strategy & Rollback'].filter(Boolean).join(', or '),
      steps: [
        { text: `Check when the errors started and whether a deploy happened just before${ops.history ? '' : inConsole}`, command: ops.history },
        { text: `${strategy ? `Roll back now if a rollback criterion is met (target: within ${num(strategy, 'rollbackMinutes')} minutes; allowed: ${ctx.label('7.4.1', 'rollbackWho', str(strategy, 'rollbackWho'))})` : 'Roll back if the errors started with the deploy'}${ops.rollback ? '' : inConsole}`, command: ops.rollback },
        { text: 'Read the new errors in the logs and the APM to find the cause', command: ops.logs },
        { text: 'Fix forward with a new release once the cause is known; keep the broken version out of the pipeline', command: 'git revert <merge-commit> && git push origin main' },
        escalate,
      ],
    });
  }
  if (pool && pool.alertExhaustion === true) {
    out.push({
      title: 'Connection pool exhausted',
      trigger: `the pool-exhaustion alert: requests wait longer than ${num(pool, 'connectionTimeout')} ms for a connection`,
      steps: [
        { text: 'Check open connections and what they are doing', command: `${db.connections}\n${db.longRunning}` },
        { text: 'End runaway queries or transactions holding connections', command: db.kill },
        { text: `If load is simply higher: add instances (each brings ${num(pool, 'max')} connections) while the total stays below the database limit`, command: ops.scale?.((peak?.count ?? 1) + 1) },
        { text: 'Look for connection leaks: code paths that take a connection and do not release it on errors' },
        escalate,
      ],
    });
  }
  if (conditions.includes('disk-space')) {
    out.push({
      title: 'Disk almost full',
      trigger: `the *Disk space* alert (above ${num(alerts!, 'diskThreshold')}%)`,
      steps: [
        { text: 'Find what fills the disk', command: f.platform.family === 'on-premises' ? 'df -h && du -xh / 2>/dev/null | sort -rh | head -n 20' : 'df -h' },
        { text: 'Common causes: log files without rotation, old images, temp files, database growth or bloat' },
        ...(f.docker ? [{ text: 'Remove unused images and build cache on Docker hosts', command: 'docker system prune --all --filter "until=168h"' }] : []),
        { text: 'Grow the volume if the data itself grew, and revisit the alert threshold with the growth rate' },
        escalate,
      ],
    });
  }
  if (conditions.includes('memory')) {
    out.push({
      title: 'Memory usage high',
      trigger: `the *Memory usage* alert (above ${num(alerts!, 'memoryThreshold')}%)`,
      steps: [
        { text: 'See which instances use the memory and whether it keeps growing (a leak) or jumps with traffic', command: ops.memory ?? ops.status },
        { text: 'Restart the worst instance to buy time; a growing pattern after the restart confirms a leak', command: ops.restart },
        { text: `Check the last deploy: roll back if memory rose with it${ops.rollback ? '' : inConsole}`, command: ops.rollback },
        { text: 'Take a heap snapshot or profile in staging to find the leak' },
        escalate,
      ],
    });
  }
  const breaker = ctx.a('7.9.2');
  if (breaker && str(breaker, 'enabled') === 'yes') {
    out.push({
      title: 'Circuit breaker open',
      trigger: 'a circuit open for a protected dependency (fallback responses, breaker state in logs or metrics)',
      steps: [
        { text: 'Check the dependency itself: its status page, and a direct call from one instance', command: ops.shell },
        { text: `Confirm the fallback works (${ctx.label('7.9.2', 'fallback', str(breaker, 'fallback')).toLowerCase()} by default) and users get degraded answers, not errors` },
        { text: `Let the breaker recover by itself: after ${num(breaker, 'resetTimeout')} s it lets ${num(breaker, 'halfOpenRetries')} trial calls through` },
        { text: 'If the dependency is down for long, tell the affected users (status page) and its owner' },
        escalate,
      ],
    });
  }
  if (strategy && str(strategy, 'strategy') === 'canary') {
    out.push({
      title: 'Canary failing',
      trigger: `the canary (${num(strategy, 'canaryInitial')}% of traffic first) breaking a rollback criterion`,
      steps: [
        { text: 'Stop the rollout and send all traffic to the stable version', command: f.platform.key === 'kubernetes' ? `kubectl argo rollouts abort ${ctx.project.slug} --namespace ${ctx.project.slug}-production` : undefined },
        { text: 'Compare the canary\'s errors and latency with the stable version in the APM' },
        { text: 'Fix and release again; the canary starts from the first step' },
      ],
    });
  }
  if (ctx.a('7.7')) {
    out.push({
      title: 'Restore the database',
      trigger: 'data loss or corruption, or a database that cannot be recovered in place',
      steps: [
        { text: 'Follow the recovery steps in Backup & Disaster Recovery: stop writes, restore into a new instance, check, switch `DATABASE_URL`, restart' },
        { text: `Targets: service back within ${minutes(num(ctx.a('7.7')!, 'rtoMinutes'))} (RTO), at most ${minutes(num(ctx.a('7.7')!, 'rpoMinutes'))} of data lost (RPO)` },
        escalate,
      ],
    });
  }
  return out;
}

/** 7.10 (runbooks): the runbook loop in the installed templates' shape. */
export function runbookValues(ctx: Ctx, f: Facts, written: boolean, note: string): ViewModel {
  if (!written) {
    return { RUNBOOK: [{ RUNBOOK_TITLE: note, RUNBOOK_ID: 'runbooks', RUNBOOK_TRIGGER: note, RUNBOOK_STEP: [{ STEP_NUMBER: '1', STEP_DESCRIPTION: note, STEP_COMMAND: `# ${note}`, HAS_COMMAND: false, STEP_COMMAND_INDENTED: '' }] }], RUNBOOK_INDEX: [] };
  }
  const list_ = runbooks(ctx, f);
  return {
    RUNBOOK: list_.map((r) => ({
      RUNBOOK_TITLE: r.title,
      RUNBOOK_ID: anchor(r.title),
      RUNBOOK_TRIGGER: r.trigger,
      RUNBOOK_STEP: r.steps.map((s, i) => ({ STEP_NUMBER: String(i + 1), STEP_DESCRIPTION: s.text, STEP_COMMAND: s.command ?? '# no command for this step', HAS_COMMAND: Boolean(s.command), STEP_COMMAND_INDENTED: indent3(s.command ?? '') })),
    })),
    RUNBOOK_INDEX: list_.map((r) => ({ RUNBOOK_TITLE: r.title, RUNBOOK_ID: anchor(r.title) })),
  };
}
