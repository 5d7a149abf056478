import type { Ctx } from '../context.js';
import type { Facts } from '../facts.js';
import { application, data, platform } from './core.js';
import { alerting, observability, secretsAndFlags } from './integrations.js';
import { logging, resilience } from './tuning.js';
import { ENV_GROUPS, type EnvVar } from './types.js';

export { secretsStore } from './core.js';
export { ENV_GROUPS, toEnvName, type EnvGroup, type EnvVar, type Requirement } from './types.js';

export function collectEnvVars(ctx: Ctx, f: Facts): EnvVar[] {
  const out: EnvVar[] = [];
  const add = (v: EnvVar) => {
    if (!out.some((x) => x.name === v.name)) out.push(v);
  };
  application(ctx, f, add);
  platform(f, add);
  data(ctx, f, add);
  secretsAndFlags(ctx, add);
  observability(ctx, f, add);
  logging(ctx, f, add);
  alerting(ctx, add);
  resilience(ctx, add);
  return ENV_GROUPS.flatMap((g) => out.filter((v) => v.group === g));
}
