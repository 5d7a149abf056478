import { colorEnv } from '../prefs/resolve-settings.js';
import type { ColorMode } from '../prefs/schema.js';

/**
 * The wizard's colour from the resolved `color` setting (--no-color, FORCE_COLOR / NO_COLOR / TERM=dumb, the
 * preference), passed to it (it sets its chalk level and prompt theme from it; nothing is set in process.env):
 * `never`; `always` where chalk would not be forced to colour by FORCE_COLOR already (colorEnv: what used to be
 * set in process.env); else `auto`, chalk reading the terminal and FORCE_COLOR itself. A non-empty NO_COLOR turns
 * the wizard's colours off even when FORCE_COLOR is set, as the wizard always did.
 */
export function wizardColour(color: ColorMode, env: Record<string, string | undefined>): ColorMode {
  if (color === 'never' || (env.NO_COLOR ?? '') !== '') return 'never';
  return colorEnv(color, env).FORCE_COLOR === '1' ? 'always' : 'auto';
}
