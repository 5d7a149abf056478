import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { spawn } from 'node-pty';
import { BIN, FRAME_END, KEY, Term, terminalEnv } from './pty.js';

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
    await t.press(KEY.ctrlC, /Nothing saved yet\. Start again with: node\s+\S*bin\/ai-flow\.js phase7/);
    expect(await t.exit).toBe(130);
    expect(stripVTControlCharacters(t.output)).not.toContain('Progress saved');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('Ctrl-C after a screen as tall as a small terminal (40×12): the resume line still ends its line, so the prompt starts on a new one', async () => {
    const dir = tempDir();
    const t = term(['phase7', '--scope', 'enterprise'], dir, { cols: 40, rows: 12 });
    await t.waitFor('Where will you deploy?');
    await t.waitFor(FRAME_END);
    // at 40 columns the absolute path wraps wherever the clone's folder name puts it: compare without line breaks
    const said = await t.press(KEY.ctrlC, /Resume\s+with:[\s\S]*phase7/);
    expect(said.replace(/\s+/g, '')).toMatch(/Resumewith:node\S*bin\/ai-flow\.jsphase7/);
    expect(await t.exit).toBe(130);
    expect(stripVTControlCharacters(t.output)).toMatch(/phase7\s*\n\s*$/);
  });

  it('Ctrl-C on the pre-flight offer: nothing of Phase 7 was saved, and it says so; the cache is as it was', async () => {
    const dir = auditedProject();
    const before = readFileSync(join(dir, CACHE), 'utf8');
    const t = term(['phase7', '--scope', 'production'], dir);
    await t.waitFor(FRAME_END);
    expect(t.recent).toContain('Answer only the questions behind the gaps');
    await t.press(KEY.ctrlC, /Nothing saved yet\. Start again with: node\s+\S*bin\/ai-flow\.js phase7/);
    expect(await t.exit).toBe(130);
    expect(readFileSync(join(dir, CACHE), 'utf8')).toBe(before);
  });

  it('SIGTERM in the wizard: the resume line, the cursor shown again, the lock released, exit 143', async () => {
    const dir = tempDir();
    const t = term(['phase7', '--scope', 'mvp'], dir);
    await t.waitFor(FRAME_END);
    await t.press(KEY.enter, FRAME_END); // 7.1 answered: something is saved
    t.signal('SIGTERM');
    await t.waitFor(/Progress saved to \.ai-flow\/cache\/audit-data\.json\. Resume with: node\s+\S*bin\/ai-flow\.js phase7/);
    expect(await t.exit).toBe(143);
    expect(t.output.lastIndexOf('\u001B[?25h')).toBeGreaterThan(t.output.lastIndexOf('\u001B[?25l'));
    expect(existsSync(join(dir, '.ai-flow', 'cache', 'phase7.lock'))).toBe(false);
  });

  it('SIGHUP with the terminal still there: the same line, exit 129', async () => {
    const dir = tempDir();
    const t = term(['phase7'], dir);
    await t.waitFor(FRAME_END);
    t.signal('SIGHUP');
    await t.waitFor(/Nothing saved yet\. Start again with: node\s+\S*bin\/ai-flow\.js phase7/);
    expect(await t.exit).toBe(129);
  });

  it('the terminal closes under the wizard: it ends by SIGHUP (129) without crashing, the lock released, answers kept', async () => {
    const dir = tempDir();
    // The shell keeps going after the terminal closes (it ignores SIGHUP), to record how ai-flow ended.
    const script = `trap "" HUP; "${process.execPath}" "${BIN}" phase7 --scope mvp 2>"${dir}/stderr.txt"; echo $? > "${dir}/code.txt"`;
    const pty = spawn('/bin/sh', ['-c', script], { cols: 100, rows: 40, cwd: dir, env: terminalEnv(tempDir()) });
    let out = '';
    pty.onData((d) => (out += d));
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 400 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(ok()).toBe(true);
    };
    await until(() => /save\s*&\s*quit/.test(out));
    const drawn = out.length;
    pty.write(KEY.enter); // 7.1 answered and saved
    await until(() => /save\s*&\s*quit/.test(out.slice(drawn)));
    (pty as typeof pty & { destroy(): void }).destroy(); // the terminal window is closed
    await until(() => existsSync(join(dir, 'code.txt')));
    expect(readFileSync(join(dir, 'code.txt'), 'utf8').trim()).toBe('129');
    expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).not.toMatch(/Assertion|stack|Error/);
    expect(existsSync(join(dir, '.ai-flow', 'cache', 'phase7.lock'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, CACHE), 'utf8')).phases.phase7.answers['7.1']).toBeDefined();
  });

  it('SIGTERM in --plain: the resume line, exit 143', async () => {
    const dir = tempDir();
    const t = term(['phase7', '--plain', '--scope', 'mvp'], dir);
    await t.waitFor('? Your choice (A-D');
    t.signal('SIGTERM');
    await t.waitFor(/Progress saved to \.ai-flow\/cache\/audit-data\.json\. Resume with: node\s+\S*bin\/ai-flow\.js phase7/);
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
    expect(stripVTControlCharacters(t.output)).toMatch(/Resume with: node\s+\S*bin\/ai-flow\.js phase7\r?\n\s*$/);
    expect(t.output).not.toContain('\u001B[3J');
  });
});
