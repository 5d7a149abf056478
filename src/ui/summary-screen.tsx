import { Box, Text } from 'ink';
import type { Answers, Catalogue } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import { SIMPLIFIED_NOTE, summaryLines } from '../engine/summary.js';
import { summaryLineText, summaryTitle } from '../engine/wizard/text.js';
import type { Action } from '../engine/wizard/types.js';
import { useAscii } from './ascii.js';
import { KeyHints } from './key-hints.js';
import { useKeys } from './use-keys.js';

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
  return (
    <Box flexDirection="column">
      {notice ? <Text color="yellow">{notice}</Text> : null}
      <Text bold>{summaryTitle(ascii)}</Text>
      <Text> </Text>
      {lines.map((l, i) => (
        // The marker is a column of its own, so a wrapped line continues under its text.
        <Box key={l.questionId}>
          <Box width={2} flexShrink={0}>
            <Text color="cyan">{i === cursor ? '›' : ' '}</Text>
          </Box>
          <Text color={i === cursor ? 'cyan' : undefined} dimColor={l.tbd || l.kept} bold={i === cursor}>
            {summaryLineText(l)}
          </Text>
        </Box>
      ))}
      {lines.some((l) => l.simplified) ? <Text dimColor>{`  ${SIMPLIFIED_NOTE}`}</Text> : null}
      <Box marginTop={1} flexDirection="column">
        <Text bold>Is this correct?</Text>
        <Text color={onConfirm ? 'cyan' : undefined} bold={onConfirm}>
          {onConfirm ? '› ' : '  '}
          {ascii ? '[ok]' : '✅'} Yes: generate the documents
        </Text>
      </Box>
      <KeyHints text="Enter on a line changes that answer · y or Enter on Yes generates · ↑↓ move · Esc back" />
    </Box>
  );
}
