import { TemplateSyntaxError } from './errors.js';

/**
 * What counts as syntax: `{{`, an optional `#` or `/`, an UPPER_SNAKE word (or ELSE), an optional
 * UPPER_SNAKE argument, `}}`. Also the formatter-mangled form `{ { NAME } }` (whitespace between the
 * braces). Anything else (`${{ secrets.X }}`, `{{ key: 'x' }}`, `{{foo}}`) is plain text.
 */
const WORD = '[A-Z][A-Z0-9_]*';
const BODY = `([#/]?)(${WORD})(?:[ \\t]+(${WORD}))?[ \\t]*`;
export const TAG_PATTERN = new RegExp(`\\{\\{${BODY}\\}\\}|\\{[ \\t]+\\{[ \\t]*${BODY}\\}[ \\t]*\\}`, 'g');

export type BlockKind = 'each' | 'if' | 'section';

export type Tag =
  | { t: 'var'; name: string }
  | { t: 'open'; kind: BlockKind; name: string }
  | { t: 'else' }
  | { t: 'close'; kind: BlockKind; name: string | null };

/** Reads one match of TAG_PATTERN; null when the brace text is not a tag after all (`{{FOO BAR}}`). */
export function interpretTag(match: RegExpExecArray, file: string, line: number): Tag | null {
  const op = match[1] ?? match[4] ?? '';
  const word = (match[2] ?? match[5]) as string;
  const arg = match[3] ?? match[6];
  const raw = match[0];
  if (op === '') {
    if (arg !== undefined) return null;
    return word === 'ELSE' ? { t: 'else' } : { t: 'var', name: word };
  }
  if (word === 'EACH' || word === 'IF') {
    const kind = word === 'EACH' ? 'each' : 'if';
    if (op === '#') {
      if (arg === undefined) throw new TemplateSyntaxError(file, line, raw, `needs a name, e.g. {{#${word} NAME}}`);
      return { t: 'open', kind, name: arg };
    }
    return { t: 'close', kind, name: arg ?? null };
  }
  if (arg !== undefined) return null;
  if (word.startsWith('IF_') && word.length > 3) {
    return op === '#' ? { t: 'open', kind: 'if', name: word.slice(3) } : { t: 'close', kind: 'if', name: word.slice(3) };
  }
  if (word === 'ELSE') return null;
  return op === '#' ? { t: 'open', kind: 'section', name: word } : { t: 'close', kind: 'section', name: word };
}
