import { ENGINE_LABEL, progressive, v } from './shared.js';
import type { Platform, Rollout } from './types.js';

export function gcp(slug: string, docker: boolean, rollout?: Rollout): Platform {
  const svc = (env: string) => `${slug}-${env}`;
  const region = '--region "$GCP_REGION"';
  return {
    key: 'gcp',
    family: 'cloud',
    cloud: 'gcp',
    name: 'Google Cloud — Cloud Run',
    short: 'Google Cloud',
    unit: 'Cloud Run instance',
    assumption: '7.1 names Google Cloud; this guide assumes the service runs on Cloud Run (the first runtime the question lists).',
    loadBalancer: 'Cloud Run\'s built-in HTTPS endpoint (an external Application Load Balancer in front is optional)',
    ...(docker
      ? {
          registry: {
            name: 'Artifact Registry',
            image: `$REGISTRY/${slug}`,
            login: ['gcloud auth configure-docker "${REGISTRY%%/*}" --quiet'],
            vars: [v('REGISTRY', 'Artifact Registry repository (REGION-docker.pkg.dev/PROJECT/REPOSITORY)')],
            generic: false,
          },
        }
      : {}),
    managedDb: (e) => (e === 'mongodb' ? 'MongoDB Atlas on Google Cloud' : `Cloud SQL for ${e === 'unknown' ? 'PostgreSQL or MySQL' : ENGINE_LABEL[e]}`),
    cache: 'Memorystore for Redis',
    queue: 'RabbitMQ on Compute Engine (Pub/Sub is the managed alternative)',
    secretsStore: 'Google Secret Manager',
    logs: 'Cloud Logging',
    metrics: 'Cloud Monitoring',
    backups: 'Cloud SQL automated backups with point-in-time recovery',
    ssl: 'Google-managed certificates (Cloud Run domain mapping or the load balancer)',
    grace: { seconds: 10, owner: 'Cloud Run' },
    healthChecks: 'Cloud Run startup and liveness probes in the service definition',
    autoscaling: 'Cloud Run request-based autoscaling between `--min-instances` and `--max-instances`',
    strategies: {
      rolling: 'Cloud Run sends traffic to the new revision once it is ready',
      'blue-green': 'deploy with `--no-traffic`, check the tagged revision URL, then `gcloud run services update-traffic --to-latest`',
      canary: 'deploy with `--no-traffic`, then shift traffic in steps with `gcloud run services update-traffic --to-revisions <new-revision>=<percent>`',
      'feature-flags': 'a normal Cloud Run deploy; new behaviour stays off until its flag is switched on',
    },
    auth: ['echo "$GCP_SA_KEY" > /tmp/gcp-key.json', 'gcloud auth activate-service-account --key-file=/tmp/gcp-key.json', 'gcloud config set project "$GCP_PROJECT"'],
    setup: [],
    ciVars: [
      v('GCP_PROJECT', 'Google Cloud project id of the environment'),
      v('GCP_REGION', 'Region of the Cloud Run service'),
      v('GCP_SA_KEY', 'JSON key of the deploy service account (or use Workload Identity Federation)', true),
    ],
    serviceName: svc,
    deploysStrategy: true,
    deploy: (env) => {
      const source = docker ? '--image "$IMAGE"' : '--source .';
      if (env !== 'production' || !progressive(rollout)) return [`gcloud run deploy ${svc(env)} ${source} ${region}`];
      return [
        `gcloud run deploy ${svc(env)} ${source} ${region} --no-traffic --tag candidate`,
        rollout?.strategy === 'canary'
          ? `gcloud run services update-traffic ${svc(env)} ${region} --to-tags candidate=<first-canary-percent>  # later steps: see Deployment Strategy & Rollback`
          : `gcloud run services update-traffic ${svc(env)} ${region} --to-tags candidate=100`,
      ];
    },
    ops: (env) => ({
      logs: `gcloud run services logs read ${svc(env)} ${region} --limit 200`,
      status: `gcloud run services describe ${svc(env)} ${region}`,
      history: `gcloud run revisions list --service ${svc(env)} ${region}`,
      rollback: `gcloud run services update-traffic ${svc(env)} ${region} --to-revisions <previous-revision>=100`,
      scale: (n) => `gcloud run services update ${svc(env)} ${region} --min-instances ${n}`,
      console: 'the Cloud Console\'s Cloud Run pages (Metrics, Logs, Revisions)',
    }),
  };
}

