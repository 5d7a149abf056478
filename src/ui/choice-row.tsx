import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { Prose } from './prose.js';

/**
 * One choice of a list: the cursor (and a prefix such as "1) ") is a column of its own, so a label that
 * wraps on a narrow terminal continues under its text rather than at the left edge.
 */
export function ChoiceRow({ focused, prefix = '', recommended = false, children }: { focused: boolean; prefix?: string; recommended?: boolean; children: ReactNode }) {
  const color = focused ? 'cyan' : undefined;
  return (
    <Box>
      <Box flexShrink={0}>
        <Text color={color} bold={focused}>
          {focused ? '› ' : '  '}
          {prefix}
        </Text>
      </Box>
      {typeof children === 'string' ? (
        <Prose color={color} bold={focused} tail={recommended ? { text: '(recommended)', dimColor: true, bold: false } : undefined}>
          {children}
        </Prose>
      ) : (
        <Text color={color} bold={focused}>
          {children}
        </Text>
      )}
    </Box>
  );
}
