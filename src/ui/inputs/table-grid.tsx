import { Box, Text } from 'ink';
import type { Row, TableField } from '../../catalogue/schema.js';
import { cellText } from '../../engine/wizard/inputs/table-model.js';
import { Parts } from '../prose.js';
import { useTerminalSize } from '../use-terminal-size.js';

const MAX_CELL = 28;

function fit(text: string, width: number): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return t.padEnd(width);
}

/**
 * The rows as an aligned grid under the column headers; the row under the cursor is marked. When the grid
 * is wider than the terminal, each row is a block instead: its first cell, then "Column: value" parts.
 */
export function TableGrid({ field, rows, cursor }: { field: TableField; rows: Row[]; cursor: number }) {
  const { columns } = useTerminalSize();
  const texts = rows.map((r) => field.columns.map((c) => cellText(c, r[c.id])));
  const widths = field.columns.map((c, i) => Math.min(MAX_CELL, Math.max(c.label.length, ...texts.map((t) => t[i]!.length))));
  const line = (cells: string[]) => cells.map((t, i) => fit(t, widths[i]!)).join('  ').trimEnd();
  const gridWidth = 5 + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  if (columns !== undefined && gridWidth > columns) return <StackedRows field={field} texts={texts} cursor={cursor} />;
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

/** A narrow terminal's table: one block per row, the first cell beside the number, the other cells wrapping under it. */
function StackedRows({ field, texts, cursor }: { field: TableField; texts: string[][]; cursor: number }) {
  return (
    <Box flexDirection="column">
      {texts.length === 0 ? <Text dimColor>     (no rows: press a to add one)</Text> : null}
      {texts.map((cells, i) => {
        const focused = i === cursor;
        const rest = field.columns.slice(1).map((c, j) => `${c.label}: ${cells[j + 1] || '—'}`);
        return (
          <Box key={i} flexDirection="column">
            <Text color={focused ? 'cyan' : undefined} bold={focused}>
              {focused ? '› ' : '  '}
              {String(i + 1).padStart(2)} {cells[0]}
            </Text>
            <Box paddingLeft={5}>
              <Parts parts={rest} dimColor={!focused} color={focused ? 'cyan' : undefined} />
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
