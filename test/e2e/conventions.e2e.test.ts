import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { KEY, Term, terminalEnv } from './pty.js';

const open: Term[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.kill();
});
const term = (args: string[], cwd: string, extra: Record<string, string> = {}) => {
  const t = new Term(args, { cwd, env: terminalEnv(tempDir(), extra), cols: 100, rows: 50 });
  open.push(t);
  return t;
};

describe('conventions in a real terminal', { timeout: 60_000 }, () => {
  it('CI=true: no blank Ink screen, the non-interactive guidance at once, exit 2, nothing written', async () => {
    const dir = tempDir();
    const t = term(['phase7', '--scope', 'mvp'], dir, { CI: 'true' });
    await t.waitFor('cannot ask anything here (CI is set (CI=true)');
    expect(await t.exit).toBe(2);
    expect(existsSync(join(dir, 'docs', 'operations.md'))).toBe(false);
  });

  it('AI_FLOW_NO_PROMPT=1 with everything given writes without asking', async () => {
    const dir = tempDir();
    const t = term(['phase7', '--scope', 'mvp', '--defaults', '--yes'], dir, { AI_FLOW_NO_PROMPT: '1' });
    await t.waitFor('Phase 7 done: 3 documents written.');
    expect(await t.exit).toBe(0);
  });

  it('--defaults in a terminal lands on the summary, ready to confirm', async () => {
    const t = term(['phase7', '--scope', 'mvp', '--defaults'], tempDir());
    await t.waitFor('PHASE 7 SUMMARY');
    t.send(KEY.ctrlC);
    expect(await t.exit).toBe(130);
  });
});
