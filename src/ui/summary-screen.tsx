import { Box, Text } from 'ink';
import { useRef } from 'react';
import type { Answers, Catalogue } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import { SIMPLIFIED_NOTE, summaryFields, summaryLines } from '../engine/summary.js';
import { summaryLineText, summaryTitle } from '../engine/wizard/text.js';
import type { Action } from '../engine/wizard/types.js';
import { useAscii } from './ascii.js';
import { KeyHints } from './key-hints.js';
import { glue, Marked, Prose } from './prose.js';
import { useKeys } from './use-keys.js';
import { useTerminalSize } from './use-terminal-size.js';
import { followSelection, wrappedRows } from './viewport.js';

const HINTS = 'Enter on a line changes it · y or Enter on Yes generates · ↑↓ move · Esc back';
const OPEN_HINTS = 'Enter changes that answer · ↑↓ move · Esc/← close · y generates';
const YES = 'Yes: generate the documents';

interface Props {
  notice?: string;
  catalogue: Catalogue;
  scope: Scope;
  answers: Answers;
  cursor: number;
  /** The line at the cursor is open: which of its question's fields is selected (see the summary screen state). */
  field?: number;
  dispatch(a: Action): void;
}

/** A row of the summary: a question's line, or (under an open line) one of its fields or "all of them". */
interface Item {
  key: string;
  text: string;
  /** Columns before the marker: 0 for a question's line, 2 under an open line. */
  indent: number;
  selected: boolean;
  open?: boolean;
  dim?: boolean;
}

/**
 * The seed's summary, one line per question (TBD where skipped), then the confirm item. Enter on a line of
 * several fields opens it: its fields, each with its answer, to change one (or all of them again).
 */
export function SummaryScreen({ notice, catalogue, scope, answers, cursor, field, dispatch }: Props) {
  const lines = summaryLines(catalogue, scope, answers);
  const ascii = useAscii();
  const isOpen = field !== undefined;
  useKeys((input, key) => {
    if (key.escape || key.leftArrow) dispatch({ type: 'back' });
    else if (key.upArrow) dispatch({ type: 'move', delta: -1 });
    else if (key.downArrow) dispatch({ type: 'move', delta: 1 });
    else if (key.return) dispatch({ type: 'select' });
    else if (input === 'y' || input === 'Y') dispatch({ type: 'confirm' });
  });
  const onConfirm = cursor >= lines.length;
  const items: Item[] = lines.flatMap((l, i): Item[] => {
    const line: Item = { key: l.questionId, text: summaryLineText(l), indent: 0, selected: i === cursor && !isOpen, open: i === cursor && isOpen, dim: l.tbd || l.kept };
    if (!line.open) return [line];
    const fields = summaryFields(catalogue, scope, answers, l.questionId).map((f, j): Item => ({ key: `${l.questionId}.${f.fieldId}`, text: f.text, indent: 2, selected: j === field }));
    const all: Item = { key: `${l.questionId}:all`, text: `All of ${l.questionId} again, field by field`, indent: 2, selected: field === fields.length, dim: true };
    return [line, ...fields, all];
  });
  const selectedAt = onConfirm ? items.length : items.findIndex((it) => it.selected);
  const { columns, rows } = useTerminalSize();
  const simplified = lines.some((l) => l.simplified);
  const hints = isOpen ? OPEN_HINTS : HINTS;
  // The lines shown: all of them when they fit, else a window that follows the selection. A frame as tall
  // as the terminal makes Ink clear the screen and the user's scrollback (ESC[3J) on every redraw.
  const previous = useRef(0);
  let window = { start: 0, end: items.length };
  if (rows && columns) {
    const fixed =
      (notice ? wrappedRows(glue(notice), columns) : 0) +
      2 + // title, blank line
      (simplified ? wrappedRows(glue(SIMPLIFIED_NOTE), columns - 2) : 0) +
      2 + wrappedRows(glue(YES), columns - 5) + // margin, "Is this correct?", Yes
      1 + wrappedRows(`${hints} · Ctrl-C save & quit`, columns) + 1 + // margin, hints (wrapped as whole items: one row spare)
      1; // Ink redraws in place only while the frame is shorter than the terminal
    // An open line stays in view above its fields whenever they fit under it.
    const openAt = items.findIndex((it) => it.open);
    const from = openAt >= 0 ? Math.min(previous.current, openAt) : previous.current;
    window = followSelection(items.map((it) => wrappedRows(glue(it.text), columns - 2 - it.indent)), selectedAt, rows - fixed, from);
    previous.current = window.start;
  }
  const above = window.start;
  const below = items.length - window.end;
  return (
    <Box flexDirection="column">
      {notice ? <Prose color="yellow">{notice}</Prose> : null}
      <Text bold>{summaryTitle(ascii)}</Text>
      <Text> </Text>
      {above > 0 ? <Text dimColor>{`  ↑ ${above} more`}</Text> : null}
      {items.slice(window.start, window.end).map((it) => (
        // The marker is a column of its own, so a wrapped line continues under its text.
        <Box key={it.key} paddingLeft={it.indent}>
          <Box width={2} flexShrink={0}>
            <Text color="cyan">{it.selected ? '›' : ' '}</Text>
          </Box>
          <Prose color={it.selected || it.open ? 'cyan' : undefined} dimColor={it.dim} bold={it.selected}>
            {it.text}
          </Prose>
        </Box>
      ))}
      {below > 0 ? <Text dimColor>{`  ↓ ${below} more`}</Text> : null}
      {simplified ? (
        <Box paddingLeft={2}>
          <Prose dimColor>{SIMPLIFIED_NOTE}</Prose>
        </Box>
      ) : null}
      <Box marginTop={1} flexDirection="column">
        <Text bold>Is this correct?</Text>
        <Marked mark={`${onConfirm ? '› ' : '  '}${ascii ? '[ok]' : '✅'} `} color={onConfirm ? 'cyan' : undefined} bold={onConfirm}>
          {YES}
        </Marked>
      </Box>
      <KeyHints text={hints} />
    </Box>
  );
}
