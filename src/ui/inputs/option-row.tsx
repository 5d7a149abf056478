import { Box, Text } from 'ink';
import type { Option } from '../../catalogue/schema.js';
import { optionLetter } from '../../engine/wizard/inputs/choice-model.js';
import { optionText } from '../../engine/wizard/text.js';

/** One option line: cursor, letter, optional checkbox, badge or icon, label and note, then its sub-points. */
export function OptionRow(props: { option: Option; index: number; focused: boolean; checked?: boolean; recommended?: boolean; showPoints: boolean }) {
  const { option, index, focused, checked, recommended, showPoints } = props;
  const box = checked === undefined ? '' : checked ? '[✅] ' : '[  ] ';
  return (
    <Box flexDirection="column">
      <Text color={focused ? 'cyan' : undefined} bold={focused}>
        {focused ? '› ' : '  '}
        {optionLetter(index)}) {box}
        {optionText(option)}
        {recommended ? <Text dimColor> (recommended)</Text> : null}
      </Text>
      {showPoints
        ? (option.points ?? []).map((p) => (
            <Text key={p} dimColor>
              {'       - '}
              {p}
            </Text>
          ))
        : null}
    </Box>
  );
}

/** Whether every option's sub-points fit on screen; otherwise only the focused option shows them. */
export function allPointsFit(options: Option[], rows: number | undefined): boolean {
  const lines = options.length + options.reduce((n, o) => n + (o.points?.length ?? 0), 0);
  return rows === undefined || lines <= rows - 16;
}
