import type { ColorMode } from '../prefs/schema.js';
import type { Io } from './io.js';

/** How a run without the wizard prints: text (optionally quiet, ASCII, coloured) or one JSON object. */
export interface OutputFlags {
  json?: boolean;
  quiet?: boolean;
  /** commander's `--no-color`: false when given. */
  color?: boolean;
}

/** The emoji of the lines a non-interactive run prints, and their ASCII forms (src/engine/wizard/text.ts MARK). */
// Built from strings: the bundle's scripts must be ASCII (scripts/build.mjs), and esbuild escapes strings, not regex literals.
const ASCII: [RegExp, string][] = [
  [new RegExp('✅ ', 'g'), '[ok] '],
  [new RegExp('⚠️ {1,2}', 'g'), '[!] '],
  [new RegExp('📋 ', 'g'), ''],
  [new RegExp('📝 ', 'g'), '> '],
];

const PAINT: [RegExp, string][] = [
  [new RegExp('^(✅ |\\[ok\\] )([^:\\n]+)', 'gm'), '32'], // green: generated, updated, merged
  [new RegExp('^(⚠️ {1,2}|\\[!\\] )([^:\\n]+)', 'gm'), '33'], // yellow: conflicts, markers, template warnings
];

/** Whether non-interactive text gets colour: --no-color and NO_COLOR off, FORCE_COLOR on, else the preference, else a TTY. */
export function colourWanted(flags: OutputFlags, env: Io['env'], preference: ColorMode | undefined, isTTY: boolean): boolean {
  if (flags.color === false || flags.json) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  if (preference === 'always') return true;
  if (preference === 'never') return false;
  return isTTY;
}

/** Text as printed: ASCII marks for `ascii`, the status words coloured for `colour`. */
export function styleText(text: string, opts: { ascii: boolean; colour: boolean }): string {
  let t = text;
  if (opts.ascii) for (const [re, to] of ASCII) t = t.replace(re, to);
  if (opts.colour) for (const [re, code] of PAINT) t = t.replace(re, (_m, mark: string, words: string) => `\x1b[${code}m${mark}${words}\x1b[39m`);
  return t;
}

/** An Io whose output is styled, silenced (--quiet: errors only) or kept back (--json prints one object at the end). */
export function outputIo(io: Io, opts: { quiet: boolean; json: boolean; ascii: boolean; colour: boolean }): Io {
  const style = (t: string) => styleText(t, opts);
  return {
    ...io,
    out: opts.quiet || opts.json ? () => {} : (t) => io.out(style(t)),
    err: (t) => io.err(style(t)),
  };
}
