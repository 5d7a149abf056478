import chalk from 'chalk';
import { Box, Text } from 'ink';
import { VISIBLE_TEXT_MAX, visibleText, type TextModel } from '../../engine/wizard/inputs/text-model.js';

/** One edited line with its cursor: inverse video, or a bar when colours are off (NO_COLOR). */
export function TextLine({ model, placeholder, active = true }: { model: TextModel; placeholder?: string; active?: boolean }) {
  const { value } = model;
  // A long value (a pasted megabyte) shows only the part around the cursor.
  const { before, at, after } = visibleText(model);
  if (!active) return <Text>{value.length > VISIBLE_TEXT_MAX ? `${value.slice(0, VISIBLE_TEXT_MAX - 1)}…` : value}</Text>;
  if (value === '' && placeholder) {
    return (
      <Text>
        {chalk.level > 0 ? <Text inverse> </Text> : '▏'}
        <Text dimColor>{placeholder}</Text>
      </Text>
    );
  }
  if (chalk.level === 0) return <Text>{`${before}▏${at}${after}`}</Text>;
  return (
    <Text>
      {before}
      <Text inverse>{at || ' '}</Text>
      {after}
    </Text>
  );
}

/**
 * The edited line as a block that wraps between words under its own first column: each word with the
 * spaces after it is an item of a wrapping row (Ink's flex layout), so a continuation line never starts
 * with a space; a word wider than the row is broken by Ink. The cursor is drawn inside its word.
 */
export function TextBlock({ model, placeholder, active = true }: { model: TextModel; placeholder?: string; active?: boolean }) {
  const { value } = model;
  if (!active || (value === '' && placeholder)) {
    return (
      <Box flexShrink={1}>
        <TextLine model={model} placeholder={placeholder} active={active} />
      </Box>
    );
  }
  const { before, at, after } = visibleText(model);
  const bar = chalk.level === 0;
  const cursorText = bar ? `▏${at}` : at || ' ';
  const text = `${before}${cursorText}${after}`;
  const from = before.length;
  const to = from + cursorText.length;
  const chunks = text.match(/\S*\s*/g)!.filter(Boolean);
  let pos = 0;
  return (
    <Box flexWrap="wrap" flexShrink={1}>
      {chunks.map((c, i) => {
        const start = pos;
        pos += c.length;
        if (bar || to <= start || from >= pos) return <Text key={i}>{c}</Text>;
        const a = Math.max(from, start) - start;
        const b = Math.min(to, pos) - start;
        return (
          <Text key={i}>
            {c.slice(0, a)}
            <Text inverse>{c.slice(a, b)}</Text>
            {c.slice(b)}
          </Text>
        );
      })}
    </Box>
  );
}
