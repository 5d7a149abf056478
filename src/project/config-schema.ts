import { z } from 'zod';

export const PROJECT_TYPES = ['backend', 'frontend', 'fullstack', 'mobile', 'desktop'] as const;
export const ProjectTypeSchema = z.enum(PROJECT_TYPES);
export type ProjectType = z.infer<typeof ProjectTypeSchema>;

/**
 * `.ai-flow/core/config.json` as `ai-flow init` writes it (2.x). Every field is optional: older
 * installs lack `desktop`, some lack `projectType`. Unknown fields are kept.
 */
export const AiFlowConfigSchema = z.looseObject({
  version: z.string().optional(),
  aiTools: z.array(z.string()).optional(),
  createdAt: z.string().optional(),
  projectType: ProjectTypeSchema.optional(),
  backend: z.boolean().optional(),
  frontend: z.boolean().optional(),
  mobile: z.boolean().optional(),
  desktop: z.boolean().optional(),
});
export type AiFlowConfig = z.infer<typeof AiFlowConfigSchema>;

/** The same shape, but a field of the wrong type is dropped instead of failing the whole file. */
export const LenientAiFlowConfigSchema = z.looseObject({
  version: AiFlowConfigSchema.shape.version.catch(undefined),
  aiTools: AiFlowConfigSchema.shape.aiTools.catch(undefined),
  createdAt: AiFlowConfigSchema.shape.createdAt.catch(undefined),
  projectType: AiFlowConfigSchema.shape.projectType.catch(undefined),
  backend: AiFlowConfigSchema.shape.backend.catch(undefined),
  frontend: AiFlowConfigSchema.shape.frontend.catch(undefined),
  mobile: AiFlowConfigSchema.shape.mobile.catch(undefined),
  desktop: AiFlowConfigSchema.shape.desktop.catch(undefined),
});
