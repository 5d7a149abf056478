import { cwdArgument } from '../app/cwd-argument.js';
import type { WizardOptions } from '../app/wizard-options.js';

/**
 * Runs the interactive wizard (Ink, src/ui), or the line-by-line one with `plain` (src/plain). Returns the
 * exit code: 0 done, 1 failed write, 130 interrupted. Each is imported only here; `opts.colour` sets its
 * colours (passed, never set in process.env).
 */
export async function runWizard(opts: WizardOptions): Promise<number> {
  if (opts.plain) {
    const { runPlain } = await import('../plain/run-plain.js');
    return runPlain(opts);
  }
  const { renderWizard } = await import('../ui/render-wizard.js');
  return renderWizard(opts, cwdArgument(opts.session.root));
}
