import { lazySettings } from '../prefs/load-settings.js';
import type { Io } from './io.js';
import { attachJson, JsonCollector } from './json-output.js';
import { colourWanted, outputIo, type OutputFlags } from './output.js';

/** The Io of a phase7 run with --json / --quiet / --no-color, the `ascii` and `color` preferences and FORCE_COLOR applied. */
export async function outputFor(opts: OutputFlags & { check?: boolean; dryRun?: boolean }, io: Io, stdoutIsTTY: boolean): Promise<{ io: Io; json?: JsonCollector }> {
  // Preferences only matter for text a person reads; reading them loads conf only when a preferences file exists.
  const settings = opts.json || opts.quiet ? undefined : await lazySettings({}, io.env, io.err)();
  const wrapped = outputIo(io, {
    json: Boolean(opts.json),
    quiet: Boolean(opts.quiet),
    ascii: settings?.ascii ?? false,
    colour: colourWanted(opts, io.env, settings?.color, stdoutIsTTY),
  });
  if (!opts.json) return { io: wrapped };
  const json = new JsonCollector(opts.check ? 'check' : opts.dryRun ? 'dry-run' : 'write');
  return { io: attachJson(wrapped, json), json };
}
