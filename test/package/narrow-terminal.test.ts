import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPty, openPty, stripAnsi } from '../../bench/processes.mjs';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { summaryLines } from '../../src/engine/summary.js';
import { readCache } from '../../src/store/audit-cache.js';
import { tempDir } from '../helpers.js';
import { BIN, cleanEnv, heavyPackagesIn, readMeta } from './bundle.js';
import { virtualScreen } from './screen.js';

const TRACE = join(import.meta.dirname, 'trace-loads.mjs');
let xdg: string;
beforeAll(() => {
  xdg = tempDir('ai-flow-narrow-xdg-');
});

/** Runs the bundled wizard on a pty of `cols`×`rows`, mirrored into a terminal emulator. */
async function wizard(args: string[], cwd: string, cols: number, rows: number, traceFile?: string) {
  const pty = await loadPty();
  if (!pty) throw new Error('node-pty (a dev dependency) is needed for terminal tests');
  const env = cleanEnv({ XDG_CONFIG_HOME: xdg, CI: 'false', TERM: 'xterm-256color', ...(traceFile ? { AI_FLOW_TRACE_LOADS: traceFile } : {}) });
  const session = openPty(pty, [...(traceFile ? ['--import', TRACE] : []), BIN, ...args], { cwd, env, cols, rows });
  const screen = virtualScreen(cols, rows);
  session.term.onData((d) => screen.write(d));
  return { session, screen };
}

/** Sends each key and waits for the redraw to finish. */
async function press(session: Awaited<ReturnType<typeof wizard>>['session'], keys: string[]) {
  for (const k of keys) {
    await session.keyLatency(k);
    await session.settle(120);
  }
}

const count = (rows: string[], text: string) => rows.filter((r) => r.includes(text)).length;
const BROKEN = /\uFFFD|[\uD800-\uDFFF]|^\uFE0F/u;

