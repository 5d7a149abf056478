import { describe, expect, it } from 'vitest';
import type { TableField } from '../../../src/catalogue/schema.js';
import { findField, findQuestion } from '../../../src/engine/visibility.js';
import { choiceModel, choiceReducer } from '../../../src/engine/wizard/inputs/choice-model.js';
import { tableModel, tableReducer, type TableAction, type TableModel } from '../../../src/engine/wizard/inputs/table-model.js';
import { parseNumber, textModel, textReducer } from '../../../src/engine/wizard/inputs/text-model.js';
import { cat } from './helpers.js';

describe('text model', () => {
  it('inserts at the cursor, deletes both ways, drops control characters', () => {
    let m = textModel('node:20');
    m = textReducer(m, { type: 'left' });
    m = textReducer(m, { type: 'left' });
    m = textReducer(m, { type: 'insert', text: 'x\u0007' });
    expect(m).toEqual({ value: 'node:x20', cursor: 6 });
    m = textReducer(m, { type: 'backspace' });
    m = textReducer(m, { type: 'delete' });
    expect(m).toEqual({ value: 'node:0', cursor: 5 });
    expect(textReducer(m, { type: 'clear' })).toEqual({ value: '', cursor: 0 });
  });

  it('parses numbers as people type them, NaN otherwise', () => {
    expect(parseNumber(' 1,000 ')).toBe(1000);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('12abc')).toBeNaN();
    expect(parseNumber('')).toBeNaN();
  });
});

describe('choice model', () => {
  const ids = ['a', 'b', 'c'];
  it('starts on the current answer and stops at the ends', () => {
    const m = choiceModel(ids, 'b');
    expect(m.cursor).toBe(1);
    expect(choiceReducer(ids, m, { type: 'move', delta: 5 }).cursor).toBe(2);
    expect(choiceReducer(ids, m, { type: 'jump', index: 7 }).cursor).toBe(1);
  });
  it('toggles in option order and switches all/none', () => {
    let m = choiceModel(ids, ['c']);
    m = choiceReducer(ids, m, { type: 'toggle' });
    expect(m.checked).toEqual(['a', 'c']);
    m = choiceReducer(ids, m, { type: 'all' });
    expect(m.checked).toEqual(ids);
    expect(choiceReducer(ids, m, { type: 'all' }).checked).toEqual([]);
  });
});

describe('table model', () => {
  const field = findField(findQuestion(cat, '7.9.3'), 'policies') as TableField;
  const act = (m: TableModel, ...as: TableAction[]) => as.reduce((x, a) => tableReducer(field, x, a), m);

  it('edits a row cell by cell and refuses a bad number with the column named', () => {
    let m = act(tableModel(field.default), { type: 'move', delta: -6 }, { type: 'edit' });
    expect(m.form?.cells).toMatchObject({ service: 'Database queries', timeout: '5000' });
    m = act(m, { type: 'move', delta: 1 }, { type: 'clearCell' }, { type: 'type', text: 'fast' }, { type: 'save' });
    expect(m.form?.error).toBe('Timeout: must be a number from 1 ms to 600000 ms');
    m = act(m, { type: 'clearCell' }, { type: 'type', text: '2500' }, { type: 'save' });
    expect(m.form).toBeUndefined();
    expect(m.rows[0]).toMatchObject({ service: 'Database queries', timeout: 2500, retries: 2 });
  });

  it('adds and deletes rows', () => {
    let m = act(tableModel(field.default), { type: 'add' }, { type: 'type', text: 'Search API' }, { type: 'move', delta: 1 }, { type: 'type', text: '800' });
    m = act(m, { type: 'move', delta: 1 }, { type: 'type', text: '1' }, { type: 'save' });
    expect(m.rows).toHaveLength(7);
    expect(m.rows[6]).toEqual({ service: 'Search API', timeout: 800, retries: 1, backoff: '', notes: '' });
    m = act(m, { type: 'remove' }, { type: 'move', delta: -7 }, { type: 'remove' });
    expect(m.rows.map((r) => r.service)).toEqual(['Redis cache', 'Payment API', 'Email service', 'External REST APIs', 'File storage (S3)']);
  });

  it('cycles choice cells through their options', () => {
    const levels = findField(findQuestion(cat, '7.9.4'), 'levels') as TableField;
    let m = tableReducer(levels, tableModel(levels.default), { type: 'move', delta: -1 });
    m = [{ type: 'edit' }, { type: 'move', delta: 1 }, { type: 'cycle', delta: 1 }, { type: 'save' }].reduce(
      (x, a) => tableReducer(levels, x, a as TableAction),
      m,
    );
    expect(m.rows[2]).toEqual({ environment: 'Production', level: 'warn', body: 'Minimal', performance: 'Yes' });
  });
});
