import { Box, Text } from 'ink';
import type { Question } from '../catalogue/schema.js';
import { helpLines } from '../engine/wizard/text.js';
import { badgeLegend } from '../engine/wizard/badges.js';
import { useAscii } from './ascii.js';
import { useKeys } from './use-keys.js';

/** The longer help behind `?`: why we ask and which sections of which document the answer fills. Any key closes it. */
export function HelpOverlay({ question, onClose }: { question: Question; onClose(): void }) {
  useKeys(() => onClose());
  const ascii = useAscii();
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} marginTop={1}>
      <Text bold>Help: {question.id} {question.title}</Text>
      {helpLines(question).map((l, i) => (
        <Text key={i}>{l}</Text>
      ))}
      <Text>{badgeLegend(ascii)}</Text>
      <Text dimColor>Press any key to close.</Text>
    </Box>
  );
}
