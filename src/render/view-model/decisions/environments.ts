import type { Count73 } from '../../../catalogue/answer-types.generated.js';
import type { Ctx } from '../context.js';

export type EnvId = 'development' | 'testing' | 'staging' | 'production';

export interface EnvInfo {
  id: EnvId;
  name: string;
  purpose: string;
  data: string;
  access: string;
}

const ENVS: Record<EnvId, EnvInfo> = {
  development: { id: 'development', name: 'Development', purpose: 'Local development on each developer\'s machine', data: 'Local test data, safe to reset', access: 'Every developer' },
  testing: { id: 'testing', name: 'Testing', purpose: 'Automated integration and end-to-end tests run by the pipeline', data: 'Fixtures loaded by the tests, reset on every run', access: 'The pipeline; developers read-only' },
  staging: { id: 'staging', name: 'Staging', purpose: 'Pre-production: QA and release checks on a production-like setup', data: 'Realistic or anonymized data, never real personal data', access: 'Development team and QA' },
  production: { id: 'production', name: 'Production', purpose: 'Live service for real users', data: 'Real user data', access: 'Restricted: the people allowed to deploy and roll back' },
};

/** The environments of each 7.3 count. */
export const ENV_SETS: Record<Count73, EnvId[]> = {
  three: ['development', 'staging', 'production'],
  'four-plus': ['development', 'testing', 'staging', 'production'],
  two: ['development', 'production'],
};

/** 7.3's environments (three when unanswered). */
export function decideEnvironments(ctx: Ctx): EnvInfo[] {
  return ENV_SETS[ctx.answers('7.3')?.count ?? 'three'].map((id) => ENVS[id]);
}
