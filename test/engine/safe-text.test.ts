import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { dotenvValue, oneLine, tableCell, terminalText } from '../../src/engine/safe-text.js';
import { textModel, visibleText } from '../../src/engine/wizard/inputs/text-model.js';

const HOSTILE = [
  'plain', 'two words', ' leading', 'trailing ', 'a#b', 'a #b', "it's", 'say "hi"', 'back`tick', "' \" ` all three",
  '$HOME', 'C:\\path\\n', '\\n', 'x=y', 'line\nINJECTED=1', 'cr\rINJECTED=2', 'ls\u2028INJECTED=3', '\u001b[2Jclear', '',
];

describe('safe text', () => {
  it('oneLine: every line break is a space, control characters are gone, printable Unicode stays', () => {
    expect(oneLine('a\r\nb\nc\rd\u2028e\u2029f\u0085g\u000bh\u000ci\tj')).toBe('a b c d e f g h i j');
    expect(oneLine('\u001b]0;title\u0007\u001b[2J\u0000\u007f\u0080\u009bx')).toBe(']0;title[2Jx');
    expect(oneLine('é 🚀 中文 | `code`')).toBe('é 🚀 中文 | `code`');
  });

  it('dotenvValue: dotenv reads back exactly one variable with exactly the value (one line)', () => {
    for (const value of HOSTILE) {
      const parsed = parse(`A=${dotenvValue(value)}\nB=after\n`);
      expect(Object.keys(parsed), JSON.stringify(value)).toEqual(['A', 'B']);
      const want = /'/.test(value) && /"/.test(value) && /`/.test(value) ? oneLine(value).replace(/'/g, '\u2019') : oneLine(value);
      expect(parsed.A, JSON.stringify(value)).toBe(want);
      expect(parsed.B).toBe('after');
    }
    expect(dotenvValue('plain-value_1')).toBe('plain-value_1');
  });

  it('tableCell: unescaped bars escaped once, escaped ones left, one line', () => {
    expect(tableCell('a|b')).toBe('a\\|b');
    expect(tableCell('a\\|b')).toBe('a\\|b');
    expect(tableCell('a\\\\|b')).toBe('a\\\\\\|b');
    expect(tableCell('||\n|')).toBe('\\|\\| \\|');
  });

  it('terminalText: no ESC or bidi override, cut with an ellipsis on a code point', () => {
    expect(terminalText('\u001b]0;pwned\u0007ok\u202e')).toBe(']0;pwnedok');
    expect(terminalText('🚀'.repeat(200), 10)).toBe(`${'🚀'.repeat(9)}…`);
    expect(terminalText('short', 10)).toBe('short');
  });
});

describe('a long text being edited', () => {
  it('shows at most 400 characters around the cursor, with … where the value goes on', () => {
    const big = textModel('x'.repeat(1_000_000));
    const end = visibleText(big);
    expect(end.before).toBe(`…${'x'.repeat(400)}`);
    expect(end.at + end.after).toBe('');
    const start = visibleText({ ...big, cursor: 0 });
    expect(start).toEqual({ before: '', at: 'x', after: `${'x'.repeat(399)}…` });
    expect(visibleText(textModel('short'))).toEqual({ before: 'short', at: '', after: '' });
    expect(visibleText({ value: 'short', cursor: 2 })).toEqual({ before: 'sh', at: 'o', after: 'rt' });
  });
});
