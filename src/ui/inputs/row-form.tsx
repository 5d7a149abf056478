import { Box, Text } from 'ink';
import type { TableField } from '../../catalogue/schema.js';
import { withUnit } from '../../engine/format.js';
import { choiceCellLabel, type RowForm } from '../../engine/wizard/inputs/table-model.js';

const num = (n: number, unit: string | undefined) => (unit ? withUnit(n, unit) : String(n));

/** The row being edited, one cell per line; choice cells list their options. */
export function RowFormView({ field, form, isNew }: { field: TableField; form: RowForm; isNew: boolean }) {
  const width = Math.max(...field.columns.map((c) => c.label.length + (c.unit ? c.unit.length + 3 : 0)));
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>{isNew ? 'New row' : `Row ${form.index + 1}`}</Text>
      {field.columns.map((c, i) => {
        const focused = i === form.col;
        const label = `${c.label}${c.unit ? ` (${c.unit})` : ''}`.padEnd(width);
        const value = c.kind === 'choice' ? choiceCellLabel(c, form.cells[c.id] ?? '') : (form.cells[c.id] ?? '');
        const hint =
          c.kind === 'choice'
            ? `  ←→ ${(c.options ?? []).map((o) => choiceCellLabel(c, o)).join(' / ')}`
            : c.kind === 'number'
              ? `  ${num(c.min ?? 0, c.unit)} to ${num(c.max ?? Number.MAX_SAFE_INTEGER, c.unit)}`
              : '';
        return (
          <Text key={c.id} color={focused ? 'cyan' : undefined}>
            {focused ? '› ' : '  '}
            {label}: {value}
            {focused && c.kind !== 'choice' ? '▏' : ''}
            {focused && hint ? <Text dimColor>{hint}</Text> : null}
          </Text>
        );
      })}
      {form.error ? <Text color="red">✖ {form.error}</Text> : null}
    </Box>
  );
}
