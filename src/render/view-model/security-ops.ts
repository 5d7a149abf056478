import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { EnvVar } from './env-vars/index.js';
import { secretsStore } from './env-vars/index.js';
import type { Decisions } from './decisions/index.js';
import { platformSecurity } from './platform-ops.js';
import { SHUTDOWN_MARGIN_SECONDS } from './shutdown.js';

const REC = '(recommended)';
const DB_PORTS: Record<string, number> = { postgres: 5432, mysql: 3306, mongodb: 27017, unknown: 5432 };

function rotation(v: EnvVar, store: string, pool: string): string {
  if (v.name === 'DATABASE_URL') return `Create a second database user (or give the second user a new password), put its URL in ${store}, roll the service, check readiness, then drop the old user. Open connections move over within the pool's max lifetime${pool}.`;
  if (v.name === 'REDIS_URL') return `Add the new password next to the old one (a Redis ACL user, or the provider's auth token rotation that keeps both valid), put the new URL in ${store}, roll the service, then remove the old password.`;
  if (v.name === 'AMQP_URL') return `Create a new RabbitMQ user with the same permissions, put its URL in ${store}, roll the service and the workers, then delete the old user.`;
  // the application's own signing/encryption key (framework secret key, APP_KEY, JWT secret): no vendor behind it
  if (v.name === 'APP_KEY') return `Generate a new key (\`php artisan key:generate --show\`), put it in ${store} with the old one in \`APP_PREVIOUS_KEYS\` (Laravel 11+; without it encrypted values and sessions of the old key can no longer be read), roll the service, then drop the old key once nothing needs it.`;
  if (v.name === 'SECRET_KEY_BASE') return `Generate a new value (\`bin/rails secret\`), put it in ${store} and roll the service; cookies and sessions signed with the old value stop being valid unless a cookie rotation (\`config.action_dispatch.cookies_rotations\`) accepts it for a while.`;
  if (OWN_KEY.test(v.name)) return `Generate a new random value (\`openssl rand -hex 32\`), put it in ${store} and roll the service; sessions, cookies and tokens signed with the old key stop being valid unless the framework accepts it as a fallback for a while (Django: \`SECRET_KEY_FALLBACKS\`).`;
  return `Create a new key in the vendor's console, put it in ${store}, roll the service, check that the integration still works (telemetry arrives, flags evaluate), then revoke the old key.`;
}

/** Variables that hold the application's own secret (signing, encryption), not a credential issued by a vendor. */
const OWN_KEY = /^(?:[A-Z]+_)?SECRET_KEY(?:_BASE)?$|^APP_KEY$|^(?:JWT|SESSION|COOKIE)_SECRET$|^(?:APP|ENCRYPTION)_SECRET$/;

interface Manifest { yaml: string }

