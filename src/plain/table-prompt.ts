import type { Row, TableField } from '../catalogue/schema.js';
import { oneLine } from '../engine/safe-text.js';
import { cellText, formRow, type RowForm } from '../engine/wizard/inputs/table-model.js';
import type { FieldReply } from './field-reply.js';
import type { PlainIo } from './plain-io.js';

function printRows(io: PlainIo, f: TableField, rows: Row[]): void {
  io.print(`  #  ${f.columns.map((c) => c.label).join(' | ')}`);
  if (rows.length === 0) io.print('  (no rows)');
  rows.forEach((r, i) => io.print(`  ${i + 1}. ${f.columns.map((c) => cellText(c, r[c.id]) || '—').join(' | ')}`));
}

/** Asks each cell of a row (Enter keeps the shown value); returns the row, or undefined when `<` cancels it. */
async function askRow(io: PlainIo, f: TableField, row: Row | undefined, index: number): Promise<Row | undefined> {
  const form: RowForm = { index, col: 0, cells: Object.fromEntries(f.columns.map((c) => [c.id, row?.[c.id] !== undefined ? String(row[c.id]) : c.kind === 'choice' ? (c.options?.[0] ?? '') : ''])) };
  for (;;) {
    for (const c of f.columns) {
      const choices = c.kind === 'choice' ? ` [${(c.options ?? []).join('/')}]` : '';
      const unit = c.unit ? ` (${c.unit})` : '';
      const word = (await io.ask(`${c.label}${unit}${choices} (< cancels the row)`, oneLine(form.cells[c.id] ?? ''))).trim();
      if (word === '<') return undefined;
      form.cells[c.id] = word;
    }
    const result = formRow(f, form);
    if ('row' in result) return result.row;
    io.print(`✖ ${result.error}`);
  }
}

/** A table on a few lines: Enter keeps the rows; `add`, `edit N`, `del N` change them; `<` goes back. */
export async function askTable(io: PlainIo, f: TableField, current: Row[]): Promise<FieldReply> {
  let rows = current.map((r) => ({ ...r }));
  for (;;) {
    printRows(io, f, rows);
    const word = (await io.ask('Enter keeps these rows; or add, edit N, del N (< back, ? help)', 'done')).trim().toLowerCase();
    if (word === '<') return { back: true };
    if (word === '?') return { help: true };
    if (word === 'done' || word === '') return { value: rows };
    const m = /^(add|edit|del|delete)\s*(\d+)?$/.exec(word);
    const n = m?.[2] ? Number(m[2]) - 1 : -1;
    if (m?.[1] === 'add') {
      const row = await askRow(io, f, undefined, rows.length);
      if (row) rows = [...rows, row];
    } else if (m && m[1] !== 'add' && n >= 0 && n < rows.length) {
      if (m[1] === 'edit') {
        const row = await askRow(io, f, rows[n], n);
        if (row) rows = rows.map((r, i) => (i === n ? row : r));
      } else rows = rows.filter((_, i) => i !== n);
    } else {
      io.print(`✖ Type Enter to keep the rows, "add", "edit N" or "del N" with N from 1 to ${rows.length}.`);
    }
  }
}
