import { parse } from 'dotenv';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers.js';

// Escape sequences and line breaks in the project's name and in an answers file, through the real CLI.
test('escape sequences in the project name and the answers never reach the terminal; line breaks inject nothing', async () => {
  const root = tempDir();
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'shop\u001b]0;pwned\u0007\nINJECTED_NAME=1' }));
  const answers = { '7.1': { why: '\u001b[2J\u001b[3Jcleared\nINJECTED_VAR=evil\r# heading' }, '7.7.1': { rollbackPlan: `${'x'.repeat(5000)}\u009b31m` } };
  writeFileSync(join(root, 'answers.json'), JSON.stringify(answers));
  const io = memoryIo({ env: {} });
  const code = await main(['phase7', '--scope', 'production', '--defaults', '--yes', '--review', '--cwd', root, '--answers', join(root, 'answers.json')], io);
  expect(code, io.stderr).toBe(0);
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
  expect(io.stdout).not.toMatch(controls);
  expect(io.stderr).not.toMatch(controls);
  expect(io.stdout).toContain('Project: shop]0;pwned INJECTED_NAME=1 (');
  expect(io.stdout).toMatch(/why: \[2J\[3Jcleared INJECTED_VAR=evil # heading/);
  expect(Math.max(...io.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(420);
  const env = readFileSync(join(root, '.env.example'), 'utf8');
  expect(Object.keys(parse(env))).not.toContain('INJECTED_NAME');
  expect(env.split('\n')[0]).toBe('# Environment variables for shop]0;pwned INJECTED_NAME=1');
  const ops = readFileSync(join(root, 'docs/operations.md'), 'utf8');
  expect(ops).not.toMatch(/^# heading/m);
  expect(ops).toContain('cleared INJECTED_VAR=evil # heading');
  expect(ops).toContain('x'.repeat(5000)); // the documents keep the whole answer
});
