import { QUESTION_IDS, type QuestionId } from '../../catalogue/schema.js';
import { checkProjectTemplates } from '../../render/project-templates.js';
import { CliError, EXIT, type ExitCode } from '../exit.js';
import { wizardColour } from '../wizard-colour.js';
import { afterRendering, saveDecisions, type Phase7Context } from './context.js';

/**
 * In a terminal, the wizard asks what is open, or shows the summary to confirm (no --yes), review (--review) or
 * edit (--edit ID); it ends the run with its exit code. Colour, plain mode and ASCII marks are passed to it.
 */
export async function wizard(ctx: Phase7Context): Promise<ExitCode | undefined> {
  const { opts, scope, session } = ctx;
  if (!ctx.interactive || !(!scope || ctx.open.length > 0 || !opts.yes || opts.review || opts.edit?.length)) return undefined;
  const { plain, color, ascii } = await ctx.settings();
  const editIds = opts.edit?.map((id) => id.trim());
  const unknown = editIds?.filter((id) => !(QUESTION_IDS as readonly string[]).includes(id)) ?? [];
  if (unknown.length) throw new CliError(`--edit ${unknown.join(', ')}: no such question. Question ids are ${QUESTION_IDS.join(', ')}.`, EXIT.usage);
  // A broken project template is reported before the questions, not after them.
  checkProjectTemplates(ctx.root);
  saveDecisions(ctx);
  const code = await ctx.runWizard({
    session,
    scope,
    plain,
    ascii,
    colour: wizardColour(color, ctx.io.env),
    preflight: ctx.offer,
    review: opts.review || opts.defaults,
    editIds: editIds as QuestionId[] | undefined,
  });
  return afterRendering(ctx, code as ExitCode);
}
