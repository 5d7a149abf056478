import { Box, Text } from 'ink';
import type { FieldKind } from '../catalogue/schema.js';
import { useLive } from './live.js';

export const HINTS: Record<FieldKind, string> = {
  single: '↑↓ or letter move · Enter choose · Esc/← back · ? help',
  multi: '↑↓ move · Space or letter toggle · * all/none · Enter confirm · Esc/← back · ? help',
  text: 'type to edit · Enter confirm · Esc back · ? help (on an empty line)',
  number: 'type a number · Enter confirm · Esc back · ? help',
  boolean: 'y/n, or ↑↓ and Enter · Esc/← back · ? help',
  table: '↑↓ move · Enter edit row (or confirm on Done) · a add · d delete · Esc/← back · ? help',
};

/** The keys of the input on screen, and how to stop safely. */
export function KeyHints({ kind, text }: { kind?: FieldKind; text?: string }) {
  if (!useLive()) return null;
  // Each hint wraps as a whole, so "Ctrl-C save & quit" is never split across lines.
  const items = [...(text ?? (kind ? HINTS[kind] : '')).split(' · ').filter(Boolean), 'Ctrl-C save & quit'];
  return (
    <Box marginTop={1} flexWrap="wrap">
      {items.map((item, i) => (
        <Text key={item} dimColor>
          {item}
          {i < items.length - 1 ? ' · ' : ''}
        </Text>
      ))}
    </Box>
  );
}
