import { Box, Text } from 'ink';
import type { Catalogue } from '../catalogue/schema.js';
import { SCOPE_DESCRIPTIONS, SCOPE_LABELS } from '../engine/scope.js';
import { SCOPES } from '../engine/wizard/navigation.js';
import type { Action } from '../engine/wizard/types.js';
import { KeyHints } from './key-hints.js';
import { Prose } from './prose.js';
import { useKeys } from './use-keys.js';

/** The scope, asked first when neither --scope nor the cache gives it: one line each on what it asks. */
export function ScopeScreen({ catalogue, cursor, notice, dispatch }: { catalogue: Catalogue; cursor: number; notice?: string; dispatch(a: Action): void }) {
  useKeys((input, key) => {
    if (key.upArrow) dispatch({ type: 'move', delta: -1 });
    else if (key.downArrow) dispatch({ type: 'move', delta: 1 });
    else if (key.return) dispatch({ type: 'select' });
    else if (/^[1-3]$/.test(input)) dispatch({ type: 'chooseScope', scope: SCOPES[Number(input) - 1]! });
  });
  return (
    <Box flexDirection="column">
      <Text bold color="magenta">
        Phase {catalogue.phase}: {catalogue.title}
      </Text>
      {notice ? <Text color="green">{notice}</Text> : null}
      <Box marginTop={1} flexDirection="column">
        <Text bold>Which scope is this project?</Text>
        {SCOPES.map((s, i) => (
          <Box key={s} flexDirection="column">
            <Text color={i === cursor ? 'cyan' : undefined} bold={i === cursor}>
              {i === cursor ? '› ' : '  '}
              {i + 1}) {SCOPE_LABELS[s]}
            </Text>
            <Box paddingLeft={5}>
              <Prose dimColor>{SCOPE_DESCRIPTIONS[s]}</Prose>
            </Box>
          </Box>
        ))}
      </Box>
      <KeyHints text="↑↓ move · Enter choose (or 1–3)" />
    </Box>
  );
}
