import { ENGINE_LABEL, v } from './shared.js';
import type { DbEngine, Platform, Rollout } from './types.js';

const progressive = (r?: Rollout) => r?.strategy === 'canary' || r?.strategy === 'blue-green';

const AWS_DB: Record<DbEngine, string> = {
  postgres: 'Amazon RDS for PostgreSQL',
  mysql: 'Amazon RDS for MySQL',
  mongodb: 'Amazon DocumentDB (MongoDB-compatible)',
  unknown: 'Amazon RDS',
};

const awsBase = {
  family: 'cloud' as const,
  cloud: 'aws' as const,
  managedDb: (e: DbEngine) => AWS_DB[e],
  cache: 'Amazon ElastiCache (Redis OSS)',
  queue: 'Amazon MQ for RabbitMQ',
  secretsStore: 'AWS Secrets Manager',
  logs: 'Amazon CloudWatch Logs',
  metrics: 'Amazon CloudWatch',
  backups: 'RDS automated backups with point-in-time recovery',
  ssl: 'AWS Certificate Manager (ACM) certificates on the load balancer, renewed automatically',
  setup: [],
};

const awsVars = [
  v('AWS_ACCESS_KEY_ID', 'Deploy user (or use OIDC federation instead of keys)', true),
  v('AWS_SECRET_ACCESS_KEY', 'Deploy user secret', true),
  v('AWS_REGION', 'Region of the environment'),
];

export function awsEcs(slug: string, rollout?: Rollout): Platform {
  const svc = (env: string) => `${slug}-${env}`;
  return {
    ...awsBase,
    key: 'aws-ecs',
    name: 'AWS — Amazon ECS on Fargate',
    short: 'AWS',
    unit: 'ECS task',
    assumption: '7.1 names AWS; this guide assumes the containers run as an ECS service on Fargate (the first runtime the question lists).',
    loadBalancer: 'Application Load Balancer',
    registry: {
      name: 'Amazon ECR',
      image: `$REGISTRY/${slug}`,
      login: ['aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin "$REGISTRY"'],
      vars: [v('REGISTRY', 'ECR registry host (ACCOUNT.dkr.ecr.REGION.amazonaws.com)')],
      generic: false,
    },
    grace: { seconds: 30, owner: 'ECS', setting: '`stopTimeout` in the task definition (at most 120 s on Fargate)' },
    healthChecks: 'the ALB target group health check (readiness path) and the container health check in the task definition',
    autoscaling: 'ECS service auto scaling with a target-tracking policy on `ECSServiceAverageCPUUtilization`',
    strategies: {
      rolling: 'ECS rolling update with `minimumHealthyPercent` 100 and `maximumPercent` 200, so full capacity stays up',
      'blue-green': 'ECS blue/green deployments with AWS CodeDeploy: two ALB target groups, traffic shifted by CodeDeploy',
      canary: 'AWS CodeDeploy canary deployment configuration for ECS (a custom configuration carries the percentages below)',
      'feature-flags': 'ECS rolling update; new behaviour stays off until its flag is switched on',
    },
    auth: [],
    ciVars: [...awsVars, v('ECS_CLUSTER', 'ECS cluster name')],
    serviceName: svc,
    deploysStrategy: !progressive(rollout),
    deploy: (env) => [
      `TASK_DEF=$(aws ecs describe-task-definition --task-definition ${svc(env)} --query taskDefinition)`,
      `NEW_DEF=$(echo "$TASK_DEF" | jq --arg IMAGE "$IMAGE" '.containerDefinitions[0].image = $IMAGE | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities, .registeredAt, .registeredBy)')`,
      'NEW_ARN=$(aws ecs register-task-definition --cli-input-json "$NEW_DEF" --query taskDefinition.taskDefinitionArn --output text)',
      `aws ecs update-service --cluster "$ECS_CLUSTER" --service ${svc(env)} --task-definition "$NEW_ARN"`,
      `aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services ${svc(env)}`,
    ],
    ops: (env) => ({
      logs: `aws logs tail /ecs/${svc(env)} --since 15m`,
      status: `aws ecs describe-services --cluster "$ECS_CLUSTER" --services ${svc(env)} --query 'services[0].{running:runningCount,desired:desiredCount,deployments:deployments[].rolloutState}'`,
      restart: `aws ecs update-service --cluster "$ECS_CLUSTER" --service ${svc(env)} --force-new-deployment`,
      history: `aws ecs list-task-definitions --family-prefix ${svc(env)} --sort DESC --max-items 5`,
      rollback: `aws ecs update-service --cluster "$ECS_CLUSTER" --service ${svc(env)} --task-definition ${svc(env)}:<previous-revision>`,
      scale: (n) => `aws ecs update-service --cluster "$ECS_CLUSTER" --service ${svc(env)} --desired-count ${n}`,
      cpu: `aws cloudwatch get-metric-statistics --namespace AWS/ECS --metric-name CPUUtilization --dimensions Name=ClusterName,Value="$ECS_CLUSTER" Name=ServiceName,Value=${svc(env)} --start-time "$(date -u -d '-30 min' +%FT%TZ)" --end-time "$(date -u +%FT%TZ)" --period 300 --statistics Average Maximum`,
      memory: `aws cloudwatch get-metric-statistics --namespace AWS/ECS --metric-name MemoryUtilization --dimensions Name=ClusterName,Value="$ECS_CLUSTER" Name=ServiceName,Value=${svc(env)} --start-time "$(date -u -d '-30 min' +%FT%TZ)" --end-time "$(date -u +%FT%TZ)" --period 300 --statistics Average Maximum`,
      shell: `aws ecs execute-command --cluster "$ECS_CLUSTER" --task <task-id> --interactive --command /bin/sh`,
    }),
  };
}

