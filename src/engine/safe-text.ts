/**
 * Free text (answers, the project name, facts read from the project) placed into documents and the terminal.
 * Every answer must stay inside its own line, table cell, comment or value, whatever it holds: newlines,
 * `|`, quotes, escape sequences, megabytes. These are the only functions that make text safe for a place;
 * the view model applies `oneLine` to its whole input (src/render/view-model/safe-input.ts), the Mustache
 * writer applies the table-cell and dotenv ones by where a tag stands (src/render/mustache.ts), and the
 * terminal summary applies `terminalText` (src/engine/summary.ts). Pure.
 */

/** Every line break a Markdown, dotenv or YAML reader (or a terminal) may honour: CRLF, LF, CR, VT, FF, NEL, LS, PS. */
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
/** C0 and C1 control characters and DEL (tab and line breaks are handled before). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides and isolates: they reorder what a terminal shows ("Trojan Source"). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** True when the text has nothing `oneLine` would change. */
export function isOneLine(text: string): boolean {
  LINE_BREAKS.lastIndex = 0;
  CONTROLS.lastIndex = 0;
  return !LINE_BREAKS.test(text) && !CONTROLS.test(text) && !text.includes('\t');
}

/**
 * The text on one line, with no control characters: each line break (and tab) becomes one space, every other
 * C0/C1 control character (ESC, NUL, BEL, DEL …) is dropped. Printable Unicode is kept as it is.
 */
export function oneLine(text: string): string {
  if (isOneLine(text)) return text;
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '');
}

/** How many characters of one answer the terminal shows (the documents keep all of it). */
export const TERMINAL_TEXT_MAX = 200;

/**
 * Text for the terminal: one line, no control characters or bidirectional overrides (no escape sequence can
 * set the window title or clear the screen), at most `max` characters, cut with "…" (whole code points).
 */
export function terminalText(text: string, max = TERMINAL_TEXT_MAX): string {
  const clean = oneLine(text).replace(BIDI, '');
  if (clean.length <= max) return clean;
  // At most max code points fit in 2 × max UTF-16 units: count only those (an answer may be megabytes).
  const chars = Array.from(clean.slice(0, max * 2 + 1));
  if (chars.length <= max && clean.length <= max * 2) return clean;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Text inside a Markdown (GFM) table cell: one line, every `|` not already escaped is escaped (GFM splits
 * cells on `|` even inside code spans, and reads `\|` as a literal bar there too).
 */
export function tableCell(text: string): string {
  const line = oneLine(text);
  if (!line.includes('|')) return line;
  let out = '';
  let backslashes = 0;
  for (const ch of line) {
    if (ch === '|' && backslashes % 2 === 0) out += '\\';
    backslashes = ch === '\\' ? backslashes + 1 : 0;
    out += ch;
  }
  return out;
}

/**
 * A dotenv value that dotenv (and shells' `set -a; . .env`-style readers of simple values) parse back to
 * exactly `text`: left bare when it is plain, else single-quoted (dotenv keeps single-quoted text literally),
 * else double- or back-quoted; in a value that holds all three quote kinds each `'` becomes `’` (dotenv
 * undoes no escape inside quotes). Line breaks and control characters never reach the file.
 */
export function dotenvValue(text: string): string {
  const value = oneLine(text);
  if (value === '') return '';
  const plain = /^[^\s'"`#\\$][^#'"`\\$]*$/.test(value) && !/\s$/.test(value);
  if (plain) return value;
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  if (!value.includes('`')) return `\`${value}\``;
  return `'${value.replace(/'/g, '\u2019')}'`;
}

/** A dotenv comment line's text (after `# `): one line. */
export function dotenvComment(text: string): string {
  return oneLine(text);
}
