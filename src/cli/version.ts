import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../catalogue/package-root.js';

declare const __AI_FLOW_VERSION__: string | undefined;

/** The package version: inlined by the bundle build, read from package.json when running from source. */
export function version(): string {
  if (typeof __AI_FLOW_VERSION__ === 'string') return __AI_FLOW_VERSION__;
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
