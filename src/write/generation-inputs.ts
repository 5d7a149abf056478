import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { builtCatalogueHash, packageRoot } from '../catalogue/load.js';
import type { DocumentId } from '../catalogue/schema.js';
import { effectiveAnswers } from '../engine/visibility.js';
import { hasProjectTemplate, PROJECT_TEMPLATE_PATHS, type TemplateRef } from '../render/template-paths.js';
import type { RenderInput } from '../render/types.js';
import type { GenerationInputs, TemplateStamp } from '../store/generation-record.js';
import { hashValue, sha256 } from './hash.js';

/** Where a template named in a rendered output or a record lives on disk. */
export function templateFile(root: string, ref: TemplateRef): string {
  if (isAbsolute(ref.path)) return ref.path;
  return ref.source === 'project' ? join(root, ref.path) : join(packageRoot(), ref.path);
}

/** The template's text hash; undefined when it cannot be read. */
export function templateStamp(root: string, ref: TemplateRef): TemplateStamp | undefined {
  try {
    return { source: ref.source, path: ref.path, hash: sha256(readFileSync(templateFile(root, ref), 'utf8')) };
  } catch {
    return undefined;
  }
}

/** Whether the project now has its own template for a document that was rendered from ours. */
export function projectTemplateAppeared(root: string, document: DocumentId, ref: TemplateRef): boolean {
  return ref.source === 'builtin' && hasProjectTemplate(root, PROJECT_TEMPLATE_PATHS[document]);
}

/** The inputs shared by every output of one generation. */
export type SharedInputs = Omit<GenerationInputs, 'template'>;

/** Hashes what the documents are computed from: scope, effective answers, context, catalogue, ai-flow version. */
export function sharedInputs(input: RenderInput, aiFlowVersion: string): SharedInputs {
  return {
    aiFlowVersion,
    scope: input.scope,
    answers: hashValue(effectiveAnswers(input.catalogue, input.scope, input.answers)),
    // the stack read from the project: a new start script or env var in the code makes the documents out of date
    context: hashValue({ context: input.context, existing: input.existing ?? null, ...(input.stack ? { stack: input.stack } : {}) }),
    // the built-in catalogue's hash comes with the bundle (≈ 2 ms of sorting and hashing 50 KB of JSON a run)
    catalogue: builtCatalogueHash(input.catalogue) ?? hashValue(input.catalogue),
  };
}

export function withTemplate(shared: SharedInputs, template: TemplateStamp): GenerationInputs {
  return { ...shared, template };
}

export function inputsHash(inputs: GenerationInputs): string {
  return hashValue(inputs);
}

/** Why two sets of inputs differ, in words a user recognises; empty when they are the same. */
export function inputChanges(before: GenerationInputs, after: GenerationInputs): string[] {
  const out: string[] = [];
  if (before.scope !== after.scope) out.push(`the scope changed (${before.scope} → ${after.scope})`);
  if (before.answers !== after.answers) out.push('the answers changed');
  if (before.template.source !== after.template.source || before.template.path !== after.template.path) {
    out.push(`the template changed (now ${after.template.source === 'project' ? `the project's ${after.template.path}` : "ai-flow's built-in one"})`);
  } else if (before.template.hash !== after.template.hash) out.push(`the template ${after.template.path} was edited`);
  if (before.catalogue !== after.catalogue) out.push('the question catalogue changed');
  if (before.context !== after.context) out.push('the project details changed (name, type, stack read from its files, or document date)');
  if (before.aiFlowVersion !== after.aiFlowVersion) out.push(`ai-flow was updated (${before.aiFlowVersion} → ${after.aiFlowVersion})`);
  return out;
}
