import { Box, Text } from 'ink';
import type { Catalogue, QuestionId } from '../catalogue/schema.js';
import type { Scope } from '../engine/scope.js';
import { headerLine, scopeLine } from '../engine/wizard/text.js';

/** `Phase 7: Operations & Deployment · Question i/n · p%`, then the scope and what it skips. */
export function Header({ catalogue, scope, questionId }: { catalogue: Catalogue; scope: Scope; questionId: QuestionId }) {
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text bold color="magenta">
        {headerLine(catalogue, scope, questionId)}
      </Text>
      <Text dimColor>{scopeLine(catalogue, scope)}</Text>
    </Box>
  );
}
