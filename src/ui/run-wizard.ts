import type { Session } from '../app/session.js';
import type { QuestionId } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import { cwdArgument } from './cwd-argument.js';

export interface WizardOptions {
  session: Session;
  scope?: Scope;
  plain: boolean;
  review?: boolean;
  editIds?: QuestionId[];
}

/**
 * Runs the interactive wizard (Ink), or the line-by-line one with `plain`. Returns the exit code:
 * 0 done, 1 failed write, 130 interrupted. Ink is imported only here, after NO_COLOR is honoured.
 */
export async function runWizard(opts: WizardOptions): Promise<number> {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') process.env.FORCE_COLOR = '0';
  if (opts.plain) {
    const { runPlain } = await import('../plain/run-plain.js');
    return runPlain(opts);
  }
  const { renderWizard } = await import('./render-wizard.js');
  return renderWizard(opts, cwdArgument(opts.session.root));
}