describe('narrow and wide terminals', () => {
  it('at 50 columns the summary of a fully answered project keeps every label whole and redraws cleanly', async () => {
    const project = tempDir('ai-flow-narrow-');
    const setup = spawnSync(process.execPath, [BIN, 'phase7', '--scope', 'enterprise', '--defaults', '--yes'], { cwd: project, env: cleanEnv({ XDG_CONFIG_HOME: xdg }), encoding: 'utf8' });
    expect(setup.status, setup.stderr).toBe(0);
    const cat = loadCatalogue();
    const lines = summaryLines(cat, 'enterprise', readCache(project, cat).state.answers);
    expect(lines.length).toBe(cat.questions.length);

    const trace = join(tempDir('ai-flow-narrow-trace-'), 'loads.txt');
    // Tall enough for the whole summary, so any line left over from an earlier frame would show.
    const { session, screen } = await wizard(['phase7', '--review'], project, 50, 200, trace);
    try {
      await session.timeToText('Is this correct?', 15_000);
      await session.settle(200);
      await press(session, ['\x1b[A', '\x1b[A', '\x1b[B', '\x1b[A']);
      const rows = await screen.rows();
      const shown = rows.join('\n');

      for (const l of lines) {
        expect(rows.some((r) => /^(› | {2})/.test(r) && r.slice(2).startsWith(`${l.label}:`)), `a row starts with "${l.label}:"\n${rows.join("\n")}`).toBe(true);
        expect(stripAnsi(shown).replace(/\n/g, ' '), l.questionId).toContain(`(${l.questionId})`);
      }
      expect(rows.every((r) => r.length <= 50)).toBe(true);
      expect(rows.filter((r) => BROKEN.test(r))).toEqual([]);
      // One frame on screen: nothing left behind by a redraw that miscounted wrapped lines.
      expect(count(rows, 'PHASE 7 SUMMARY')).toBe(1);
      expect(count(rows, 'Is this correct?')).toBe(1);
      expect(count(rows, '✅ Yes: generate the documents')).toBe(1);
    } finally {
      await session.kill();
    }
    // The load trace sees the wizard's chunk when it is used (the other bundle tests rely on it).
    const loaded = readFileSync(trace, 'utf8').split('\n').filter((u) => u.includes('/dist/')).map((u) => u.slice(u.indexOf('dist/')));
    expect(heavyPackagesIn(readMeta(), loaded)).toEqual(expect.arrayContaining(['ink', 'react']));
  });

  it('at 50 columns the first question: progress on its own line, wrapped lines start under their text, redraws in place', async () => {
    const { session, screen } = await wizard(['phase7', '--scope', 'enterprise'], tempDir('ai-flow-narrow-q-'), 50, 60);
    try {
      await session.timeToText('save & quit', 15_000);
      await session.settle(200);
      await press(session, ['\x1b[B', '\x1b[B', '\x1b[A']);
      const rows = await screen.rows();
      const shown = `\n${rows.join('\n')}`;
      expect(rows.every((r) => r.length <= 50), shown).toBe(true);
      expect(rows.filter((r) => BROKEN.test(r))).toEqual([]);
      // The header: title, then the progress whole on the next line (not "· Question 1/17 ·" and " 0%").
      const title = rows.indexOf('Phase 7: Operations & Deployment');
      expect(title, shown).toBeGreaterThanOrEqual(0);
      expect(rows[title + 1], shown).toBe('Question 1/17 · field 1/3 · 0%');
      // No wrapped line keeps a leading space: every indented row is an option, a sub-point or a sub-point's continuation.
      expect(rows.filter((r) => /^\s/.test(r) && !/^( {2}[A-Z]\) | {7}- | {9}\S)/.test(r)), shown).toEqual([]);
      // A long sub-point wraps under its own text.
      const cloud = rows.findIndex((r) => r.startsWith('       - Google Cloud (Cloud Run, GKE,'));
      expect(cloud, shown).toBeGreaterThanOrEqual(0);
      expect(rows[cloud + 1], shown).toMatch(/^ {9}\S/);
      expect(count(rows, 'Where will you deploy?')).toBe(1);
      expect(count(rows, 'Phase 7: Operations & Deployment')).toBe(1);
    } finally {
      await session.kill();
    }
  });

  it('at 50 columns a table too wide for the terminal shows each row as a block, its cells wrapping under it', async () => {
    const project = tempDir('ai-flow-narrow-table-');
    const setup = spawnSync(process.execPath, [BIN, 'phase7', '--scope', 'enterprise', '--defaults', '--yes'], { cwd: project, env: cleanEnv({ XDG_CONFIG_HOME: xdg }), encoding: 'utf8' });
    expect(setup.status, setup.stderr).toBe(0);
    const { session, screen } = await wizard(['phase7', '--edit', '7.9.3'], project, 50, 60);
    try {
      await session.timeToText('save & quit', 15_000);
      await session.settle(200);
      await press(session, ['\x1b[A', '\x1b[B']);
      const rows = await screen.rows();
      const shown = `\n${rows.join('\n')}`;
      expect(rows.every((r) => r.length <= 50), shown).toBe(true);
      const first = rows.indexOf('   1 Database queries');
      expect(first, shown).toBeGreaterThanOrEqual(0);
      expect(rows[first + 1], shown).toBe('     Timeout: 5000 ms · Retries: 2 ·');
      expect(rows[first + 2], shown).toBe('     Backoff Strategy: None (fail fast) ·');
      expect(count(rows, 'File storage (S3)')).toBe(1);
    } finally {
      await session.kill();
    }
  });

  it('at 220 columns the first question draws once and redraws in place', async () => {
    const { session, screen } = await wizard(['phase7', '--scope', 'enterprise'], tempDir('ai-flow-wide-'), 220, 50);
    try {
      await session.timeToText('Deployment Environment', 15_000);
      await session.settle(200);
      await press(session, ['\x1b[B', '\x1b[B', '\x1b[A']);
      const rows = await screen.rows();
      expect(count(rows, 'Where will you deploy?')).toBe(1);
      expect(rows.filter((r) => BROKEN.test(r))).toEqual([]);
    } finally {
      await session.kill();
    }
  });
});