export function azure(slug: string, docker: boolean, rollout?: Rollout): Platform {
  const svc = (env: string) => `${slug}-${env}`;
  const rg = '--resource-group "$AZURE_RESOURCE_GROUP"';
  return {
    key: 'azure',
    family: 'cloud',
    cloud: 'azure',
    name: 'Azure — App Service',
    short: 'Azure',
    unit: 'App Service instance',
    assumption: '7.1 names Azure; this guide assumes Azure App Service (the first runtime the question lists).',
    loadBalancer: 'App Service front ends (built-in load balancing)',
    ...(docker
      ? {
          registry: {
            name: 'Azure Container Registry',
            image: `$REGISTRY/${slug}`,
            login: ['az acr login --name "${REGISTRY%%.*}"'],
            vars: [v('REGISTRY', 'Azure Container Registry login server (NAME.azurecr.io)')],
            generic: false,
          },
        }
      : {}),
    managedDb: (e) => (e === 'mongodb' ? 'Azure Cosmos DB for MongoDB' : `Azure Database for ${e === 'unknown' ? 'PostgreSQL or MySQL' : ENGINE_LABEL[e]} flexible server`),
    cache: 'Azure Cache for Redis',
    queue: 'RabbitMQ on a VM (Azure Service Bus is the managed alternative)',
    secretsStore: 'Azure Key Vault',
    logs: 'Azure Monitor Logs (Log Analytics)',
    metrics: 'Azure Monitor',
    backups: 'automated backups with point-in-time restore',
    ssl: 'App Service managed certificates',
    healthChecks: 'the App Service health check path (readiness endpoint)',
    autoscaling: 'App Service plan autoscale rules on CPU percentage',
    strategies: {
      rolling: 'App Service replaces the instances with the new version (a staging slot and swap avoids the restart gap)',
      'blue-green': 'deployment slots: deploy to the `staging` slot, warm it up, then `az webapp deployment slot swap`',
      canary: 'slot traffic routing: `az webapp traffic-routing set --distribution staging=<percent>`',
      'feature-flags': 'a normal slot swap; new behaviour stays off until its flag is switched on',
    },
    auth: ['az login --service-principal --username "$AZURE_CLIENT_ID" --password "$AZURE_CLIENT_SECRET" --tenant "$AZURE_TENANT_ID"'],
    setup: [],
    ciVars: [
      v('AZURE_CLIENT_ID', 'Deploy service principal'),
      v('AZURE_CLIENT_SECRET', 'Deploy service principal secret (or use OIDC federation)', true),
      v('AZURE_TENANT_ID', 'Azure AD tenant'),
      v('AZURE_RESOURCE_GROUP', 'Resource group of the environment'),
    ],
    serviceName: svc,
    deploysStrategy: true,
    deploy: (env) => {
      const slot = env === 'production' && progressive(rollout) ? ' --slot staging' : '';
      const lines = docker
        ? [`az webapp config container set --name ${svc(env)} ${rg}${slot} --container-image-name "$IMAGE"`]
        : ['zip -qr release.zip .', `az webapp deploy --name ${svc(env)} ${rg}${slot} --src-path release.zip --type zip`];
      if (!slot) return lines;
      return [
        ...lines,
        rollout?.strategy === 'canary'
          ? `az webapp traffic-routing set --name ${svc(env)} ${rg} --distribution staging=<first-canary-percent>`
          : `az webapp deployment slot swap --name ${svc(env)} ${rg} --slot staging --target-slot production`,
      ];
    },
    ops: (env) => ({
      logs: `az webapp log tail --name ${svc(env)} ${rg}`,
      status: `az webapp show --name ${svc(env)} ${rg} --query state`,
      restart: `az webapp restart --name ${svc(env)} ${rg}`,
      rollback: `az webapp deployment slot swap --name ${svc(env)} ${rg} --slot staging --target-slot production`,
      scale: (n) => `az appservice plan update --name <app-service-plan> ${rg} --number-of-workers ${n}`,
      cpu: `az monitor metrics list --resource <app-service-plan-id> --metric CpuPercentage --interval PT5M`,
      shell: `az webapp ssh --name ${svc(env)} ${rg}`,
    }),
  };
}
