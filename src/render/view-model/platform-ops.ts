import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import type { PlatformKey } from './platforms/index.js';

/**
 * What the security, drill and cheat-sheet chapters need to know about each platform beyond its deploy and
 * operator commands: where network rules, the WAF, the audit log and emergency access live, and how to read
 * the version that is running. Decisions about the platforms' own features; choices the answers do not make are
 * marked as recommendations by the chapters that use them.
 */
export interface PlatformSecurity {
  /** Where network rules are written. */
  network: string;
  /** The web application firewall this platform offers, or the recommended way to put one in front. */
  waf: string;
  /** Where the platform records who changed what. */
  audit: string;
  /** Emergency ("break-glass") access on this platform. */
  breakGlass: string;
  /** Whether the platform can fail over to another region by itself (else a region outage is a restore). */
  regions: string;
}

const SECURITY: Record<PlatformKey, PlatformSecurity> = {
  'aws-ecs': {
    network: 'VPC security groups: one for the load balancer, one for the ECS tasks, one for the database and cache',
    waf: 'AWS WAF attached to the Application Load Balancer (AWS managed rule groups: core rule set, known bad inputs, IP reputation)',
    audit: 'AWS CloudTrail (API calls: deploys, task definition and security group changes, secret reads)',
    breakGlass: 'a break-glass IAM role with administrator rights, assumable only with MFA, its use alerting through CloudTrail',
    regions: 'ECS and RDS run in one region; another region needs a standby stack (cross-region RDS snapshot copies or a read replica, and the image in that region\'s ECR)',
  },
  'aws-beanstalk': {
    network: 'VPC security groups of the Elastic Beanstalk environment\'s load balancer and instances, and of the database',
    waf: 'AWS WAF attached to the environment\'s Application Load Balancer',
    audit: 'AWS CloudTrail (deploys, environment and security group changes, secret reads)',
    breakGlass: 'a break-glass IAM role with administrator rights, assumable only with MFA, its use alerting through CloudTrail',
    regions: 'one region per environment; another region needs a second environment and cross-region snapshot copies',
  },
  gcp: {
    network: 'Cloud Run ingress settings (internal and load balancer only, once a load balancer is in front), a Serverless VPC Access connector or Direct VPC egress, and Cloud SQL on a private IP',
    waf: 'Google Cloud Armor on an external Application Load Balancer in front of Cloud Run',
    audit: 'Cloud Audit Logs (Admin Activity is always on; turn on Data Access logs for Secret Manager and Cloud SQL)',
    breakGlass: 'a break-glass account with the Owner role, its credentials sealed, MFA enforced, and a log-based alert on its use',
    regions: 'Cloud Run is regional; another region needs the service deployed there and a Cloud SQL cross-region replica to promote',
  },
  azure: {
    network: 'App Service access restrictions, VNet integration, and private endpoints for the database and cache',
    waf: 'Azure Front Door (or Application Gateway) with the Web Application Firewall policy in prevention mode',
    audit: 'the Azure Activity Log, exported to a Log Analytics workspace for retention',
    breakGlass: 'two emergency access accounts excluded from conditional access policies, with sign-in alerts (Microsoft\'s recommended break-glass setup)',
    regions: 'App Service is regional; another region needs a second app and a geo-replica of the database',
  },
  heroku: {
    network: 'no network rules on the Common Runtime: the app is public and Heroku Postgres needs TLS and credentials; Private Spaces add trusted IP ranges',
    waf: 'none built in: put a CDN with a WAF (for example Cloudflare) in front of the app',
    audit: 'the app\'s activity feed and releases (`heroku releases`); Heroku Enterprise adds an account audit trail',
    breakGlass: 'a second team admin account with MFA, its credentials sealed, for when the usual admins are unreachable',
    regions: 'an app runs in one region; another region needs a second app and a restore of the database there',
  },
  railway: {
    network: 'Railway\'s private network between services; only services with a public domain are reachable from the internet',
    waf: 'none built in: put a CDN with a WAF (for example Cloudflare) in front of the public domain',
    audit: 'the project\'s deployment history and activity in the Railway dashboard',
    breakGlass: 'a second workspace admin with MFA, its credentials sealed',
    regions: 'a service runs in the region it is deployed to; another region needs a redeploy there and a restored database',
  },
  render: {
    network: 'Render private network between services, and the database\'s inbound IP allow list (empty: private network only)',
    waf: 'none built in beyond Render\'s DDoS protection: put a CDN with a WAF (for example Cloudflare) in front for rule-based filtering',
    audit: 'the service\'s Events page; workspace audit logs on the plans that include them',
    breakGlass: 'a second workspace owner with MFA, its credentials sealed',
    regions: 'a service runs in one region; another region needs a new service and database restored there',
  },
  'fly-io': {
    network: 'Fly\'s private network (6PN) between apps; only the ports in `fly.toml` `[[services]]` or `[http_service]` are public',
    waf: 'none built in: put a CDN with a WAF (for example Cloudflare) in front of the app',
    audit: 'the app\'s releases (`fly releases`) and the organization\'s activity',
    breakGlass: 'a second organization admin with MFA, its credentials sealed',
    regions: 'machines can run in several regions (`fly scale count --region`); the database needs a replica in the second region',
  },
  vercel: {
    network: 'Vercel Firewall rules on the project; the database allows connections from Vercel\'s egress (static egress IPs need Secure Compute)',
    waf: 'the Vercel Firewall (custom rules, IP blocking, managed rulesets on the plans that include them)',
    audit: 'the team\'s audit log (Enterprise plans) and the deployment history',
    breakGlass: 'a second team owner with MFA, its credentials sealed',
    regions: 'functions run in the regions set for the project; the database\'s region decides what a region outage takes down',
  },
  'on-premises': {
    network: 'the host firewall (nftables, ufw or firewalld) and the data center\'s network firewall',
    waf: 'a WAF module on the reverse proxy (for example Coraza or ModSecurity with the OWASP Core Rule Set)',
    audit: 'auditd and the SSH and sudo logs of every host, shipped to the central log store',
    breakGlass: 'a sealed local admin account per host (password in a safe, used only when SSO is down), rotated after each use',
    regions: 'one site; a second site needs its own hosts and an off-site copy of the backups to restore from',
  },
  kubernetes: {
    network: 'Kubernetes NetworkPolicies in the namespace (the cluster\'s network plugin must enforce them), plus the cloud firewall around the nodes',
    waf: 'a WAF in front of the ingress: the cloud\'s (AWS WAF on an ALB ingress, Cloud Armor, Azure Application Gateway WAF) or Coraza/ModSecurity in the ingress controller',
    audit: 'the Kubernetes API server audit log (managed clusters: turn on the control plane\'s audit logs) and the cloud\'s audit log',
    breakGlass: 'a break-glass kubeconfig bound to cluster-admin, kept sealed in the secret store, its use alerting through the audit log',
    regions: 'a cluster is regional; another region needs a second cluster that the pipeline also deploys to, and a database replica there',
  },
  'docker-swarm': {
    network: 'encrypted overlay networks between services, and the host firewall (only the published ports and the Swarm ports between managers)',
    waf: 'a WAF module on the reverse proxy in front of the published port (Coraza or ModSecurity with the OWASP Core Rule Set)',
    audit: 'auditd and the SSH logs of every node, and the Docker daemon\'s events',
    breakGlass: 'a sealed SSH key for a manager node, used only when the usual access fails, rotated after each use',
    regions: 'one cluster; a second site needs its own swarm and an off-site copy of the backups',
  },
  nomad: {
    network: 'Consul service mesh intentions (when used) and the host firewall',
    waf: 'a WAF module on the load balancer in front of the job (Coraza or ModSecurity with the OWASP Core Rule Set)',
    audit: 'Nomad Enterprise audit logging, or the ACL token accessor logs and the hosts\' auditd',
    breakGlass: 'the Nomad bootstrap (management) token, sealed in the secret store and used only when ACL tokens fail',
    regions: 'one region per cluster; federation or a second cluster covers another region',
  },
  unknown: {
    network: 'the platform\'s firewall or network rules',
    waf: 'a web application firewall in front of the service (the platform\'s, or a CDN\'s)',
    audit: 'the platform\'s audit log',
    breakGlass: 'a sealed emergency admin account with MFA, used only when the usual access fails',
    regions: 'decide where a second region or site would run before you need it',
  },
};

