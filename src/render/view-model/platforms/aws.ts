import { progressive, v } from './shared.js';
import type { DbEngine, Platform, Rollout } from './types.js';

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
