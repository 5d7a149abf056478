import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { envConfigFor } from '../environments.js';
import { secretsStore, type EnvVar } from '../env-vars/index.js';

/** The upstream Environments placeholders: each environment's configuration block (ours show ENV_CONFIG per environment). */
export function upstreamEnvironmentValues(ctx: Ctx, f: Decisions, vars: EnvVar[]): ViewModel {
  const store = secretsStore(ctx, f);
  const configFor = (id: string) => envConfigFor(f, vars, store, id);
  return {
    DEV_ENV_VARS: configFor('development'),
    STAGING_ENV_VARS: configFor('staging'),
    PROD_ENV_VARS: configFor('production'),
    DEV_ENV_CONFIG: configFor('development'),
    STAGING_ENV_CONFIG: configFor('staging'),
    PRODUCTION_ENV_CONFIG: configFor('production'),
  };
}
