import type { Key } from 'ink';
import type { TextAction } from '../../engine/wizard/inputs/text-model.js';
import { isErase } from '../keys.js';

/** The editing action of a key in a one-line input, if it is one. */
export function textAction(input: string, key: Key): TextAction | undefined {
  if (isErase(key)) return { type: 'backspace' };
  if (key.leftArrow) return { type: 'left' };
  if (key.rightArrow) return { type: 'right' };
  if (key.home || (key.ctrl && input === 'a')) return { type: 'home' };
  if (key.end || (key.ctrl && input === 'e')) return { type: 'end' };
  if (key.ctrl && input === 'u') return { type: 'clear' };
  if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.tab || key.return || key.escape) return undefined;
  return input ? { type: 'insert', text: input } : undefined;
}
