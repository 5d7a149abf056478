import { Box, Text } from 'ink';
import { useState } from 'react';
import { CONFLICT_OPTIONS, conflictTitle } from '../engine/wizard/text.js';
import type { Action, ConflictQuestion } from '../engine/wizard/types.js';
import { useAscii } from './ascii.js';
import { ChoiceRow } from './choice-row.js';
import { KeyHints } from './key-hints.js';
import { useKeys } from './use-keys.js';
import { useTerminalSize } from './use-terminal-size.js';
import { displayLine } from './display-text.js';

function DiffLine({ line }: { line: string }) {
  const color = line.startsWith('+') && !line.startsWith('+++') ? 'green' : line.startsWith('-') && !line.startsWith('---') ? 'red' : line.startsWith('@@') ? 'cyan' : undefined;
  return <Text color={color}>{line === '' ? ' ' : displayLine(line)}</Text>;
}

/** A document whose edits overlap the new text: the diff (scrollable) and the three ways out. */
export function ConflictScreen({ conflict, cursor, dispatch }: { conflict: ConflictQuestion; cursor: number; dispatch(a: Action): void }) {
  const { rows } = useTerminalSize();
  const ascii = useAscii();
  const lines = conflict.diff.replace(/\n$/, '').split('\n');
  const height = Math.max(5, (rows ?? 40) - 16);
  const [offset, setOffset] = useState(0);
  const last = Math.max(0, lines.length - height);
  useKeys((input, key) => {
    if (key.upArrow) return dispatch({ type: 'move', delta: -1 });
    if (key.downArrow) return dispatch({ type: 'move', delta: 1 });
    if (key.return) return dispatch({ type: 'select' });
    if (key.pageDown || input === ' ') return setOffset((o) => Math.min(last, o + height));
    if (key.pageUp || input === 'b') return setOffset((o) => Math.max(0, o - height));
    const option = CONFLICT_OPTIONS.find((o) => o.key === input.toLowerCase());
    if (option) dispatch({ type: 'resolveConflict', choice: option.choice });
  });
  const shown = lines.slice(offset, offset + height);
  return (
    <Box flexDirection="column">
      <Text bold color="yellow">
        {conflictTitle(conflict, ascii)}
      </Text>
      <Text dimColor>
        Changes from your file to the new text (lines {offset + 1}–{offset + shown.length} of {lines.length}
        {lines.length > height ? '; Space/PgDn and b/PgUp scroll' : ''}):
      </Text>
      <Box flexDirection="column" borderStyle="single" paddingX={1}>
        {shown.map((l, i) => (
          <DiffLine key={offset + i} line={l} />
        ))}
      </Box>
      <Text bold>What should happen to {conflict.path}?</Text>
      {CONFLICT_OPTIONS.map((o, i) => (
        <ChoiceRow key={o.choice} focused={i === cursor} prefix={`${o.key}) `}>
          {o.label}
        </ChoiceRow>
      ))}
      <KeyHints text="↑↓ move · Enter choose (or k / n / m)" />
    </Box>
  );
}
