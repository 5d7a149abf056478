import type { QuestionId } from '../../../catalogue/schema.js';
import type { EnvId } from '../decisions/index.js';

export const ENV_GROUPS = ['Application', 'Platform', 'Database', 'Cache & Queue', 'Secrets', 'Feature flags', 'Observability', 'Logging', 'Alerting', 'Resilience'] as const;
export type EnvGroup = (typeof ENV_GROUPS)[number];
export type Requirement = 'yes' | 'no' | 'deployed';

export interface EnvVar {
  name: string;
  group: EnvGroup;
  description: string;
  /** Shown in the configuration table; obviously fake for secrets. */
  example: string;
  /** Written to .env.example: a local-development value, or empty. */
  value: string;
  required: Requirement;
  secret: boolean;
  /** What the application uses when the variable is unset. */
  default?: string;
  type: 'string' | 'url' | 'integer' | 'number' | 'enum' | 'list';
  validation: string;
  /** Values that differ per environment. */
  perEnv?: Partial<Record<EnvId, string>>;
  source: QuestionId | 'convention' | 'code' | 'env-example';
}

/** Adds a variable (the first group that adds a name keeps it). */
export type Add = (v: EnvVar) => void;

export const toEnvName = (text: string): string =>
  text.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'SERVICE';

/** Per-environment values from 7.9.4's levels table, matched by environment name. */
