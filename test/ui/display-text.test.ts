import { expect, test } from 'vitest';
import { displayLine } from '../../src/ui/display-text.js';

test('a TAB becomes spaces to the next tab stop, escape codes become visible ^[ (the diff box keeps its border)', () => {
  expect(displayLine('+a\tb')).toBe('+a      b');
  expect(displayLine('\t')).toBe('        ');
  expect(displayLine('-x\x1b[31mred')).toBe('-x^[[31mred');
  expect(displayLine('plain')).toBe('plain');
});
