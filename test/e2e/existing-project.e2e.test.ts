import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOf, OWN_FIXTURES, tempDir } from '../helpers.js';
import { BIN, FRAME_END, KEY, Term, terminalEnv } from './pty.js';

const running: Term[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

const CACHE = join('.ai-flow', 'cache', 'audit-data.json');
const phases = (dir: string) => JSON.parse(readFileSync(join(dir, CACHE), 'utf8')).phases;

/**
 * A project in the ai-flow 2.9.1 layout (test/fixtures/ai-flow-project) with its Phase 0 audit (docs/deployment.md
 * 86/100, four gaps) and the audited document present: the rule says hybrid.
 */
function auditedProject(): string {
  const dir = copyOf(join(OWN_FIXTURES, 'ai-flow-project'));
  mkdirSync(join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'deployment.md'), '# Deployment\n\nWe deploy with a script.\n');
  return dir;
}

/** A new prompt (inquirer's "? Message") drawn after the previous one was answered ("✔ …"). */
const NEXT_PROMPT = /✔[\s\S]*\? [A-Z]/;

describe('an existing ai-flow project in a real terminal', { timeout: 120_000 }, () => {
  it('--plain offers the pre-flight; the recommended hybrid asks only the gap questions and keeps Phase 0 intact', async () => {
    const dir = auditedProject();
    const phase0 = phases(dir).phase7;
    const t = new Term(['phase7', '--plain', '--scope', 'production'], { cwd: dir, env: terminalEnv(tempDir()) });
    running.push(t);
    let out = await t.waitFor('? Choose (1-3; < back to the scope) (1)');
    expect(out).toContain('Phase 0 audit: docs/deployment.md exists, consistency 86/100');
    expect(out).toContain('1) Answer only the questions behind the gaps (7.5, 7.6, 7.7, 7.8, 7.9, 7.10) (recommended)');
    expect(out).toContain('3) Keep the existing documentation (docs/deployment.md)');
    out = await t.press(KEY.enter, NEXT_PROMPT);
    expect(out).toContain('Question 1/6 · 0%');
    expect(out).toContain('11 kept in docs/deployment.md');
    expect(out).toContain('7.5 Monitoring & Logging');
    for (let i = 0; i < 40 && !out.includes('Is this correct?'); i++) out = await t.press(KEY.enter, NEXT_PROMPT);
    expect(out).toMatch(/Deployment Environment: .*docs\/deployment\.md/);
    await t.press(`yes${KEY.enter}`, 'Type ready or continue');
    await t.press(`continue${KEY.enter}`, 'Phase 7 Complete!');
    expect(await t.exit).toBe(0);
    const after = phases(dir).phase7;
    expect(after.preflight).toEqual({ mode: 'hybrid', kept: ['7.1', '7.2', '7.3', '7.4', '7.4.1', '7.7.1', '7.7.2', '7.9.1', '7.9.2', '7.9.3', '7.9.4'], document: 'docs/deployment.md' });
    expect(Object.keys(after.answers).sort()).toEqual(['7.10', '7.5', '7.6', '7.7', '7.8', '7.9']);
    for (const [k, v] of Object.entries(phase0)) expect(after[k], k).toEqual(v);
    expect(existsSync(join(dir, 'docs', 'operations.md'))).toBe(true);
  });

  it('keeping the existing documentation in the Ink wizard: exit 0, the cache byte for byte as it was, nothing written', async () => {
    const dir = auditedProject();
    const before = readFileSync(join(dir, CACHE), 'utf8');
    const t = new Term(['phase7', '--scope', 'enterprise'], { cwd: dir, env: terminalEnv(tempDir()) });
    running.push(t);
    await t.waitFor(FRAME_END);
    expect(t.recent).toContain('› 1) Answer only the questions behind the gaps');
    await t.press('3', `To answer Phase 7 anyway: node ${BIN} phase7 --preflight full`);
    expect(await t.exit).toBe(0);
    expect(readFileSync(join(dir, CACHE), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'docs', 'operations.md'))).toBe(false);
  });

  it('a Dockerfile: "yes" and its base image are preselected with their evidence, saved only when confirmed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12-slim\nCMD ["python", "app.py"]\n');
    const t = new Term(['phase7', '--scope', 'mvp'], { cwd: dir, env: terminalEnv(tempDir()) });
    running.push(t);
    await t.waitFor(FRAME_END);
    let screen = t.recent;
    for (let i = 0; i < 10 && !screen.includes('Will you use Docker?'); i++) screen = await t.press(KEY.enter, FRAME_END);
    expect(screen).toContain('› A) ⭐ Yes - Dockerize application');
    expect(screen).toContain('detected: Dockerfile');
    screen = await t.press(KEY.enter, /Base image[\s\S]*save\s*&\s*quit/);
    expect(screen).toContain('› python:3.12-slim');
    expect(screen).toContain('detected: FROM python:3.12-slim in Dockerfile');
    // shown, not saved: nothing is saved until Enter
    expect(phases(dir).phase7.answers['7.2']?.baseImage).toBeUndefined();
    await t.press(KEY.enter, 'Estimated image size');
    await t.press(KEY.ctrlC, 'Progress saved');
    expect(await t.exit).toBe(130);
    expect(phases(dir).phase7.answers['7.2']).toEqual({ docker: 'yes', baseImage: 'python:3.12-slim' });
  });
});
