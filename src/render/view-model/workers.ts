import type { Worker } from '../../detect/stack/types.js';
import type { ViewModel } from '../types.js';
import { workerService } from './container.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { where } from './stack.js';

/** How each kind of worker stops gracefully on SIGTERM, and the budget it needs. */
function shutdown(w: Worker): string {
  switch (w.kind) {
    case 'celery': return 'SIGTERM is Celery\'s warm shutdown: it stops taking tasks and finishes the running ones; give it the longest task\'s time (stop grace period), and use `acks_late=True` so a killed task is redelivered';
    case 'rq': case 'dramatiq': return 'SIGTERM finishes the current job and exits; a second SIGTERM (or the platform\'s SIGKILL) abandons it, so keep jobs idempotent';
    case 'sidekiq': return 'SIGTERM stops fetching jobs and waits up to `-t` seconds (default 25) for running ones, then pushes unfinished jobs back to Redis; keep `-t` below the platform grace period';
    case 'good_job': case 'solid_queue': case 'resque': return 'SIGTERM stops picking up jobs and waits for the running ones (configure the shutdown timeout below the platform grace period)';
    case 'bullmq': case 'bull': return 'On SIGTERM call `await worker.close()`: it stops taking jobs and waits for the active ones; stalled jobs are retried by another worker';
    case 'agenda': return 'On SIGTERM call `await agenda.stop()`: it unlocks running jobs so another process picks them up';
    case 'laravel-queue': return '`queue:work` finishes the current job on SIGTERM and exits; keep `--timeout` below the platform grace period and restart workers after each deploy (`php artisan queue:restart`); `--stop-when-empty` for one-off runs';
    case 'hosted-service': return 'The host cancels the `stoppingToken` of `ExecuteAsync` on SIGTERM; finish the current item within `HostOptions.ShutdownTimeout`';
    default: return 'Check that the process handles SIGTERM by finishing its current unit of work and exiting before the platform\'s grace period';
  }
}

function deploy(ctx: Ctx, f: Decisions, w: Worker): string {
  const cmd = w.command ? `\`${w.command.replace(/`/g, '\'')}\`` : 'its start command';
  const svc = workerService(w.name);
  switch (f.platform.key) {
    case 'kubernetes': return `Its own Deployment \`${ctx.project.slug}-${svc}\` from the same image, with \`command\` ${cmd}; no Service and no HTTP probes (use an exec liveness probe or none)`;
    case 'heroku': return `A Procfile process type: \`${w.name}: ${w.command ?? '<command>'}\`, scaled with \`heroku ps:scale ${w.name}=1\``;
    case 'fly-io': return `A process group in fly.toml (\`[processes] ${w.name} = "${w.command ?? '<command>'}"\`), scaled with \`fly scale count ${w.name}=1\``;
    case 'render': return `A Render Background Worker service from the same repository, start command ${cmd}`;
    case 'railway': return `A second Railway service from the same repository, start command ${cmd}`;
    default: return f.docker ? `A second service or task from the same image with the command ${cmd} (the compose file's \`${svc}\`)` : `A separate process under the process manager with ${cmd}`;
  }
}

/** Background workers (stack.workers): how each is deployed, scaled, stopped and alerted on. */
export function workerValues(ctx: Ctx, f: Decisions): ViewModel {
  const workers = f.stack.workers;
  return {
    HAS_WORKERS: workers.length > 0,
    WORKER: workers.map((w) => ({
      WORKER_NAME: w.name,
      WORKER_KIND: w.kind,
      WORKER_COMMAND: w.command ? `\`${w.command.replace(/`/g, '\'')}\`` : 'not found',
      WORKER_EVIDENCE: where(w.evidence),
      WORKER_DEPLOY: deploy(ctx, f, w),
      WORKER_SCALE: 'Scale on queue depth (jobs waiting), not CPU; at least one instance in every environment that enqueues work',
      WORKER_SHUTDOWN: shutdown(w),
      WORKER_ALERT: 'Alert when the queue backlog keeps growing for 10 minutes, when the oldest job waits longer than its deadline, or when no worker is consuming',
    })),
  };
}
