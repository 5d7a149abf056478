import type { Key } from 'ink';

/** Key tests shared by the inputs. */
export const isBack = (key: Key, hasCursor: boolean): boolean => key.escape || (!hasCursor && key.leftArrow);
export const isCtrlC = (input: string, key: Key): boolean => key.ctrl && input === 'c';
/** Backspace arrives as DEL (0x7f) on most terminals, which Ink names `delete`. */
export const isErase = (key: Key): boolean => key.backspace || key.delete;
