import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import { envVarRow } from '../configuration.js';
import type { Decisions } from '../decisions/index.js';
import { secretsStore, type EnvVar } from '../env-vars/index.js';

/** The upstream Configuration placeholders: the variables split by whether they are required, and the secrets store (ours read ENV_VAR and SECRETS_STORAGE). */
export function upstreamConfigurationValues(ctx: Ctx, f: Decisions, vars: EnvVar[]): ViewModel {
  // fresh rows for each key: two placeholders never share one object
  const required = () => vars.filter((v) => v.required !== 'no').map(envVarRow);
  const optional = () => vars.filter((v) => v.required === 'no').map(envVarRow);
  return {
    REQUIRED_VAR: required(),
    OPTIONAL_VAR: optional(),
    REQUIRED_ENV_VAR: required(),
    OPTIONAL_ENV_VAR: optional(),
    SECRETS_MANAGER: secretsStore(ctx, f),
  };
}
