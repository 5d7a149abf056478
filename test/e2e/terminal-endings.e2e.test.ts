import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { FRAME_END, KEY, Term, terminalEnv } from './pty.js';

const running: Term[] = [];
function term(args: string[], cwd: string, size: { cols?: number; rows?: number } = {}): Term {
  const t = new Term(args, { cwd, env: terminalEnv(tempDir()), ...size });
  running.push(t);
  return t;
}
afterEach(() => {
  while (running.length) running.pop()!.kill();
});

const CACHE = join('.ai-flow', 'cache', 'audit-data.json');

/** A project with a Phase 0 audit of an existing operations document (score 86: the offer is "answer the gaps"). */
function auditedProject(): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.ai-flow', 'cache'), { recursive: true });
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'deployment.md'), '# Deployment\n\nWe deploy with a script.\n');
  const audit = { file: 'docs/deployment.md', exists: true, consistencyScore: 86, gaps: ['monitoring_strategy'], recommendation: 'hybrid' };
  writeFileSync(join(dir, CACHE), `${JSON.stringify({ phases: { phase7: audit } }, null, 2)}\n`);
  return dir;
}

describe('what the wizard says when it is stopped', { timeout: 120_000 }, () => {
  it('Ctrl-C on the first screen of an empty folder: "Nothing saved yet", no .ai-flow folder, exit 130', async () => {
    const dir = tempDir();
    const t = term(['phase7'], dir);
    await t.waitFor('Which scope is this project?');
    await t.waitFor(FRAME_END);
    await t.press(KEY.ctrlC, 'Nothing saved yet. Start again with: ai-flow phase7');
    expect(await t.exit).toBe(130);
    expect(stripVTControlCharacters(t.output)).not.toContain('Progress saved');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('Ctrl-C on the pre-flight offer: nothing of Phase 7 was saved, and it says so; the cache is as it was', async () => {
    const dir = auditedProject();
    const before = readFileSync(join(dir, CACHE), 'utf8');
    const t = term(['phase7', '--scope', 'production'], dir);
    await t.waitFor(FRAME_END);
    expect(t.recent).toContain('Answer only the questions behind the gaps');
    await t.press(KEY.ctrlC, 'Nothing saved yet. Start again with: ai-flow phase7');
    expect(await t.exit).toBe(130);
    expect(readFileSync(join(dir, CACHE), 'utf8')).toBe(before);
  });

  it('SIGTERM in the wizard: the resume line, the terminal restored (cursor shown, raw mode off), exit 143', async () => {
    const dir = tempDir();
    const t = term(['phase7', '--scope', 'mvp'], dir);
    await t.waitFor(FRAME_END);
    await t.press(KEY.enter, FRAME_END); // 7.1 answered: something is saved
    t.signal('SIGTERM');
    await t.waitFor('Progress saved to .ai-flow/cache/audit-data.json. Resume with: ai-flow phase7');
    expect(await t.exit).toBe(143);
    expect(t.output.lastIndexOf('\u001B[?25h')).toBeGreaterThan(t.output.lastIndexOf('\u001B[?25l'));
    expect(existsSync(join(dir, '.ai-flow', 'cache', 'phase7.lock'))).toBe(false);
  });

  it('SIGHUP with the terminal still there: the same line, exit 129', async () => {
    const dir = tempDir();
    const t = term(['phase7'], dir);
    await t.waitFor(FRAME_END);
    t.signal('SIGHUP');
    await t.waitFor('Nothing saved yet. Start again with: ai-flow phase7');
    expect(await t.exit).toBe(129);
  });

  it('SIGTERM in --plain: the resume line, exit 143', async () => {
    const dir = tempDir();
    const t = term(['phase7', '--plain', '--scope', 'mvp'], dir);
    await t.waitFor('? Your choice (A-D');
    t.signal('SIGTERM');
    await t.waitFor('Progress saved to .ai-flow/cache/audit-data.json. Resume with: ai-flow phase7');
    expect(await t.exit).toBe(143);
  });
});

describe('a summary taller than the terminal (enterprise at 80×24)', { timeout: 120_000 }, () => {
  it('never clears the screen or the scrollback, shows what is above and below, and scrolls to the selected line', async () => {
    const dir = tempDir();
    const t = term(['phase7', '--scope', 'enterprise', '--defaults', '--review'], dir, { cols: 80, rows: 24 });
    await t.waitFor(/Is this correct\?[\s\S]*save\s*&\s*quit/);
    // The selection starts on "Yes": the end of the list is in view, the rest is counted above it.
    expect(t.recent).toMatch(/↑ \d+ more/);
    expect(t.recent).toContain('(7.10)');
    let screen = '';
    for (let i = 0; i < 17; i++) screen = await t.press(KEY.up, FRAME_END);
    expect(screen).toMatch(/› +Deployment Environment: /);
    expect(screen).toMatch(/↓ \d+ more/);
    expect(screen).not.toContain('(7.10)');
    for (let i = 0; i < 16; i++) screen = await t.press(KEY.down, FRAME_END);
    expect(screen).toMatch(/› +Documentation & Runbooks: /);
    expect(screen).toMatch(/↑ \d+ more/);
    // Every frame was shorter than the terminal: Ink redrew in place.
    expect(t.output).not.toContain('\u001B[3J');
    expect(t.output).not.toContain('\u001B[2J');
    t.send(KEY.ctrlC);
    expect(await t.exit).toBe(130);
    // The last line ends with a newline: the shell prompt starts on a line of its own.
    expect(stripVTControlCharacters(t.output)).toMatch(/Resume with: ai-flow phase7\r?\n\s*$/);
    expect(t.output).not.toContain('\u001B[3J');
  });
});
