import { describe, expect, it } from 'vitest';
import { followSelection, wrappedRows } from '../../src/ui/viewport.js';

describe('summary viewport', () => {
  it('wrappedRows: words wrap whole, long words are broken, newlines count, wide characters take two columns', () => {
    expect(wrappedRows('short', 80)).toBe(1);
    expect(wrappedRows('aaaa bbbb cccc', 9)).toBe(2);
    expect(wrappedRows('x'.repeat(25), 10)).toBe(3);
    expect(wrappedRows('one\ntwo', 80)).toBe(2);
    expect(wrappedRows('✅'.repeat(5), 8)).toBe(2);
    expect(wrappedRows('a · b — c', 9)).toBe(1);
  });

  it('everything fits: no window', () => {
    expect(followSelection([1, 1, 1], 2, 3)).toEqual({ start: 0, end: 3 });
  });

  it('moving past the fold scrolls just enough; moving back up inside the window does not scroll', () => {
    const heights = Array.from({ length: 17 }, () => 1);
    const rows = 10; // 8 lines + "↑ more" + "↓ more"
    expect(followSelection(heights, 0, rows)).toEqual({ start: 0, end: 8 });
    expect(followSelection(heights, 7, rows, 0)).toEqual({ start: 0, end: 8 });
    expect(followSelection(heights, 8, rows, 0)).toEqual({ start: 1, end: 9 });
    expect(followSelection(heights, 5, rows, 1)).toEqual({ start: 1, end: 9 });
    expect(followSelection(heights, 0, rows, 1)).toEqual({ start: 0, end: 8 });
    expect(followSelection(heights, 16, rows, 0)).toEqual({ start: 9, end: 17 });
    // the confirm button under the list: the end of the list stays in view
    expect(followSelection(heights, 17, rows, 9)).toEqual({ start: 9, end: 17 });
  });

  it('wrapped lines count as the rows they take; the selected line is shown even when taller than the room', () => {
    expect(followSelection([2, 2, 2, 2], 3, 6)).toEqual({ start: 2, end: 4 });
    expect(followSelection([1, 9, 1], 1, 5)).toEqual({ start: 1, end: 2 });
  });
});
