import { Box, Text } from 'ink';
import type { Row, TableField } from '../../catalogue/schema.js';
import { cellText } from '../../engine/wizard/inputs/table-model.js';

const MAX_CELL = 28;

function fit(text: string, width: number): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return t.padEnd(width);
}

/** The rows as an aligned grid under the column headers; the row under the cursor is marked. */
export function TableGrid({ field, rows, cursor }: { field: TableField; rows: Row[]; cursor: number }) {
  const texts = rows.map((r) => field.columns.map((c) => cellText(c, r[c.id])));
  const widths = field.columns.map((c, i) => Math.min(MAX_CELL, Math.max(c.label.length, ...texts.map((t) => t[i]!.length))));
  const line = (cells: string[]) => cells.map((t, i) => fit(t, widths[i]!)).join('  ').trimEnd();
  return (
    <Box flexDirection="column">
      <Text bold>{`     ${line(field.columns.map((c) => c.label))}`}</Text>
      {rows.length === 0 ? <Text dimColor>     (no rows: press a to add one)</Text> : null}
      {texts.map((cells, i) => (
        <Text key={i} color={i === cursor ? 'cyan' : undefined} bold={i === cursor}>
          {i === cursor ? '› ' : '  '}
          {String(i + 1).padStart(2)}
          {line(cells) ? ` ${line(cells)}` : ''}
        </Text>
      ))}
    </Box>
  );
}
