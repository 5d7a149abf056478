import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Session } from '../../src/app/session.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { version } from '../../src/cli/version.js';
import type { ConflictChoice } from '../../src/write/conflict.js';
import { tempDir } from '../helpers.js';

const OPS = 'docs/operations.md';
const ENV_VARS = { SOURCE_DATE_EPOCH: '1767225600' };

/** Runs `ai-flow phase7` from inside the project (so the commands it suggests have no --cwd). */
async function run(args: string[]) {
  const at = args.indexOf('--cwd');
  const io = memoryIo({ env: ENV_VARS, cwd: args[at + 1] });
  args.splice(at, 2);
  const code = await main(['phase7', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}
const read = (root: string, p: string): string => readFileSync(join(root, p), 'utf8');

/** Generated at production with recommended answers, then a hand edit on the line the 7.6 threshold answer changes. */
async function editedProject(): Promise<string> {
  const root = tempDir();
  expect((await run(['--cwd', root, '--scope', 'production', '--defaults', '--yes'])).code).toBe(0);
  const original = read(root, OPS);
  const line = original.split('\n').find((l) => /\b1(\.0)?\s?%/.test(l))!;
  writeFileSync(join(root, OPS), original.replace(line, `${line} (we page at 2% — ask Ana)`));
  return root;
}

/** What the wizard does when the user answers a conflict: a session generating with that choice. */
async function newThresholdResolvedWith(root: string, choice: ConflictChoice): Promise<void> {
  const session = new Session(root, loadCatalogue(), ENV_VARS, { aiFlowVersion: version() });
  session.setAnswers({ ...session.state.answers, '7.6': { ...session.state.answers['7.6'], errorRateThreshold: 7 } });
  const results = await session.generate('production', async () => choice);
  expect(results.find((r) => r.path === OPS)!.status).toBe(choice === 'mine' ? 'kept' : 'markers');
}

describe('--check and re-runs never call a stale document up to date', () => {
  test('conflict markers written from the conflict screen: --check exits 1 saying which file and what to do', async () => {
    const root = await editedProject();
    await newThresholdResolvedWith(root, 'markers');
    expect(read(root, OPS)).toContain('<<<<<<< yours');
    const check = await run(['--cwd', root, '--check']);
    expect(check.code).toBe(1);
    expect(check.out).not.toContain('up to date');
    expect(check.out).toContain(`${OPS}: still has conflict markers (<<<<<<< … >>>>>>>) — resolve those blocks by hand, then run ai-flow phase7 --check again`);
  });

  test('conflict markers: a plain re-run reports them, exits 1 and does not say "up to date"', async () => {
    const root = await editedProject();
    await newThresholdResolvedWith(root, 'markers');
    const again = await run(['--cwd', root, '--yes']);
    expect(again.code).toBe(1);
    expect(again.out).not.toContain('up to date');
    expect(again.err).toContain(`${OPS}: still has conflict markers`);
    // Without --yes it stops for the confirmation (exit 2), and does not claim up to date either.
    const plain = await run(['--cwd', root]);
    expect(plain.out + plain.err).not.toContain('up to date');
    expect(plain.err).toContain(`The documents need a run: ${OPS} still has conflict markers`);
  });

  test('markers a git merge left in a document ai-flow wrote (no ai-flow conflict at all) fail --check too', async () => {
    const root = tempDir();
    expect((await run(['--cwd', root, '--scope', 'mvp', '--defaults', '--yes'])).code).toBe(0);
    writeFileSync(join(root, OPS), `${read(root, OPS)}\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> feature/x\n`);
    const check = await run(['--cwd', root, '--check']);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`${OPS}: still has conflict markers`);
    // Resolved by hand: up to date again (with the user's edit kept).
    writeFileSync(join(root, OPS), read(root, OPS).replace(/<<<<<<< HEAD\nours\n=======\n/, '').replace('>>>>>>> feature/x\n', ''));
    const fixed = await run(['--cwd', root, '--check']);
    expect(fixed.code, fixed.out).toBe(0);
  });

  test('"keep yours": --check exits 1 (the document lacks the new answers) with what to do; a re-run reports it again', async () => {
    const root = await editedProject();
    await newThresholdResolvedWith(root, 'mine');
    expect(read(root, OPS)).toContain('ask Ana');
    const check = await run(['--cwd', root, '--check']);
    expect(check.code).toBe(1);
    expect(check.out).not.toContain('up to date');
    expect(check.out).toMatch(new RegExp(`${OPS}: would conflict .*overlaps the new content`));
    expect(check.out).toContain('to fix: run ai-flow phase7 in a terminal and choose take new or conflict markers');
    const again = await run(['--cwd', root, '--yes']);
    expect(again.code).toBe(1);
    expect(again.out).not.toContain('up to date');
    expect(again.out).toContain(`Conflict: ${OPS}`);
  });
});
