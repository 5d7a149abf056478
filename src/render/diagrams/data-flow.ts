import type { Decisions } from '../view-model/decisions/index.js';
import { COLORS, Flowchart } from './mermaid.js';
import type { Topology } from './topology.js';

/** 2. Request data flow (flowchart LR) with numbered steps. */
export function dataFlowDiagram(f: Decisions, t: Topology): string {
  const d = new Flowchart('flowchart LR');
  let n = 0;
  const step = (text: string) => `${++n}. ${text}`;
  d.node('User', 'User Request').node('LB', f.platform.loadBalancer.replace(/ \(.*\)$/, '')).node('API', 'API Server');
  d.edge('User', 'LB', step('HTTPS request')).edge('LB', 'API', step('Route'));
  if (t.cacheLabel) {
    d.node('Cache', 'Redis Cache', 'db');
    d.edge('API', 'Cache', step('Check cache')).edge('Cache', 'API', step('Hit or miss'));
  }
  d.node('DB', f.db.label === 'the database' ? 'Database' : f.db.label, 'db');
  d.edge('API', 'DB', step(t.cacheLabel ? 'Query on a miss' : 'Query')).edge('DB', 'API', step('Rows'));
  if (t.cacheLabel) d.edge('API', 'Cache', step('Store in cache'));
  if (t.external.length > 0) {
    d.node('Ext', `${t.external.slice(0, 2).join(', ')}${t.external.length > 2 ? ', ...' : ''}`);
    d.edge('API', 'Ext', step('Call through circuit breaker')).edge('Ext', 'API', step('Response or fallback'));
  }
  if (t.queueLabel) {
    d.node('Queue', 'RabbitMQ').node('Worker', 'Queue consumer');
    d.edge('API', 'Queue', step('Enqueue job')).edge('Queue', 'Worker', step('Deliver job'));
  }
  d.edge('API', 'User', step('JSON response'));
  if (t.apm) {
    d.node('APM', t.apm);
    d.edge('API', 'APM', 'Traces and metrics', true);
  }
  d.style('User', COLORS.edge).style('DB', COLORS.data);
  if (t.cacheLabel) d.style('Cache', COLORS.cache);
  if (t.external.length > 0) d.style('Ext', COLORS.external);
  if (t.queueLabel) d.style('Queue', COLORS.queue);
  return d.toString();
}
