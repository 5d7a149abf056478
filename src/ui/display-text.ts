/**
 * A line of a file as a box can draw it: TABs expanded to the next multiple of `tab` columns and other control
 * characters (escape codes in a hand-edited file) shown as ^X, so they neither move the cursor nor break a border.
 */
export function displayLine(line: string, tab = 8): string {
  let out = '';
  for (const ch of line) {
    if (ch === '\t') out += ' '.repeat(tab - (out.length % tab));
    else if (ch < ' ' || ch === '\x7f') out += ch === '\x7f' ? '^?' : `^${String.fromCharCode(ch.charCodeAt(0) + 64)}`;
    else out += ch;
  }
  return out;
}
