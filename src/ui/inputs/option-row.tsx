import { Box, Text } from 'ink';
import type { Option } from '../../catalogue/schema.js';
import { optionLetter } from '../../engine/wizard/inputs/choice-model.js';
import { checkbox, optionText } from '../../engine/wizard/text.js';
import { useAscii } from '../ascii.js';
import { glue, Prose } from '../prose.js';
import { wrappedRows } from '../viewport.js';

/**
 * One option: cursor, letter, optional checkbox, badge or icon, label and note, then its sub-points.
 * Cursor, letter and checkbox are a column of their own, so a wrapped label continues under the label,
 * and a wrapped sub-point under its text.
 */
export function OptionRow(props: { option: Option; index: number; focused: boolean; checked?: boolean; recommended?: boolean; showPoints: boolean }) {
  const { option, index, focused, checked, recommended, showPoints } = props;
  const ascii = useAscii();
  const box = checked === undefined ? '' : checkbox(checked, ascii);
  const color = focused ? 'cyan' : undefined;
  return (
    <Box flexDirection="column">
      <Box>
        <Box flexShrink={0}>
          <Text color={color} bold={focused}>
            {focused ? '› ' : '  '}
            {optionLetter(index)}) {box}
          </Text>
        </Box>
        <Prose color={color} bold={focused} tail={recommended ? { text: '(recommended)', dimColor: true, bold: false } : undefined}>
          {optionText(option, ascii)}
        </Prose>
      </Box>
      {showPoints
        ? (option.points ?? []).map((p) => (
            <Box key={p} paddingLeft={7}>
              <Box flexShrink={0}>
                <Text dimColor>- </Text>
              </Box>
              <Prose dimColor>{p}</Prose>
            </Box>
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

/**
 * Which options show their sub-points: all of them when they fit in `room` rows (wrapped at `columns`), else
 * the focused one, else none (a small terminal: a frame as tall as the terminal makes Ink clear it and its
 * scrollback). Without a known room, as allPointsFit() says.
 */
export function pointsShown(options: Option[], focused: number, size: { room?: number; columns?: number; rows?: number }, opts: { ascii?: boolean; checkbox?: boolean; error?: boolean; recommended?: string } = {}): 'all' | 'focused' | 'none' {
  const { room, columns } = size;
  if (room === undefined || columns === undefined) return allPointsFit(options, size.rows) ? 'all' : 'focused';
  const label = columns - 5 - (opts.checkbox ? 5 : 0);
  const labels = options.reduce((n, o) => n + wrappedRows(glue(`${optionText(o, opts.ascii)}${o.id === opts.recommended && !o.badge ? ' (recommended)' : ''}`), label), 0) + (opts.error ? 2 : 0);
  const points = (o: Option | undefined) => (o?.points ?? []).reduce((n, p) => n + wrappedRows(glue(p), columns - 9), 0);
  if (labels + options.reduce((n, o) => n + points(o), 0) <= room) return 'all';
  return labels + points(options[focused]) <= room ? 'focused' : 'none';
}
