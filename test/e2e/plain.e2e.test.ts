import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { BIN, KEY, Term, terminalEnv } from './pty.js';

const running: Term[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

/** A new prompt (inquirer's "? Message") drawn after the previous one was answered ("✔ …"). */
const NEXT_PROMPT = /✔[\s\S]*\? [A-Z]/;

/** Types a reply, then Enter, and waits for the next prompt. */
async function reply(t: Term, text: string): Promise<string> {
  if (text) await t.press(text, text);
  return t.press(KEY.enter, NEXT_PROMPT);
}

describe('--plain in a real terminal', { timeout: 120_000 }, () => {
  it('asks line by line: letters, < back, the summary, then writes the documents', async () => {
    const home = tempDir();
    const dir = tempDir();
    const t = new Term(['phase7', '--plain', '--scope', 'mvp'], { cwd: dir, env: terminalEnv(home) });
    running.push(t);
    let out = await t.waitFor('? Your choice (A-D');
    expect(out).toContain('Phase 7: Operations & Deployment · Question 1/4 · 0%');
    expect(out).toContain('  A) ⭐ Cloud Platform');
    out = await reply(t, 'b');
    expect(out).toContain('Which PaaS?');
    out = await reply(t, 'd');
    expect(out).toContain('Why?');
    out = await reply(t, '<'); // back to the PaaS, Fly.io kept as the default
    expect(out).toMatch(/Your choice \(A-E; < back, \? help\) \(D\)/);
    await reply(t, '');
    out = await reply(t, 'fast deploys');
    expect(out).toContain('7.2 Containerization');
    out = await reply(t, '?');
    expect(out).toContain('Why we ask: Whether the app ships as a Docker image');
    for (let i = 0; i < 30 && !out.includes('Is this correct?'); i++) out = await reply(t, '');
    expect(out).toContain('📋 PHASE 7 SUMMARY:');
    expect(out).toMatch(/Deployment Environment: .*Fly\.io · why: fast deploys \(7\.1\)/);
    out = await reply(t, 'yes');
    expect(out).toContain('✅ Generated: docs/operations.md');
    await t.press(`continue${KEY.enter}`, 'Phase 7 Complete!');
    expect(await t.exit).toBe(0);
    const answers = JSON.parse(readFileSync(join(dir, '.ai-flow', 'cache', 'audit-data.json'), 'utf8')).phases.phase7.answers;
    expect(answers['7.1']).toEqual({ choice: 'paas', paasProvider: 'fly-io', why: 'fast deploys' });
  });

  it('Ctrl-C at a prompt exits 130 with the resume line; the answers given are kept', async () => {
    const home = tempDir();
    const dir = tempDir();
    const t = new Term(['phase7', '--plain', '--scope', 'production'], { cwd: dir, env: terminalEnv(home) });
    running.push(t);
    await t.waitFor('? Your choice (A-D');
    await reply(t, 'd');
    await t.press(KEY.ctrlC, `Progress saved to .ai-flow/cache/audit-data.json. Resume with: node ${BIN} phase7`);
    expect(await t.exit).toBe(130);
    const answers = JSON.parse(readFileSync(join(dir, '.ai-flow', 'cache', 'audit-data.json'), 'utf8')).phases.phase7.answers;
    expect(answers).toEqual({ '7.1': { choice: 'container-orchestration' } });
  });
});