export function platformSecurity(f: Decisions): PlatformSecurity {
  return SECURITY[f.platform.key];
}

/** A command that prints the version running in production, when the platform's CLI can tell. */
export function versionCommand(ctx: Ctx, f: Decisions): string | undefined {
  const p = f.platform;
  const prod = p.serviceName('production');
  const slug = ctx.project.slug;
  switch (p.key) {
    case 'kubernetes':
      return `kubectl get ${f.rollout?.progressive ? 'rollout' : 'deployment'}/${slug} --namespace ${slug}-production -o jsonpath='{.spec.template.spec.containers[0].image}'`;
    case 'aws-ecs':
      return `aws ecs describe-services --cluster "$ECS_CLUSTER" --services ${prod} --query 'services[0].taskDefinition' --output text`;
    case 'aws-beanstalk':
      return `eb status ${prod}`;
    case 'gcp':
      return `gcloud run services describe ${prod} --region "$GCP_REGION" --format='value(status.latestReadyRevisionName)'`;
    case 'azure':
      return `az webapp config show --name ${prod} --resource-group "$AZURE_RESOURCE_GROUP" --query linuxFxVersion --output tsv`;
    case 'heroku':
      return `heroku releases --app ${prod} --num 1`;
    case 'fly-io':
      return `fly image show --app ${prod}`;
    case 'vercel':
      return `vercel list ${slug} --prod`;
    case 'on-premises':
      return f.docker ? 'docker compose images app' : undefined;
    case 'docker-swarm':
      return `docker service inspect ${prod}_app | jq -r '.[0].Spec.TaskTemplate.ContainerSpec.Image'`;
    case 'nomad':
      return `nomad job inspect ${prod} | jq -r '.Job.TaskGroups[0].Tasks[0].Config.image'`;
    default:
      return undefined;
  }
}

