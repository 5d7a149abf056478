// esbuild plugin: Ink's `string-width` (8.x, the package at the top of node_modules) becomes
// scripts/string-width-fast.mjs, which measures printable ASCII and the characters of our own screens
// from a table made here, and hands any other text to the real string-width. The real one is patched to
// build its \p{RGI_Emoji} expression on first use (building it and using it once costs ~40 ms).
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { patch } from './patch.mjs';

const FAST = join(dirname(fileURLToPath(import.meta.url)), 'string-width-fast.mjs');

/**
 * [code point, width] for every non-ASCII character of `texts`, as the real string-width measures it.
 * Only characters that are a grapheme cluster of their own next to anything in the table are kept (no
 * marks, joiners, variation selectors, Hangul jamo or syllables, regional indicators), so the width of a
 * text made of them is the sum of its characters' widths.
 */
export async function stringWidthTable(realPath, texts) {
  const { default: realStringWidth } = await import(pathToFileURL(realPath).href);
  const codePoints = new Set();
  for (const t of texts) for (const ch of t) if (ch.codePointAt(0) > 0x7e) codePoints.add(ch.codePointAt(0));
  const segmenter = new Intl.Segmenter();
  const clusters = (s) => [...segmenter.segment(s)].length;
  const excluded = (cp) => cp < 0xa0 || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xac00 && cp <= 0xd7ff) || (cp >= 0x1f1e6 && cp <= 0x1f1ff);
  const table = [];
  for (const cp of [...codePoints].sort((a, b) => a - b)) {
    const c = String.fromCodePoint(cp);
    if (excluded(cp) || clusters(`a${c}a`) !== 3 || clusters(`${c}${c}`) !== 2) continue;
    const w = realStringWidth(c);
    if (realStringWidth(`a${c}${c}a`) !== 2 + 2 * w) continue;
    table.push([cp, w]);
  }
  return table;
}

/** The texts our screens print: the catalogue and the sources' strings. */
function screenTexts(root) {
  const texts = [readFileSync(join(root, 'phases', 'phase7.yaml'), 'utf8')];
  for (const f of readdirSync(join(root, 'src'), { recursive: true })) {
    if (/\.tsx?$/.test(String(f))) texts.push(readFileSync(join(root, 'src', String(f)), 'utf8'));
  }
  return texts;
}

/** The plugin; `texts` defaults to what the package at `root` prints. */
export function stringWidthPlugin(root, texts = undefined) {
  const real = join(root, 'node_modules', 'string-width', 'index.js');
  return {
    name: 'ai-flow-string-width',
    setup(b) {
      b.onResolve({ filter: /^string-width$/ }, async (args) => {
        if (args.pluginData === 'ai-flow-string-width' || args.importer === FAST) return undefined;
        const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'ai-flow-string-width' });
        return r.path === real ? { path: FAST } : undefined;
      });
      b.onResolve({ filter: /^ai-flow:string-width-real$/ }, () => ({ path: real }));
      // The real string-width's own strip-ansi, whatever else node_modules holds.
      b.onResolve({ filter: /^strip-ansi$/ }, (args) => (args.importer === FAST ? b.resolve('strip-ansi', { kind: args.kind, resolveDir: dirname(real) }) : undefined));
      b.onResolve({ filter: /^ai-flow:string-width-table$/ }, () => ({ path: 'string-width-table', namespace: 'ai-flow-string-width' }));
      b.onLoad({ filter: /.*/, namespace: 'ai-flow-string-width' }, async () => ({
        contents: `export const WIDTHS = new Map(${JSON.stringify(await stringWidthTable(real, texts ?? screenTexts(root)))});`,
        loader: 'js',
      }));
      b.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, async (args) => {
        if (args.path !== real) return undefined;
        let text = await readFile(args.path, 'utf8');
        text = patch(text, 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', "let rgiEmoji;\nconst rgiEmojiRegex = () => (rgiEmoji ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v'));", 'string-width: lazy emoji regex');
        text = patch(text, 'rgiEmojiRegex.test(segment)', 'rgiEmojiRegex().test(segment)', 'string-width: lazy emoji regex use');
        return { contents: text, loader: 'js' };
      });
    },
  };
}
