import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AiFlowConfig, ProjectType } from './config-schema.js';
import { readProjectName, type NameSource } from './project-name.js';
import { projectTypeOf, readAiFlowConfig } from './read-config.js';
import { AI_FLOW_DIR } from '../paths.js';

export { AiFlowConfigSchema, PROJECT_TYPES, ProjectTypeSchema, type AiFlowConfig, type ProjectType } from './config-schema.js';
export { CONFIG_PATH, projectTypeOf, readAiFlowConfig } from './read-config.js';
export { readProjectName, type NameSource } from './project-name.js';

export interface ProjectInfo {
  /** The folder that was read. */
  root: string;
  name: string;
  nameSource: NameSource;
  /** `.ai-flow/` exists: the project was set up by ai-flow. */
  hasAiFlow: boolean;
  /** The parsed config file; null when missing or unreadable. */
  config: AiFlowConfig | null;
  projectType: ProjectType | null;
  /** 'config' from `projectType`, 'inferred' from the booleans of older layouts. */
  projectTypeSource: 'config' | 'inferred' | null;
  /** The ai-flow version that set the project up (`version`). */
  aiFlowVersion: string | null;
  aiTools: string[];
  /** Shown for project types whose upstream Phase 7 differs (mobile, desktop). */
  phase7Note: string | null;
  /** Problems that were tolerated (broken JSON, wrong field types, unparsable manifests). */
  warnings: string[];
}

/** Types whose Phase 7 upstream is not the backend one. */
const DIFFERENT_PHASE7: readonly ProjectType[] = ['mobile', 'desktop'];

export const phase7NoteFor = (type: ProjectType | null): string | null =>
  type && DIFFERENT_PHASE7.includes(type) ? `Phase 7 upstream differs for ${type} projects; the backend questions are used.` : null;

/** What the program knows about the project in `root`; reads only, never throws. */
export function readProjectContext(root: string): ProjectInfo {
  const { config, warnings: configWarnings } = readAiFlowConfig(root);
  const { type, source } = projectTypeOf(config);
  const name = readProjectName(root);
  return {
    root,
    name: name.name,
    nameSource: name.source,
    hasAiFlow: existsSync(join(root, AI_FLOW_DIR)),
    config,
    projectType: type,
    projectTypeSource: source,
    aiFlowVersion: config?.version ?? null,
    aiTools: config?.aiTools ?? [],
    phase7Note: phase7NoteFor(type),
    warnings: [...configWarnings, ...name.warnings],
  };
}
