import type { ViewModel } from '../../types.js';
import type { Ctx } from '../context.js';
import type { Decisions } from '../decisions/index.js';
import { notAnswered, type SectionKeys, type SectionValues } from '../section-keys.js';

/** Keys only the installed ai-flow templates' CI/CD section uses (ours show the pipeline file and its stages). */
const KEYS = { text: ['BUILD_OUTPUT_DIR'], commands: ['BUILD_COMMAND'] } as const satisfies SectionKeys;

const OUTPUT_DIR: Partial<Record<Decisions['stack']['id'], string>> = { node: 'dist/', java: 'target/', go: 'bin/' };

/** The upstream build placeholders, from the images and stack decisions (once 7.4 is answered). */
export function upstreamPipelineValues(ctx: Ctx, f: Decisions): ViewModel {
  if (!ctx.known('7.4')) return notAnswered(KEYS, ctx.tbd('7.4'), {});
  return {
    BUILD_COMMAND: f.docker ? `docker build -t ${ctx.project.slug}:local .` : f.stack.commands.build,
    BUILD_OUTPUT_DIR: f.docker ? `the image ${ctx.project.slug}:<commit-sha>` : OUTPUT_DIR[f.stack.id] ?? 'not asked in Phase 7',
  } satisfies SectionValues<typeof KEYS>;
}