export function awsBeanstalk(slug: string, rollout?: Rollout): Platform {
  const svc = (env: string) => `${slug}-${env}`;
  return {
    ...awsBase,
    key: 'aws-beanstalk',
    name: 'AWS — Elastic Beanstalk',
    short: 'AWS',
    unit: 'EC2 instance',
    assumption: '7.1 names AWS and 7.2 deploys without Docker; this guide assumes AWS Elastic Beanstalk, which runs the application from source bundles.',
    loadBalancer: 'Application Load Balancer (managed by Elastic Beanstalk)',
    healthChecks: 'the Elastic Beanstalk environment health check URL (readiness path) and enhanced health reporting',
    autoscaling: 'the environment\'s Auto Scaling group triggers (CPU based)',
    strategies: {
      rolling: 'Elastic Beanstalk "Rolling with additional batch" deployment policy, so capacity never drops',
      'blue-green': 'a second Elastic Beanstalk environment and a CNAME swap (`eb swap`)',
      canary: 'Elastic Beanstalk "Traffic splitting" deployment policy',
      'feature-flags': 'a rolling deployment; new behaviour stays off until its flag is switched on',
    },
    auth: [],
    setup: ['pip install awsebcli'],
    ciVars: awsVars,
    serviceName: svc,
    deploysStrategy: rollout?.strategy !== 'blue-green',
    deploy: (env) => [`eb deploy ${svc(env)} --label "$VERSION"`],
    ops: (env) => ({
      logs: `eb logs ${svc(env)}`,
      status: `eb health ${svc(env)}`,
      restart: `aws elasticbeanstalk restart-app-server --environment-name ${svc(env)}`,
      history: `aws elasticbeanstalk describe-application-versions --max-records 5`,
      rollback: `eb deploy ${svc(env)} --version <previous-version-label>`,
      scale: (n) => `eb scale ${n} ${svc(env)}`,
      cpu: `eb health ${svc(env)} --refresh`,
      shell: `eb ssh ${svc(env)}`,
    }),
  };
}

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
