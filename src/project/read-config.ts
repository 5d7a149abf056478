import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_CONFIG_FILE } from '../paths.js';
import { AiFlowConfigSchema, LenientAiFlowConfigSchema, type AiFlowConfig, type ProjectType } from './config-schema.js';

export const CONFIG_PATH = PROJECT_CONFIG_FILE;

export interface ConfigRead {
  /** null when the file is missing, unreadable or not a JSON object. */
  config: AiFlowConfig | null;
  warnings: string[];
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Reads the config; a missing file is no problem, a broken one is a warning, never an exception. */
export function readAiFlowConfig(root: string): ConfigRead {
  let raw: string;
  try {
    raw = readFileSync(join(root, CONFIG_PATH), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { config: null, warnings: code === 'ENOENT' ? [] : [`${CONFIG_PATH} could not be read (${errorText(e)}); the project type is unknown.`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { config: null, warnings: [`${CONFIG_PATH} is not valid JSON (${errorText(e)}); the project type is unknown.`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { config: null, warnings: [`${CONFIG_PATH} does not hold a JSON object; the project type is unknown.`] };
  }
  const strict = AiFlowConfigSchema.safeParse(data);
  if (strict.success) return { config: strict.data, warnings: [] };
  const warnings = strict.error.issues.map((i) => `${CONFIG_PATH}: field "${i.path.join('.')}" ignored (${i.message}).`);
  return { config: LenientAiFlowConfigSchema.parse(data), warnings };
}

/** The project type: `projectType` when present, else what the booleans of older layouts say. */
export function projectTypeOf(config: AiFlowConfig | null): { type: ProjectType | null; source: 'config' | 'inferred' | null } {
  if (!config) return { type: null, source: null };
  if (config.projectType) return { type: config.projectType, source: 'config' };
  const { backend, frontend, mobile, desktop } = config;
  const type: ProjectType | null = mobile ? 'mobile' : desktop ? 'desktop' : backend && frontend ? 'fullstack' : backend ? 'backend' : frontend ? 'frontend' : null;
  return { type, source: type ? 'inferred' : null };
}
