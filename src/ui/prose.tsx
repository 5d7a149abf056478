import { Box, Text, type TextProps } from 'ink';

/**
 * Text that wraps between words with no space left at the start of a line: each word is an item of a
 * wrapping row. (Ink wraps a long <Text> keeping the spaces, so a line that ends exactly at the edge
 * starts the next one with a space.) Lines wrap under the text's first column, wherever the box starts.
 */
export function Prose({ children, ...style }: { children: string } & Pick<TextProps, 'dimColor' | 'bold' | 'color'>) {
  const words = children.split(/\s+/).filter(Boolean);
  return (
    <Box flexWrap="wrap" columnGap={1} flexShrink={1}>
      {words.map((w, i) => (
        <Text key={i} {...style}>
          {w}
        </Text>
      ))}
    </Box>
  );
}

/** Parts joined by " · " that wrap as whole parts (a scope line, key hints). */
export function Parts({ parts, ...style }: { parts: string[] } & Pick<TextProps, 'dimColor' | 'bold' | 'color'>) {
  return (
    <Box flexWrap="wrap">
      {parts.map((p, i) => (
        <Text key={i} {...style}>
          {p}
          {i < parts.length - 1 ? ' · ' : ''}
        </Text>
      ))}
    </Box>
  );
}
