import type { ColorMode } from '../prefs/schema.js';

/**
 * The wizard's colour from the resolved `color` setting (--no-color, FORCE_COLOR / NO_COLOR / TERM=dumb, the
 * preference): `never` and `always` are passed to the wizard, which sets its own chalk level from them; `auto` lets
 * chalk detect the terminal. A non-empty NO_COLOR turns the wizard's colours off even when FORCE_COLOR is set (as the
 * wizard always did). `always` when FORCE_COLOR already forces a level is `auto`: chalk reads that level itself.
 */
export function wizardColour(color: ColorMode, env: Record<string, string | undefined>): ColorMode {
  if (color === 'never' || (env.NO_COLOR ?? '') !== '') return 'never';
  const force = env.FORCE_COLOR;
  if (color === 'always' && (force === undefined || force === '0' || force.toLowerCase() === 'false')) return 'always';
  return 'auto';
}