/** The platform's command-line tool, with the version this guide's commands are written for (a recommendation). */
export function platformCli(f: Decisions, ctx: Ctx): { tool: string; version: string } | undefined {
  switch (f.platform.key) {
    case 'aws-ecs': return { tool: 'AWS CLI', version: 'v2' };
    case 'aws-beanstalk': return { tool: 'AWS CLI and the EB CLI', version: 'AWS CLI v2, EB CLI 3' };
    case 'gcp': return { tool: 'Google Cloud CLI (`gcloud`)', version: 'current' };
    case 'azure': return { tool: 'Azure CLI (`az`)', version: '2.x' };
    case 'heroku': return { tool: 'Heroku CLI', version: 'current' };
    case 'railway': return { tool: 'Railway CLI', version: 'current' };
    case 'fly-io': return { tool: 'flyctl', version: 'current' };
    case 'vercel': return { tool: 'Vercel CLI', version: 'current' };
    case 'kubernetes': {
      const host = ctx.answers('7.1')?.kubernetesHost ?? '';
      const cloud = host === 'eks' ? ' and the AWS CLI v2' : host === 'gke' ? ' and `gcloud`' : host === 'aks' ? ' and `az`' : '';
      return { tool: `kubectl${cloud}`, version: 'kubectl within one minor version of the cluster' };
    }
    case 'docker-swarm': return { tool: 'Docker CLI with SSH access to a manager', version: 'Docker Engine 24 or later' };
    case 'nomad': return { tool: 'Nomad CLI', version: 'the cluster\'s version' };
    case 'on-premises': return { tool: 'SSH access to the servers', version: 'OpenSSH' };
    default: return undefined;
  }
}
