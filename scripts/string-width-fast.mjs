// string-width for the bundle (scripts/build.mjs aliases Ink's `string-width` here): the same widths,
// without building the \p{RGI_Emoji} regular expression (~40 ms: 18 ms to create, 20 ms to first use)
// for text made of printable ASCII and the characters of our own screens. The build lists those
// characters (catalogue, wizard texts) with the width the real string-width gives each, and keeps only
// characters that always form a grapheme cluster of their own, so a width is a plain sum. Anything else
// goes to the real string-width (whose emoji regex is built on first use, see build.mjs).
import realStringWidth from 'ai-flow:string-width-real';
import stripAnsi from 'strip-ansi';
import { WIDTHS } from 'ai-flow:string-width-table';

export default function stringWidth(input, options = {}) {
  if (typeof input !== 'string' || options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes) return realStringWidth(input, options);
  const text = input.includes('\u001B') || input.includes('\u009B') ? stripAnsi(input) : input;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit <= 0x7e) {
      width += 1;
      continue;
    }
    const codePoint = text.codePointAt(i);
    const w = WIDTHS.get(codePoint);
    if (w === undefined) return realStringWidth(input, options);
    width += w;
    if (codePoint > 0xffff) i++;
  }
  return width;
}
