import { Box, Text } from 'ink';
import { useRef } from 'react';
import type { Answers, Catalogue } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import { SIMPLIFIED_NOTE, summaryLines } from '../engine/summary.js';
import { summaryLineText, summaryTitle } from '../engine/wizard/text.js';
import type { Action } from '../engine/wizard/types.js';
import { useAscii } from './ascii.js';
import { KeyHints } from './key-hints.js';
import { useKeys } from './use-keys.js';
import { useTerminalSize } from './use-terminal-size.js';
import { followSelection, wrappedRows } from './viewport.js';

const HINTS = 'Enter on a line changes that answer · y or Enter on Yes generates · ↑↓ move · Esc back';
const YES = 'Yes: generate the documents';

interface Props {
  notice?: string;
  catalogue: Catalogue;
  scope: Scope;
  answers: Answers;
  cursor: number;
  dispatch(a: Action): void;
}

/** The seed's summary, one line per question (TBD where skipped); pick a line to change it, or confirm. */
export function SummaryScreen({ notice, catalogue, scope, answers, cursor, dispatch }: Props) {
  const lines = summaryLines(catalogue, scope, answers);
  const ascii = useAscii();
  useKeys((input, key) => {
    if (key.escape || key.leftArrow) dispatch({ type: 'back' });
    else if (key.upArrow) dispatch({ type: 'move', delta: -1 });
    else if (key.downArrow) dispatch({ type: 'move', delta: 1 });
    else if (key.return) dispatch({ type: 'select' });
    else if (input === 'y' || input === 'Y') dispatch({ type: 'confirm' });
  });
  const onConfirm = cursor >= lines.length;
  const { columns, rows } = useTerminalSize();
  const texts = lines.map(summaryLineText);
  const simplified = lines.some((l) => l.simplified);
  // The lines shown: all of them when they fit, else a window that follows the selection. A frame as tall
  // as the terminal makes Ink clear the screen and the user's scrollback (ESC[3J) on every redraw.
  const previous = useRef(0);
  let window = { start: 0, end: lines.length };
  if (rows && columns) {
    const fixed =
      (notice ? wrappedRows(notice, columns) : 0) +
      2 + // title, blank line
      (simplified ? wrappedRows(`  ${SIMPLIFIED_NOTE}`, columns) : 0) +
      2 + wrappedRows(`› [ok] ${YES}`, columns) + // margin, "Is this correct?", Yes
      1 + wrappedRows(`${HINTS} · Ctrl-C save & quit`, columns) + 1 + // margin, hints (wrapped as whole items: one row spare)
      1; // Ink redraws in place only while the frame is shorter than the terminal
    window = followSelection(texts.map((t) => wrappedRows(t, columns - 2)), cursor, rows - fixed, previous.current);
    previous.current = window.start;
  }
  const above = window.start;
  const below = lines.length - window.end;
  return (
    <Box flexDirection="column">
      {notice ? <Text color="yellow">{notice}</Text> : null}
      <Text bold>{summaryTitle(ascii)}</Text>
      <Text> </Text>
      {above > 0 ? <Text dimColor>{`  ↑ ${above} more`}</Text> : null}
      {lines.slice(window.start, window.end).map((l, j) => {
        const i = window.start + j;
        // The marker is a column of its own, so a wrapped line continues under its text.
        return (
          <Box key={l.questionId}>
            <Box width={2} flexShrink={0}>
              <Text color="cyan">{i === cursor ? '›' : ' '}</Text>
            </Box>
            <Text color={i === cursor ? 'cyan' : undefined} dimColor={l.tbd || l.kept} bold={i === cursor}>
              {texts[i]}
            </Text>
          </Box>
        );
      })}
      {below > 0 ? <Text dimColor>{`  ↓ ${below} more`}</Text> : null}
      {simplified ? <Text dimColor>{`  ${SIMPLIFIED_NOTE}`}</Text> : null}
      <Box marginTop={1} flexDirection="column">
        <Text bold>Is this correct?</Text>
        <Text color={onConfirm ? 'cyan' : undefined} bold={onConfirm}>
          {onConfirm ? '› ' : '  '}
          {ascii ? '[ok]' : '✅'} {YES}
        </Text>
      </Box>
      <KeyHints text={HINTS} />
    </Box>
  );
}
