import type { Ctx } from '../view-model/context.js';
import type { Decisions } from '../view-model/decisions/index.js';
import { COLORS, Flowchart } from './mermaid.js';
import type { Topology } from './topology.js';

interface Layout { cloud: string; network?: string; edgeZone: string; appZone: string; appLabel: string; dataZone: string; support: string; /** The data zone sits outside the network subgraph (managed services next to a cluster). */ dataOutside?: boolean }

function layout(f: Decisions, t: Topology, slug: string): Layout {
  const replicas = t.scaled ? `<br/>${t.scalingLabel}` : '';
  switch (f.platform.key) {
    case 'aws-ecs':
      return { cloud: 'AWS Cloud - Production', network: 'VPC', edgeZone: 'Public Subnets', appZone: 'Private Subnets - Application', appLabel: `ECS Service on Fargate${replicas}`, dataZone: 'Private Subnets - Data', support: 'Supporting Services' };
    case 'aws-beanstalk':
      return { cloud: 'AWS Cloud - Production', network: 'VPC', edgeZone: 'Public Subnets', appZone: 'Elastic Beanstalk Environment', appLabel: `EC2 Auto Scaling Group${replicas}`, dataZone: 'Private Subnets - Data', support: 'Supporting Services' };
    case 'gcp':
      return { cloud: 'Google Cloud - Production', edgeZone: 'Edge', appZone: 'Cloud Run', appLabel: `Cloud Run Service ${slug}-production${replicas}`, dataZone: 'VPC - Private Services Access', support: 'Supporting Services' };
    case 'azure':
      return { cloud: 'Azure - Production', edgeZone: 'Edge', appZone: 'App Service Plan', appLabel: `App Service ${slug}-production${replicas}`, dataZone: 'Virtual Network - Data', support: 'Supporting Services' };
    case 'kubernetes':
      return { cloud: `${f.platform.short} - Production`, network: 'Cluster', edgeZone: 'Ingress', appZone: `Namespace ${slug}-production`, appLabel: `${t.rollout ? 'Rollout' : 'Deployment'} ${slug}<br/>pods: ${t.scalingLabel}`, dataZone: 'Managed Data Services', support: 'Supporting Services', dataOutside: true };
    case 'docker-swarm':
      return { cloud: 'Docker Swarm - Production', edgeZone: 'Routing Mesh', appZone: `Stack ${slug}-production`, appLabel: `Service app<br/>tasks: ${t.scalingLabel}`, dataZone: 'Data Servers', support: 'Supporting Services' };
    case 'nomad':
      return { cloud: 'Nomad Cluster - Production', edgeZone: 'Load Balancing', appZone: `Job ${slug}-production`, appLabel: `Allocations<br/>${t.scalingLabel}`, dataZone: 'Data Servers', support: 'Supporting Services' };
    case 'on-premises':
      return { cloud: 'Data Center - Production', edgeZone: 'DMZ', appZone: 'Application Network', appLabel: `Application Servers<br/>${t.scalingLabel}`, dataZone: 'Data Network', support: 'Operations' };
    case 'unknown':
      return { cloud: 'Production', edgeZone: 'Edge', appZone: 'Application', appLabel: `Application${replicas}`, dataZone: 'Data', support: 'Supporting Services' };
    default:
      return { cloud: `${f.platform.short} - Production`, edgeZone: 'Platform Edge', appZone: `${f.platform.short} Service ${slug}-production`, appLabel: `Web ${f.platform.unit}s<br/>${t.scalingLabel}`, dataZone: `Managed Data on ${f.platform.short}`, support: 'Connected Services' };
  }
}

/** 3. Infrastructure (graph TB): network boundaries as subgraphs, different per platform. */
export function infrastructureDiagram(ctx: Ctx, f: Decisions, t: Topology): string {
  const d = new Flowchart('graph TB');
  const L = layout(f, t, ctx.project.slug);
  const t3 = ctx.answers('7.3');
  const secrets = t3 && t3.config.includes('config-service') ? ctx.label('7.3', 'secretsService', t3.secretsService ?? '') : undefined;
  const monitoring = ctx.answers('7.5');
  const logs = monitoring && monitoring.logging.includes('centralized') ? ctx.label('7.5', 'logDestination', monitoring.logDestination ?? '') : f.platform.logs.replace(/ \(.*\)$/, '');
  const data = () =>
    d.subgraph(L.dataZone, () => {
      d.node('DB', f.platform.managedDb(f.db.engine), 'db');
      if (t.dbScaling === 'read-replicas') d.node('Replica', 'Read Replica', 'db');
      if (t.cacheLabel) d.node('Cache', f.platform.cache);
      if (t.queueLabel) d.node('Queue', f.platform.queue);
    });
  const inner = () => {
    d.subgraph(L.edgeZone, () => d.node('LB', f.platform.loadBalancer.replace(/ \(.*\)$/, '')));
    d.subgraph(L.appZone, () => d.node('App', L.appLabel));
    if (!L.dataOutside) data();
  };
  d.subgraph(L.cloud, () => {
    if (L.network) d.subgraph(L.network, inner);
    else inner();
    if (L.dataOutside) data();
    d.subgraph(L.support, () => {
      if (f.platform.registry) d.node('Registry', f.platform.registry.name);
      if (secrets) d.node('Secrets', secrets);
      d.node('Logs', logs);
    });
  });
  if (t.apm) d.node('APM', `${t.apm}<br/>external SaaS`);
  d.node('Internet', 'Internet Users');
  d.edge('Internet', 'LB', 'HTTPS').edge('LB', 'App', 'HTTP');
  d.edge('App', 'DB', 'TCP');
  if (t.dbScaling === 'read-replicas') d.edge('DB', 'Replica', 'Replication', true);
  if (t.cacheLabel) d.edge('App', 'Cache', 'TCP');
  if (t.queueLabel) d.edge('App', 'Queue', 'AMQP');
  if (f.platform.registry) d.edge('Registry', 'App', 'Pull image', true);
  if (secrets) d.edge('App', 'Secrets', 'Fetch secrets');
  d.edge('App', 'Logs', 'Logs');
  if (t.apm) d.edge('App', 'APM', 'Telemetry', true);
  d.style('Internet', COLORS.edge).style('DB', COLORS.data).style('Logs', COLORS.alert);
  if (t.cacheLabel) d.style('Cache', COLORS.cache);
  if (t.queueLabel) d.style('Queue', COLORS.queue);
  if (t.apm) d.style('APM', COLORS.external);
  return d.toString();
}
