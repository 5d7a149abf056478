import type { Fact, Worker, WorkerKind } from './types.js';
import { fact } from './util.js';

const KINDS: [RegExp, WorkerKind][] = [
  [/\bcelery\b/, 'celery'], [/\brq\s+worker\b/, 'rq'], [/\bdramatiq\b/, 'dramatiq'], [/\bsidekiq\b/, 'sidekiq'], [/\bgood_job\b/, 'good_job'],
  [/\bsolid_queue\b|bin\/jobs\b/, 'solid_queue'], [/\bresque\b/, 'resque'], [/queue:work|horizon/, 'laravel-queue'],
];

export interface Procfile {
  web?: Fact<string>;
  release?: Fact<string>;
  workers: Worker[];
}

/** A Procfile: `web` (how the service starts), `release` (often migrations) and every other process as a worker. */
export function parseProcfile(file: string, text: string): Procfile {
  const out: Procfile = { workers: [] };
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^([A-Za-z0-9_-]+)\s*:\s*(.+)$/.exec(line.trim());
    if (!m || line.trim().startsWith('#')) return;
    const [, name, command] = [m[0], m[1]!, m[2]!.trim()];
    if (name === 'web') out.web = fact(command, file, i + 1, 'deployment');
    else if (name === 'release') out.release = fact(command, file, i + 1, 'deployment');
    else out.workers.push({ name, kind: KINDS.find(([re]) => re.test(command))?.[1] ?? 'procfile', command, evidence: { file, line: i + 1, source: 'deployment' } });
  });
  return out;
}
