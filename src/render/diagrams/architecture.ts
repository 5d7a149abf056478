import type { Decisions } from '../view-model/decisions/index.js';
import { COLORS, Flowchart } from './mermaid.js';
import type { Topology } from './topology.js';

/** 1. System architecture (graph TD): load balancer, application replicas, data layer, queue. */
export function architectureDiagram(f: Decisions, t: Topology): string {
  const d = new Flowchart('graph TD');
  d.subgraph(`Production Environment - ${f.platform.short}`, () => {
    d.subgraph('Load Balancer Layer', () => d.node('LB', f.platform.loadBalancer.replace(/ \(.*\)$/, '')));
    d.subgraph(`Application Layer - ${t.scalingLabel}`, () => t.apps.forEach((a) => d.node(a.id, a.label)));
    d.subgraph('Data Layer', () => {
      d.node('Primary', t.dbLabel, 'db');
      if (t.dbScaling === 'read-replicas') d.node('Replica1', 'Read Replica', 'db');
      if (t.dbScaling === 'sharding') d.node('Shard2', 'Shard 2 to N', 'db');
      if (t.cacheLabel) d.node('Cache', t.cacheLabel);
    });
    if (t.queueLabel) d.subgraph('Message Queue', () => d.node('Queue', t.queueLabel!));
  });
  d.node('Internet', 'Internet');
  d.edge('Internet', 'LB', 'HTTPS');
  for (const a of t.apps) d.edge('LB', a.id);
  for (const a of t.apps) d.edge(a.id, 'Primary', t.dbScaling === 'read-replicas' ? 'Write' : 'Read and write');
  if (t.dbScaling === 'read-replicas') {
    for (const a of t.apps) d.edge(a.id, 'Replica1', 'Read');
    d.edge('Primary', 'Replica1', 'Replication', true);
  }
  if (t.dbScaling === 'sharding') for (const a of t.apps) d.edge(a.id, 'Shard2', 'Sharded data');
  if (t.cacheLabel) for (const a of t.apps) d.edge(a.id, 'Cache', 'Cache');
  if (t.queueLabel) for (const a of t.apps) d.edge(a.id, 'Queue', 'Async jobs');
  d.style('Internet', COLORS.edge).style('Primary', COLORS.data);
  if (t.cacheLabel) d.style('Cache', COLORS.cache);
  if (t.queueLabel) d.style('Queue', COLORS.queue);
  return d.toString();
}
