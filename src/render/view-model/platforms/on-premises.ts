import { ENGINE_LABEL, genericRegistry, progressive } from './shared.js';
import { ssh, sshAuth, sshVars } from './ssh.js';
import type { Platform, Rollout } from './types.js';

export function onPremises(slug: string, docker: boolean, kind: string, rollout?: Rollout): Platform {
  const name = kind === 'private-cloud' ? 'On-premises — private cloud' : 'On-premises — company servers';
  return {
    key: 'on-premises',
    family: 'on-premises',
    name,
    short: 'On-premises',
    unit: docker ? 'container' : 'server process',
    loadBalancer: 'your load balancer or reverse proxy (for example NGINX or HAProxy)',
    ...(docker ? { registry: genericRegistry(slug) } : {}),
    managedDb: (e) => `a self-hosted ${e === 'unknown' ? 'database' : ENGINE_LABEL[e]} server`,
    cache: 'a self-hosted Redis server',
    queue: 'a self-hosted RabbitMQ server',
    secretsStore: 'files readable only by the service user (or a vault)',
    logs: docker ? 'Docker logs on each host' : 'journald on each host',
    metrics: 'your metrics stack',
    backups: 'scheduled dumps copied off the database host',
    ssl: 'certificates from your internal CA or Let\'s Encrypt (certbot); renewal must be automated and monitored',
    grace: docker
      ? { seconds: 10, owner: 'Docker', setting: '`stop_grace_period` in the compose file' }
      : { seconds: 90, owner: 'systemd', setting: '`TimeoutStopSec` in the systemd unit' },
    healthChecks: 'the load balancer\'s health check (readiness path)' + (docker ? ' and the compose `healthcheck`' : ''),
    opsNote: docker ? 'Server commands (`docker compose`, `docker stats`) run on each application server, in `$DEPLOY_PATH`.' : 'Server commands (`systemctl`, `journalctl`) run on each application server.',
    autoscaling: 'none on fixed servers; add a server behind the load balancer and to `DEPLOY_HOSTS`',
    strategies: {
      rolling: 'take one server out of the load balancer, update it, check it, put it back; repeat',
      'blue-green': 'two stacks (blue and green); switch the load balancer upstream from one to the other',
      canary: 'weighted upstreams in the load balancer (for example NGINX `weight=`)',
      'feature-flags': 'a rolling update; new behaviour stays off until its flag is switched on',
    },
    auth: sshAuth,
    setup: [],
    ciVars: sshVars,
    serviceName: (env) => `${slug}-${env}`,
    deploysStrategy: !progressive(rollout),
    deploy: () =>
      docker
        ? [
            'for host in $DEPLOY_HOSTS; do',
            `  ${ssh} "cd $DEPLOY_PATH && IMAGE=$IMAGE docker compose pull app && IMAGE=$IMAGE docker compose up -d --wait app"`,
            'done',
          ]
        : [
            'for host in $DEPLOY_HOSTS; do',
            '  rsync -az --delete ./ "$DEPLOY_USER@$host:$DEPLOY_PATH/releases/$VERSION/"',
            `  ${ssh} "ln -sfn $DEPLOY_PATH/releases/$VERSION $DEPLOY_PATH/current && sudo systemctl restart ${slug}"`,
            'done',
          ],
    ops: () =>
      docker
        ? {
            logs: 'docker compose logs --since 15m app',
            status: 'docker compose ps',
            restart: 'docker compose restart app',
            rollback: 'IMAGE=<previous-image> docker compose up -d app',
            history: 'docker image ls',
            cpu: 'docker stats --no-stream',
            memory: 'docker stats --no-stream',
            shell: 'docker compose exec app sh',
          }
        : {
            logs: `journalctl -u ${slug} --since "15 min ago"`,
            status: `systemctl status ${slug}`,
            restart: `sudo systemctl restart ${slug}`,
            history: 'ls -t "$DEPLOY_PATH/releases"',
            rollback: `ln -sfn "$DEPLOY_PATH/releases/<previous-release>" "$DEPLOY_PATH/current" && sudo systemctl restart ${slug}`,
            cpu: 'top -b -n 1 | head -n 20',
          },
  };
}
