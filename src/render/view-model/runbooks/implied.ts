import { minutes } from '../util.js';
import type { Runbook, RunbookEnv } from './env.js';

/** Runbooks the answers imply: alerts, pool, backups, breakers and the canary. */
export function highErrorRate(e: RunbookEnv, out: Runbook[]): void {
  const { ops, conditions, rollout, inConsole, escalate } = e;
  if (conditions.includes('error-rate') || conditions.includes('server-errors') || rollout) {
    out.push({
      title: 'High error rate after a deploy',
      trigger: [conditions.includes('error-rate') && 'the *High error rate* alert', conditions.includes('server-errors') && 'the *5xx errors* alert', rollout && 'a rollback trigger of Deployment Strategy & Rollback'].filter(Boolean).join(', or '),
      steps: [
        { text: `Check when the errors started and whether a deploy happened just before${ops.history ? '' : inConsole}`, command: ops.history },
        { text: `${rollout ? `Roll back now if a rollback criterion is met (target: within ${rollout.rollback.minutes} minutes; allowed: ${rollout.rollback.whoLabel})` : 'Roll back if the errors started with the deploy'}${ops.rollback ? '' : inConsole}`, command: ops.rollback },
        { text: 'Read the new errors in the logs and the APM to find the cause', command: ops.logs },
        { text: 'Fix forward with a new release once the cause is known; keep the broken version out of the pipeline', command: 'git revert <merge-commit> && git push origin main' },
        escalate,
      ],
    });
  }
}

export function poolExhausted(e: RunbookEnv, out: Runbook[]): void {
  const { ops, db, pool, escalate, peak } = e;
  if (pool && pool.alertExhaustion === true) {
    out.push({
      title: 'Connection pool exhausted',
      trigger: `the pool-exhaustion alert: requests wait longer than ${pool.connectionTimeout} ms for a connection`,
      steps: [
        { text: 'Check open connections and what they are doing', command: `${db.connections}\n${db.longRunning}` },
        { text: 'End runaway queries or transactions holding connections', command: db.kill },
        { text: `If load is simply higher: add instances (each brings ${pool.max} connections) while the total stays below the database limit`, command: ops.scale?.((peak?.count ?? 1) + 1) },
        { text: 'Look for connection leaks: code paths that take a connection and do not release it on errors' },
        escalate,
      ],
    });
  }
}

export function diskFull(e: RunbookEnv, out: Runbook[]): void {
  const { f, alerts, escalate } = e;
  // present exactly when 7.6 alerts on disk space
  const threshold = alerts?.diskThreshold;
  if (threshold !== undefined) {
    out.push({
      title: 'Disk almost full',
      trigger: `the *Disk space* alert (above ${threshold}%)`,
      steps: [
        { text: 'Find what fills the disk', command: f.platform.family === 'on-premises' ? 'df -h && du -xh / 2>/dev/null | sort -rh | head -n 20' : 'df -h' },
        { text: 'Common causes: log files without rotation, old images, temp files, database growth or bloat' },
        ...(f.docker ? [{ text: 'Remove unused images and build cache on Docker hosts', command: 'docker system prune --all --filter "until=168h"' }] : []),
        { text: 'Grow the volume if the data itself grew, and revisit the alert threshold with the growth rate' },
        escalate,
      ],
    });
  }
}

export function memoryHigh(e: RunbookEnv, out: Runbook[]): void {
  const { ops, alerts, inConsole, escalate } = e;
  // present exactly when 7.6 alerts on memory
  const threshold = alerts?.memoryThreshold;
  if (threshold !== undefined) {
    out.push({
      title: 'Memory usage high',
      trigger: `the *Memory usage* alert (above ${threshold}%)`,
      steps: [
        { text: 'See which instances use the memory and whether it keeps growing (a leak) or jumps with traffic', command: ops.memory ?? ops.status },
        { text: 'Restart the worst instance to buy time; a growing pattern after the restart confirms a leak', command: ops.restart },
        { text: `Check the last deploy: roll back if memory rose with it${ops.rollback ? '' : inConsole}`, command: ops.rollback },
        { text: 'Take a heap snapshot or profile in staging to find the leak' },
        escalate,
      ],
    });
  }
}

export function breakerOpen(e: RunbookEnv, out: Runbook[]): void {
  const { ctx, ops, escalate } = e;
  const breaker = ctx.answers('7.9.2');
  if (breaker && breaker.enabled === 'yes') {
    out.push({
      title: 'Circuit breaker open',
      trigger: 'a circuit open for a protected dependency (fallback responses, breaker state in logs or metrics)',
      steps: [
        { text: 'Check the dependency itself: its status page, and a direct call from one instance', command: ops.shell },
        { text: `Confirm the fallback works (${ctx.label('7.9.2', 'fallback', breaker.fallback ?? '').toLowerCase()} by default) and users get degraded answers, not errors` },
        { text: `Let the breaker recover by itself: after ${breaker.resetTimeout} s it lets ${breaker.halfOpenRetries} trial calls through` },
        { text: 'If the dependency is down for long, tell the affected users (status page) and its owner' },
        escalate,
      ],
    });
  }
}

export function canaryFailing(e: RunbookEnv, out: Runbook[]): void {
  const { ctx, f, rollout } = e;
  if (rollout?.canary) {
    out.push({
      title: 'Canary failing',
      trigger: `the canary (${rollout.canary.initial}% of traffic first) breaking a rollback criterion`,
      steps: [
        { text: 'Stop the rollout and send all traffic to the stable version', command: f.platform.key === 'kubernetes' ? `kubectl argo rollouts abort ${ctx.project.slug} --namespace ${ctx.project.slug}-production` : undefined },
        { text: 'Compare the canary\'s errors and latency with the stable version in the APM' },
        { text: 'Fix and release again; the canary starts from the first step' },
      ],
    });
  }
}

export function restoreDatabase(e: RunbookEnv, out: Runbook[]): void {
  const { ctx, escalate } = e;
  const backup = ctx.answers('7.7');
  if (backup) {
    out.push({
      title: 'Restore the database',
      trigger: 'data loss or corruption, or a database that cannot be recovered in place',
      steps: [
        { text: 'Follow the recovery steps in Backup & Disaster Recovery: stop writes, restore into a new instance, check, switch `DATABASE_URL`, restart' },
        { text: `Targets: service back within ${minutes(backup.rtoMinutes)} (RTO), at most ${minutes(backup.rpoMinutes)} of data lost (RPO)` },
        escalate,
      ],
    });
  }
}
