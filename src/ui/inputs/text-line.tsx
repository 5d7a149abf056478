import chalk from 'chalk';
import { Text } from 'ink';
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
