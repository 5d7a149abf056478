// Preload (`node --import`) that records every ES module file the program loads into the file named by
// AI_FLOW_TRACE_LOADS, one URL a line. Used to prove which bundle chunks a command loads.
import { register } from 'node:module';

if (process.env.AI_FLOW_TRACE_LOADS) {
  register('./trace-hooks.mjs', import.meta.url, { data: { file: process.env.AI_FLOW_TRACE_LOADS } });
}
