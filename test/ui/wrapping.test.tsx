import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/catalogue/schema.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import type { Scope } from '../../src/engine/scope.js';
import { initWizard } from '../../src/engine/wizard/init.js';
import { WizardStore } from '../../src/engine/wizard/store.js';
import { WizardApp } from '../../src/ui/app.js';
import { fakePort } from '../engine/wizard/helpers.js';
import { cat, KEY, press, renderSized, screen, settle, type } from './helpers.js';

const WHY = 'The team is small, nobody wants to carry a pager for servers, and the managed database with its point-in-time restore of 35 days is worth the price';
const all: Answers = { ...fillDefaults(cat, 'enterprise', {}), '7.1': { choice: 'paas', paasProvider: 'render', why: WHY } };

async function wizard(columns: number, opts: { scope?: Scope; answers?: Answers; review?: boolean; rows?: number } = {}) {
  const { port } = fakePort();
  const store = new WizardStore(initWizard({ catalogue: cat, scope: opts.scope ?? 'enterprise', answers: opts.answers ?? all, review: opts.review }), port, (run) => setImmediate(run));
  const r = renderSized(<WizardApp store={store} cwdArg="" />, columns, opts.rows);
  await settle(r);
  return r;
}

/** A unit or separator alone at the start of a line (after the indent): what must never happen. */
const BAD_START = /^\s*(·|-\s|—|→|ms\b|s\b|min\b|minutes?\b|seconds?\b|days?\b|%|retries\b|req\/min)/;

/** The lines between the summary's title and "Is this correct?". */
function summaryRows(frame: string): string[] {
  const lines = frame.split('\n');
  return lines.slice(lines.findIndex((l) => l.includes('PHASE 7 SUMMARY')) + 2, lines.findIndex((l) => l.startsWith('Is this correct?')) - 1).filter((l) => l.trim() !== '');
}

function expectFits(frame: string, columns: number) {
  for (const line of frame.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(columns);
}

describe('wrapping at narrow widths', () => {
  for (const columns of [120, 80, 60, 40]) {
    it(`${columns} columns: every summary line wraps under its own column, between words, a number with its unit`, async () => {
      const r = await wizard(columns, { review: true });
      const f = screen(r);
      expectFits(f, columns);
      const rows = summaryRows(f);
      expect(rows.length).toBeGreaterThanOrEqual(17);
      for (const row of rows) {
        // The marker column, then text: never the left edge, never a space or separator first.
        expect(row, row).toMatch(/^(› | {2})\S/);
        expect(row.slice(2), row).not.toMatch(BAD_START);
      }
      // Wrapped text reads the same as the line joined.
      expect(f.replace(/\s+/g, ' ')).toContain(`why: ${WHY} (7.1)`);
      expect(f.replace(/\s+/g, ' ')).toContain('timeouts: connect 5000 ms, idle 30000 ms, lifetime 1800000 ms');
      // The key hints: never a line starting with a space or a separator.
      const hints = f.split('\n').slice(f.split('\n').findIndex((l) => l.includes('Enter on a line')));
      for (const l of hints.filter((h) => h !== '')) expect(l, l).toMatch(/^\S/);
    });

    it(`${columns} columns: an open line lists its fields under its text; each wraps under its own column`, async () => {
      const r = await wizard(columns, { review: true });
      await press(r, ...Array(9).fill(KEY.up), KEY.enter); // 7.7.1: a long rollback plan
      const f = screen(r);
      expectFits(f, columns);
      expect(f).toContain('All of 7.7.1 again, field by field');
      const rows = summaryRows(f);
      const first = rows.findIndex((l) => l.includes('› Zero-downtime migrations?'));
      expect(first).toBeGreaterThan(0);
      const fieldRows = rows.slice(first, rows.findIndex((l) => l.includes('All of 7.7.1')) + 1);
      for (const row of fieldRows) {
        expect(row, row).toMatch(/^ {2}(› | {2})\S/);
        expect(row.slice(4), row).not.toMatch(BAD_START);
      }
      expect(f.replace(/\s+/g, ' ')).toContain(`Migration rollback plan: ${all['7.7.1']!.rollbackPlan}`);
    });

    it(`${columns} columns: option labels with notes and a long typed answer wrap under their own column`, async () => {
      const r = await wizard(columns, { answers: { '7.1': { choice: 'cloud', cloudProvider: 'aws' } } });
      await press(r, KEY.enter); // continue at 7.1 why
      await type(r, WHY);
      let f = screen(r);
      expectFits(f, columns);
      const lines = f.split('\n');
      const at = lines.findIndex((l) => l.startsWith('› The team'));
      expect(at).toBeGreaterThan(0);
      for (let i = at + 1; lines[i]!.trim() !== '' && !lines[i]!.includes('default:'); i++) expect(lines[i], lines[i]).toMatch(/^ {2}\S/);
      expect(f.replace(/\s+/g, ' ')).toContain(WHY);
      // 7.4.1's strategies: "label - note", letters and the cursor a column of their own.
      const later = await wizard(columns, { answers: { ...fillDefaults(cat, 'enterprise', {}), '7.4.1': {} } });
      await press(later, KEY.enter);
      f = screen(later);
      expectFits(f, columns);
      const opts = f.split('\n').filter((l) => /^(› | {2})[A-D]\) |^ {5}\S|^ {7}- |^ {9}\S/.test(l));
      const block = f.split('\n').slice(f.split('\n').findIndex((l) => /^› A\) /.test(l)));
      for (const l of block.slice(0, block.findIndex((x) => x.trim() === ''))) {
        expect(opts, l).toContain(l);
        expect(l.replace(/^[› ]+([A-D]\) |- )?/, ''), l).not.toMatch(BAD_START);
      }
      expect(f.replace(/\s+/g, ' ')).toContain('Canary Deployment - Progressive rollout');
    });
  }

  it('a list leaves out its sub-points rather than draw a frame as tall as a small terminal (Ink would clear the scrollback)', async () => {
    for (const [columns, rows, points] of [[40, 24, 0], [80, 24, 3], [120, 40, 13]] as const) {
      const r = await wizard(columns, { answers: {}, rows });
      const f = screen(r);
      expect(f).toContain('Where will you deploy?');
      expect(f.replace(/\n+$/, '').split('\n').length, f).toBeLessThan(rows);
      expect(f.split('\n').filter((l) => l.startsWith('       - ')), f).toHaveLength(points);
    }
  });
});
