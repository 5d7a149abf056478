import { Box, Text } from 'ink';
import type { Catalogue, QuestionId } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import { headerLine, phaseTitle, progressText, scopeParts, type FieldPosition } from '../engine/wizard/text.js';
import { Parts } from './prose.js';
import { useTerminalSize } from './use-terminal-size.js';

/** Under this many columns the progress goes on a line of its own instead of wrapping mid-header. */
export const NARROW_COLUMNS = 60;

/** `Phase 7: Operations & Deployment · Question i/n · p%`, then the scope and what it skips. */
export function Header({ catalogue, scope, questionId, field }: { catalogue: Catalogue; scope: Scope; questionId: QuestionId; field?: FieldPosition }) {
  const { columns } = useTerminalSize();
  // The progress goes on a line of its own when the header would not fit on one (it has no wide characters).
  const narrow = columns !== undefined && (columns < NARROW_COLUMNS || headerLine(catalogue, scope, questionId, field).length > columns);
  return (
    <Box flexDirection="column" marginBottom={1}>
      {narrow ? (
        <>
          <Text bold color="magenta">
            {phaseTitle(catalogue)}
          </Text>
          <Text bold color="magenta">
            {progressText(catalogue, scope, questionId, field)}
          </Text>
        </>
      ) : (
        <Text bold color="magenta">
          {headerLine(catalogue, scope, questionId, field)}
        </Text>
      )}
      <Parts parts={scopeParts(catalogue, scope)} dimColor />
    </Box>
  );
}