/** Kubernetes manifests for production: ConfigMap, Secret, Deployment (requests/limits, probes), Service, PDB, HPA, NetworkPolicy. */
function kubernetesManifests(ctx: Ctx, f: Decisions, vars: EnvVar[], sections: ViewModel): Manifest {
  const slug = ctx.project.slug;
  const ns = `${slug}-production`;
  const port = f.stack.port;
  const scaling = ctx.answers('7.8');
  const strategy = scaling ? scaling.strategy : '';
  const replicas = scaling && strategy !== 'vertical' ? scaling.minInstances : 2;
  const health = ctx.answers('7.9');
  const endpoints = health ? health.endpoints : [];
  const live = endpoints.includes('live') ? '/health/live' : endpoints.includes('health') ? '/health' : '/health';
  const ready = endpoints.includes('ready') ? '/health/ready' : live;
  const shutdown = ctx.answers('7.9.1');
  const budget = shutdown && shutdown.enabled === 'yes' ? shutdown.totalTimeout : 25;
  const grace = budget + SHUTDOWN_MARGIN_SECONDS;
  const q = (s: string) => JSON.stringify(s);
  // canary and blue-green run through Argo Rollouts (as the deploy commands do): the workload is a Rollout
  const rollout = f.rollout?.progressive ? f.rollout.strategy : undefined;
  const canary = f.rollout?.canary;
  const canarySteps: string[] = [];
  if (canary) {
    for (let w = canary.initial; w < 100; w += Math.max(1, canary.step)) {
      canarySteps.push(`        - setWeight: ${w}`, '        - pause:', `            duration: ${canary.interval}m`);
    }
  }
  const rolloutStrategy = rollout === 'canary'
    ? ['  strategy:', '    canary:', '      steps:', ...canarySteps]
    : rollout === 'blue-green'
      ? ['  strategy:', '    blueGreen:', `      activeService: ${slug}`, `      previewService: ${slug}-preview`, '      autoPromotionEnabled: false']
      : ['  strategy:', '    type: RollingUpdate', '    rollingUpdate:', '      maxUnavailable: 0', '      maxSurge: 1'];
  // the application's variables only: alerting variables are read by the alerting setup, not by the pods
  const appVars = vars.filter((v) => v.group !== 'Alerting');
  const config = appVars.filter((v) => !v.secret).map((v) => {
    const value = v.perEnv?.production ?? (v.required === 'deployed' || v.name === 'APP_URL' || v.name === 'APP_VERSION' ? `<${v.name.toLowerCase().replace(/_/g, '-')}>` : v.default ?? v.value);
    return `  ${v.name}: ${q(value)}`;
  });
  const secrets = appVars.filter((v) => v.secret).map((v) => `  ${v.name}: ${q(`<from ${secretsStore(ctx, f)}>`)}`);
  const dbPort = DB_PORTS[f.db.engine] ?? 5432;
  const egressPorts = [dbPort, ...(f.redis ? [6379] : []), ...(f.queue ? [5672] : []), 443];
  const docs = [
    ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${slug}-config`, `  namespace: ${ns}`, 'data:', ...(config.length > 0 ? config : ['  APP_ENV: "production"'])],
    ['# Prefer syncing this from the secret store (External Secrets Operator) to committing it', 'apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${slug}-secrets`, `  namespace: ${ns}`, 'type: Opaque', 'stringData:', ...(secrets.length > 0 ? secrets : ['  PLACEHOLDER: "none"'])],
    [
      ...(rollout ? ['apiVersion: argoproj.io/v1alpha1', 'kind: Rollout'] : ['apiVersion: apps/v1', 'kind: Deployment']), 'metadata:', `  name: ${slug}`, `  namespace: ${ns}`, 'spec:',
      `  replicas: ${replicas}`, '  selector:', '    matchLabels:', `      app: ${slug}`,
      ...rolloutStrategy,
      '  template:', '    metadata:', '      labels:', `        app: ${slug}`, '    spec:',
      `      terminationGracePeriodSeconds: ${grace} # shutdown budget ${budget} s + ${SHUTDOWN_MARGIN_SECONDS} s margin (Graceful Shutdown)`,
      '      securityContext:', '        runAsNonRoot: true', '        seccompProfile:', '          type: RuntimeDefault',
      '      containers:', `        - name: ${slug}`, `          image: ${q(`<registry>/${slug}:<commit-sha>`)}`,
      '          ports:', `            - containerPort: ${port}`,
      '          envFrom:', '            - configMapRef:', `                name: ${slug}-config`, '            - secretRef:', `                name: ${slug}-secrets`,
      '          resources: # recommended starting values: measure under load and adjust', '            requests:', '              cpu: 250m', '              memory: 256Mi', '            limits:', '              cpu: "1"', '              memory: 512Mi',
      '          livenessProbe:', '            httpGet:', `              path: ${live}`, `              port: ${port}`, '            periodSeconds: 10', '            failureThreshold: 3',
      '          readinessProbe:', '            httpGet:', `              path: ${ready}`, `              port: ${port}`, '            periodSeconds: 5', '            failureThreshold: 2',
      '          securityContext:', '            allowPrivilegeEscalation: false', '            readOnlyRootFilesystem: true',
    ],
    ['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${slug}`, `  namespace: ${ns}`, 'spec:', '  selector:', `    app: ${slug}`, '  ports:', '    - port: 80', `      targetPort: ${port}`],
    ...(rollout === 'blue-green' ? [['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${slug}-preview`, `  namespace: ${ns}`, 'spec:', '  selector:', `    app: ${slug}`, '  ports:', '    - port: 80', `      targetPort: ${port}`]] : []),
    ['apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata:', `  name: ${slug}`, `  namespace: ${ns}`, 'spec:', '  maxUnavailable: 1', '  selector:', '    matchLabels:', `      app: ${slug}`],
    ...(sections.HAS_HPA === true ? [String(sections.HPA_EXAMPLE).split('\n')] : []),
    [
      'apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata:', `  name: ${slug}`, `  namespace: ${ns}`, 'spec:',
      '  podSelector:', '    matchLabels:', `      app: ${slug}`, '  policyTypes:', '    - Ingress', '    - Egress',
      '  ingress:', '    - from: # the ingress controller\'s namespace; rename to yours', '        - namespaceSelector:', '            matchLabels:', '              kubernetes.io/metadata.name: ingress-nginx',
      '      ports:', `        - port: ${port}`,
      '  egress:', '    - to: # DNS', '        - namespaceSelector:', '            matchLabels:', '              kubernetes.io/metadata.name: kube-system',
      '      ports:', '        - port: 53', '          protocol: UDP', '        - port: 53', '          protocol: TCP',
      `    - ports: # ${[f.db.label, f.redis && 'Redis', f.queue && 'RabbitMQ', 'HTTPS APIs'].filter(Boolean).join(', ')}`,
      ...egressPorts.map((p) => `        - port: ${p}`),
    ],
  ];
  return { yaml: docs.map((d) => d.join('\n')).join('\n---\n') };
}

/** Security operations: TLS/HSTS, network rules, WAF, secret rotation, access and break-glass, audit logs, Kubernetes manifests. */
export function securityOpsValues(ctx: Ctx, f: Decisions, vars: EnvVar[], sections: ViewModel): ViewModel {
  const p = f.platform;
  const sec = platformSecurity(f);
  const store = secretsStore(ctx, f);
  const pool = ctx.answers('7.7.2');
  const poolText = pool ? ` (${Math.round(pool.maxLifetime / 60000)} minutes, 7.7.2)` : '';
  const who = f.rollout?.rollback.whoPhrase ?? 'the people allowed to deploy';
  const full = ctx.scope !== 'mvp';
  const port = f.stack.port;
  const dbPort = DB_PORTS[f.db.engine] ?? 5432;
  const network = [
    { FROM: 'Internet', TO: p.loadBalancer, PORT: '443 (80 only to redirect to HTTPS)', WHY: 'Public traffic, TLS only' },
    { FROM: p.loadBalancer, TO: 'The service', PORT: String(port), WHY: 'Nothing else reaches the service directly' },
    { FROM: 'The service', TO: f.db.label === 'the database' ? 'The database' : f.db.label, PORT: String(dbPort), WHY: 'The database accepts connections from the service and the admin path only' },
    ...(f.redis ? [{ FROM: 'The service', TO: 'Redis', PORT: '6379', WHY: 'Cache; never exposed publicly' }] : []),
    ...(f.queue ? [{ FROM: 'The service and workers', TO: 'RabbitMQ', PORT: '5672', WHY: 'Queue; management UI only through the admin path' }] : []),
    { FROM: 'Administrators', TO: 'Database and hosts', PORT: 'as needed', WHY: 'Only through a bastion, VPN or the provider\'s identity-aware proxy, never open to the internet' },
  ];
  const ciSecrets = ((sections.CI_VARIABLE as { CI_VAR_NAME: string; CI_VAR_KIND: string }[] | undefined) ?? []).filter((v) => v.CI_VAR_KIND === 'Secret');
  const rotations = [
    ...vars.filter((v) => v.secret).map((v) => ({ SECRET: `\`${v.name}\``, HOW_OFTEN: `Every 90 days, and when someone with access leaves ${REC}`, PROCEDURE: rotation(v, store, poolText) })),
    ...ciSecrets.map((v) => ({ SECRET: `\`${v.CI_VAR_NAME}\` (CI)`, HOW_OFTEN: `Every 90 days ${REC}; better, replace it with short-lived OIDC credentials`, PROCEDURE: 'Create the new credential, update it in the CI system\'s secret settings, run a deploy to staging to prove it, then revoke the old one.' })),
  ];
  const tls = [
    `Certificates: ${p.ssl}.`,
    'TLS 1.2 or newer only; HTTP answers with a redirect to HTTPS and nothing else.',
    `HSTS on every HTTPS response ${REC}; start with a short \`max-age\` and raise it to a year once every subdomain serves HTTPS.`,
    'The *TLS certificate expiring* alert (Alerts & On-Call) warns 14 days before expiry; renewal failures are fixed like a SEV3.',
  ];
  const access = [
    { WHO: 'Developers', GETS: 'Staging: deploy, logs, shell. Production: dashboards and logs, read-only' },
    { WHO: `${who.charAt(0).toUpperCase()}${who.slice(1)} (7.4.1)`, GETS: 'Production: approve deploys, roll back, scale, restart' },
    { WHO: 'Database administrators (named people)', GETS: 'Production database: read-only by default; write access for a change or an incident, granted for hours and logged' },
    { WHO: 'The pipeline', GETS: 'Push images and deploy, nothing else (least privilege; short-lived OIDC credentials where the CI supports them)' },
  ];
  const k8s = p.key === 'kubernetes' && full;
  return {
    SECURITY_FULL: full,
    SECURITY_SHORT_NOTE: 'The MVP scope keeps this chapter to TLS and secret rotation. `ai-flow phase7 --scope production` adds network rules, the WAF, access, MFA, break-glass and audit logging.',
    SECURITY_TLS: tls.map((t) => ({ ITEM: t })),
    HSTS_HEADER: 'Strict-Transport-Security: max-age=31536000; includeSubDomains',
    NETWORK_WHERE: `Where: ${sec.network}.`,
    NETWORK_RULE: network,
    WAF_TEXT: `${sec.waf.charAt(0).toUpperCase()}${sec.waf.slice(1)} ${REC}: start in count (log-only) mode for a week, then block. Rate-limit the login and other expensive endpoints there.`,
    SECRET_ROTATION: rotations,
    SECRET_STORE_TEXT: `Secrets live in ${store}. Rotate one at a time, during working hours, with the rollback being the old value (revoke it only after the check).`,
    ACCESS_RULE: access,
    MFA_TEXT: `MFA is required on every account that reaches production: the Git host, ${p.key === 'unknown' ? 'the platform' : p.short}, ${store}, the monitoring and on-call tools ${REC}. Access is reviewed every quarter and removed the day someone leaves.`,
    BREAK_GLASS_TEXT: `Break-glass: ${sec.breakGlass}. Use it only in a SEV1 when normal access fails, announce it in the incident channel, rotate its credentials afterwards, and review its use in the post-mortem.`,
    AUDIT_ITEM: [
      `Platform: ${sec.audit}.`,
      'Git host: the organization\'s audit log (permissions, branch protection, secrets of the pipeline).',
      'Deploys: the pipeline\'s run history says who deployed what and who approved it.',
      `Database: ${f.db.engine === 'postgres' || f.db.engine === 'unknown' ? 'pgAudit (or the provider\'s audit setting) for DDL and role changes' : f.db.engine === 'mysql' ? 'the provider\'s audit log plugin for DDL and grants' : 'MongoDB auditing (or the provider\'s database audit setting)'}, and every production admin session.`,
      `Keep audit logs for a year, apart from the application's logs, writable by nobody who can change production ${REC}.`,
    ].map((t) => ({ ITEM: t })),
    HAS_K8S_MANIFESTS: k8s,
    K8S_MANIFESTS: k8s ? kubernetesManifests(ctx, f, vars, sections).yaml : '',
  };
}
