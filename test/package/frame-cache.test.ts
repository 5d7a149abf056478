import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPty, openPty, stripAnsi } from '../../bench/processes.mjs';
import { tempDir } from '../helpers.js';
import { BIN, cleanEnv } from './bundle.js';
import { virtualScreen } from './screen.js';

let cache: string;
let xdg: string;
beforeAll(() => {
  cache = tempDir('ai-flow-frames-cache-');
  xdg = tempDir('ai-flow-frames-xdg-');
});

/** The wizard on a 100×40 pty in a fresh project until it is interactive: the screen and everything the program wrote. */
async function firstScreen(extraEnv: Record<string, string> = {}) {
  const pty = await loadPty();
  if (!pty) throw new Error('node-pty (a dev dependency) is needed for terminal tests');
  const env = cleanEnv({ XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: cache, CI: 'false', TERM: 'xterm-256color', ...extraEnv });
  const session = openPty(pty, [BIN, 'phase7', '--scope', 'enterprise'], { cwd: tempDir('ai-flow-frames-'), env, cols: 100, rows: 40 });
  const screen = virtualScreen(100, 40);
  session.term.onData((d) => screen.write(d));
  try {
    await session.timeToText('Ctrl-C save & quit', 15_000);
    await session.settle(200);
    return { rows: await screen.rows(), output: session.screen };
  } finally {
    await session.kill();
  }
}

const framesDir = () => join(cache, 'ai-flow', 'frames');

describe('the first frame of a screen seen before is drawn from the frame cache', () => {
  it('replays the frame Ink drew last time, and Ink takes its place without a second copy', async () => {
    const first = await firstScreen();
    expect(readdirSync(framesDir()).filter((f) => f.endsWith('.frame'))).toHaveLength(1);
    const [file] = readdirSync(framesDir());
    const frame = (JSON.parse(readFileSync(join(framesDir(), file!), 'utf8')) as string[]).join('');
    expect(stripAnsi(frame)).toContain('Deployment Environment');

    const second = await firstScreen();
    // The replayed frame is the first thing on screen, before Ink is loaded (the pty turns \n into \r\n).
    expect(second.output.startsWith(frame.replaceAll('\n', '\r\n'))).toBe(true);
    expect(second.rows).toEqual(first.rows);
    expect(second.rows.filter((r) => r.includes('Deployment Environment'))).toHaveLength(1);
  });

  it('a cached frame that no longer matches is erased and redrawn by Ink, and replaced in the cache', async () => {
    const reference = await firstScreen({ AI_FLOW_FRAME_CACHE: '0' });
    const file = join(framesDir(), readdirSync(framesDir()).find((f) => f.endsWith('.frame'))!);
    const writes = JSON.parse(readFileSync(file, 'utf8')) as string[];
    writeFileSync(file, JSON.stringify(writes.map((w) => w.replace('Where will you deploy?', 'A stale question\nspread over two lines'))));

    const stale = await firstScreen();
    expect(stripAnsi(stale.output)).toContain('A stale question');
    expect(stale.rows).toEqual(reference.rows);
    expect(stale.rows.join('\n')).not.toContain('A stale question');
    expect(readFileSync(file, 'utf8')).not.toContain('A stale question');
  });
});
