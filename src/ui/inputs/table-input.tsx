import { Box, Text, type Key } from 'ink';
import type { TableField } from '../../catalogue/schema.js';
import { tableModel, tableReducer, type TableAction, type TableModel } from '../../engine/wizard/inputs/table-model.js';
import { isBack, isErase } from '../keys.js';
import { KeyHints } from '../key-hints.js';
import { useRefReducer } from '../use-ref-reducer.js';
import { RowFormView } from './row-form.js';
import { TableGrid } from './table-grid.js';
import type { InputProps } from './types.js';
import { useKeys } from '../use-keys.js';

function listAction(input: string, key: Key): TableAction | undefined {
  if (key.upArrow) return { type: 'move', delta: -1 };
  if (key.downArrow) return { type: 'move', delta: 1 };
  if (input === 'a' || input === 'A' || input === '+') return { type: 'add' };
  if (input === 'd' || input === 'D' || key.delete) return { type: 'remove' };
  return undefined;
}

function formAction(input: string, key: Key): TableAction | undefined {
  if (key.upArrow || (key.tab && key.shift)) return { type: 'move', delta: -1 };
  if (key.downArrow || key.tab) return { type: 'move', delta: 1 };
  if (key.leftArrow) return { type: 'cycle', delta: -1 };
  if (key.rightArrow) return { type: 'cycle', delta: 1 };
  if (isErase(key)) return { type: 'erase' };
  if (key.ctrl && input === 'u') return { type: 'clearCell' };
  if (key.ctrl || key.meta || !input) return undefined;
  return { type: 'type', text: input };
}

/**
 * An editable table, prefilled (7.9.2 services, 7.9.3 policies, 7.9.4 levels and masking). The list:
 * ↑↓, Enter edits the row (or confirms on the last line), `a` adds, `d` deletes. The row form: ↑↓/Tab
 * between cells, type to edit, ←→ or Space for choice cells, Enter saves the row, Esc cancels it.
 */
export function TableInput({ field, initial, error, active, onSubmit, onBack, onHelp }: InputProps<TableField>) {
  const reducer = (m: TableModel, a: TableAction) => tableReducer(field, m, a);
  const [model, dispatch, ref] = useRefReducer(reducer, () => tableModel(initial as TableModel['rows']));
  useKeys(
    (input, key) => {
      const m = ref.current;
      if (m.form) {
        if (key.escape) return void dispatch({ type: 'cancel' });
        if (key.return) return void dispatch({ type: 'save' });
        const a = formAction(input, key);
        if (a) dispatch(a);
        return;
      }
      if (isBack(key, false)) return onBack();
      if (input === '?') return onHelp();
      if (key.return) return m.cursor >= m.rows.length ? onSubmit(m.rows) : void dispatch({ type: 'edit' });
      const a = listAction(input, key);
      if (a) dispatch(a);
    },
    { isActive: active },
  );
  return (
    <Box flexDirection="column">
      <TableGrid field={field} rows={model.rows} cursor={model.form ? -1 : model.cursor} />
      <Text color={!model.form && model.cursor >= model.rows.length ? 'cyan' : undefined} bold={!model.form && model.cursor >= model.rows.length}>
        {!model.form && model.cursor >= model.rows.length ? '› ' : '  '}✔ Done: keep these {model.rows.length} row{model.rows.length === 1 ? '' : 's'}
      </Text>
      {model.form ? <RowFormView field={field} form={model.form} isNew={model.form.index >= model.rows.length} /> : null}
      {error ? <Text color="red">  ✖ {error}</Text> : null}
      <KeyHints
        kind={model.form ? undefined : 'table'}
        text={model.form ? 'type to edit · ↑↓/Tab next cell · ←→ or Space choose · Ctrl-U clear cell · Enter save row · Esc cancel row' : undefined}
      />
    </Box>
  );
}
