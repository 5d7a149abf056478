import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { recordSession } from '../../scripts/record-session.mjs';
import { ROOT } from './bundle.js';

test("the README's session recording is what the current build draws (re-record: node scripts/record-session.mjs)", async () => {
  const { svg, text } = (await recordSession()) as { svg: string; text: string };
  expect(text).toBe(readFileSync(join(ROOT, 'media', 'session.txt'), 'utf8'));
  expect(svg).toBe(readFileSync(join(ROOT, 'media', 'session.svg'), 'utf8'));
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('](media/session.svg)');
}, 60_000);
