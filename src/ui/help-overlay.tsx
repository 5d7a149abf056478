import { Box, Text } from 'ink';
import type { Question } from '../catalogue/schema.js';
import { DOCUMENT_PATHS } from '../engine/wizard/text.js';
import { badgeLegend } from '../engine/wizard/badges.js';
import { useAscii } from './ascii.js';
import { Prose } from './prose.js';
import { useKeys } from './use-keys.js';

/** A section's name kept on one line (non-breaking spaces), so a list of them wraps between names. */
const whole = (name: string) => name.replaceAll(' ', '\u00A0');

/**
 * The longer help behind `?`: why we ask and which sections of which document the answer fills (the same
 * words as helpLines(), laid out to wrap: each document's sections on lines of their own under its path).
 * Any key closes it.
 */
export function HelpOverlay({ question, onClose }: { question: Question; onClose(): void }) {
  useKeys(() => onClose());
  const ascii = useAscii();
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} marginTop={1}>
      <Prose bold>{`Help: ${question.id} ${question.title}`}</Prose>
      <Prose>{`Why we ask: ${question.why}`}</Prose>
      <Text>Your answer affects:</Text>
      {question.affects.map((a) => (
        <Box key={a.document} flexDirection="column" paddingLeft={2}>
          <Text>{DOCUMENT_PATHS[a.document]}:</Text>
          <Box paddingLeft={2}>
            <Prose>{a.sections.map(whole).join(', ')}</Prose>
          </Box>
        </Box>
      ))}
      <Prose>{badgeLegend(ascii)}</Prose>
      <Text dimColor>Press any key to close.</Text>
    </Box>
  );
}
