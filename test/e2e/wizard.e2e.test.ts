import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { BIN, enterUntil, FRAME_END, KEY, Term, terminalEnv } from './pty.js';

const running: Term[] = [];
function term(args: string[], cwd: string, home: string, extra: Record<string, string> = {}): Term {
  const t = new Term(args, { cwd, env: terminalEnv(home, extra) });
  running.push(t);
  return t;
}
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

function cache(dir: string) {
  return JSON.parse(readFileSync(join(dir, '.ai-flow', 'cache', 'audit-data.json'), 'utf8')).phases.phase7;
}
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
/** Screen text with wrapped lines joined, for checking long summary lines. */
const flat = (screen: string) => screen.replace(/\s+/g, ' ');

describe('wizard in a real terminal', { timeout: 180_000 }, () => {
  it('(a) a full Enterprise session with typed answers writes documents that reflect them', async () => {
    const home = tempDir();
    const dir = tempDir();
    const t = term(['phase7'], dir, home);
    await t.waitFor('Which scope is this project?');
    await t.waitFor(FRAME_END);
    await t.press('3', 'Phase 7: Operations & Deployment · Question 1/17 · field 1/3 · 0%');
    // 7.1: PaaS → Render, with a reason
    await t.press(KEY.down, '› B) 🔥 Platform-as-a-Service (PaaS)');
    await t.press(KEY.enter, 'Which PaaS?');
    await t.press('c', '› C) Render');
    await t.press(KEY.enter, 'Why?');
    await t.press('team already deploys there', 'team already deploys there');
    // 7.2: a custom base image, an invalid size corrected
    await t.press(KEY.enter, 'Will you use Docker?');
    await t.press(KEY.enter, 'Base image');
    await t.press(`${KEY.ctrlU}node:22-slim`, 'node:22-slim');
    await t.press(KEY.enter, 'Estimated image size');
    // The letter is refused as it is typed; the 0 is refused at Enter, and stays on screen.
    await t.press(`${KEY.ctrlU}0x`, FRAME_END);
    let screen = await t.press(KEY.enter, 'must be a number from 1 MB to 20000 MB');
    expect(screen).toMatch(/› 0▏? MB/);
    expect(screen).not.toContain('0x');
    await t.press(`${KEY.ctrlU}350`, '350');
    await t.press(KEY.enter, 'Services in the local Docker Compose stack');
    // 7.3: on a PaaS no config service is checked (the platform keeps the secrets), and the screen says why;
    // checking it asks which one: Vault. 7.4: GitLab CI; 7.4.1: canary
    screen = await enterUntil(t, /Environment configuration[\s\S]*save\s*&\s*quit/);
    expect(screen).toMatch(/\[\s+] Config service/);
    expect(flat(screen)).toContain('Suggested for Platform-as-a-Service (7.1 Where will you deploy)');
    await t.press('b', /\[✅] Config service/);
    await t.press(KEY.enter, 'Which config/secrets service?');
    await t.press('b', '› B) HashiCorp Vault');
    await enterUntil(t, 'CI/CD platform');
    await t.press('b', '› B) 🔥 GitLab CI');
    await enterUntil(t, 'What deployment strategy will you use for production?');
    await t.press('c', '› C) ⚡ Canary Deployment');
    await t.press(KEY.enter, 'How quickly must rollback complete?');
    screen = await enterUntil(t, 'Canary: initial traffic');
    await t.press(`${KEY.ctrlU}10`, '10');
    // 7.6: on-call yes → Opsgenie, then back twice and "no" closes the on-call tool
    await enterUntil(t, 'On-call rotation');
    await t.press('a', '› A) Yes - Using PagerDuty/Opsgenie');
    await t.press(KEY.enter, 'Which on-call tool?');
    await t.press('b', '› B) Opsgenie');
    await t.press(KEY.enter, '7.7 Backup & Disaster Recovery');
    await t.press(KEY.esc, 'Which on-call tool?');
    // wait for the whole frame (its key hints), not just its title: a loaded machine may deliver it in pieces
    screen = await t.press(KEY.esc, /On-call rotation[\s\S]*save\s*&\s*quit/);
    expect(screen).toContain('› A) Yes - Using PagerDuty/Opsgenie');
    await t.press('b', '› B) No - Monitor during business hours');
    screen = await t.press(KEY.enter, '7.7 Backup & Disaster Recovery');
    expect(screen).not.toContain('Which on-call tool?');
    // 7.7: continuous backups
    await t.press('b', '› B) 🏆 Continuous backups');
    // 7.9.3: edit a row of the table and add one
    await enterUntil(t, 'Retry and timeout policies per dependency');
    await t.press(`${KEY.up}${KEY.up}${KEY.up}${KEY.up}`, FRAME_END);
    await t.press(KEY.enter, 'Esc cancel row');
    await t.press(`${KEY.down}${KEY.ctrlU}20000`, '20000');
    screen = await t.press(KEY.enter, '✔ Done: keep these 6 rows');
    expect(screen).toContain('20000 ms');
    await t.press('a', 'New row');
    await t.press(`Search API${KEY.tab}800${KEY.tab}1${KEY.tab}Fixed (1s)${KEY.tab}Optional`, 'Optional');
    screen = await t.press(KEY.enter, '✔ Done: keep these 7 rows');
    expect(screen).toContain('Search API');
    await t.press(KEY.down, FRAME_END);
    // the rest as recommended, to the summary
    screen = flat(await enterUntil(t, /PHASE 7 SUMMARY:[\s\S]*save &\s+quit/));
    expect(screen).toMatch(/Deployment Environment: [^(]*Render · why: team already deploys there \(7\.1\)/);
    expect(screen).toContain('no on-call, business hours');
    expect(screen).toContain('7 dependency policies');
    await t.press('y', '✅ Generated: docs/operations.md');
    await t.waitFor('Type "continue" to proceed to final checkpoint.');
    await t.press('continue', 'continue');
    await t.press(KEY.enter, 'Phase 7 Complete!');
    expect(await t.exit).toBe(0);

    const a = cache(dir).answers;
    expect(a['7.1']).toMatchObject({ choice: 'paas', paasProvider: 'render', why: 'team already deploys there' });
    expect(a['7.2']).toMatchObject({ docker: 'yes', baseImage: 'node:22-slim', imageSize: 350 });
    expect(a['7.6'].onCall).toBe('no');
    expect(a['7.9.3'].policies).toHaveLength(7);
    const ops = read(dir, 'docs/operations.md');
    for (const typed of ['Render', 'node:22-slim', 'GitLab', 'Search API', 'team already deploys there']) expect(ops).toContain(typed);
    expect(ops).not.toContain('Opsgenie');
    expect(read(dir, 'specs/configuration.md')).toContain('Vault');
    expect(existsSync(join(dir, '.env.example'))).toBe(true);
  });

  it('(b) Ctrl-C in the middle exits 130 with the resume line; the next run resumes there and finishes', async () => {
    const home = tempDir();
    const parent = tempDir();
    const dir = join(parent, 'proj');
    mkdirSync(dir);
    const first = term(['phase7', '--cwd', 'proj', '--scope', 'production'], parent, home);
    await first.waitFor('Question 1/17');
    await first.waitFor(FRAME_END);
    // a resize redraws the whole question at the new width
    first.resize(90, 50);
    await first.waitFor(/Question 1\/17[\s\S]*save & quit/);
    await first.press(KEY.enter, 'Which cloud?');
    await first.press('b', '› B) Google Cloud');
    await enterUntil(first, 'How many environments will you have?');
    await first.press(KEY.down, '› B) 🏆 Four+ environments');
    await first.press(KEY.enter, 'Environment configuration');
    // How it was run (node bin/ai-flow.js, from another folder: the absolute path), wrapped at 90 columns.
    await first.press(KEY.ctrlC, /Resume with: node\s+\S*bin\/ai-flow\.js phase7 --cwd proj/);
    expect(await first.exit).toBe(130);
    expect(cache(dir).answers['7.3']).toEqual({ count: 'four-plus' });

    const second = term(['phase7'], dir, home);
    // Stopped inside 7.3 (its first field answered): the offer says where in it.
    await second.waitFor('Continue at 7.3 Environment Strategy, field 2 of 4 (2 of 17 questions answered; 1 field of 7.3)');
    await second.waitFor(FRAME_END);
    const screen = await second.press(KEY.enter, 'Environment configuration');
    expect(screen).toContain('Question 3/17');
    const summary = flat(await enterUntil(second, /PHASE 7 SUMMARY:[\s\S]*save &\s+quit/));
    expect(summary).toContain('Google Cloud (7.1)');
    expect(summary).toContain('Environments: Four+ environments');
    await second.press('y', 'Type "continue"');
    await second.press(`continue${KEY.enter}`, 'Phase 7 Complete!');
    expect(await second.exit).toBe(0);
    expect(existsSync(join(dir, 'docs', 'operations.md'))).toBe(true);
  });

  it('(c) one summary line edited: the question is asked again, the summary returns, the documents follow (NO_COLOR)', async () => {
    const home = tempDir();
    const dir = tempDir();
    const pre = spawnSync(process.execPath, [BIN, 'phase7', '--scope', 'mvp', '--defaults', '--yes'], { cwd: dir, env: terminalEnv(home), encoding: 'utf8' });
    expect(pre.status, pre.stderr).toBe(0);
    expect(read(dir, 'docs/operations.md')).toContain('node:20-alpine');

    const t = term(['phase7', '--review'], dir, home, { NO_COLOR: '1' });
    await t.waitFor(/PHASE 7 SUMMARY:[\s\S]*save &\s+quit/);
    await t.press(`${KEY.up}${KEY.up}${KEY.up}`, '› Containerization: Docker: yes');
    await t.press(KEY.enter, /› Will you use Docker\? Yes[\s\S]*save &\s+quit/); // its fields, to choose one
    await t.press(KEY.enter, 'Will you use Docker?');
    await t.press(KEY.down, '› B) No - Deploy directly');
    const screen = flat(await t.press(KEY.enter, /PHASE 7 SUMMARY:[\s\S]*save &\s+quit/));
    expect(screen).toContain('Containerization: Docker: no, deploy directly (7.2)');
    await t.press('y', 'Updated: docs/operations.md');
    await t.press(`continue${KEY.enter}`, 'Phase 7 Complete!');
    expect(await t.exit).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(t.output).not.toMatch(/\u001B\[[0-9;]*m/); // no colours at all
    expect(cache(dir).answers['7.2'].docker).toBe('no');
    expect(read(dir, 'docs/operations.md')).not.toContain('node:20-alpine');
  });

  it('(f) one field of 7.4.1 changed from the summary: only that field is asked, the summary returns with only it changed', async () => {
    const home = tempDir();
    const dir = tempDir();
    const pre = spawnSync(process.execPath, [BIN, 'phase7', '--scope', 'enterprise', '--defaults', '--yes'], { cwd: dir, env: terminalEnv(home), encoding: 'utf8' });
    expect(pre.status, pre.stderr).toBe(0);
    const before = cache(dir).answers;
    expect(before['7.4.1'].rollbackWho).toBe('devops');

    const t = term(['phase7', '--review'], dir, home);
    await t.waitFor(/PHASE 7 SUMMARY:[\s\S]*save &\s+quit/);
    // From "Yes" up to 7.4.1 (the 5th of 17 lines), then Enter lists its fields.
    await t.press(KEY.up.repeat(13), /› Deployment Strategy: [\s\S]*save &\s+quit/);
    await t.press(KEY.enter, /› What deployment strategy will you use for production\? Rolling Deployment[\s\S]*All of 7\.4\.1 again[\s\S]*save &\s+quit/);
    await t.press(`${KEY.down}${KEY.down}`, /› Who can trigger rollback\? DevOps[\s\S]*save &\s+quit/);
    const field = await t.press(KEY.enter, /Who can trigger rollback\?[\s\S]*save &\s+quit/);
    expect(field).toContain('Question 5/17 · field 3/6');
    expect(field).toContain('From the summary: Enter saves this answer');
    await t.press(KEY.down, '› B) Tech Lead');
    const back = flat(await t.press(KEY.enter, /PHASE 7 SUMMARY:[\s\S]*save &\s+quit/));
    // Back on the summary, the cursor on the changed line; nothing else was asked.
    expect(back).toContain('› Deployment Strategy: Rolling Deployment · rollback ≤ 15 min by Tech Lead');
    expect(back).not.toContain('How quickly must rollback complete?');
    await t.press('y', 'Type "continue"');
    await t.press(`continue${KEY.enter}`, 'Phase 7 Complete!');
    expect(await t.exit).toBe(0);
    const after = cache(dir).answers;
    expect(after['7.4.1']).toEqual({ ...before['7.4.1'], rollbackWho: 'tech-lead' });
    expect({ ...after, '7.4.1': before['7.4.1'] }).toEqual(before);
    expect(read(dir, 'docs/operations.md')).toMatch(/Tech Lead/);
  });

  it('(d) a document written by hand is adopted: kept as it was, the generated sections added after it, no conflict', async () => {
    const home = tempDir();
    const dir = tempDir();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'operations.md'), '# Operations\n\nOur own runbook, written by hand.\n');
    const t = term(['phase7', '--scope', 'mvp', '--defaults', '--review'], dir, home);
    await t.waitFor(/PHASE 7 SUMMARY:[\s\S]*save &\s+quit/);
    const screen = await t.press('y', 'Type "continue"');
    expect(screen.replace(/\s+/g, ' ')).toContain('Merged: docs/operations.md (existed (not written by ai-flow): kept your text, added');
    await t.press(`continue${KEY.enter}`, 'Phase 7 Complete!');
    expect(await t.exit).toBe(0);
    expect(read(dir, 'docs/operations.md').startsWith('# Operations\n\nOur own runbook, written by hand.\n\n<!-- Added by ai-flow phase7:')).toBe(true);
    expect(read(dir, '.ai-flow/cache/phase7/adopted/docs/operations.md')).toBe('# Operations\n\nOur own runbook, written by hand.\n');
    expect(existsSync(join(dir, 'specs', 'configuration.md'))).toBe(true);
  });

  it('(e) --edit with an unknown question id stops with exit code 2 and lists the ids', async () => {
    const t = term(['phase7', '--scope', 'mvp', '--edit', '7.99'], tempDir(), tempDir());
    await t.waitFor('--edit 7.99: no such question. Question ids are 7.1, 7.2');
    expect(await t.exit).toBe(2);
  });
});
