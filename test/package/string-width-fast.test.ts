import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import realStringWidth from 'string-width';
import { stringWidthPlugin } from '../../scripts/string-width-plugin.mjs';
import { tempDir } from '../helpers.js';
import { ROOT } from './bundle.js';

type Width = (text: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }) => number;

let dir: string;
let fastWidth: Width;

// The table is made from the texts our screens print; here from these, so the test knows what it holds.
const SCREEN_TEXT = '· › … ↑↓← ⭐ 🔥 🏢 🐳 ✅ ⚠️ 📋 é — ’ ─ │ ✔ 한 ❯';

beforeAll(async () => {
  dir = tempDir('ai-flow-sw-');
  const outfile = join(dir, 'sw.mjs');
  await build({
    absWorkingDir: ROOT,
    stdin: { contents: "export { default } from 'string-width';", resolveDir: ROOT, loader: 'js' },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    plugins: [stringWidthPlugin(ROOT, [SCREEN_TEXT])],
    logLevel: 'silent',
  });
  fastWidth = ((await import(pathToFileURL(outfile).href)) as { default: Width }).default;
});

describe("the bundle's string-width", () => {
  const samples = [
    '',
    'plain ASCII text',
    '› A) ⭐ Cloud Platform',
    'Phase 7: Operations & Deployment · Question 1/17 · 0%',
    '\u001b[1m\u001b[36m› A) 🔥 Platform-as-a-Service\u001b[39m\u001b[22m',
    '  Looking at the project…',
    '✅ Generated: docs/operations.md',
    '⚠️ conflict', // a variation selector: not in the table
    'café — naïve', // é is in the table, the combining form is not
    'cafe\u0301',
    '👩‍💻 coder', // a ZWJ sequence
    '🇩🇪 flag', // regional indicators
    '한국어 텍스트', // Hangul
    '👍🏽 thumbs', // a skin-tone modifier
    'tab\there',
    '─│✔❯',
  ];

  it.each(samples)('measures %j as string-width does', (text) => {
    expect(fastWidth(text)).toBe(realStringWidth(text));
    expect(fastWidth(text, { ambiguousIsNarrow: false })).toBe(realStringWidth(text, { ambiguousIsNarrow: false }));
    expect(fastWidth(text, { countAnsiEscapeCodes: true })).toBe(realStringWidth(text, { countAnsiEscapeCodes: true }));
  });

  it('measures every character of the table, alone and in runs, as string-width does', () => {
    for (const ch of SCREEN_TEXT) {
      for (const text of [ch, `${ch}${ch}${ch}`, `x${ch}y${ch}`]) expect(fastWidth(text), JSON.stringify(text)).toBe(realStringWidth(text));
    }
  });
});
