import chalk from 'chalk';
import { Text } from 'ink';
import type { TextModel } from '../../engine/wizard/inputs/text-model.js';

/** One edited line with its cursor: inverse video, or a bar when colours are off (NO_COLOR). */
export function TextLine({ model, placeholder, active = true }: { model: TextModel; placeholder?: string; active?: boolean }) {
  const { value, cursor } = model;
  if (!active) return <Text>{value}</Text>;
  if (value === '' && placeholder) {
    return (
      <Text>
        {chalk.level > 0 ? <Text inverse> </Text> : '▏'}
        <Text dimColor>{placeholder}</Text>
      </Text>
    );
  }
  if (chalk.level === 0) return <Text>{`${value.slice(0, cursor)}▏${value.slice(cursor)}`}</Text>;
  return (
    <Text>
      {value.slice(0, cursor)}
      <Text inverse>{value[cursor] ?? ' '}</Text>
      {value.slice(cursor + 1)}
    </Text>
  );
}
