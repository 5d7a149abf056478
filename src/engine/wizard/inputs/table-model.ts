import type { Column, Row, TableField } from '../../../catalogue/schema.js';
import { withUnit } from '../../format.js';
import { fieldValueSchema } from '../../validate.js';
import { terminalText } from '../../safe-text.js';
import { parseNumber } from './text-model.js';

/** A row being edited: every cell as typed text (choice cells hold the option). */
export interface RowForm {
  /** The row's index; rows.length for a new row. */
  index: number;
  cells: Record<string, string>;
  /** The cell under the cursor. */
  col: number;
  error?: string;
}

/** An editable table between keys: its rows, the cursor (rows.length is the "done" item) and an open row form. */
export interface TableModel {
  rows: Row[];
  cursor: number;
  form?: RowForm;
}

export type TableAction =
  | { type: 'move'; delta: number }
  | { type: 'edit' }
  | { type: 'add' }
  | { type: 'remove' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'clearCell' }
  | { type: 'cycle'; delta: number }
  | { type: 'save' }
  | { type: 'cancel' };

export function tableModel(rows: Row[]): TableModel {
  return { rows: rows.map((r) => ({ ...r })), cursor: rows.length };
}

export function cellText(c: Column, value: Row[string] | undefined): string {
  if (value === undefined || value === '') return '';
  if (c.kind === 'choice') return terminalText(choiceCellLabel(c, String(value)));
  return c.kind === 'number' && c.unit ? withUnit(Number(value), c.unit) : terminalText(String(value));
}

/** A choice cell's option as people read it: its label when the catalogue gives one, else the value itself. */
export function choiceCellLabel(c: Column, id: string): string {
  return c.optionLabels?.[id] ?? id;
}

function formFor(field: TableField, index: number, row: Row | undefined): RowForm {
  const cells = Object.fromEntries(
    field.columns.map((c) => [c.id, row?.[c.id] !== undefined ? String(row[c.id]) : c.kind === 'choice' ? (c.options?.[0] ?? '') : '']),
  );
  return { index, cells, col: 0 };
}

/** The row a form describes, or the first problem with it ("Timeout: must be a number from 1 ms to 600000 ms"). */
export function formRow(field: TableField, form: RowForm): { row: Row } | { error: string } {
  const row: Row = Object.fromEntries(field.columns.map((c) => [c.id, c.kind === 'number' ? parseNumber(form.cells[c.id] ?? '') : (form.cells[c.id] ?? '').trim()]));
  const result = fieldValueSchema({ ...field, minRows: 0 }).safeParse([row]);
  if (result.success) return { row };
  const issue = result.error.issues[0]!;
  const col = field.columns.find((c) => c.id === issue.path[1]);
  return { error: `${col ? `${col.label}: ` : ''}${issue.message}` };
}

/** Pure table editing: a list of rows with add/edit/delete, and a form that edits one row cell by cell. */
export function tableReducer(field: TableField, m: TableModel, a: TableAction): TableModel {
  const { form } = m;
  const column = form ? field.columns[form.col] : undefined;
  const setCell = (f: (s: string) => string): TableModel =>
    form && column ? { ...m, form: { ...form, cells: { ...form.cells, [column.id]: f(form.cells[column.id] ?? '') } } } : m;
  switch (a.type) {
    case 'move':
      if (form) return { ...m, form: { ...form, col: Math.min(field.columns.length - 1, Math.max(0, form.col + a.delta)) } };
      return { ...m, cursor: Math.min(m.rows.length, Math.max(0, m.cursor + a.delta)) };
    case 'edit':
      return form || m.cursor >= m.rows.length ? m : { ...m, form: formFor(field, m.cursor, m.rows[m.cursor]) };
    case 'add':
      return form ? m : { ...m, form: formFor(field, m.rows.length, undefined) };
    case 'remove': {
      if (form || m.cursor >= m.rows.length) return m;
      const rows = m.rows.filter((_, i) => i !== m.cursor);
      return { ...m, rows, cursor: Math.min(m.cursor, rows.length) };
    }
    case 'type':
      // In a choice cell, Space steps to the next option; other typing does nothing there.
      if (column?.kind === 'choice') return a.text === ' ' ? tableReducer(field, m, { type: 'cycle', delta: 1 }) : m;
      return setCell((s) => s + a.text);
    case 'erase':
      return column?.kind === 'choice' ? m : setCell((s) => s.slice(0, -1));
    case 'clearCell':
      return column?.kind === 'choice' ? m : setCell(() => '');
    case 'cycle': {
      if (column?.kind !== 'choice') return m;
      const opts = column.options ?? [];
      return setCell((s) => opts[(opts.indexOf(s) + a.delta + opts.length) % opts.length] ?? s);
    }
    case 'save': {
      if (!form) return m;
      const result = formRow(field, form);
      if ('error' in result) return { ...m, form: { ...form, error: result.error } };
      const rows = [...m.rows];
      rows[form.index] = result.row;
      return { rows, cursor: form.index, form: undefined };
    }
    case 'cancel':
      return { ...m, form: undefined };
    default: {
      const never: never = a;
      throw new Error(`unknown table action ${JSON.stringify(never)}`);
    }
  }
}
