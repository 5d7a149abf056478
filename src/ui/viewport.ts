/**
 * A window of a list that fits the terminal and follows the selection, so a frame is never taller than the
 * terminal (Ink clears the whole screen, scrollback included, when a frame reaches the terminal's height).
 * Pure: heights come from wrappedRows(), an estimate that may be high but is never low for our texts.
 */

/** Columns a character takes: 1 for Latin, Greek, Cyrillic, punctuation and arrows; 2 for emoji and East Asian text (and anything unsure). */
function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  if (cp >= 0x2000 && cp < 0x2600) return 1; // punctuation, arrows, box drawing: · — … ↑ ↓ ›
  return 2;
}

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** Rows `text` takes wrapped at `columns` (greedy word wrap, long words broken), as Ink wraps a <Text>. */
export function wrappedRows(text: string, columns: number): number {
  const cols = Math.max(1, columns);
  let rows = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    rows += 1;
    let col = 0;
    for (const word of line.split(' ')) {
      let w = width(word);
      if (col > 0 && col + 1 + w > cols) {
        rows += 1;
        col = 0;
      } else if (col > 0) col += 1;
      while (col + w > cols) {
        w -= cols - col;
        rows += 1;
        col = 0;
      }
      col += w;
    }
  }
  return rows;
}

/** Rows taken by parts joined with " · " that wrap as whole parts (KeyHints, Parts), each part on one row when it fits. */
export function partsRows(parts: string[], columns: number): number {
  const cols = Math.max(1, columns);
  let rows = 1;
  let col = 0;
  parts.forEach((p, i) => {
    const w = width(p) + (i < parts.length - 1 ? 3 : 0);
    if (col > 0 && col + w > cols) {
      rows += 1;
      col = 0;
    }
    rows += Math.max(0, Math.ceil(w / cols) - 1);
    col = w > cols ? w % cols : col + w;
  });
  return rows;
}

export interface Window {
  /** First item shown. */
  start: number;
  /** One past the last item shown. */
  end: number;
}

/**
 * The items to show in `rows` rows, given each item's height: all of them when they fit; else a window that
 * keeps `cursor` in view, starting from `previous` (so moving within the window does not scroll), with a row
 * kept for "↑ n more" and one for "↓ n more". A cursor past the last item (a button under the list) shows the end.
 */
export function followSelection(heights: number[], cursor: number, rows: number, previous = 0): Window {
  const total = heights.reduce((a, b) => a + b, 0);
  if (total <= rows) return { start: 0, end: heights.length };
  const room = Math.max(1, rows - 2);
  const target = Math.min(Math.max(cursor, 0), heights.length - 1);
  const fitsFrom = (start: number): number => {
    let used = 0;
    let end = start;
    while (end < heights.length && used + heights[end]! <= room) used += heights[end++]!;
    return Math.max(end, start + 1); // the selected line is shown even when it alone is taller than the room
  };
  let start = Math.min(Math.max(previous, 0), heights.length - 1);
  if (target < start) start = target;
  while (start < target && fitsFrom(start) <= target) start += 1;
  const end = fitsFrom(start);
  // At the end of the list, rows left over show more lines above.
  const sum = (from: number): number => heights.slice(from, end).reduce((a, b) => a + b, 0);
  while (end === heights.length && start > 0 && sum(start - 1) <= room) start -= 1;
  return { start, end };
}
