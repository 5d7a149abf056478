import { useInput, type Key } from 'ink';

type Handler = (input: string, key: Key) => void;

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** One character of a chunk as the key it stands for. */
function keyOf(ch: string): [string, Key] {
  const code = ch.codePointAt(0)!;
  if (ch === '\r' || ch === '\n') return ['', { ...NO_KEY, return: true }];
  if (ch === '\t') return ['', { ...NO_KEY, tab: true }];
  if (ch === '\u007F') return ['', { ...NO_KEY, delete: true }];
  if (ch === '\b') return ['', { ...NO_KEY, backspace: true }];
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, { ...NO_KEY, shift: /[A-Z]/.test(ch) }];
}

/**
 * Ink hands a chunk of several characters over as one input ("continue⏎", a paste, keys typed faster than
 * they are read), so a Ctrl-U, Tab or Enter inside it would be lost. Such chunks are split here into one
 * call per character; escape sequences (arrows) come from Ink already split and pass through.
 */
export function splitChunk(input: string, key: Key): [string, Key][] {
  const chars = Array.from(input);
  if (chars.length <= 1 || input.startsWith('\u001B') || key.ctrl || key.meta) return [[input, key]];
  return chars.map(keyOf);
}

/** useInput, with chunks split into keys. */
export function useKeys(handler: Handler, options: { isActive?: boolean } = {}): void {
  useInput((input, key) => {
    for (const [i, k] of splitChunk(input, key)) handler(i, k);
  }, options);
}
